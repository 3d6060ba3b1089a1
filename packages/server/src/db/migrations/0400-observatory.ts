import type { Kysely } from 'kysely';

import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, STATEMENTS);
}

const grade = (column: string) => `CHECK (${column} IN ('A+', 'A', 'B', 'C', 'D', 'E', 'T', 'F'))`;

const STATEMENTS = [
  `CREATE TABLE observatory_domains (
  domain text PRIMARY KEY CHECK (domain = lower(domain) AND length(domain) BETWEEN 1 AND 253),
  created_at timestamptz NOT NULL,
  first_scanned_at timestamptz,
  last_scanned_at timestamptz,
  opted_out boolean NOT NULL DEFAULT false
)`,
  `CREATE TABLE observatory_scans (
  id text PRIMARY KEY,
  domain text NOT NULL REFERENCES observatory_domains(domain),
  mode text NOT NULL CHECK (mode IN ('c2s', 's2s', 'both')),
  status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  requested_at timestamptz NOT NULL,
  requested_by text REFERENCES users(id),
  requested_by_label text NOT NULL,
  requester_key text NOT NULL,
  not_before timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  lease_until timestamptz,
  progress jsonb NOT NULL,
  error_code text,
  error_message text,
  report jsonb,
  grade text ${grade('grade')},
  grade_ignoring_trust text ${grade('grade_ignoring_trust')},
  grades jsonb,
  scanner_version text,
  findings jsonb,
  changes jsonb,
  CHECK ((status = 'done') = (report IS NOT NULL))
)`,
  // One queued or running scan per domain and mode: a second request gets the first.
  `CREATE UNIQUE INDEX observatory_scans_active ON observatory_scans (domain, mode) WHERE status IN ('queued', 'running')`,
  `CREATE INDEX observatory_scans_domain_done ON observatory_scans (domain, finished_at DESC) WHERE status = 'done'`,
  `CREATE INDEX observatory_scans_queue ON observatory_scans (requested_at) WHERE status = 'queued'`,
  `CREATE INDEX observatory_scans_requester ON observatory_scans (requester_key, requested_at)`,
  `CREATE TABLE observatory_scan_events (
  scan_id text NOT NULL REFERENCES observatory_scans(id),
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  type text NOT NULL,
  message text NOT NULL,
  PRIMARY KEY (scan_id, seq)
)`,
  `CREATE TABLE observatory_scan_targets (
  scan_id text NOT NULL REFERENCES observatory_scans(id),
  target_id text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('c2s', 's2s')),
  transport text NOT NULL CHECK (transport IN ('starttls', 'directtls')),
  host text NOT NULL,
  port integer NOT NULL,
  address text NOT NULL,
  family integer NOT NULL,
  reachable boolean NOT NULL,
  grade text ${grade('grade')},
  tls_version text,
  sslv3 boolean,
  tls10 boolean,
  tls11 boolean,
  tls12 boolean,
  tls13 boolean,
  dane boolean,
  certificate_expired boolean,
  trust_failure boolean,
  identity_failure boolean,
  starttls text CHECK (starttls IN ('none', 'offered', 'required')),
  starttls_not_required boolean,
  plain_before_tls boolean,
  dialback_only boolean,
  channel_binding boolean,
  registration boolean,
  PRIMARY KEY (scan_id, target_id)
)`,
  `CREATE TABLE observatory_opt_outs (
  domain text PRIMARY KEY REFERENCES observatory_domains(domain),
  status text NOT NULL CHECK (status IN ('pending', 'active')),
  reason text NOT NULL,
  contact text NOT NULL,
  requested_at timestamptz NOT NULL,
  requested_by_label text NOT NULL,
  decided_at timestamptz,
  decided_by_label text
)`,
  `CREATE TABLE observatory_address_pace (
  address text PRIMARY KEY,
  last_scan_at timestamptz NOT NULL
)`,
];
