import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../authz/actor.ts';
import type { Clock } from '../clock.ts';
import { addCounts, coalescing } from '../util/coalescing.ts';
import type { Database } from '../db/schema.ts';
import { accountPolicy } from '../features/accounts/policy.ts';
import type { JobDefinition } from '../jobs/jobs.ts';
import { MailError, validateMailMessage } from './mailer.ts';
import type { Mailer, MailMessage } from './mailer.ts';
import type { OutboxState } from './tables.ts';

/**
 * The mail outbox. A feature that sends mail calls `outbox.queue(trx, message, meta)` inside its
 * mutation, so the message exists exactly when the change commits; then, after the mutation,
 * `outbox.deliverSoon()`. Delivery happens outside any transaction: by `deliverSoon`, and every
 * minute by the `mail.deliver` job, which also retries failures with backoff. Without SMTP
 * configured, a message is kept with status `not_sent` and the reason, and logged: never lost
 * silently. A sent message's body is erased (its SHA-256 stays), so one-time links do not linger.
 */

export interface QueueMeta {
  /** What the message is for, e.g. `directory.confirmation`. */
  purpose: string;
  /** The object it is about, for people reading the outbox. */
  subject?: { type: string; id: string };
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  notSent: number;
}

export interface OutboxEntry {
  id: string;
  createdAt: Date;
  recipients: string[];
  subject: string;
  purpose: string;
  status: OutboxState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
}

export interface OutboxDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** undefined when no SMTP server is configured. */
  mailer: Mailer | undefined;
  log?: (message: string) => void;
  maxAttempts?: number;
}

export const NO_SMTP_REASON = 'not sent: no SMTP configured';
const BATCH = 10;
const MAX_PER_RUN = 500;
const CLAIM_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 3_600_000;

interface ClaimedRow {
  id: string;
  recipients: string[];
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}

export function createOutbox(deps: OutboxDeps) {
  const { db, clock, mailer } = deps;
  const log = deps.log ?? ((message: string) => console.warn(message));
  const maxAttempts = deps.maxAttempts ?? 8;
  const background = new Set<Promise<unknown>>();

  /** Takes due rows for this worker; SKIP LOCKED keeps two workers from sending the same message. */
  async function claim(): Promise<ClaimedRow[]> {
    const now = clock.now();
    const result = await sql<ClaimedRow>`
      UPDATE mail_outbox SET claimed_until = ${new Date(now.getTime() + CLAIM_MS)}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM mail_outbox
        WHERE status = 'pending' AND next_attempt_at <= ${now} AND (claimed_until IS NULL OR claimed_until < ${now})
        ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING id, recipients, subject, text_body, html_body, attempts`.execute(db);
    return result.rows;
  }

  async function deliverOne(row: ClaimedRow, report: DeliveryReport): Promise<void> {
    const now = clock.now();
    if (!mailer) {
      await db.updateTable('mail_outbox').set({ status: 'not_sent', last_error: NO_SMTP_REASON, claimed_until: null }).where('id', '=', row.id).execute();
      log(`mail ${row.id} to ${row.recipients.join(', ')} (“${row.subject}”) ${NO_SMTP_REASON}`);
      report.notSent++;
      return;
    }
    try {
      const sent = await mailer.send({ to: row.recipients, subject: row.subject, text: row.text_body, html: row.html_body ?? undefined });
      await db
        .updateTable('mail_outbox')
        .set({ status: 'sent', sent_at: clock.now(), message_id: sent.messageId, text_body: '', html_body: null, claimed_until: null, last_error: sent.rejected.length > 0 ? `rejected by the server: ${sent.rejected.join(', ')}` : null })
        .where('id', '=', row.id)
        .execute();
      report.sent++;
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      const permanent = error instanceof MailError && error.permanent;
      if (permanent || row.attempts >= maxAttempts) {
        await db.updateTable('mail_outbox').set({ status: 'failed', last_error: message, claimed_until: null }).where('id', '=', row.id).execute();
        log(`mail ${row.id} to ${row.recipients.join(', ')} failed after ${row.attempts} attempt(s): ${message}`);
        report.failed++;
      } else {
        const delay = Math.min(FIRST_RETRY_MS * 2 ** (row.attempts - 1), MAX_RETRY_MS);
        await db.updateTable('mail_outbox').set({ next_attempt_at: new Date(now.getTime() + delay), last_error: message, claimed_until: null }).where('id', '=', row.id).execute();
        report.retrying++;
      }
    }
  }

  async function deliver(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, notSent: 0 };
    let handled = 0;
    while (handled < MAX_PER_RUN) {
      const rows = await claim();
      if (rows.length === 0) break;
      for (const row of rows) await deliverOne(row, report);
      handled += rows.length;
    }
    return report;
  }

  const delivery = coalescing(deliver, addCounts);

  return {
    /** Writes a message into the outbox within the caller's transaction. Returns its id. */
    async queue(trx: Transaction<Database>, message: MailMessage, meta: QueueMeta): Promise<string> {
      const { to, subject } = validateMailMessage(message);
      const id = randomUUID();
      const now = clock.now();
      await trx
        .insertInto('mail_outbox')
        .values({
          id,
          created_at: now,
          recipients: to,
          subject,
          text_body: message.text,
          html_body: message.html ?? null,
          body_sha256: createHash('sha256').update(message.text).update('\0').update(message.html ?? '').digest('hex'),
          purpose: meta.purpose,
          subject_type: meta.subject?.type ?? null,
          subject_id: meta.subject?.id ?? null,
          status: 'pending',
          next_attempt_at: now,
          claimed_until: null,
          last_error: null,
          sent_at: null,
          message_id: null,
        })
        .execute();
      return id;
    },

    /** Delivers every due message now (one run at a time per process; concurrent callers share it). */
    deliverDue(): Promise<DeliveryReport> {
      return delivery.run();
    },

    /** Starts delivery in the background after a mutation that queued mail; failures are logged and retried later. */
    deliverSoon(): void {
      const task = this.deliverDue().catch((error: unknown) => log(`mail delivery failed: ${(error as Error).message}`));
      background.add(task);
      void task.finally(() => background.delete(task));
    },

    /** Resolves when background deliveries started by deliverSoon have finished (tests, shutdown). */
    async idle(): Promise<void> {
      while (background.size > 0) await Promise.all(background);
    },

    /** Recent outbox entries without their bodies, newest first (team). */
    async list(actor: Actor, filter: { status?: OutboxState; limit?: number } = {}): Promise<OutboxEntry[]> {
      accountPolicy.assert(actor, 'audit.read');
      let query = db.selectFrom('mail_outbox').select(['id', 'created_at', 'recipients', 'subject', 'purpose', 'status', 'attempts', 'next_attempt_at', 'last_error', 'sent_at']);
      if (filter.status) query = query.where('status', '=', filter.status);
      const rows = await query.orderBy('created_at', 'desc').limit(Math.min(Math.max(filter.limit ?? 100, 1), 500)).execute();
      return rows.map((row) => ({
        id: row.id,
        createdAt: row.created_at,
        recipients: row.recipients,
        subject: row.subject,
        purpose: row.purpose,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        lastError: row.last_error,
        sentAt: row.sent_at,
      }));
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/** Delivers the outbox every minute; a message's own retries and backoff live in its row. */
export const mailJobs = (outbox: Outbox): JobDefinition[] => [
  {
    name: 'mail.deliver',
    cron: '* * * * *',
    retryLimit: 0,
    async handler() {
      await outbox.deliverDue();
    },
  },
];
