import type { Kysely } from 'kysely';

import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, STATEMENTS);
}

const STATEMENTS = [
  `CREATE TABLE threats (
  id text PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'reviewed', 'retired')),
  tags text[] NOT NULL,
  content jsonb NOT NULL,
  revision integer NOT NULL CHECK (revision >= 1),
  public_revision integer CHECK (public_revision BETWEEN 1 AND revision),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
)`,
  `CREATE TABLE threat_revisions (
  id text PRIMARY KEY,
  threat_id text NOT NULL REFERENCES threats(id),
  number integer NOT NULL CHECK (number >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'reviewed', 'retired')),
  content jsonb NOT NULL,
  reason text NOT NULL,
  author_id text REFERENCES users(id),
  author_label text NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (threat_id, number)
)`,
  `CREATE TABLE register_versions (
  number integer PRIMARY KEY CHECK (number >= 1),
  published_at timestamptz NOT NULL,
  published_by_id text REFERENCES users(id),
  published_by_label text NOT NULL,
  notes text NOT NULL,
  exposure jsonb NOT NULL
)`,
  `CREATE TABLE register_version_entries (
  version integer NOT NULL REFERENCES register_versions(number),
  threat_id text NOT NULL REFERENCES threats(id),
  revision_id text NOT NULL REFERENCES threat_revisions(id),
  PRIMARY KEY (version, threat_id)
)`,
  `CREATE TABLE threat_case_links (
  threat_id text NOT NULL REFERENCES threats(id),
  case_id text NOT NULL,
  note text NOT NULL,
  created_by_label text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (threat_id, case_id)
)`,
  `CREATE INDEX threat_case_links_case ON threat_case_links (case_id)`,
  `-- Revisions and published versions are the register's history: never rewritten.
CREATE FUNCTION threat_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$`,
  `CREATE TRIGGER threat_revisions_no_update BEFORE UPDATE OR DELETE ON threat_revisions
  FOR EACH ROW EXECUTE FUNCTION threat_history_append_only()`,
  `CREATE TRIGGER register_versions_no_update BEFORE UPDATE OR DELETE ON register_versions
  FOR EACH ROW EXECUTE FUNCTION threat_history_append_only()`,
  `CREATE TRIGGER register_version_entries_no_update BEFORE UPDATE OR DELETE ON register_version_entries
  FOR EACH ROW EXECUTE FUNCTION threat_history_append_only()`,
];
