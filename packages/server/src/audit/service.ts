import type { Kysely } from 'kysely';
import type { Actor } from '../authz/actor.ts';
import type { Database } from '../db/schema.ts';
import { accountPolicy } from '../features/accounts/policy.ts';
import { verifyAuditChain } from './audit.ts';
import type { ChainVerdict } from './audit.ts';

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
  /** Events with a sequence number below this, for paging backwards from the newest. */
  beforeSeq?: number | undefined;
  limit?: number | undefined;
}

export interface AuditEventView {
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  via: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export function createAuditService(deps: { db: Kysely<Database> }) {
  return {
    async list(actor: Actor, filter: AuditFilter): Promise<{ events: AuditEventView[]; nextBeforeSeq: number | null }> {
      accountPolicy.assert(actor, 'audit.read');
      const limit = Math.min(Math.max(filter.limit ?? 100, 1), 500);
      let query = deps.db.selectFrom('audit_events').selectAll();
      if (filter.action) query = filter.action.endsWith('.') ? query.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '\\$&')}%`) : query.where('action', '=', filter.action);
      if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
      if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType);
      if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
      if (filter.since) query = query.where('at', '>=', filter.since);
      if (filter.until) query = query.where('at', '<', filter.until);
      if (filter.beforeSeq !== undefined) query = query.where('seq', '<', filter.beforeSeq);
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const page = rows.slice(0, limit);
      return {
        events: page.map((row) => ({ seq: row.seq, at: row.at, actorId: row.actor_id, actorLabel: row.actor_label, via: row.via, action: row.action, subjectType: row.subject_type, subjectId: row.subject_id, details: row.details, hash: row.hash })),
        nextBeforeSeq: rows.length > limit ? page.at(-1)!.seq : null,
      };
    },

    async verify(actor: Actor): Promise<ChainVerdict> {
      accountPolicy.assert(actor, 'audit.read');
      return verifyAuditChain(deps.db);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
