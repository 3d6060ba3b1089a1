import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

/** CVE IDs, their records, every revision, and the directory projects they name. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, STATEMENTS);
}

const STATEMENTS = [
  `CREATE TABLE cve_ids (
    id text PRIMARY KEY CHECK (id ~ '^CVE-[0-9]{4}-[0-9]{4,19}$'),
    year integer NOT NULL,
    number bigint NOT NULL,
    state text NOT NULL CHECK (state IN ('RESERVED', 'PUBLISHED', 'REJECTED')),
    source text NOT NULL CHECK (source IN ('local', 'cve-services', 'import')),
    reserved_at timestamptz NOT NULL,
    reserved_by text REFERENCES users(id) ON DELETE SET NULL
  )`,
  `CREATE INDEX cve_ids_year_number ON cve_ids (year, number)`,
  `CREATE TABLE cve_id_counters (
    year integer PRIMARY KEY,
    last bigint NOT NULL
  )`,
  `CREATE TABLE cve_records (
    cve_id text PRIMARY KEY REFERENCES cve_ids(id) ON DELETE CASCADE,
    case_id text,
    title text,
    draft json,
    draft_revision integer,
    draft_valid boolean NOT NULL DEFAULT false,
    draft_issues json NOT NULL DEFAULT '{"errors": [], "warnings": []}',
    published_record json,
    published_revision integer,
    published_at timestamptz,
    remote_revision integer,
    assigner_short_name text,
    revision_count integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE INDEX cve_records_case ON cve_records (case_id) WHERE case_id IS NOT NULL`,
  `CREATE INDEX cve_records_published_at ON cve_records (published_at)`,
  `CREATE TABLE cve_revisions (
    cve_id text NOT NULL REFERENCES cve_records(cve_id) ON DELETE CASCADE,
    number integer NOT NULL,
    kind text NOT NULL CHECK (kind IN ('draft', 'published', 'rejected', 'restored', 'imported')),
    draft json,
    record json,
    valid boolean NOT NULL,
    issues json NOT NULL DEFAULT '{"errors": [], "warnings": []}',
    reason text,
    actor_label text NOT NULL,
    actor_user_id text,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (cve_id, number)
  )`,
  `CREATE TABLE cve_record_projects (
    cve_id text NOT NULL REFERENCES cve_records(cve_id) ON DELETE CASCADE,
    basis text NOT NULL CHECK (basis IN ('draft', 'published')),
    position integer NOT NULL,
    project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
    matched_by text NOT NULL CHECK (matched_by IN ('slug', 'package', 'repository', 'vendor_product', 'name')),
    PRIMARY KEY (cve_id, basis, position, project_id)
  )`,
  `CREATE INDEX cve_record_projects_project ON cve_record_projects (project_id)`,
];
