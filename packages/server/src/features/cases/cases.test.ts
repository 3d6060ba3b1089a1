import type { FastifyInstance } from 'fastify';
import { generateKey } from 'openpgp';
import { decryptText } from '../../crypto/openpgp.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobActor } from '../../authz/actor.ts';
import { DAY_MS } from '../../clock.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { addDirectoryProject } from '../../testing/directory-fixtures.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { SignedIn, TestContext } from '../../testing/test-context.ts';

const backends = await testBackends();

describe.each(backends)('cases on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let coordinator: SignedIn;
  let secondCoordinator: SignedIn;
  let prosodyMaintainer: SignedIn;
  let ejabberdMaintainer: SignedIn;
  let outsider: SignedIn;
  let caseId: string;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    app = await ctx.app();
    coordinator = await ctx.signIn('team');
    secondCoordinator = await ctx.signIn('team');
    prosodyMaintainer = await ctx.signIn('maintainer');
    ejabberdMaintainer = await ctx.signIn('maintainer');
    outsider = await ctx.signIn('maintainer');
    await addDirectoryProject(handle.db, { slug: 'prosody', name: 'Prosody IM', maintainerUserIds: [prosodyMaintainer.actor.userId] });
    await addDirectoryProject(handle.db, { slug: 'ejabberd', name: 'ejabberd', maintainerUserIds: [ejabberdMaintainer.actor.userId] });
    await addDirectoryProject(handle.db, { slug: 'openfire', name: 'Openfire', maintainerUserIds: [outsider.actor.userId] });
    const created = await app.inject({ method: 'POST', url: '/api/v1/cases', headers: coordinator.headers, payload: { title: 'Stanza smuggling through s2s', summary: 'Embargoed: the s2s stream accepts …', severity: 'high', projects: [{ slug: 'prosody', name: 'Prosody IM' }, { slug: 'ejabberd', name: 'ejabberd' }] } });
    expect(created.statusCode, created.body).toBe(201);
    caseId = created.json().id;
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  const get = (who: SignedIn | undefined, url: string) => app.inject({ url, headers: who?.headers ?? {} });
  const version = async () => (await get(coordinator, `/api/v1/cases/${caseId}`)).json().version as number;

  it('invites the listed projects\' maintainers with a 14-day deadline and lets each see only their own case', async () => {
    const kase = (await get(coordinator, `/api/v1/cases/${caseId}`)).json();
    expect(kase.participants.map((participant: { email: string; role: string; projectKey: string | null }) => [participant.email, participant.role, participant.projectKey])).toEqual([
      [coordinator.email, 'coordinator', null],
      [prosodyMaintainer.email, 'maintainer', 'prosody'],
      [ejabberdMaintainer.email, 'maintainer', 'ejabberd'],
    ]);
    const prosody = kase.projects.find((project: { projectKey: string }) => project.projectKey === 'prosody');
    expect(new Date(prosody.responseDueAt).getTime() - new Date(prosody.invitedAt).getTime()).toBe(14 * DAY_MS);
    const invitations = (await handle.db.selectFrom('mail_outbox').selectAll().where('purpose', '=', 'case.invitation').execute()).flatMap((mail) => mail.recipients);
    expect(invitations.sort()).toEqual([prosodyMaintainer.email, ejabberdMaintainer.email].sort());
    const invitationText = (await handle.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('purpose', '=', 'case.invitation').execute()).map((mail) => `${mail.subject}\n${mail.text_body}`).join('\n');
    expect(invitationText).not.toContain('smuggling');
    expect(invitationText).not.toContain('Embargoed');

    const asProsody = (await get(prosodyMaintainer, `/api/v1/cases/${caseId}`)).json();
    expect(asProsody).toMatchObject({ access: 'participant', myRoles: ['maintainer'], myProjectKeys: ['prosody'] });
    expect(asProsody.projects.map((project: { projectKey: string }) => project.projectKey)).toEqual(['prosody']);
    expect(asProsody.participants.map((participant: { email: string }) => participant.email).sort()).toEqual([coordinator.email, prosodyMaintainer.email].sort());
    expect(asProsody.reports).toEqual([]);
    expect(asProsody.deadlines).toEqual([]);

    // Not in the case: exactly as if it did not exist.
    const forOutsider = await get(outsider, `/api/v1/cases/${caseId}`);
    const missing = await get(outsider, '/api/v1/cases/XSF-2026-9999');
    expect(forOutsider.statusCode).toBe(404);
    expect(forOutsider.json()).toEqual({ error: { code: 'not_found', message: `Case ${caseId} was not found.` } });
    expect(missing.json()).toEqual({ error: { code: 'not_found', message: 'Case XSF-2026-9999 was not found.' } });
    expect((await get(outsider, '/api/v1/cases')).json().cases).toEqual([]);
    expect((await get(prosodyMaintainer, '/api/v1/cases')).json().cases.map((item: { id: string }) => item.id)).toEqual([caseId]);
    expect((await get(undefined, `/api/v1/cases/${caseId}`)).statusCode).toBe(401);
  });

  it('lets maintainers state their own project\'s status only, and records their first response', async () => {
    const own = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/projects/prosody/status`, headers: prosodyMaintainer.headers, payload: { status: 'fixed', fixedIn: '0.12.5', statement: 'Fixed by checking the stream\'s from.' } });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ status: 'fixed', fixedIn: '0.12.5', firstResponseAt: expect.any(String) });
    const other = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/projects/ejabberd/status`, headers: prosodyMaintainer.headers, payload: { status: 'not_affected' } });
    expect(other.statusCode).toBe(404);
    const outsiderTry = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/projects/prosody/status`, headers: outsider.headers, payload: { status: 'not_affected' } });
    expect(outsiderTry.statusCode).toBe(404);
    const fixedWithoutVersion = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/projects/prosody/status`, headers: prosodyMaintainer.headers, payload: { status: 'fixed' } });
    expect(fixedWithoutVersion.json().error.code).toBe('fixed_in_required');
    // Silence stays "not assessed", never "not affected".
    const teamView = (await get(coordinator, `/api/v1/cases/${caseId}`)).json();
    expect(teamView.projects.find((project: { projectKey: string }) => project.projectKey === 'ejabberd').status).toBe('not_assessed');
  });

  it('keeps each project\'s thread and team-only posts away from those who may not read them', async () => {
    const post = (who: SignedIn, payload: object) => app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/posts`, headers: who.headers, payload });
    expect((await post(coordinator, { thread: 'general', visibility: 'shared', body: 'Welcome, everyone.' })).statusCode).toBe(201);
    expect((await post(coordinator, { thread: 'general', visibility: 'team', body: 'Team only: ejabberd is slow to answer.' })).statusCode).toBe(201);
    expect((await post(coordinator, { thread: 'ejabberd', visibility: 'shared', body: 'ejabberd: patch attached.' })).statusCode).toBe(201);
    expect((await post(prosodyMaintainer, { thread: 'prosody', visibility: 'shared', body: 'Prosody: we backported it.' })).statusCode).toBe(201);
    expect((await post(prosodyMaintainer, { thread: 'ejabberd', visibility: 'shared', body: 'peeking' })).statusCode).toBe(404);
    expect((await post(prosodyMaintainer, { thread: 'general', visibility: 'team', body: 'sneaky' })).statusCode).toBe(403);
    expect((await post(prosodyMaintainer, { thread: 'general', visibility: 'shared', kind: 'contact_log', body: 'x' })).statusCode).toBe(403);
    expect((await post(outsider, { thread: 'general', visibility: 'shared', body: 'hello?' })).statusCode).toBe(404);

    const bodies = async (who: SignedIn) => (await get(who, `/api/v1/cases/${caseId}/posts`)).json().posts.map((item: { body: string }) => item.body) as string[];
    const prosodySees = await bodies(prosodyMaintainer);
    expect(prosodySees).toContain('Welcome, everyone.');
    expect(prosodySees).toContain('Prosody: we backported it.');
    expect(prosodySees.join('\n')).not.toMatch(/Team only|ejabberd: patch/);
    const ejabberdSees = await bodies(ejabberdMaintainer);
    expect(ejabberdSees).toContain('ejabberd: patch attached.');
    expect(ejabberdSees.join('\n')).not.toMatch(/Team only|Prosody: we backported|fixed in 0.12.5/);
    const teamSees = await bodies(coordinator);
    expect(teamSees).toEqual(expect.arrayContaining(['Welcome, everyone.', 'Team only: ejabberd is slow to answer.', 'ejabberd: patch attached.', 'Prosody: we backported it.']));
  });

  it('shares the other projects\' statuses only when the coordinators choose to', async () => {
    const share = await app.inject({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, headers: coordinator.headers, payload: { expectedVersion: await version(), statusesShared: true } });
    expect(share.statusCode, share.body).toBe(200);
    const asEjabberd = (await get(ejabberdMaintainer, `/api/v1/cases/${caseId}`)).json();
    expect(asEjabberd.projects.map((project: { projectKey: string; status: string }) => [project.projectKey, project.status])).toEqual([['ejabberd', 'not_assessed'], ['prosody', 'fixed']]);
    // Seeing a status is not speaking for that project.
    const speak = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/projects/prosody/status`, headers: ejabberdMaintainer.headers, payload: { status: 'affected' } });
    expect(speak.statusCode).toBe(403);
    await app.inject({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, headers: coordinator.headers, payload: { expectedVersion: await version(), statusesShared: false } });
  });

  it('refuses a stale edit from a second coordinator with a clear conflict', async () => {
    const seen = await version();
    const first = await app.inject({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, headers: coordinator.headers, payload: { expectedVersion: seen, summary: 'Updated by the first coordinator.' } });
    expect(first.statusCode).toBe(200);
    const second = await app.inject({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, headers: secondCoordinator.headers, payload: { expectedVersion: seen, summary: 'Overwrite attempt.' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'case_conflict', details: { currentVersion: seen + 1 } });
    expect((await get(coordinator, `/api/v1/cases/${caseId}`)).json().summary).toBe('Updated by the first coordinator.');
    const maintainerEdit = await app.inject({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, headers: prosodyMaintainer.headers, payload: { expectedVersion: seen + 1, title: 'x' } });
    expect(maintainerEdit.statusCode).toBe(403);
    const badTransition = await app.inject({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, headers: coordinator.headers, payload: { expectedVersion: seen + 1, state: 'published' } });
    expect(badTransition.json().error.code).toBe('invalid_transition');
  });

  it('changes the embargo with a reason, tells everyone in the case, and keeps the history', async () => {
    // The prosody maintainer has an OpenPGP key: only they get the reason itself, encrypted.
    const { privateKey, publicKey } = await generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email: prosodyMaintainer.email }], format: 'armored' });
    await handle.db.updateTable('users').set({ openpgp_key: publicKey }).where('id', '=', prosodyMaintainer.actor.userId).execute();
    const before = await handle.db.selectFrom('mail_outbox').select('id').where('purpose', '=', 'case.embargo_change').execute();
    const noReason = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/embargo`, headers: coordinator.headers, payload: { expectedVersion: await version(), embargoAt: '2026-08-01T14:00:00+02:00', reason: '' } });
    expect(noReason.json().error.code).toBe('reason_required');
    const past = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/embargo`, headers: coordinator.headers, payload: { expectedVersion: await version(), embargoAt: '2020-01-01T00:00:00Z', reason: 'oops' } });
    expect(past.json().error.code).toBe('embargo_in_past');
    const changed = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/embargo`, headers: coordinator.headers, payload: { expectedVersion: await version(), embargoAt: '2026-08-01T14:00:00+02:00', reason: 'ejabberd needs two more weeks.' } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().embargoAt).toBe('2026-08-01T12:00:00.000Z');
    expect(changed.json().embargoChanges.at(-1)).toMatchObject({ toAt: '2026-08-01T12:00:00.000Z', reason: 'ejabberd needs two more weeks.' });
    const notices = await handle.db.selectFrom('mail_outbox').selectAll().where('purpose', '=', 'case.embargo_change').execute();
    const fresh = notices.filter((notice) => !before.some((old) => old.id === notice.id));
    expect(fresh.flatMap((notice) => notice.recipients).sort()).toEqual([coordinator.email, prosodyMaintainer.email, ejabberdMaintainer.email].sort());
    expect(fresh[0]!.subject).toContain('2026-08-01 12:00 UTC');
    // One e-mail per recipient: nobody learns who else is in the case.
    expect(fresh.every((notice) => notice.recipients.length === 1)).toBe(true);
    const clear = fresh.find((notice) => notice.recipients[0] === ejabberdMaintainer.email)!;
    expect(clear.text_body).toContain('Sign in to read the reason');
    expect(clear.text_body).not.toContain('two more weeks');
    const encrypted = fresh.find((notice) => notice.recipients[0] === prosodyMaintainer.email)!;
    expect(encrypted.text_body).toMatch(/^-----BEGIN PGP MESSAGE-----/);
    expect(await decryptText(encrypted.text_body, privateKey)).toContain('Reason: ejabberd needs two more weeks.');
    const audit = await handle.db.selectFrom('audit_events').selectAll().where('action', '=', 'case.embargo_change').where('subject_id', '=', caseId).execute();
    expect(audit.at(-1)!.details).toEqual({ from: expect.any(String), to: '2026-08-01T12:00:00.000Z' });
    expect(JSON.stringify(audit)).not.toContain('two more weeks');
  });

  it('sends each due reminder once: maintainer response overdue, and 7 days and 1 day before the embargo', async () => {
    const count = async (purpose: string) => (await handle.db.selectFrom('mail_outbox').select('recipients').where('purpose', '=', purpose).execute()).flatMap((row) => row.recipients);
    ctx.clock.set('2026-06-16T13:00:00Z'); // past the 14-day response deadline
    expect(await ctx.services.cases.sendDueReminders(jobActor('test'))).toBeGreaterThanOrEqual(1);
    const overdue = await count('reminder.maintainer_response');
    expect(overdue).toContain(ejabberdMaintainer.email);
    expect(overdue).not.toContain(prosodyMaintainer.email); // prosody answered
    expect(await ctx.services.cases.sendDueReminders(jobActor('test'))).toBe(0);
    const lateTeam = await ctx.signIn('team'); // the earlier sessions have expired meanwhile
    const dashboard = (await get(lateTeam, '/api/v1/dashboard')).json();
    expect(dashboard.overdue.map((item: { key: string }) => item.key)).toContain(`response:${caseId}:ejabberd`);
    expect((await get(await ctx.signIn('maintainer'), '/api/v1/dashboard')).statusCode).toBe(403);

    ctx.clock.set('2026-07-26T00:00:00Z');
    await ctx.services.cases.sendDueReminders(jobActor('test'));
    expect(await count('reminder.embargo_reminder')).toHaveLength(3);
    ctx.clock.set('2026-07-31T13:00:00Z');
    await ctx.services.cases.sendDueReminders(jobActor('test'));
    await ctx.services.cases.sendDueReminders(jobActor('test'));
    expect(await count('reminder.embargo_reminder')).toHaveLength(6);
  });
});
