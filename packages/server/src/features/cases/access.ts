import { sql } from 'kysely';
import type { Expression, Kysely, SqlBool, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { isStaff } from '../../authz/actor.ts';
import { publishedCondition } from '../../authz/embargo.ts';
import type { Database } from '../../db/schema.ts';
import type { CaseRole } from './tables.ts';

/**
 * Who may see a case, and how much of it. A case is never public: the team sees everything; a
 * participant (an invited maintainer, observer, or a reporter with an account) sees only what is
 * shared with them; everybody else sees nothing, and a case they may not see looks exactly like one
 * that does not exist. What becomes public at the embargo's end is the advisory, not the case.
 */
export type CaseAccess = { level: 'team' } | { level: 'participant'; roles: CaseRole[]; projectKeys: string[] };

type Db = Kysely<Database> | Transaction<Database>;

export async function caseAccess(db: Db, actor: Actor, caseId: string): Promise<CaseAccess | undefined> {
  if (isStaff(actor)) return { level: 'team' };
  if (actor.kind !== 'user') return undefined;
  const rows = await db.selectFrom('case_participants').select(['role', 'project_key']).where('case_id', '=', caseId).where('user_id', '=', actor.userId).execute();
  if (rows.length === 0) return undefined;
  return { level: 'participant', roles: [...new Set(rows.map((row) => row.role))], projectKeys: rows.flatMap((row) => (row.project_key ? [row.project_key] : [])) };
}

/** The same rule as a condition on `cases`, for lists and searches. */
export function visibleCasesCondition(actor: Actor): Expression<SqlBool> {
  if (isStaff(actor)) return sql<SqlBool>`true`;
  if (actor.kind !== 'user') return sql<SqlBool>`false`;
  return sql<SqlBool>`EXISTS (SELECT 1 FROM case_participants p WHERE p.case_id = cases.id AND p.user_id = ${actor.userId})`;
}

/** The threads a participant reads and writes: the general one and those of their own projects. */
export function visibleThreads(access: CaseAccess): string[] | 'all' {
  return access.level === 'team' ? 'all' : ['general', ...access.projectKeys];
}

export function canSeeProject(access: CaseAccess, projectKey: string, statusesShared: boolean): boolean {
  return access.level === 'team' || statusesShared || access.projectKeys.includes(projectKey);
}

/** Of these case ids, the ones whose advisory is public by the embargo rule (for links from other features). */
export async function publishedCaseIds(db: Db, caseIds: readonly string[], now: Date): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const rows = await db.selectFrom('cases').select('id').where('id', 'in', caseIds).where(publishedCondition('cases.published_at', now)).execute();
  return rows.map((row) => row.id);
}
