import type { Kysely, Transaction } from 'kysely';
import { appendAuditEvent } from '../audit/audit.ts';
import type { AuditEntry } from '../audit/audit.ts';
import type { Actor } from '../authz/actor.ts';
import type { Clock } from '../clock.ts';
import type { Database } from './schema.ts';

export interface Audited<T> {
  result: T;
  /** The event(s) this mutation leaves; written in the same transaction, so all or nothing. */
  audit: AuditEntry | readonly AuditEntry[];
}

/**
 * The one way to change data: a transaction whose callback must say what it did. The events are
 * appended last, so the audit chain's lock is held as briefly as possible. No network I/O inside.
 */
export function createMutations(deps: { db: Kysely<Database>; clock: Clock }) {
  return {
    async run<T>(actor: Actor, change: (trx: Transaction<Database>) => Promise<Audited<T>>): Promise<T> {
      return deps.db.transaction().execute(async (trx) => {
        const { result, audit } = await change(trx);
        const entries = Array.isArray(audit) ? audit : [audit as AuditEntry];
        if (entries.length === 0) throw new Error('A mutation must leave at least one audit event.');
        for (const entry of entries) await appendAuditEvent(trx, deps.clock, actor, entry);
        return result;
      });
    },
  };
}

export type Mutations = ReturnType<typeof createMutations>;
