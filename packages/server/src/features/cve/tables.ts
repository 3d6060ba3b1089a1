import type { ColumnType } from 'kysely';

export const CVE_ID_STATES = ['RESERVED', 'PUBLISHED', 'REJECTED'] as const;
export type CveIdState = (typeof CVE_ID_STATES)[number];

/** Where an ID came from: xmppsec's own pool, CVE Services, or a record imported from the CVE List. */
export const CVE_ID_SOURCES = ['local', 'cve-services', 'import'] as const;
export type CveIdSource = (typeof CVE_ID_SOURCES)[number];

export const CVE_REVISION_KINDS = ['draft', 'published', 'rejected', 'restored', 'imported'] as const;
export type CveRevisionKind = (typeof CVE_REVISION_KINDS)[number];

export const PROJECT_MATCHES = ['slug', 'package', 'repository', 'vendor_product', 'name'] as const;
export type ProjectMatch = (typeof PROJECT_MATCHES)[number];

/**
 * JSON documents (drafts, CVE records) are stored as `json`, not `jsonb`: `json` keeps the text as
 * written, so a record exports with the key order it was imported or published with.
 */
type JsonDocument = ColumnType<unknown, unknown, unknown>;

/** Every CVE ID xmppsec knows: reserved here, through CVE Services, or imported with its record. */
export interface CveIdsTable {
  id: string;
  year: number;
  number: number;
  state: CveIdState;
  source: CveIdSource;
  reserved_at: Date;
  reserved_by: string | null;
}

/** The last number handed out by the local pool, per year. */
export interface CveIdCountersTable {
  year: number;
  last: number;
}

/** The content of an ID (one row per ID, made when it is reserved or imported). */
export interface CveRecordsTable {
  cve_id: string;
  /** The case the record belongs to; such a record is public only from `published_at` on. */
  case_id: string | null;
  title: string | null;
  /** The draft as last saved (a CveDraft, possibly invalid); null until the first save. */
  draft: JsonDocument;
  draft_revision: number | null;
  draft_valid: boolean;
  /** What keeps the draft from being published: issues naming its fields. */
  draft_issues: JsonDocument;
  /** The CVE JSON 5 record as last released (published or rejected); null while only reserved. */
  published_record: JsonDocument;
  published_revision: number | null;
  /** From when the released record is public (the embargo rule, authz/embargo.ts). */
  published_at: Date | null;
  /** The revision CVE Services last accepted (IDs from CVE Services only); null while it has no record. */
  remote_revision: number | null;
  /** The assigning CNA, for imported records of other CNAs. */
  assigner_short_name: string | null;
  revision_count: number;
  created_at: Date;
  updated_at: Date;
}

/** Every saved draft and every released version of a record, with who, when and why. */
export interface CveRevisionsTable {
  cve_id: string;
  number: number;
  kind: CveRevisionKind;
  draft: JsonDocument;
  /** The record built from the draft (or the one released / imported); null when the draft cannot be built. */
  record: JsonDocument;
  valid: boolean;
  issues: JsonDocument;
  reason: string | null;
  actor_label: string;
  actor_user_id: string | null;
  created_at: Date;
}

/** Directory projects an affected product of a record names (`basis` tells which version of the record). */
export interface CveRecordProjectsTable {
  cve_id: string;
  basis: 'draft' | 'published';
  position: number;
  project_id: string;
  matched_by: ProjectMatch;
}

export interface CveTables {
  cve_ids: CveIdsTable;
  cve_id_counters: CveIdCountersTable;
  cve_records: CveRecordsTable;
  cve_revisions: CveRevisionsTable;
  cve_record_projects: CveRecordProjectsTable;
}
