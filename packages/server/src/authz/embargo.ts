import { sql } from 'kysely';
import type { Expression, SqlBool } from 'kysely';

/**
 * The embargo rule, in one place: anything that comes out of a case (its advisory, its CVE records
 * and their OSV/CSAF forms, feed entries, public links, statistics) is public only once it has a
 * publication instant and that instant has passed. Every public route, feed, export and figure
 * uses these two functions; none re-implements the rule.
 */
export function isPublished(publishedAt: Date | null | undefined, now: Date): boolean {
  return publishedAt != null && publishedAt.getTime() <= now.getTime();
}

/** The same rule for SQL: `where(publishedCondition('advisories.published_at', now))`. */
export function publishedCondition(column: string, now: Date): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} IS NOT NULL AND ${sql.ref(column)} <= ${now})`;
}
