import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { json } from '../../db/json.ts';
import { AppError, badRequest } from '../../errors.ts';
import { MAX_AUDIT_LIST } from './directory-context.ts';
import type { DirectoryContext, Trx } from './directory-context.ts';
import type { DoapImportResult, ListImportResult, RefreshOutcome, RefreshSummary, XepImportResult } from './directory-types.ts';
import { parseDoap } from './doap-parser.ts';
import { httpUrl } from './field-values.ts';
import { directoryPolicy } from './policy.ts';
import { effectiveCategories, insertProject, storeDoapSnapshot, takenSlugs, unique } from './project-writes.ts';
import type { ParsedDoap, StoredSnapshot } from './project-writes.ts';
import { requireProject } from './queries.ts';
import type { ProjectRow } from './queries.ts';
import { safeFetch } from './safe-fetch.ts';
import type { SafeFetchResult } from './safe-fetch.ts';
import { parseSoftwareList, parseSoftwareListText, SoftwareListError } from './software-list.ts';
import type { DoapFetchProblem } from './tables.ts';
import { parseXepList } from './xep-list.ts';

/** Where the bundled data lives (seeding a fresh installation, tests). */
export const BUNDLED_DATA_DIR = new URL('./fixtures/', import.meta.url);
export const REFRESH_CONCURRENCY = 4;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readDoap(content: string | Uint8Array): ParsedDoap {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const report = parseDoap(bytes);
  const rawText = new TextDecoder('utf-8').decode(bytes).replaceAll('\u0000', '\uFFFD');
  return { sha256: sha256(bytes), rawText, byteLength: bytes.byteLength, report };
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(runners);
  return results;
}

