import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../authz/actor.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { testBackends } from '../db/test-databases.ts';
import { accountJobs } from '../features/accounts/jobs.ts';
import { createTestContext, TEST_PASSWORD } from '../testing/test-context.ts';
import type { TestContext } from '../testing/test-context.ts';
import { createJobRunner } from './jobs.ts';
import type { JobRunner } from './jobs.ts';

const backends = await testBackends();

async function waitFor(check: () => Promise<boolean>, what: string, limitMs = 30_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe.each(backends)('pg-boss jobs on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let runner: JobRunner;
  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    runner = createJobRunner(handle, accountJobs(ctx.services.accounts), (message, error) => console.error(message, error));
    await runner.start({ workers: true });
  });
  afterAll(async () => {
    await runner.stop();
    await ctx.close();
    await handle.close();
  });

  it('runs the expired-session cleanup through the queue', async () => {
    const user = await ctx.createUser('maintainer');
    await ctx.services.accounts.login(anonymous(), { email: user.email, password: TEST_PASSWORD });
    const sessions = () => handle.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.actor.userId).execute();
    expect(await sessions()).toHaveLength(1);
    ctx.clock.advance(8 * 86_400_000);
    expect(await runner.send('accounts.cleanup-expired', {})).toEqual(expect.any(String));
    await waitFor(async () => (await sessions()).length === 0, 'the cleanup job');
    const event = await handle.db.selectFrom('audit_events').selectAll().where('action', '=', 'accounts.cleanup').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ via: 'job', actor_label: 'job accounts.cleanup-expired' });
  });
});
