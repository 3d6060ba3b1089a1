import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';
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
 * Kysely's PGlite driver shares one connection object between callers, so two overlapping
 * transactions (or a query issued while another caller's transaction is open) would run inside
 * each other. This dialect hands the connection to one caller at a time.
 */
class SerializedPGliteDialect extends PGliteDialect {
  override createDriver(): Driver {
    return new SerializedDriver(super.createDriver());
  }
}

const ACQUIRE_TIMEOUT_MS = 60_000;

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