/** Filling the directory: xmpp.org's software list, DOAP files (given or fetched), the XEP list, the scheduled refresh. */
export function createImportService(ctx: DirectoryContext) {
  const { db, mutations, clock } = ctx;

  /** The project a DOAP file belongs to: named by slug, else by its DOAP URL, else by its name. */
  async function matchProject(trx: Trx, hints: { slug?: string | undefined; url?: string | undefined; name?: string | null | undefined }): Promise<ProjectRow | undefined> {
    if (hints.slug !== undefined) return requireProject(trx, hints.slug);
    if (hints.url !== undefined) {
      const byUrl = await trx.selectFrom('directory_projects').selectAll().where('doap_url', '=', hints.url).orderBy('created_at').executeTakeFirst();
      if (byUrl) return byUrl;
    }
    const name = hints.name?.trim().toLowerCase();
    if (!name) return undefined;
    return trx
      .selectFrom('directory_projects')
      .selectAll()
      .where((eb) => eb.or([eb(eb.fn('lower', ['list_name']), '=', name), eb(eb.fn('lower', ['name']), '=', name)]))
      .orderBy(sql`list_name IS NULL`)
      .orderBy('created_at')
      .executeTakeFirst();
  }

  async function importParsed(actor: Actor, doap: ParsedDoap, hints: { source: string; slug?: string | undefined; url?: string | undefined; projectId?: string; etag?: string | null; lastModified?: string | null }): Promise<DoapImportResult> {
    const result = await mutations.run(actor, async (trx) => {
      const now = clock.now();
      let project = hints.projectId
        ? await trx.selectFrom('directory_projects').selectAll().where('id', '=', hints.projectId).executeTakeFirst()
        : await matchProject(trx, { slug: hints.slug, url: hints.url, name: doap.report.project?.name });
      let projectCreated = false;
      if (!project) {
        const name = doap.report.project?.name?.trim();
        if (!name) {
          throw badRequest('doap_unmatched', `${hints.source}: the file names no project (${doap.report.problems[0]?.message ?? 'no doap:name'}), so it cannot be matched to one; name the project explicitly.`);
        }
        project = await insertProject(trx, { name: name.slice(0, 200), nameFromDoap: true, doapUrl: hints.url ?? null, homepage: doap.report.project?.homepage ?? null }, now);
        projectCreated = true;
      } else if (hints.url !== undefined && project.doap_url === null) {
        await trx.updateTable('directory_projects').set({ doap_url: hints.url }).where('id', '=', project.id).execute();
        project = { ...project, doap_url: hints.url };
      }
      const stored: StoredSnapshot = await storeDoapSnapshot(trx, project, doap, { source: hints.source, now, etag: hints.etag ?? null, lastModified: hints.lastModified ?? null });
      const outcome: DoapImportResult = {
        slug: project.slug,
        projectCreated,
        snapshotId: stored.snapshotId,
        sha256: doap.sha256,
        newSnapshot: stored.newSnapshot,
        usable: doap.report.usable,
        applied: stored.applied,
        problems: doap.report.problems,
      };
      return {
        result: outcome,
        audit: {
          action: 'project.doap_import',
          subject: { type: 'project', id: project.id },
          details: { slug: project.slug, source: hints.source, sha256: doap.sha256, snapshotId: stored.snapshotId, newSnapshot: stored.newSnapshot, usable: doap.report.usable, applied: stored.applied, projectCreated, problems: doap.report.problems.length },
        },
      };
    });
    return result;
  }

  async function fetchOne(row: ProjectRow, allowPrivateAddresses: boolean): Promise<{ row: ProjectRow; fetched: SafeFetchResult }> {
    const fetched = await safeFetch(row.doap_url!, {
      ...ctx.fetchOptions,
      ...(allowPrivateAddresses ? { allowPrivateAddresses: true } : {}),
      etag: row.doap_etag,
      lastModified: row.doap_last_modified,
    });
    return { row, fetched };
  }

  async function latestSnapshotSha(projectId: string): Promise<string | undefined> {
    const row = await db.selectFrom('directory_doap_snapshots').select('sha256').where('project_id', '=', projectId).orderBy('seen_order', 'desc').limit(1).executeTakeFirst();
    return row?.sha256;
  }

  const service = {
    /** xmpp.org's software list: creates missing projects, updates list fields, marks projects no longer listed. */
    async importSoftwareList(actor: Actor, input: string | unknown, options: { baseUrl?: string } = {}): Promise<ListImportResult> {
      directoryPolicy.assert(actor, 'directory.import');
      let list;
      try {
        list = typeof input === 'string' ? parseSoftwareListText(input, options) : parseSoftwareList(input, options);
      } catch (error) {
        if (error instanceof SoftwareListError) throw badRequest('invalid_software_list', error.message);
        throw error;
      }
      const parsed = list;
      return mutations.run(actor, async (trx) => {
        const now = clock.now();
        const rows = await trx.selectFrom('directory_projects').selectAll().execute();
        const taken = await takenSlugs(trx);
        const result: ListImportResult = { entries: parsed.entries.length, created: [], updated: [], unchanged: 0, delisted: [], problems: parsed.problems };
        const listed = new Set<string>();
        const seenNames = new Set<string>();
        for (const entry of parsed.entries) {
          const key = entry.name.toLowerCase();
          if (seenNames.has(key)) continue;
          seenNames.add(key);
          const match =
            rows.find((row) => row.list_name?.toLowerCase() === key) ??
            (entry.doapUrl !== null ? rows.find((row) => row.doap_url === entry.doapUrl && !listed.has(row.id)) : undefined) ??
            rows.find((row) => row.list_name === null && row.name.toLowerCase() === key && !listed.has(row.id));
          if (!match) {
            const created = await insertProject(trx, { name: entry.name, listName: entry.name, listUrl: entry.url, listCategories: entry.categories, listPlatforms: entry.platforms, doapUrl: entry.doapUrl }, now, taken);
            rows.push(created);
            listed.add(created.id);
            result.created.push(created.slug);
            continue;
          }
          listed.add(match.id);
          const next = {
            name: entry.name,
            name_from_doap: false,
            list_name: entry.name,
            on_software_list: true,
            list_url: entry.url,
            list_categories: entry.categories,
            list_platforms: entry.platforms,
            doap_url: entry.doapUrl ?? match.doap_url,
            categories: effectiveCategories(entry.categories, match.doap_categories),
            platforms: unique([...entry.platforms, ...match.doap_platforms]),
          };
          const same = match.name === next.name && !match.name_from_doap && match.list_name === next.list_name && match.on_software_list && match.list_url === next.list_url && match.doap_url === next.doap_url
            && JSON.stringify([match.list_categories, match.list_platforms, match.categories, match.platforms]) === JSON.stringify([next.list_categories, next.list_platforms, next.categories, next.platforms]);
          if (same) {
            result.unchanged++;
            continue;
          }
          await trx.updateTable('directory_projects').set({ ...next, homepage: match.homepage ?? entry.url, updated_at: now }).where('id', '=', match.id).execute();
          result.updated.push(match.slug);
        }
        for (const row of rows) {
          if (row.on_software_list && !listed.has(row.id)) {
            await trx.updateTable('directory_projects').set({ on_software_list: false, updated_at: now }).where('id', '=', row.id).execute();
            result.delisted.push(row.slug);
          }
        }
        return {
          result,
          audit: {
            action: 'directory.list_import',
            details: { entries: result.entries, created: result.created.slice(0, MAX_AUDIT_LIST), createdCount: result.created.length, updated: result.updated.slice(0, MAX_AUDIT_LIST), unchanged: result.unchanged, delisted: result.delisted, problems: result.problems.length },
          },
        };
      });
    },

    /**
     * Imports one DOAP file given as content. `source` names where it came from; `slug` picks the
     * project, else it is matched by `url` (its DOAP URL) or by name, and created when new.
     */
    async importDoap(actor: Actor, input: { content: string | Uint8Array; source: string; slug?: string | undefined; url?: string | undefined }): Promise<DoapImportResult> {
      directoryPolicy.assert(actor, 'directory.import');
      if (input.slug !== undefined) await requireProject(db, input.slug);
      return importParsed(actor, readDoap(input.content), { source: input.source.slice(0, 2000), slug: input.slug, url: input.url });
    },

    /** Fetches a DOAP file from a URL (with the fetch limits) and imports it. */
    async importDoapUrl(actor: Actor, url: string, options: { slug?: string | undefined; allowPrivateAddresses?: boolean } = {}): Promise<DoapImportResult> {
      directoryPolicy.assert(actor, 'directory.import');
      if (options.allowPrivateAddresses && actor.kind !== 'system') throw badRequest('not_allowed', 'Only the command line may fetch from private addresses.');
      const target = httpUrl('url', url);
      if (options.slug !== undefined) await requireProject(db, options.slug);
      const fetched = await safeFetch(target, { ...ctx.fetchOptions, ...(options.allowPrivateAddresses ? { allowPrivateAddresses: true } : {}) });
      if (fetched.kind !== 'ok') {
        const message = fetched.kind === 'failed' ? fetched.message : 'the server answered 304 Not Modified to an unconditional request';
        throw new AppError('doap_fetch_failed', 502, `Fetching ${target} failed: ${message}`, { reason: fetched.kind === 'failed' ? fetched.reason : 'not-modified' });
      }
      return importParsed(actor, readDoap(fetched.body), { source: target, slug: options.slug, url: target, etag: fetched.etag, lastModified: fetched.lastModified });
    },

    async importXeps(actor: Actor, content: string | Uint8Array): Promise<XepImportResult> {
      directoryPolicy.assert(actor, 'directory.import');
      const list = parseXepList(content);
      const numbered = list.xeps.filter((xep): xep is typeof xep & { number: number } => xep.accepted && xep.number !== null);
      if (!list.complete || numbered.length === 0) {
        const first = list.problems.find((problem) => problem.severity === 'error') ?? list.problems[0];
        throw badRequest('invalid_xep_list', `The XEP list cannot be used${first ? ` (line ${first.line}: ${first.message})` : ': it holds no numbered XEP'}; the stored list is unchanged.`);
      }
      const byNumber = new Map(numbered.map((xep) => [xep.number, xep]));
      return mutations.run(actor, async (trx) => {
        const now = clock.now();
        const existing = new Map((await trx.selectFrom('directory_xeps').selectAll().execute()).map((row) => [row.number, row]));
        const result: XepImportResult = { total: byNumber.size, added: 0, updated: 0, unchanged: 0, problems: list.problems };
        const rows = [...byNumber.values()].map((xep) => ({
          number: xep.number,
          title: xep.title.slice(0, 500),
          abstract: xep.abstract,
          type: xep.type,
          status: xep.status,
          approver: xep.approver,
          shortname: xep.shortname,
          last_revision_version: xep.lastRevision?.version ?? null,
          last_revision_date: xep.lastRevision?.date ?? null,
          last_revision_remark: xep.lastRevision?.remark ?? null,
          tags: xep.tags,
          supersedes: xep.supersedes,
          superseded_by: xep.supersededBy,
        }));
        const changed = rows.filter((row) => {
          const old = existing.get(row.number);
          if (!old) {
            result.added++;
            return true;
          }
          const same = old.title === row.title && old.abstract === row.abstract && old.type === row.type && old.status === row.status && old.approver === row.approver && old.shortname === row.shortname
            && old.last_revision_version === row.last_revision_version && old.last_revision_date === row.last_revision_date && old.last_revision_remark === row.last_revision_remark
            && JSON.stringify([old.tags, old.supersedes, old.superseded_by]) === JSON.stringify([row.tags, row.supersedes, row.superseded_by]);
          if (same) result.unchanged++;
          else result.updated++;
          return !same;
        });
        for (let start = 0; start < changed.length; start += 100) {
          const batch = changed.slice(start, start + 100).map((row) => ({ ...row, supersedes: json(row.supersedes), superseded_by: json(row.superseded_by), updated_at: now }));
          await trx
            .insertInto('directory_xeps')
            .values(batch)
            .onConflict((oc) =>
              oc.column('number').doUpdateSet((eb) => ({
                title: eb.ref('excluded.title'),
                abstract: eb.ref('excluded.abstract'),
                type: eb.ref('excluded.type'),
                status: eb.ref('excluded.status'),
                approver: eb.ref('excluded.approver'),
                shortname: eb.ref('excluded.shortname'),
                last_revision_version: eb.ref('excluded.last_revision_version'),
                last_revision_date: eb.ref('excluded.last_revision_date'),
                last_revision_remark: eb.ref('excluded.last_revision_remark'),
                tags: eb.ref('excluded.tags'),
                supersedes: eb.ref('excluded.supersedes'),
                superseded_by: eb.ref('excluded.superseded_by'),
                updated_at: eb.ref('excluded.updated_at'),
              })),
            )
            .execute();
        }
        return { result, audit: { action: 'directory.xep_list_import', details: { total: result.total, added: result.added, updated: result.updated, unchanged: result.unchanged, problems: result.problems.length } } };
      });
    },

    /**
     * Fetches the DOAP file of every project that has one (or of the named projects) with
     * conditional requests, at most four at a time, outside any transaction. New content becomes
     * a snapshot (one audited import each); the rest (not modified, unchanged, failures with
     * their reasons) is recorded at the end with one audit event for the run.
     */
    async refresh(actor: Actor, options: { slugs?: readonly string[]; allowPrivateAddresses?: boolean; onProgress?: (outcome: RefreshOutcome, done: number, total: number) => void } = {}): Promise<RefreshSummary> {
      directoryPolicy.assert(actor, 'directory.refresh');
      if (options.allowPrivateAddresses && actor.kind !== 'system') throw badRequest('not_allowed', 'Only the command line may fetch from private addresses.');
      let rows: ProjectRow[];
      if (options.slugs !== undefined) {
        rows = [];
        for (const slug of options.slugs) {
          const row = await requireProject(db, slug);
          if (row.doap_url === null) throw badRequest('no_doap_url', `${row.name} has no DOAP URL to fetch.`);
          rows.push(row);
        }
      } else {
        rows = await db.selectFrom('directory_projects').selectAll().where('doap_url', 'is not', null).where('archived_at', 'is', null).orderBy('slug').execute();
      }
      let done = 0;
      const outcomes = await pool(rows, REFRESH_CONCURRENCY, async (row): Promise<{ outcome: RefreshOutcome; fetched: SafeFetchResult }> => {
        const { fetched } = await fetchOne(row, options.allowPrivateAddresses === true);
        const url = row.doap_url!;
        let outcome: RefreshOutcome;
        if (fetched.kind === 'failed') {
          outcome = { slug: row.slug, kind: 'failed', url, reason: fetched.reason, message: fetched.message };
        } else if (fetched.kind === 'not-modified') {
          outcome = { slug: row.slug, kind: 'not-modified', url };
        } else {
          const doap = readDoap(fetched.body);
          if (doap.sha256 === (await latestSnapshotSha(row.id))) {
            outcome = { slug: row.slug, kind: 'unchanged', url };
          } else {
            const imported = await importParsed(actor, doap, { source: fetched.url, projectId: row.id, etag: fetched.etag, lastModified: fetched.lastModified });
            outcome = { slug: imported.slug, kind: 'changed', import: imported, url };
          }
        }
        done++;
        options.onProgress?.(outcome, done, rows.length);
        return { outcome, fetched };
      });
      const summary: RefreshSummary = {
        checked: outcomes.length,
        changed: outcomes.filter((o) => o.outcome.kind === 'changed').length,
        unchanged: outcomes.filter((o) => o.outcome.kind === 'unchanged').length,
        notModified: outcomes.filter((o) => o.outcome.kind === 'not-modified').length,
        failed: outcomes.filter((o) => o.outcome.kind === 'failed').length,
        outcomes: outcomes.map((o) => o.outcome),
      };
      if (outcomes.length === 0) return summary;
      await mutations.run(actor, async (trx) => {
        const now = clock.now();
        for (const [index, { outcome, fetched }] of outcomes.entries()) {
          const projectId = rows[index]!.id;
          if (fetched.kind === 'failed') {
            const problem: DoapFetchProblem = { at: now.toISOString(), url: outcome.url, reason: fetched.reason, message: fetched.message };
            await trx.updateTable('directory_projects').set({ doap_checked_at: now, doap_fetch_problem: json(problem) }).where('id', '=', projectId).execute();
            continue;
          }
          const validators = fetched.kind === 'ok' || fetched.etag !== null || fetched.lastModified !== null ? { doap_etag: fetched.etag, doap_last_modified: fetched.lastModified } : {};
          await trx.updateTable('directory_projects').set({ doap_checked_at: now, doap_fetch_problem: null, ...validators }).where('id', '=', projectId).execute();
          if (outcome.kind === 'unchanged' || outcome.kind === 'not-modified') {
            await sql`UPDATE directory_doap_snapshots SET last_seen_at = ${now}, seen_order = nextval('directory_snapshot_seen_order') WHERE id = (
              SELECT id FROM directory_doap_snapshots WHERE project_id = ${projectId} ORDER BY seen_order DESC LIMIT 1)`.execute(trx);
          }
        }
        return {
          result: undefined,
          audit: {
            action: 'directory.doap_refresh',
            details: {
              checked: summary.checked,
              changed: summary.outcomes.filter((o) => o.kind === 'changed').map((o) => o.slug).slice(0, MAX_AUDIT_LIST),
              unchanged: summary.unchanged,
              notModified: summary.notModified,
              failed: summary.outcomes.flatMap((o) => (o.kind === 'failed' ? [{ slug: o.slug, reason: o.reason }] : [])).slice(0, MAX_AUDIT_LIST),
            },
          },
        };
      });
      return summary;
    },

    /**
     * On a fresh installation: loads the bundled software list, DOAP files and XEP list so the
     * directory is useful at once. Does nothing when the directory has any project.
     */
    async seedIfEmpty(actor: Actor, status: (message: string) => void = () => {}): Promise<boolean> {
      const any = await db.selectFrom('directory_projects').select('id').limit(1).executeTakeFirst();
      if (any) return false;
      const dir = BUNDLED_DATA_DIR;
      const list = await service.importSoftwareList(actor, await readFile(new URL('software.json', dir), 'utf8'));
      const xeps = await service.importXeps(actor, await readFile(new URL('xeplist.xml', dir)));
      const doapDir = new URL('doap/', dir);
      const files = (await readdir(doapDir)).filter((file) => file.endsWith('.doap')).sort();
      for (const file of files) {
        await service.importDoap(actor, { content: await readFile(new URL(file, doapDir)), source: `bundled:${file}` });
      }
      status(`Directory: loaded ${list.created.length} projects from xmpp.org's software list, ${files.length} DOAP files and ${xeps.total} XEPs.`);
      return true;
    },
  };
  return service;
}
