import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import type { DatabaseHandle } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createServices } from './services.ts';
import type { Services } from './services.ts';

export interface Runtime {
  handle: DatabaseHandle;
  services: Services;
  close(): Promise<void>;
}

/** Opens the configured database (PGlite in the data directory, or PostgreSQL), migrates it and builds the services. */
export async function openRuntime(config: Config, options: { clock?: Clock; onStatus?: (message: string) => void } = {}): Promise<Runtime> {
  const status = options.onStatus ?? (() => {});
  status(config.databaseUrl ? 'Connecting to PostgreSQL…' : `Opening the embedded database in ${config.dataDir}…`);
  const handle = await openDatabase(config.databaseUrl ? { kind: 'postgres', connectionString: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir });
  try {
    const { applied } = await migrateToLatest(handle.db);
    if (applied.length > 0) status(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    const services = createServices({ handle, clock: options.clock ?? systemClock, config });
    return { handle, services, close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
