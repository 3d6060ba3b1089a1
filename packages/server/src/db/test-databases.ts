import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from './database.ts';
import type { Backend, DatabaseHandle } from './database.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * Test databases on both backends. Every test that touches the database runs on PGlite and on a
 * real PostgreSQL (a fresh database per handle). Without PostgreSQL the PostgreSQL half is skipped
 * loudly, except under CI=true, where it fails.
 */
export interface TestBackend {
  name: Backend;
  /** A fresh, migrated database. */
  open(): Promise<DatabaseHandle>;
}

const ADMIN_URL = process.env.XMPPSEC_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../node_modules/.cache/xmppsec');

export async function testBackends(): Promise<TestBackend[]> {
  const backends: TestBackend[] = [{ name: 'pglite', open: openPgliteTestDatabase }];
  const problem = await postgresProblem();
  if (problem === undefined) {
    backends.push({ name: 'postgres', open: openPostgresTestDatabase });
  } else if (process.env.CI === 'true') {
    throw new Error(`CI=true but PostgreSQL is not reachable at ${ADMIN_URL}: ${problem}`);
  } else {
    console.warn(`\n*** SKIPPING the PostgreSQL half of these tests: ${ADMIN_URL} is not reachable (${problem}). ***\n`);
  }
  return backends;
}

let postgresCheck: Promise<string | undefined> | undefined;
function postgresProblem(): Promise<string | undefined> {
  postgresCheck ??= (async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return undefined;
    } catch (error) {
      return (error as Error).message;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresCheck;
}

export async function openPostgresTestDatabase(): Promise<DatabaseHandle> {
  const name = `xmppsec_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', connectionString: url.toString(), poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Creating and migrating a PGlite database takes seconds; loading a dump of an already migrated one
 * takes a fraction of that. The dump is cached on disk, keyed by the migrations' source.
 */
let template: Promise<Blob> | undefined;
// Hashed when this module loads, together with the migrations it imports: a file edited later in the
// run must not label an old schema with a new hash.
const MIGRATIONS_HASH = migrationsHash();
export async function openPgliteTestDatabase(): Promise<DatabaseHandle> {
  template ??= loadOrBuildTemplate();
  const handle = await openDatabase({ kind: 'pglite-memory', loadDataDir: await template });
  await migrateToLatest(handle.db);
  return handle;
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const file = join(CACHE_DIR, `pglite-template-${MIGRATIONS_HASH}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const handle = await openDatabase({ kind: 'pglite-memory' });
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(name).update(readFileSync(join(MIGRATIONS_DIR, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
