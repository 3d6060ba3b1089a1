import { loadConfig } from '../config.ts';
import type { Config } from '../config.ts';
import { openRuntime } from '../runtime.ts';
import type { Runtime } from '../runtime.ts';
import type { CliIo } from './command.ts';

/** Opens the configured database for one command and closes it afterwards, whatever happens. */
export async function withRuntime<T>(io: CliIo, dataDir: string | undefined, work: (runtime: Runtime) => Promise<T>, overrides: Partial<Config> = {}): Promise<T> {
  const config = loadConfig(io.env, { ...overrides, ...(dataDir ? { dataDir } : {}) });
  const runtime = await openRuntime(config, { onStatus: (message) => io.err(`${message}\n`) });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

export const DATABASE_NOTE = 'The database is the embedded one in --data-dir (default ./data), or PostgreSQL when DATABASE_URL is set.';
