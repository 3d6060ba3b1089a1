import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Threat } from './model.ts';
import { canonicalThreat } from './register-yaml.ts';

/** Thin reads shared by the service's methods; `db` may be a transaction. */

type Db = Kysely<Database>;

export function threatBySlug(db: Db, slug: string) {
  return db.selectFrom('threats').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export type ThreatRow = NonNullable<Awaited<ReturnType<typeof threatBySlug>>>;

export function revisionOf(db: Db, threatId: string, number: number) {
  return db.selectFrom('threat_revisions').selectAll().where('threat_id', '=', threatId).where('number', '=', number).executeTakeFirst();
}

export type RevisionRow = NonNullable<Awaited<ReturnType<typeof revisionOf>>>;

/** jsonb keeps no key order; the template's order makes documents compare and export stably. */
export function documentOf(row: { content: Threat }): Threat {
  return canonicalThreat(row.content);
}

export function latestVersion(db: Db) {
  return db.selectFrom('register_versions').selectAll().orderBy('number', 'desc').limit(1).executeTakeFirst();
}

export function versionBefore(db: Db, number: number) {
  return db.selectFrom('register_versions').selectAll().where('number', '<', number).orderBy('number', 'desc').limit(1).executeTakeFirst();
}

export function versionByNumber(db: Db, number: number) {
  return db.selectFrom('register_versions').selectAll().where('number', '=', number).executeTakeFirst();
}

export type VersionRow = NonNullable<Awaited<ReturnType<typeof versionByNumber>>>;

export interface VersionEntry {
  threatId: string;
  revisionId: string;
  revision: number;
  threat: Threat;
}

/** The revisions a published version is made of. */
export async function versionEntries(db: Db, version: number): Promise<VersionEntry[]> {
  const rows = await db
    .selectFrom('register_version_entries as e')
    .innerJoin('threat_revisions as r', 'r.id', 'e.revision_id')
    .select(['e.threat_id', 'e.revision_id', 'r.number', 'r.content'])
    .where('e.version', '=', version)
    .execute();
  return rows.map((row) => ({ threatId: row.threat_id, revisionId: row.revision_id, revision: row.number, threat: documentOf(row) }));
}

export interface XepEntry {
  title: string;
  status: string;
}

/** XEP titles and statuses from the software directory's XEP list (features/directory). */
export async function readXepDirectory(db: Db, numbers: readonly number[]): Promise<Map<number, XepEntry>> {
  if (numbers.length === 0) return new Map();
  const rows = await db.selectFrom('directory_xeps').select(['number', 'title', 'status']).where('number', 'in', [...numbers]).execute();
  return new Map(rows.map((row) => [row.number, { title: row.title, status: row.status }]));
}
