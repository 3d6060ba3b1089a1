import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';

/**
 * A value for a jsonb column. node-postgres would turn a JS array into a PostgreSQL array and
 * PGlite serialises by type, so both get explicit JSON text and a cast.
 */
export function json<T>(value: T): RawBuilder<T> {
  return sql<T>`${JSON.stringify(value)}::jsonb`;
}
