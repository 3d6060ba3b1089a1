import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../authz/actor.ts';
import { manualClock } from '../clock.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createMutations } from '../db/mutations.ts';
import { testBackends } from '../db/test-databases.ts';
import { verifyAuditChain } from './audit.ts';
import { canonicalJson } from './hash.ts';

const backends = await testBackends();

describe('canonicalJson', () => {
  it('orders keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(null)).toBe('null');
  });
});

describe.each(backends)('audit chain on $name', (backend) => {
  let handle: DatabaseHandle;
  const clock = manualClock('2026-01-01T00:00:00Z');
  beforeAll(async () => {
    handle = await backend.open();
  });
  afterAll(async () => {
    await handle.close();
  });

  const mutate = (action: string, details: Record<string, unknown> = {}) =>
    createMutations({ db: handle.db, clock }).run(cliActor, async (trx) => {
      await trx.insertInto('settings').values({ key: `k-${action}-${Math.random()}`, value: JSON.stringify(details) as never, updated_at: clock.now() }).execute();
      return { result: action, audit: { action, subject: { type: 'setting', id: action }, details } };
    });
  const count = async () => (await handle.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('writes exactly one event per successful mutation and none for a failed one', async () => {
    const before = await count();
    await mutate('test.ok', { nested: { b: 2, a: 1 }, list: [3, 'x', null] });
    expect(await count()).toBe(before + 1);
    await expect(
      createMutations({ db: handle.db, clock }).run(cliActor, async (trx) => {
        await trx.insertInto('settings').values({ key: 'will-vanish', value: '1' as never, updated_at: clock.now() }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count()).toBe(before + 1);
    expect(await handle.db.selectFrom('settings').select('key').where('key', '=', 'will-vanish').executeTakeFirst()).toBeUndefined();
  });

  it('keeps the chain intact under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, index) => mutate(`test.concurrent${index}`, { index })));
    const verdict = await verifyAuditChain(handle.db);
    expect(verdict.ok).toBe(true);
    expect(verdict.events).toBe(await count());
  });

  it('refuses updates and deletes through the application', async () => {
    await expect(sql`UPDATE audit_events SET action = 'x'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(handle.db)).rejects.toThrow(/append-only/);
  });

  it('names the first broken event after a hand edit, an insertion and a deletion', async () => {
    for (let index = 0; index < 5; index++) await mutate(`test.tamper${index}`, { index });
    const rows = await handle.db.selectFrom('audit_events').select(['seq', 'hash', 'prev_hash']).orderBy('seq').execute();
    const victim = rows[rows.length - 3]!;
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(handle.db);
    try {
      await sql`UPDATE audit_events SET details = '{"index": 99}' WHERE seq = ${victim.seq}`.execute(handle.db);
      let verdict = await verifyAuditChain(handle.db);
      expect(verdict.ok).toBe(false);
      expect(verdict.firstBroken).toEqual({ seq: victim.seq, reason: expect.stringMatching(/edited/) });

      // Rewriting the hash too moves the break to the next event's link.
      await sql`UPDATE audit_events SET hash = repeat('a', 64) WHERE seq = ${victim.seq}`.execute(handle.db);
      verdict = await verifyAuditChain(handle.db);
      expect(verdict.firstBroken?.seq).toBe(victim.seq);

      await sql`UPDATE audit_events SET hash = ${victim.hash}, details = ${sql.lit('{"index": 2}')}::jsonb WHERE seq = ${victim.seq}`.execute(handle.db);
      expect((await verifyAuditChain(handle.db)).ok).toBe(true);

      await sql`DELETE FROM audit_events WHERE seq = ${victim.seq}`.execute(handle.db);
      verdict = await verifyAuditChain(handle.db);
      expect(verdict.ok).toBe(false);
      expect(verdict.firstBroken?.seq).toBe(rows[rows.length - 2]!.seq);
      expect(verdict.firstBroken?.reason).toMatch(/removed, inserted/);
    } finally {
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(handle.db);
    }
  });
});
