import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { testBackends } from '../db/test-databases.ts';
import { isPublished, publishedCondition } from './embargo.ts';

const backends = await testBackends();
const NOW = new Date('2026-06-01T12:00:00.000Z');
const CASES: [string | null, boolean][] = [
  [null, false],
  ['2026-06-01T12:00:00.001Z', false],
  ['2026-06-01T12:00:00.000Z', true],
  ['2026-05-01T00:00:00.000Z', true],
];

describe('embargo rule', () => {
  it.each(CASES)('published at %s → public %s', (at, expected) => {
    expect(isPublished(at === null ? null : new Date(at), NOW)).toBe(expected);
  });
});

describe.each(backends)('embargo rule in SQL on $name', (backend) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('agrees with the JavaScript rule to the millisecond', async () => {
    await sql`CREATE TEMP TABLE t (id int, published_at timestamptz)`.execute(handle.db);
    for (const [index, [at]] of CASES.entries()) await sql`INSERT INTO t VALUES (${index}, ${at})`.execute(handle.db);
    const rows = await handle.db
      .selectFrom(sql<{ id: number }>`t`.as('t'))
      .select(sql<number>`id`.as('id'))
      .where(publishedCondition('published_at', NOW))
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.id)).toEqual(CASES.flatMap(([, expected], index) => (expected ? [index] : [])));
  });
});
