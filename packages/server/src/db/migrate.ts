import { Migrator } from 'kysely/migration';
import type { Kysely } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export interface MigrationOutcome {
  applied: string[];
  current: string | undefined;
}

/**
 * Brings the schema up to date; each migration runs in its own transaction. Features own separate
 * number ranges and grow in parallel, so a new migration may sort before one already applied.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String((error as Error).message ?? error)}`, { cause: error });
  }
  const applied = results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
  const all = await migrator.getMigrations();
  const executed = all.filter((migration) => migration.executedAt !== undefined);
  return { applied, current: executed.at(-1)?.name };
}
