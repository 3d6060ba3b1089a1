import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import type { UserActor } from '../../authz/actor.ts';
import { DAY_MS } from '../../clock.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext, TEST_PASSWORD } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD, SESSION_IDLE_MS } from './service.ts';
import { timeStep, totpCode } from './totp.ts';

const backends = await testBackends();

describe.each(backends)('accounts on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  const auditActions = async (subjectId: string) =>
    (await handle.db.selectFrom('audit_events').select('action').where('subject_id', '=', subjectId).orderBy('seq').execute()).map((row) => row.action);

  it('creates an account with a one-time setup link', async () => {
    const { accounts } = ctx.services;
    const { user, setupLink } = await accounts.createUser(cliActor, { email: 'New.Person@Example.org', role: 'maintainer' });
    expect(setupLink).toMatch(/^http:\/\/xmppsec\.test\/setup#token=xsu_/);
    await expect(accounts.createUser(cliActor, { email: 'new.person@example.org', role: 'team' })).rejects.toMatchObject({ code: 'email_taken' });
    await expect(accounts.createUser(cliActor, { email: 'not-an-address', role: 'team' })).rejects.toMatchObject({ code: 'invalid_email' });
    const token = setupLink.split('#token=')[1]!;
    await expect(accounts.completeSetup(anonymous(), { token, password: 'short' })).rejects.toMatchObject({ code: 'weak_password' });
    await accounts.completeSetup(anonymous(), { token, password: TEST_PASSWORD });
    await expect(accounts.completeSetup(anonymous(), { token, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'invalid_setup_link' });
    expect(await auditActions(user.id)).toEqual(['user.create', 'user.setup_complete']);
  });

  it('bootstraps the first administrator only on a fresh installation, and reissues setup links', async () => {
    const { accounts } = ctx.services;
    const fresh = await createTestContext(await backend.open());
    const link = await fresh.services.accounts.bootstrapAdmin(cliActor, 'root@example.org');
    expect(link).toMatch(/#token=xsu_/);
    const again = await fresh.services.accounts.bootstrapAdmin(cliActor, 'root@example.org');
    expect(again).not.toBe(link);
    await fresh.services.accounts.completeSetup(anonymous(), { token: again!.split('#token=')[1]!, password: TEST_PASSWORD });
    await expect(fresh.services.accounts.completeSetup(anonymous(), { token: link!.split('#token=')[1]!, password: TEST_PASSWORD })).resolves.toMatchObject({ role: 'admin' });
    expect(await fresh.services.accounts.bootstrapAdmin(cliActor, 'root@example.org')).toBeUndefined();
    expect((await fresh.services.accounts.listUsers(cliActor)).map((user) => user.email)).toEqual(['root@example.org']);

    const team = await ctx.signIn('team');
    const reset = await accounts.issueSetupLink(cliActor, team.email, { clearTotp: true });
    const user = await accounts.getUserByEmail(cliActor, team.email);
    expect(user.totpEnabled).toBe(false);
    await accounts.completeSetup(anonymous(), { token: reset.split('#token=')[1]!, password: 'a brand new password' });
    expect((await accounts.login(anonymous(), { email: team.email, password: 'a brand new password' })).state).toBe('totp_enrolment_required');
    await expect(accounts.issueSetupLink(team.actor, team.email)).rejects.toMatchObject({ status: 403 });
  });

  it('refuses expired setup links', async () => {
    const { setupLink } = await ctx.services.accounts.createUser(cliActor, { email: 'late@example.org', role: 'reporter' });
    ctx.clock.advance(8 * DAY_MS);
    await expect(ctx.services.accounts.completeSetup(anonymous(), { token: setupLink.split('#token=')[1]!, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'invalid_setup_link' });
  });

  it('signs in maintainers with a password and requires TOTP enrolment from the team', async () => {
    const { accounts } = ctx.services;
    const maintainer = await ctx.createUser('maintainer');
    const session = await accounts.login(anonymous(), { email: maintainer.email, password: TEST_PASSWORD });
    expect(session.state).toBe('signed_in');
    const resolved = await accounts.resolveSession(session.token);
    expect(resolved?.actor?.role).toBe('maintainer');

    const team = await ctx.createUser('team');
    const teamSession = await accounts.login(anonymous(), { email: team.email, password: TEST_PASSWORD });
    expect(teamSession.state).toBe('totp_enrolment_required');
    const pending = (await accounts.resolveSession(teamSession.token))!;
    expect(pending.actor).toBeUndefined();
    const { secret } = await accounts.beginTotpEnrolment(pending);
    await expect(accounts.confirmTotpEnrolment(pending, '000000')).rejects.toMatchObject({ code: 'invalid_totp' });
    const { recoveryCodes } = await accounts.confirmTotpEnrolment(pending, totpCode(secret, timeStep(ctx.clock.now())));
    expect(recoveryCodes).toHaveLength(10);
    expect((await accounts.resolveSession(teamSession.token))?.actor?.role).toBe('team');

    // Next sign-in: the code is required, a replayed code is refused, a recovery code works once.
    ctx.clock.advance(60_000);
    const second = await accounts.login(anonymous(), { email: team.email, password: TEST_PASSWORD });
    expect(second.state).toBe('totp_required');
    const secondSession = (await accounts.resolveSession(second.token))!;
    await expect(accounts.verifySecondFactor(secondSession, { code: '123456' })).rejects.toMatchObject({ code: 'invalid_totp' });
    const code = totpCode(secret, timeStep(ctx.clock.now()));
    expect(await accounts.verifySecondFactor(secondSession, { code })).toBe('signed_in');
    const third = (await accounts.resolveSession((await accounts.login(anonymous(), { email: team.email, password: TEST_PASSWORD })).token))!;
    await expect(accounts.verifySecondFactor(third, { code })).rejects.toMatchObject({ code: 'invalid_totp' });
    expect(await accounts.verifySecondFactor(third, { recoveryCode: recoveryCodes[0]! })).toBe('signed_in');
    const fourth = (await accounts.resolveSession((await accounts.login(anonymous(), { email: team.email, password: TEST_PASSWORD })).token))!;
    await expect(accounts.verifySecondFactor(fourth, { recoveryCode: recoveryCodes[0]! })).rejects.toMatchObject({ code: 'invalid_recovery_code' });
  });

  it('locks an account after repeated wrong passwords and audits every failure', async () => {
    const { accounts } = ctx.services;
    const user = await ctx.createUser('reporter');
    for (let attempt = 0; attempt < LOCKOUT_THRESHOLD; attempt++) {
      await expect(accounts.login(anonymous(), { email: user.email, password: 'wrong password!!' })).rejects.toMatchObject({ code: 'invalid_credentials', status: 401 });
    }
    await expect(accounts.login(anonymous(), { email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'account_locked', status: 429 });
    ctx.clock.advance(LOCKOUT_MS + 1000);
    expect((await accounts.login(anonymous(), { email: user.email, password: TEST_PASSWORD })).state).toBe('signed_in');
    const failures = (await auditActions(user.actor.userId)).filter((action) => action === 'auth.login_failed');
    expect(failures).toHaveLength(LOCKOUT_THRESHOLD + 1);
    await expect(accounts.login(anonymous(), { email: 'nobody@example.org', password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'invalid_credentials' });
    const unknown = await handle.db.selectFrom('audit_events').select('details').where('action', '=', 'auth.login_failed').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(unknown.details).toEqual({ email: 'nobody@example.org', reason: 'unknown_user' });
  });

  it('expires sessions after idling and at their end', async () => {
    const { accounts } = ctx.services;
    const user = await ctx.createUser('maintainer');
    const { token } = await accounts.login(anonymous(), { email: user.email, password: TEST_PASSWORD });
    ctx.clock.advance(SESSION_IDLE_MS - 120_000);
    expect(await accounts.resolveSession(token)).toBeDefined();
    ctx.clock.advance(SESSION_IDLE_MS + 1000);
    expect(await accounts.resolveSession(token)).toBeUndefined();
    const removed = await accounts.cleanupExpired(jobActor('test'));
    expect(removed.sessions).toBeGreaterThanOrEqual(1);
    expect(await handle.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.actor.userId).execute()).toEqual([]);
  });

  it('issues scoped, expiring, revocable API tokens shown once', async () => {
    const { accounts } = ctx.services;
    const user = await ctx.createUser('maintainer');
    const actor: UserActor = { ...user.actor, via: 'api' };
    const { token, info } = await accounts.createApiToken(actor, { name: 'ci', scopes: ['read'], expiresInDays: 1 });
    expect(token).toMatch(/^xst_/);
    const stored = await handle.db.selectFrom('api_tokens').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(await accounts.resolveApiToken(token)).toMatchObject({ userId: user.actor.userId, scopes: ['read'] });
    await expect(accounts.createApiToken(actor, { name: 'x', scopes: ['everything'], expiresInDays: 1 })).rejects.toMatchObject({ code: 'invalid_scopes' });
    await expect(accounts.createApiToken(actor, { name: 'x', scopes: ['read'], expiresInDays: 1000 })).rejects.toMatchObject({ code: 'invalid_expiry' });
    await expect(accounts.createApiToken({ ...actor, scopes: ['read', 'admin'] }, { name: 'x', scopes: ['read', 'cases'], expiresInDays: 1 })).rejects.toMatchObject({ code: 'scope_escalation' });

    ctx.clock.advance(DAY_MS + 1);
    expect(await accounts.resolveApiToken(token)).toBeUndefined();
    const second = await accounts.createApiToken(actor, { name: 'ci2', scopes: ['read'], expiresInDays: 30 });
    await accounts.revokeApiToken(actor, second.info.id);
    expect(await accounts.resolveApiToken(second.token)).toBeUndefined();
    const other = await ctx.createUser('maintainer');
    await expect(accounts.revokeApiToken({ ...other.actor, via: 'api' }, info.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('disabling an account ends its sessions and tokens at once', async () => {
    const { accounts } = ctx.services;
    const user = await ctx.createUser('maintainer');
    const { token: session } = await accounts.login(anonymous(), { email: user.email, password: TEST_PASSWORD });
    const { token } = await accounts.createApiToken({ ...user.actor, via: 'api' }, { name: 't', scopes: ['read'], expiresInDays: 5 });
    await accounts.disableUser(cliActor, user.email);
    expect(await accounts.resolveSession(session)).toBeUndefined();
    expect(await accounts.resolveApiToken(token)).toBeUndefined();
    await expect(accounts.login(anonymous(), { email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'invalid_credentials' });
  });
});
