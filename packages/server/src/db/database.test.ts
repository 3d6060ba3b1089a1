import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { lockDataDir } from './data-dir-lock.ts';

describe('data directory lock', () => {
  it('refuses a second owner with a clear message and takes over a stale lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xmppsec-lock-'));
    const first = lockDataDir(dir);
    writeFileSync(join(dir, 'xmppsec.lock'), '1\n'); // PID 1 is alive: somebody else holds it
    expect(() => lockDataDir(dir)).toThrow(/in use by another xmppsec process \(PID 1\)/);
    first.release();
    writeFileSync(join(dir, 'xmppsec.lock'), '999999999\n'); // no such process: stale
    const second = lockDataDir(dir);
    second.release();
  });
});

describe('embedded database', () => {
  it('keeps overlapping transactions apart', async () => {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    try {
      await sql`CREATE TABLE t (v int)`.execute(handle.db);
      // Each transaction inserts, waits, then rolls back or commits; without serialising, the
      // second's insert would land inside the first and vanish with its rollback.
      const rollingBack = handle.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO t VALUES (1)`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('roll back');
      });
      const committing = handle.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO t VALUES (2)`.execute(trx);
      });
      const outside = sql`INSERT INTO t VALUES (3)`.execute(handle.db);
      await expect(rollingBack).rejects.toThrow('roll back');
      await committing;
      await outside;
      const { rows } = await sql<{ v: number }>`SELECT v FROM t ORDER BY v`.execute(handle.db);
      expect(rows.map((row) => row.v)).toEqual([2, 3]);
    } finally {
      await handle.close();
    }
  });

  it('returns the same JavaScript types as PostgreSQL for int8 and date', async () => {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    try {
      const { rows } = await sql<{ n: unknown; d: unknown }>`SELECT count(*) AS n, DATE '2026-02-03' AS d`.execute(handle.db);
      expect(rows[0]).toEqual({ n: 1, d: '2026-02-03' });
    } finally {
      await handle.close();
    }
  });
});

describe('queries on db inside a mutation', () => {
  it('fail at once instead of waiting for the connection the transaction holds', async () => {
    const { createMutations } = await import('./mutations.ts');
    const { manualClock } = await import('../clock.ts');
    const { cliActor } = await import('../authz/actor.ts');
    const { openPgliteTestDatabase } = await import('./test-databases.ts');
    const handle = await openPgliteTestDatabase();
    try {
      const mutations = createMutations({ db: handle.db, clock: manualClock('2026-01-01T00:00:00Z') });
      const started = Date.now();
      await expect(
        mutations.run(cliActor, async () => {
          await sql`SELECT 1`.execute(handle.db);
          return { result: undefined, audit: { action: 'test.never' } };
        }),
      ).rejects.toThrow(/used `db` inside a transaction/);
      expect(Date.now() - started).toBeLessThan(30_000);
      // The connection is free again afterwards.
      expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(handle.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await handle.close();
    }
  });
});
