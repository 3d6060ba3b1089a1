import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../authz/actor.ts';
import { actorLabel } from '../authz/actor.ts';
import type { Clock } from '../clock.ts';
import { json } from '../db/json.ts';
import type { Database } from '../db/schema.ts';
import { eventHash, GENESIS_HASH } from './hash.ts';

export interface AuditEntry {
  /** `<subject>.<verb>`, e.g. `user.create`, `case.embargo_change`. */
  action: string;
  subject?: { type: string; id: string };
  /** What changed. Never secrets; embargoed text only as identifiers. */
  details?: Record<string, unknown>;
}

/** Serialises writers so each event's prev_hash is the event committed just before it. */
const CHAIN_LOCK_KEY = 7_204_117;

export async function appendAuditEvent(trx: Transaction<Database>, clock: Clock, actor: Actor, entry: AuditEntry): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_events').select(['hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const { seq } = await trx
    .selectNoFrom(sql<number>`nextval(pg_get_serial_sequence('audit_events', 'seq'))::int`.as('seq'))
    .executeTakeFirstOrThrow();
  // What is hashed must equal what comes back from jsonb: drop undefined, keep JSON types only.
  const details = JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>;
  const row = {
    seq,
    at: clock.now(),
    actor_id: actor.kind === 'user' ? actor.userId : null,
    actor_label: actorLabel(actor),
    via: actor.via,
    action: entry.action,
    subject_type: entry.subject?.type ?? null,
    subject_id: entry.subject?.id ?? null,
    details,
    prev_hash: prevHash,
  };
  const hash = eventHash(row);
  await trx.insertInto('audit_events').values({ ...row, details: json(details), hash }).execute();
  return seq;
}

export interface ChainVerdict {
  ok: boolean;
  events: number;
  headHash: string;
  /** The first event whose link or content does not check out. */
  firstBroken?: { seq: number; reason: string };
}

/** Walks the whole chain in order, in pages, recomputing every hash. */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 2000): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let events = 0;
  let afterSeq = -1;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(pageSize).execute();
    for (const row of rows) {
      events++;
      if (row.prev_hash !== expectedPrev) {
        return { ok: false, events, headHash: expectedPrev, firstBroken: { seq: row.seq, reason: 'its prev_hash does not match the event before it (an event was removed, inserted or reordered)' } };
      }
      const recomputed = eventHash(row);
      if (recomputed !== row.hash) {
        return { ok: false, events, headHash: expectedPrev, firstBroken: { seq: row.seq, reason: 'its content does not match its hash (the row was edited)' } };
      }
      expectedPrev = row.hash;
      afterSeq = row.seq;
    }
    if (rows.length < pageSize) return { ok: true, events, headHash: expectedPrev };
  }
}
