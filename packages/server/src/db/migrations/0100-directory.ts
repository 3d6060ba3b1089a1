import type { Kysely } from 'kysely';

import { runStatements } from './run-statements.ts';

/** The software directory: projects, their DOAP snapshots and what they declare, maintainers, the XEP list. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, STATEMENTS);
}

const STATEMENTS = [
  `CREATE TABLE directory_projects (
  id text PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  name_from_doap boolean NOT NULL DEFAULT false,
  list_name text,
  on_software_list boolean NOT NULL DEFAULT false,
  list_url text,
  list_categories text[] NOT NULL DEFAULT '{}',
  list_platforms text[] NOT NULL DEFAULT '{}',
  doap_url text,
  shortdesc text,
  homepage text,
  repository text,
  programming_languages text[] NOT NULL DEFAULT '{}',
  doap_categories text[] NOT NULL DEFAULT '{}',
  doap_platforms text[] NOT NULL DEFAULT '{}',
  categories text[] NOT NULL DEFAULT '{}',
  platforms text[] NOT NULL DEFAULT '{}',
  doap_logo_url text,
  doap_security_contact text,
  newest_release_version text,
  newest_release_date date,
  logo_url text,
  security_contact text,
  security_policy_url text,
  cve_vendor text,
  cve_product text,
  package_collection_url text,
  package_name text,
  notes text NOT NULL DEFAULT '',
  in_scope boolean,
  archived_at timestamptz,
  archived_reason text,
  current_snapshot_id text,
  doap_changed_at timestamptz,
  doap_checked_at timestamptz,
  doap_etag text,
  doap_last_modified text,
  doap_fetch_problem jsonb,
  last_confirmed_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
)`,
  `CREATE UNIQUE INDEX directory_projects_list_name ON directory_projects (lower(list_name))`,
  `CREATE INDEX directory_projects_name ON directory_projects (lower(name))`,
  `CREATE INDEX directory_projects_doap_url ON directory_projects (doap_url)`,
  `CREATE TABLE directory_slug_history (
  slug text PRIMARY KEY,
  project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
  retired_at timestamptz NOT NULL
)`,
  `CREATE INDEX directory_slug_history_project ON directory_slug_history (project_id)`,
  `CREATE SEQUENCE directory_snapshot_seen_order`,
  `CREATE TABLE directory_doap_snapshots (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
  sha256 text NOT NULL,
  source text NOT NULL,
  fetched_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  seen_order bigint NOT NULL DEFAULT nextval('directory_snapshot_seen_order'),
  raw_text text NOT NULL,
  byte_length integer NOT NULL,
  parsed jsonb,
  problems jsonb NOT NULL,
  usable boolean NOT NULL,
  etag text,
  last_modified text,
  UNIQUE (project_id, sha256)
)`,
  `CREATE INDEX directory_doap_snapshots_project ON directory_doap_snapshots (project_id, seen_order)`,
  `ALTER TABLE directory_projects ADD CONSTRAINT directory_projects_current_snapshot
  FOREIGN KEY (current_snapshot_id) REFERENCES directory_doap_snapshots(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED`,
  `CREATE TABLE directory_releases (
  project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
  position integer NOT NULL,
  revision text,
  created date,
  name text,
  branch text,
  PRIMARY KEY (project_id, position)
)`,
  `CREATE TABLE directory_project_xeps (
  project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
  xep integer NOT NULL,
  status text,
  raw_status text,
  version text,
  since text,
  until text,
  note text,
  PRIMARY KEY (project_id, xep)
)`,
  `CREATE INDEX directory_project_xeps_xep ON directory_project_xeps (xep)`,
  `CREATE TABLE directory_project_rfcs (
  project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
  rfc integer NOT NULL,
  PRIMARY KEY (project_id, rfc)
)`,
  `CREATE TABLE directory_maintainers (
  project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  contact_email text,
  xmpp_address text,
  security_contact boolean NOT NULL DEFAULT false,
  openpgp_key text,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (project_id, user_id)
)`,
  `CREATE INDEX directory_maintainers_user ON directory_maintainers (user_id)`,
  `CREATE TABLE directory_confirmations (
  id text PRIMARY KEY,
  project_id text NOT NULL REFERENCES directory_projects(id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  sent_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  confirmed_at timestamptz
)`,
  `CREATE INDEX directory_confirmations_project ON directory_confirmations (project_id, sent_at)`,
  `CREATE TABLE directory_xeps (
  number integer PRIMARY KEY,
  title text NOT NULL,
  abstract text,
  type text,
  status text NOT NULL,
  approver text,
  shortname text,
  last_revision_version text,
  last_revision_date date,
  last_revision_remark text,
  tags text[] NOT NULL DEFAULT '{}',
  supersedes jsonb NOT NULL,
  superseded_by jsonb NOT NULL,
  updated_at timestamptz NOT NULL
)`,
  `CREATE INDEX directory_xeps_status ON directory_xeps (status)`,
];
