// Requests/s and p50/p99 latency of an authenticated read endpoint (GET /api/v1/audit with an API
// token) served by `xmppsec serve` on PGlite and on PostgreSQL, side by side, with /healthz (no
// database, no authentication) as the baseline for the HTTP stack itself.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { cliActor } from '../packages/server/src/authz/actor.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openRuntime } from '../packages/server/src/runtime.ts';
import { runLoad, table } from './load.ts';

const MAIN = fileURLToPath(new URL('../packages/server/src/main.ts', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;
const PG_ADMIN = process.env.XMPPSEC_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Creates a team member with a read token and 200 audit events, then closes the database. */
async function prepare(env: NodeJS.ProcessEnv): Promise<string> {
  const runtime = await openRuntime(loadConfig(env));
  try {
    const { accounts } = runtime.services;
    const { user } = await accounts.createUser(cliActor, { email: 'bench@example.org', role: 'team' });
    for (let index = 0; index < 200; index++) await accounts.createUser(cliActor, { email: `filler${index}@example.org`, role: 'reporter' });
    const { token } = await accounts.createApiToken({ kind: 'user', userId: user.id, email: user.email, role: 'team', via: 'cli' }, { name: 'bench', scopes: ['read'], expiresInDays: 1 });
    return token;
  } finally {
    await runtime.close();
  }
}

async function measure(label: string, env: NodeJS.ProcessEnv) {
  const token = await prepare(env);
  const port = await freePort();
  const server = spawn(process.execPath, [MAIN, 'serve', '--port', String(port), '--no-seed'], { env: { ...process.env, ...env, XMPPSEC_LOG_LEVEL: 'warn', XMPPSEC_RATE_LIMIT_PER_MINUTE: '100000000' }, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.ok, () => false);
      if (ready) break;
      if (tries > 240) throw new Error(`${label}: server did not start`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const base = `http://127.0.0.1:${port}`;
    await runLoad(`${base}/api/v1/audit?limit=20`, { connections: CONNECTIONS, seconds: 1, headers: { authorization: `Bearer ${token}` } }); // warm-up
    const audit = await runLoad(`${base}/api/v1/audit?limit=20`, { connections: CONNECTIONS, seconds: SECONDS, headers: { authorization: `Bearer ${token}` } });
    const health = await runLoad(`${base}/healthz`, { connections: CONNECTIONS, seconds: Math.max(2, SECONDS / 2) });
    return [
      { backend: label, endpoint: 'GET /api/v1/audit (token)', 'req/s': audit.perSecond, 'p50 ms': audit.p50Ms, 'p99 ms': audit.p99Ms, errors: audit.errors },
      { backend: label, endpoint: 'GET /healthz (baseline)', 'req/s': health.perSecond, 'p50 ms': health.p50Ms, 'p99 ms': health.p99Ms, errors: health.errors },
    ];
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.on('close', resolve));
  }
}

const rows = await measure('PGlite', { XMPPSEC_DATA_DIR: mkdtempSync(join(tmpdir(), 'xmppsec-bench-')) });
const admin = new pg.Client({ connectionString: PG_ADMIN });
const database = `xmppsec_bench_${process.pid}`;
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${database}`;
  rows.push(...(await measure('PostgreSQL', { DATABASE_URL: url.toString() })));
} catch (error) {
  console.log(`PostgreSQL not measured: ${(error as Error).message}`);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  await admin.end().catch(() => undefined);
}
console.log(`${CONNECTIONS} connections, ${SECONDS} s per authenticated endpoint, server and load generator on the same 2-core machine\n`);
console.log(table(rows));
const pgliteAudit = rows.find((row) => row.backend === 'PGlite' && row.endpoint.startsWith('GET /api'));
const pgAudit = rows.find((row) => row.backend === 'PostgreSQL' && row.endpoint.startsWith('GET /api'));
if (pgliteAudit && pgAudit) console.log(`\nratio PostgreSQL / PGlite (req/s): ${((pgAudit['req/s'] as number) / (pgliteAudit['req/s'] as number)).toFixed(2)}`);
