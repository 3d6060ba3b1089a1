import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { testBackends } from '../db/test-databases.ts';
import { createTestContext } from '../testing/test-context.ts';
import type { SignedIn, TestContext } from '../testing/test-context.ts';
import { seededRandom } from '../util/seeded-random.ts';

/**
 * Every operation in the OpenAPI document, called with generated garbage (path parameters, query
 * strings and bodies) by the public and by a team member: each answer is a client error or a
 * success, never a server error, and every error has the documented shape.
 */
const backends = await testBackends();
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const ROUNDS = 3;

// Operations that reach the network outside this machine when given a valid-looking address.
const NETWORK_REACHING = [/\/refresh$/, /^\/api\/v1\/directory\/import\//, /^\/api\/v1\/observatory\/scans$/, /^\/api\/v1\/cve\/settings$/, /^\/api\/v1\/cve\/ids$/];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function randomString(random: Random): string {
  return pick(random, [
    '',
    ' ',
    'a',
    '../../etc/passwd',
    '%00',
    'XSF-2026-0001',
    'CVE-2026-1000',
    '<script>alert(1)</script>',
    "'; DROP TABLE users; --",
    '\u0000\u0001',
    'é'.repeat(300),
    'x'.repeat(5000),
    '12345',
    '-1',
    'null',
    '{"a":1}',
    'prosody',
    'good.prosody.test',
    '2026-13-45T99:99:99Z',
    '🔐',
  ]);
}

function randomValue(random: Random, depth = 0): unknown {
  const choice = random();
  if (depth > 3 || choice < 0.3) return randomString(random);
  if (choice < 0.4) return pick(random, [0, -1, 1.5, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e308]);
  if (choice < 0.5) return pick(random, [true, false, null]);
  if (choice < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  const keys = ['email', 'password', 'title', 'summary', 'state', 'expectedVersion', 'embargoAt', 'reason', 'projects', 'slug', 'name', 'status', 'body', 'thread', 'visibility', 'draft', 'record', 'vector', 'format', 'role', 'scopes', 'token', 'action', 'caseId', 'yaml', 'threat', 'baseRevision', 'domain', 'mode'];
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [pick(random, keys), randomValue(random, depth + 1)]));
}

describe.each(backends)('API under generated bad input on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let team: SignedIn;
  let operations: { method: string; path: string }[];

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle, { rateLimitPerMinute: 1_000_000 });
    app = await ctx.app();
    team = await ctx.signIn('team');
    const document = (await app.inject('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  it(`never answers with a server error (seed ${SEED})`, async () => {
    expect(operations.length).toBeGreaterThan(80);
    const random = seededRandom(SEED);
    const failures: string[] = [];
    for (const operation of operations) {
      if (NETWORK_REACHING.some((pattern) => pattern.test(operation.path))) continue;
      for (let round = 0; round < ROUNDS; round++) {
        const url = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(randomString(random)).slice(0, 300) || 'x');
        const queryValue = randomValue(random);
        const query = round === 0 || queryValue === null || typeof queryValue !== 'object' ? '' : `?${new URLSearchParams(Object.entries(queryValue).map(([key, value]): [string, string] => [key, JSON.stringify(value)])).toString()}`;
        const withBody = operation.method !== 'GET' && operation.method !== 'DELETE';
        for (const headers of [{}, team.headers]) {
          const response = await app.inject({ method: operation.method as 'GET', url: `${url}${query}`, headers: { ...headers, ...(withBody ? { 'content-type': 'application/json' } : {}) }, ...(withBody ? { payload: JSON.stringify(randomValue(random)) } : {}) });
          if (response.statusCode >= 500) failures.push(`${operation.method} ${url}${query} → ${response.statusCode} ${response.body.slice(0, 300)}`);
          else if (response.statusCode >= 400 && response.headers['content-type']?.toString().includes('json')) {
            const body = response.json<{ error?: { code?: unknown; message?: unknown } }>();
            if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') failures.push(`${operation.method} ${url} → ${response.statusCode} without the error shape: ${response.body.slice(0, 200)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
