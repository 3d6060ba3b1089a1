import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, STATEMENTS);
}

const STATEMENTS = [
  `CREATE TABLE case_sequences (
    year integer PRIMARY KEY,
    last integer NOT NULL
  )`,
  `CREATE TABLE cases (
    id text PRIMARY KEY,
    title text NOT NULL,
    summary text NOT NULL DEFAULT '',
    severity text CHECK (severity IN ('none', 'low', 'medium', 'high', 'critical')),
    state text NOT NULL CHECK (state IN ('triage', 'coordinating', 'scheduled', 'published', 'closed', 'rejected')),
    embargo_at timestamptz,
    statuses_shared boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL,
    accepted_at timestamptz NOT NULL,
    published_at timestamptz,
    closed_at timestamptz,
    close_reason text
  )`,
  `CREATE INDEX cases_state ON cases (state)`,
  `CREATE TABLE reports (
    id text PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    tracking_hash text NOT NULL UNIQUE,
    reporter_name text NOT NULL DEFAULT '',
    reporter_email text NOT NULL,
    reporter_xmpp text,
    reporter_user_id text REFERENCES users(id),
    title text NOT NULL,
    projects jsonb NOT NULL,
    description text,
    steps text,
    impact text,
    disclosure_plans text,
    credit_consent boolean NOT NULL,
    credit_as text,
    encrypted_body text,
    status text NOT NULL CHECK (status IN ('new', 'accepted', 'merged', 'closed_duplicate', 'closed_not_vulnerability', 'closed_out_of_scope')),
    case_id text REFERENCES cases(id),
    triage_reason text,
    received_at timestamptz NOT NULL,
    acknowledged_at timestamptz,
    triaged_at timestamptz
  )`,
  `CREATE INDEX reports_status ON reports (status)`,
  `CREATE INDEX reports_case_id ON reports (case_id)`,
  `CREATE TABLE report_attachments (
    id text PRIMARY KEY,
    report_id text NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    filename text NOT NULL,
    content_type text NOT NULL,
    size integer NOT NULL,
    sha256 text NOT NULL,
    data bytea NOT NULL,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX report_attachments_report_id ON report_attachments (report_id)`,
  `CREATE TABLE report_messages (
    id text PRIMARY KEY,
    report_id text NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    from_side text NOT NULL CHECK (from_side IN ('reporter', 'team')),
    author_label text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX report_messages_report_id ON report_messages (report_id)`,
  `CREATE TABLE case_participants (
    id text PRIMARY KEY,
    case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    user_id text NOT NULL REFERENCES users(id),
    role text NOT NULL CHECK (role IN ('coordinator', 'reporter', 'maintainer', 'observer')),
    project_key text,
    added_at timestamptz NOT NULL
  )`,
  `CREATE UNIQUE INDEX case_participants_unique ON case_participants (case_id, user_id, role, coalesce(project_key, ''))`,
  `CREATE INDEX case_participants_user ON case_participants (user_id)`,
  `CREATE TABLE case_projects (
    case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    project_key text NOT NULL,
    project_slug text,
    display_name text NOT NULL,
    status text NOT NULL CHECK (status IN ('not_assessed', 'affected', 'not_affected', 'fixed', 'wont_fix')),
    statement text NOT NULL DEFAULT '',
    introduced_in text,
    fixed_in text,
    fixed_versions jsonb NOT NULL DEFAULT '[]',
    invited_at timestamptz,
    response_due_at timestamptz,
    first_response_at timestamptz,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, project_key)
  )`,
  `CREATE TABLE case_posts (
    id text PRIMARY KEY,
    case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    thread text NOT NULL,
    visibility text NOT NULL CHECK (visibility IN ('team', 'shared')),
    kind text NOT NULL CHECK (kind IN ('message', 'contact_log', 'event')),
    author_id text,
    author_label text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL
  )`,
  `CREATE INDEX case_posts_case_thread ON case_posts (case_id, thread, created_at)`,
  `CREATE TABLE case_embargo_changes (
    id text PRIMARY KEY,
    case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_at timestamptz,
    to_at timestamptz,
    reason text NOT NULL,
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL
  )`,
  `CREATE TABLE case_vulnerabilities (
    id text PRIMARY KEY,
    case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title text NOT NULL,
    cve_id text UNIQUE,
    created_at timestamptz NOT NULL
  )`,
  `CREATE TABLE reminders_sent (
    key text PRIMARY KEY,
    sent_at timestamptz NOT NULL
  )`,
  `CREATE TABLE pow_challenges_used (
    id text PRIMARY KEY,
    expires_at timestamptz NOT NULL
  )`,
];
