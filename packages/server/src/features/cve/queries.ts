import { sql } from 'kysely';
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Issue } from './issues.ts';
import type { CveRecord } from './record-types.ts';
import type { CveIdSource, CveIdState, ProjectMatch } from './tables.ts';

/** Reading CVE IDs and records, and the shapes the service returns. */

type Db = Kysely<Database> | Transaction<Database>;

/** A value for a `json` column (drafts and records keep their key order there; see tables.ts). */
export function jsonText(value: unknown): RawBuilder<unknown> {
  return sql`${JSON.stringify(value)}::json`;
}

export interface DraftIssues {
  errors: Issue[];
  warnings: Issue[];
}

export interface RecordRow {
  cveId: string;
  year: number;
  number: number;
  state: CveIdState;
  source: CveIdSource;
  reservedAt: Date;
  caseId: string | null;
  title: string | null;
  draft: unknown;
  draftRevision: number | null;
  draftValid: boolean;
  draftIssues: DraftIssues;
  publishedRecord: CveRecord | null;
  publishedRevision: number | null;
  publishedAt: Date | null;
  remoteRevision: number | null;
  assignerShortName: string | null;
  revisionCount: number;
  updatedAt: Date;
}

export function rowsQuery(db: Db) {
  return db
    .selectFrom('cve_records as r')
    .innerJoin('cve_ids as i', 'i.id', 'r.cve_id')
    .select([
      'r.cve_id',
      'i.year',
      'i.number',
      'i.state',
      'i.source',
      'i.reserved_at',
      'r.case_id',
      'r.title',
      'r.draft',
      'r.draft_revision',
      'r.draft_valid',
      'r.draft_issues',
      'r.published_record',
      'r.published_revision',
      'r.published_at',
      'r.remote_revision',
      'r.assigner_short_name',
      'r.revision_count',
      'r.updated_at',
    ]);
}

type RawRow = Awaited<ReturnType<ReturnType<typeof rowsQuery>['executeTakeFirstOrThrow']>>;

export function toRow(raw: RawRow): RecordRow {
  return {
    cveId: raw.cve_id,
    year: raw.year,
    number: raw.number,
    state: raw.state,
    source: raw.source,
    reservedAt: raw.reserved_at,
    caseId: raw.case_id,
    title: raw.title,
    draft: raw.draft ?? null,
    draftRevision: raw.draft_revision,
    draftValid: raw.draft_valid,
    draftIssues: (raw.draft_issues as DraftIssues | null) ?? { errors: [], warnings: [] },
    publishedRecord: (raw.published_record as CveRecord | null) ?? null,
    publishedRevision: raw.published_revision,
    publishedAt: raw.published_at,
    remoteRevision: raw.remote_revision,
    assignerShortName: raw.assigner_short_name,
    revisionCount: raw.revision_count,
    updatedAt: raw.updated_at,
  };
}

export async function loadRow(db: Db, cveId: string): Promise<RecordRow | undefined> {
  const raw = await rowsQuery(db).where('r.cve_id', '=', cveId).executeTakeFirst();
  return raw ? toRow(raw) : undefined;
}

/** Locks the record's row for the rest of the transaction, then reads it. */
export async function lockRow(trx: Transaction<Database>, cveId: string): Promise<RecordRow | undefined> {
  await trx.selectFrom('cve_records').select('cve_id').where('cve_id', '=', cveId).forUpdate().executeTakeFirst();
  return loadRow(trx, cveId);
}

export interface ProjectRef {
  slug: string;
  name: string;
  /** Index of the affected product that names the project. */
  position: number;
  matchedBy: ProjectMatch;
}

export async function projectLinks(db: Db, cveIds: readonly string[], basis: 'draft' | 'published'): Promise<Map<string, ProjectRef[]>> {
  const links = new Map<string, ProjectRef[]>();
  if (cveIds.length === 0) return links;
  const rows = await db
    .selectFrom('cve_record_projects as l')
    .innerJoin('directory_projects as p', 'p.id', 'l.project_id')
    .select(['l.cve_id', 'l.position', 'l.matched_by', 'p.slug', 'p.name'])
    .where('l.cve_id', 'in', cveIds)
    .where('l.basis', '=', basis)
    .orderBy('l.cve_id')
    .orderBy('l.position')
    .orderBy('p.slug')
    .execute();
  for (const row of rows) {
    const list = links.get(row.cve_id) ?? [];
    list.push({ slug: row.slug, name: row.name, position: row.position, matchedBy: row.matched_by });
    links.set(row.cve_id, list);
  }
  return links;
}

/** The draft's title, when the draft has one (drafts may be invalid: read defensively). */
export function draftTitle(draft: unknown): string | null {
  const title = draft !== null && typeof draft === 'object' ? (draft as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title.trim().replaceAll('\u0000', '').slice(0, 256) : null;
}

/** The title a released record carries (rejected records have none). */
export function recordTitle(record: CveRecord | null): string | null {
  if (!record || record.cveMetadata.state !== 'PUBLISHED') return null;
  const title = (record.containers.cna as { title?: unknown }).title;
  return typeof title === 'string' ? title : null;
}
