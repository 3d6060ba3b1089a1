import { AsyncLocalStorage } from 'node:async_hooks';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteAdapter, PGliteDialect, PostgresDialect } from 'kysely';
import type { DatabaseConnection, DialectAdapter, Driver, TransactionSettings } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './schema.ts';

export type Backend = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  backend: Backend;
  /** The embedded instance, for pg-boss's adapter; undefined on PostgreSQL. */
  pglite: PGlite | undefined;
  /** The PostgreSQL connection string, for pg-boss; undefined on PGlite. */
  connectionString: string | undefined;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgres'; connectionString: string; poolSize?: number };

// Both backends return the same JavaScript types: int8 as number (counts and ids fit),
// date as its 'YYYY-MM-DD' text (a JS Date would shift it by the local zone).
const INT8_OID = 20;
const DATE_OID = 1082;
pg.types.setTypeParser(INT8_OID, (value) => Number(value));
pg.types.setTypeParser(DATE_OID, (value) => value);

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.connectionString, max: target.poolSize ?? 10 });
    // An idle connection that the server drops (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
    return { db, backend: 'postgres', pglite: undefined, connectionString: target.connectionString, close: () => db.destroy() };
  }
  const lock = target.kind === 'pglite' ? lockDataDir(target.dataDir) : undefined;
  try {
    const options = { parsers: { [INT8_OID]: (value: string) => Number(value), [DATE_OID]: (value: string) => value } };
    const pglite =
      target.kind === 'pglite'
        ? new PGlite(join(target.dataDir, 'pglite'), options)
        : new PGlite({ ...options, ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}) });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new SerializedPGliteDialect({ pglite }) });
    return {
      db,
      backend: 'pglite',
      pglite,
      connectionString: undefined,
      async close() {
        try {
          await db.destroy();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * PGlite has one connection, so callers take turns. Kysely would queue them itself, silently and
 * without limit; this dialect queues them in its own driver instead, so that a query on `db` made
 * inside a mutation's transaction fails at once with a clear message rather than waiting forever.
 */
class SerializedPGliteDialect extends PGliteDialect {
  override createAdapter(): DialectAdapter {
    return new TakingTurnsAdapter();
  }

  override createDriver(): Driver {
    return new SerializedDriver(super.createDriver());
  }
}

class TakingTurnsAdapter extends PGliteAdapter {
  /** Not really: SerializedDriver hands out the one connection in turn, in place of Kysely's own queue. */
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

const ACQUIRE_TIMEOUT_MS = 60_000;

/**
 * Marks the code running inside a mutation's transaction. A query there that goes through `db`
 * instead of `trx` would wait forever for the connection its own transaction holds; it fails at
 * once instead, naming the mistake.
 */
export const insideTransaction = new AsyncLocalStorage<{ active: boolean }>();

class SerializedDriver implements Driver {
  readonly #inner: Driver;
  #tail: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  constructor(inner: Driver) {
    this.#inner = inner;
  }

  init(): Promise<void> {
    return this.#inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (insideTransaction.getStore()?.active) {
      throw new Error('A query used `db` inside a transaction; use the transaction (`trx`) there, or run the query before or after it.');
    }
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => { release = resolve; });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('The embedded database stayed busy for 60 s (is `db` used inside a transaction instead of `trx`?)')),
        ACQUIRE_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([previous, timeout]);
    } catch (error) {
      // Keep the queue intact: whoever waits behind us waits for the earlier holder instead.
      previous.then(release, release);
      throw error;
    } finally {
      clearTimeout(timer);
    }
    this.#release = release;
    return this.#inner.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.#inner.releaseConnection(connection);
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
  }

  async savepoint(...args: Parameters<NonNullable<Driver['savepoint']>>): Promise<void> {
    await this.#inner.savepoint?.(...args);
  }

  async rollbackToSavepoint(...args: Parameters<NonNullable<Driver['rollbackToSavepoint']>>): Promise<void> {
    await this.#inner.rollbackToSavepoint?.(...args);
  }

  async releaseSavepoint(...args: Parameters<NonNullable<Driver['releaseSavepoint']>>): Promise<void> {
    await this.#inner.releaseSavepoint?.(...args);
  }

  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}
