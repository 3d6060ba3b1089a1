import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { json } from '../../db/json.ts';
import type { Database } from '../../db/schema.ts';
import { newestRelease } from './doap-summary.ts';
import type { DoapProject, DoapReport } from './doap-types.ts';
import type { ProjectRow } from './queries.ts';
import { slugify, uniqueSlug } from './slugs.ts';
import { SOFTWARE_CATEGORIES } from './software-list.ts';

/** Writes inside a mutation's transaction: new projects, DOAP snapshots and what they declare. */

type Trx = Transaction<Database>;

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Directory categories: the list's, plus the DOAP file's that are directory categories (not "xmpp", "jabber"). */
export function effectiveCategories(list: readonly string[], doap: readonly string[]): string[] {
  return unique([...list, ...doap.filter((c) => (SOFTWARE_CATEGORIES as readonly string[]).includes(c))]);
}

/** PostgreSQL text and jsonb cannot hold U+0000; hostile files may contain it. */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNul(item)])) as T;
  }
  return value;
}

export async function takenSlugs(trx: Trx): Promise<Set<string>> {
  const [current, former] = await Promise.all([
    trx.selectFrom('directory_projects').select('slug').execute(),
    trx.selectFrom('directory_slug_history').select('slug').execute(),
  ]);
  return new Set([...current, ...former].map((row) => row.slug));
}

export interface NewProject {
  name: string;
  slug?: string | undefined;
  listName?: string | null;
  listUrl?: string | null;
  listCategories?: string[];
  listPlatforms?: string[];
  doapUrl?: string | null;
  homepage?: string | null;
  nameFromDoap?: boolean;
}

