import type { Kysely, Transaction } from 'kysely';
import { appendAuditEvent } from '../audit/audit.ts';
import type { AuditEntry } from '../audit/audit.ts';
import type { Actor } from '../authz/actor.ts';
import type { Clock } from '../clock.ts';
import { insideTransaction } from './database.ts';
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
  const afterCommit: (() => void)[] = [];
  return {
    async run<T>(actor: Actor, change: (trx: Transaction<Database>) => Promise<Audited<T>>): Promise<T> {
      const marker = { active: false };
      const result = await insideTransaction.run(marker, () =>
        deps.db.transaction().execute(async (trx) => {
          marker.active = true;
          try {
            const { result, audit } = await change(trx);
            const entries = Array.isArray(audit) ? audit : [audit as AuditEntry];
            if (entries.length === 0) throw new Error('A mutation must leave at least one audit event.');
            for (const entry of entries) await appendAuditEvent(trx, deps.clock, actor, entry);
            return result;
          } finally {
            marker.active = false;
          }
        }),
      );
      for (const listener of afterCommit) listener();
      return result;
    },

    /** Work to start once a mutation has committed, e.g. delivering the mail it queued. Must not throw. */
    afterCommit(listener: () => void): void {
      afterCommit.push(listener);
    },
  };
}

export type Mutations = ReturnType<typeof createMutations>;
