import type { Generated } from 'kysely';

export const OUTBOX_STATES = ['pending', 'sent', 'failed', 'not_sent'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Mail written inside a mutation and delivered after it commits (outbox.ts). */
export interface MailOutboxTable {
  id: string;
  created_at: Date;
  recipients: string[];
  subject: string;
  /** Emptied once the message is sent: links with one-time tokens do not stay at rest. */
  text_body: string;
  html_body: string | null;
  body_sha256: string;
  /** What the message is for, e.g. `directory.confirmation`; for people reading the outbox. */
  purpose: string;
  subject_type: string | null;
  subject_id: string | null;
  status: OutboxState;
  attempts: Generated<number>;
  next_attempt_at: Date;
  /** A worker delivering the row holds it until then; another worker skips it. */
  claimed_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  message_id: string | null;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
}
