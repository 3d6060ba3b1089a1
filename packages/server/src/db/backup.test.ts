import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit.ts';
import { cliActor } from '../authz/actor.ts';
import { createTestContext } from '../testing/test-context.ts';
import type { TestContext } from '../testing/test-context.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import type { DatabaseHandle } from './database.ts';
import { testBackends } from './test-databases.ts';
import type { TestBackend } from './test-databases.ts';

const backends = await testBackends();
const dir = mkdtempSync(join(tmpdir(), 'xmppsec-backup-'));

async function snapshot(handle: DatabaseHandle) {
  const { db } = handle;
  return {
    users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
    tokens: await db.selectFrom('api_tokens').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_events').selectAll().orderBy('seq').execute(),
    settings: await db.selectFrom('settings').selectAll().orderBy('key').execute(),
  };
}

async function fill(ctx: TestContext, handle: DatabaseHandle) {
  await ctx.signIn('team');
  await ctx.tokenFor('maintainer', ['read']);
  await ctx.services.accounts.createUser(cliActor, { email: 'ünïcødé"\'@example.org', role: 'reporter', displayName: 'Quote " and \\ backslash, emoji 🔐' });
  await handle.db.insertInto('settings').values({ key: 'nested', value: JSON.stringify({ list: [1, 'two', null, { deep: true }], text: 'line\nbreak' }) as never, updated_at: new Date('2026-03-04T05:06:07.891Z') }).execute();
}

// Every backend into every backend: a backup from PGlite restores into PostgreSQL and back.
const pairs = backends.flatMap((from) => backends.map((to) => ({ from, to, fromName: from.name, toName: to.name })));

describe.each(pairs)('backup from $fromName restores into $toName', ({ from, to }: { from: TestBackend; to: TestBackend }) => {
  let source: DatabaseHandle;
  let target: DatabaseHandle;
  let ctx: TestContext;
  beforeAll(async () => {
    source = await from.open();
    target = await to.open();
    ctx = await createTestContext(source);
    await fill(ctx, source);
  });
  afterAll(async () => {
    await ctx.close();
    await source.close();
    await target.close();
  });

  it('round-trips every row exactly, and the audit chain still verifies', async () => {
    const file = join(dir, `${from.name}-${to.name}.backup`);
    const written = await backupDatabase(source.db, file);
    expect(written.tables.users).toBe(3);
    const restored = await restoreDatabase(target.db, file, { force: false });
    expect(restored.tables).toEqual(Object.fromEntries(Object.entries(written.tables).filter(([, count]) => count > 0)));
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true, events: written.tables.audit_events });

    // Identity sequences continue after the restored rows.
    const targetCtx = await createTestContext(target);
    await targetCtx.services.accounts.createUser(cliActor, { email: 'after-restore@example.org', role: 'reporter' });
    expect((await verifyAuditChain(target.db)).ok).toBe(true);

    await expect(restoreDatabase(target.db, file, { force: false })).rejects.toMatchObject({ code: 'database_not_empty' });
    await restoreDatabase(target.db, file, { force: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });
});

describe.each(backends)('bad backup files on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    await fill(ctx, handle);
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  it('refuses files that are not backups, and a damaged one changes nothing', async () => {
    const before = await snapshot(handle);
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'hello');
    await expect(restoreDatabase(handle.db, plain, { force: true })).rejects.toMatchObject({ code: 'not_a_backup' });

    const good = join(dir, `good-${backend.name}.backup`);
    await backupDatabase(handle.db, good);
    const header = JSON.stringify({ format: 'xmppsec-backup', version: 1, createdAt: '2026-01-01T00:00:00Z', migrations: ['0001-foundation'], tables: [] });
    const damaged = join(dir, `damaged-${backend.name}.backup`);
    writeFileSync(damaged, gzipSync(`${header}\n{"t":"users","r":{"id":"x","email":"a@b.c","role":"admin","created_at":"2026-01-01T00:00:00Z"}}\n{"t":"users","r":{"id":"x","email":"dup@b.c","role":"admin","created_at":"2026-01-01T00:00:00Z"}}\n`));
    await expect(restoreDatabase(handle.db, damaged, { force: true })).rejects.toThrow();
    const garbage = join(dir, `garbage-${backend.name}.backup`);
    writeFileSync(garbage, gzipSync(`${header}\nnot json\n`));
    await expect(restoreDatabase(handle.db, garbage, { force: true })).rejects.toMatchObject({ code: 'backup_corrupt' });
    const future = join(dir, `future-${backend.name}.backup`);
    writeFileSync(future, gzipSync(`${header.replace('"0001-foundation"', '"0001-foundation","9999-future"')}\n`));
    await expect(restoreDatabase(handle.db, future, { force: true })).rejects.toMatchObject({ code: 'backup_too_new' });
    expect(await snapshot(handle)).toEqual(before);
  });
});