export async function insertProject(trx: Trx, input: NewProject, now: Date, taken?: Set<string>): Promise<ProjectRow> {
  const slugs = taken ?? (await takenSlugs(trx));
  const slug = input.slug ?? uniqueSlug(slugify(input.name), (candidate) => slugs.has(candidate));
  slugs.add(slug);
  const listCategories = input.listCategories ?? [];
  const listPlatforms = input.listPlatforms ?? [];
  return trx
    .insertInto('directory_projects')
    .values({
      id: randomUUID(),
      slug,
      name: input.name,
      name_from_doap: input.nameFromDoap ?? false,
      list_name: input.listName ?? null,
      on_software_list: input.listName != null,
      list_url: input.listUrl ?? null,
      list_categories: listCategories,
      list_platforms: listPlatforms,
      doap_url: input.doapUrl ?? null,
      shortdesc: null,
      homepage: input.homepage ?? input.listUrl ?? null,
      repository: null,
      categories: effectiveCategories(listCategories, []),
      platforms: unique(listPlatforms),
      doap_logo_url: null,
      doap_security_contact: null,
      newest_release_version: null,
      newest_release_date: null,
      logo_url: null,
      security_contact: null,
      security_policy_url: null,
      cve_vendor: null,
      cve_product: null,
      package_collection_url: null,
      package_name: null,
      in_scope: null,
      archived_at: null,
      archived_reason: null,
      current_snapshot_id: null,
      doap_changed_at: null,
      doap_checked_at: null,
      doap_etag: null,
      doap_last_modified: null,
      doap_fetch_problem: null,
      last_confirmed_at: null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ParsedDoap {
  sha256: string;
  rawText: string;
  byteLength: number;
  report: DoapReport;
}

export interface StoredSnapshot {
  snapshotId: string;
  /** Content never seen before for this project. */
  newSnapshot: boolean;
  /** The project's data now comes from this snapshot (it was usable and not already current). */
  applied: boolean;
  /** Differs from the version seen last: a maintenance signal. */
  changed: boolean;
}

function httpDate(value: string | null | undefined, now: Date): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date > now ? null : date;
}

/**
 * Records one version of a project's DOAP file: a new snapshot for new content, else the old one
 * seen again. The project's data is replaced only from a usable snapshot; an unusable one is kept
 * (its problems show on the project) and changes nothing else.
 */
export async function storeDoapSnapshot(
  trx: Trx,
  project: ProjectRow,
  doap: ParsedDoap,
  meta: { source: string; now: Date; etag?: string | null; lastModified?: string | null },
): Promise<StoredSnapshot> {
  const { now } = meta;
  const previousLatest = await trx
    .selectFrom('directory_doap_snapshots')
    .select('id')
    .where('project_id', '=', project.id)
    .orderBy('seen_order', 'desc')
    .limit(1)
    .executeTakeFirst();
  const existing = await trx.selectFrom('directory_doap_snapshots').select('id').where('project_id', '=', project.id).where('sha256', '=', doap.sha256).executeTakeFirst();
  let snapshotId: string;
  if (existing) {
    snapshotId = existing.id;
    await trx.updateTable('directory_doap_snapshots').set({ last_seen_at: now, seen_order: sql<number>`nextval('directory_snapshot_seen_order')` }).where('id', '=', snapshotId).execute();
  } else {
    snapshotId = randomUUID();
    await trx
      .insertInto('directory_doap_snapshots')
      .values({
        id: snapshotId,
        project_id: project.id,
        sha256: doap.sha256,
        source: meta.source,
        fetched_at: now,
        last_seen_at: now,
        raw_text: doap.rawText,
        byte_length: doap.byteLength,
        parsed: json(withoutNul(doap.report.project)),
        problems: json(withoutNul(doap.report.problems)),
        usable: doap.report.usable,
        etag: meta.etag ?? null,
        last_modified: meta.lastModified ?? null,
      })
      .execute();
  }
  const changed = previousLatest !== undefined && previousLatest.id !== snapshotId;
  const changedAt = changed ? now : previousLatest === undefined ? httpDate(meta.lastModified, now) : project.doap_changed_at;
  const applied = doap.report.usable && doap.report.project !== null && project.current_snapshot_id !== snapshotId;
  if (applied) {
    await applyDoapProject(trx, project, doap.report.project!, snapshotId, now);
  }
  await trx.updateTable('directory_projects').set({ doap_changed_at: changedAt, updated_at: now }).where('id', '=', project.id).execute();
  return { snapshotId, newSnapshot: !existing, applied, changed };
}

/** Replaces what the project's DOAP file says: descriptive fields, releases, XEPs, RFCs. */
async function applyDoapProject(trx: Trx, project: ProjectRow, doap: DoapProject, snapshotId: string, now: Date): Promise<void> {
  const repository = doap.repositories.map((repo) => repo.browse ?? repo.location).find((url) => url !== null) ?? null;
  const doapPlatforms = unique([...doap.os, ...doap.platforms]);
  const newest = newestRelease(doap.releases);
  await trx
    .updateTable('directory_projects')
    .set({
      name: project.name_from_doap && doap.name ? doap.name.slice(0, 200) : project.name,
      shortdesc: doap.shortdesc,
      homepage: doap.homepage ?? project.list_url,
      repository,
      programming_languages: unique(doap.programmingLanguages),
      doap_categories: unique(doap.categories),
      doap_platforms: doapPlatforms,
      categories: effectiveCategories(project.list_categories, doap.categories),
      platforms: unique([...project.list_platforms, ...doapPlatforms]),
      doap_logo_url: doap.logo,
      doap_security_contact: doap.securityContact,
      newest_release_version: newest?.revision ?? null,
      newest_release_date: newest?.created ?? null,
      current_snapshot_id: snapshotId,
      updated_at: now,
    })
    .where('id', '=', project.id)
    .execute();
  await trx.deleteFrom('directory_releases').where('project_id', '=', project.id).execute();
  await trx.deleteFrom('directory_project_xeps').where('project_id', '=', project.id).execute();
  await trx.deleteFrom('directory_project_rfcs').where('project_id', '=', project.id).execute();
  if (doap.releases.length > 0) {
    await trx
      .insertInto('directory_releases')
      .values(doap.releases.map((release, position) => ({ project_id: project.id, position, revision: release.revision, created: release.created, name: release.name, branch: release.branch })))
      .execute();
  }
  const seen = new Set<number>();
  const xeps = doap.supportedXeps.filter((xep) => !seen.has(xep.number) && seen.add(xep.number));
  if (xeps.length > 0) {
    await trx
      .insertInto('directory_project_xeps')
      .values(xeps.map((xep) => ({ project_id: project.id, xep: xep.number, status: xep.status, raw_status: xep.rawStatus, version: xep.version, since: xep.since, until: xep.until, note: xep.note })))
      .execute();
  }
  const rfcs = unique(doap.rfcs);
  if (rfcs.length > 0) await trx.insertInto('directory_project_rfcs').values(rfcs.map((rfc) => ({ project_id: project.id, rfc }))).execute();
}
