import type { Kysely } from 'kysely';

import { runStatements } from './run-statements.ts';

/** The shared mail outbox (packages/server/src/mail/): written in transactions, delivered by a job. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, STATEMENTS);
}

const STATEMENTS = [
  `CREATE TABLE mail_outbox (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  recipients text[] NOT NULL,
  subject text NOT NULL,
  text_body text NOT NULL,
  html_body text,
  body_sha256 text NOT NULL,
  purpose text NOT NULL,
  subject_type text,
  subject_id text,
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'not_sent')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  claimed_until timestamptz,
  last_error text,
  sent_at timestamptz,
  message_id text
)`,
  `CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'pending'`,
  `CREATE INDEX mail_outbox_created ON mail_outbox (created_at)`,
];
