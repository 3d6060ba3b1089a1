import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';
import { addCounts, coalescing } from '../util/coalescing.ts';
import type { Database } from '../db/schema.ts';
import type { JobDefinition } from '../jobs/jobs.ts';
import { sendXmppMessages } from './sender.ts';
import type { XmppAccount } from './sender.ts';

/**
 * XMPP notifications go through an outbox like mail does: queued inside the mutation, delivered
 * after it commits, in one connection per batch, retried with backoff. Without an XMPP account
 * configured a message is kept as `not_sent` with the reason, never dropped silently.
 */
export const NO_XMPP_REASON = 'not sent: no XMPP account configured';
const BATCH = 50;
const CLAIM_MS = 5 * 60_000;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 3_600_000;
const MAX_ATTEMPTS = 8;
const MAX_BODY = 4000;

export interface XmppDelivery {
  sent: number;
  retrying: number;
  failed: number;
  notSent: number;
}

export function createXmppOutbox(deps: { db: Kysely<Database>; clock: Clock; account: XmppAccount | undefined; log?: (message: string) => void }) {
  const { db, clock, account } = deps;
  const log = deps.log ?? ((message: string) => console.warn(message));

  async function deliver(): Promise<XmppDelivery> {
    const report: XmppDelivery = { sent: 0, retrying: 0, failed: 0, notSent: 0 };
    const now = clock.now();
    const { rows } = await sql<{ id: string; recipient: string; kind: 'chat' | 'groupchat'; body: string; attempts: number }>`
      UPDATE xmpp_outbox SET claimed_until = ${new Date(now.getTime() + CLAIM_MS)}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM xmpp_outbox
        WHERE status = 'pending' AND next_attempt_at <= ${now} AND (claimed_until IS NULL OR claimed_until < ${now})
        ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING id, recipient, kind, body, attempts`.execute(db);
    if (rows.length === 0) return report;
    const ids = rows.map((row) => row.id);
    if (!account) {
      await db.updateTable('xmpp_outbox').set({ status: 'not_sent', last_error: NO_XMPP_REASON, claimed_until: null }).where('id', 'in', ids).execute();
      log(`${rows.length} XMPP message(s) ${NO_XMPP_REASON}`);
      report.notSent = rows.length;
      return report;
    }
    try {
      await sendXmppMessages(account, rows.map((row) => ({ to: row.recipient, type: row.kind, body: row.body })));
      await db.updateTable('xmpp_outbox').set({ status: 'sent', sent_at: clock.now(), claimed_until: null, last_error: null }).where('id', 'in', ids).execute();
      report.sent = rows.length;
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      for (const row of rows) {
        if (row.attempts >= MAX_ATTEMPTS) {
          await db.updateTable('xmpp_outbox').set({ status: 'failed', last_error: message, claimed_until: null }).where('id', '=', row.id).execute();
          log(`XMPP message ${row.id} to ${row.recipient} failed after ${row.attempts} attempt(s): ${message}`);
          report.failed++;
        } else {
          const delay = Math.min(FIRST_RETRY_MS * 2 ** (row.attempts - 1), MAX_RETRY_MS);
          await db.updateTable('xmpp_outbox').set({ next_attempt_at: new Date(now.getTime() + delay), last_error: message, claimed_until: null }).where('id', '=', row.id).execute();
          report.retrying++;
        }
      }
    }
    return report;
  }

  const delivery = coalescing(deliver, addCounts);

  return {
    async queue(trx: Transaction<Database>, message: { to: string; kind: 'chat' | 'groupchat'; body: string }, purpose: string): Promise<string> {
      const id = randomUUID();
      const now = clock.now();
      await trx
        .insertInto('xmpp_outbox')
        .values({ id, created_at: now, recipient: message.to, kind: message.kind, body: message.body.slice(0, MAX_BODY), purpose, status: 'pending', attempts: 0, next_attempt_at: now, claimed_until: null, last_error: null, sent_at: null })
        .execute();
      return id;
    },

    /** Delivers what is due; a call during a delivery makes it go round once more, so nothing queued meanwhile waits for the next minute. */
    deliverDue(): Promise<XmppDelivery> {
      return delivery.run();
    },

    /** Resolves when a delivery under way has finished (tests, shutdown). */
    async idle(): Promise<void> {
      await delivery.running()?.catch(() => undefined);
    },

    jobs(): JobDefinition[] {
      return [{ name: 'xmpp.deliver', cron: '* * * * *', handler: async () => { await this.deliverDue(); } }];
    },
  };
}

export type XmppOutbox = ReturnType<typeof createXmppOutbox>;
