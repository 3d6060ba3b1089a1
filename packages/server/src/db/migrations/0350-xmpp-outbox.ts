import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE xmpp_outbox (
      id text PRIMARY KEY,
      created_at timestamptz NOT NULL,
      recipient text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('chat', 'groupchat')),
      body text NOT NULL,
      purpose text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'not_sent')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      claimed_until timestamptz,
      last_error text,
      sent_at timestamptz
    )`,
    `CREATE INDEX xmpp_outbox_due ON xmpp_outbox (status, next_attempt_at)`,
  ]);
}
