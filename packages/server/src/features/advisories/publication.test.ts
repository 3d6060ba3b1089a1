import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.ts';
import { cliActor, jobActor } from '../../authz/actor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { addDirectoryProject } from '../../testing/directory-fixtures.ts';
import { startAdvisoryXmpp } from '../../testing/advisory-xmpp.ts';
import type { AdvisoryXmpp } from '../../testing/advisory-xmpp.ts';
import { prosodyOrSkip } from '../../testing/prosody.ts';
import { startSmtpServer } from '../../testing/smtp-server.ts';
import type { TestSmtpServer } from '../../testing/smtp-server.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { SignedIn, TestContext } from '../../testing/test-context.ts';

const backends = await testBackends();
const withXmpp = prosodyOrSkip();
const EMBARGO = '2026-07-01T16:00:00.000Z';

describe.each(backends)('advisory publication on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let peers: AdvisoryXmpp | undefined;
  let team: SignedIn;
  let caseId: string;

  beforeAll(async () => {
    handle = await backend.open();
    smtp = await startSmtpServer();
    if (withXmpp) peers = await startAdvisoryXmpp();
    ctx = await createTestContext(handle, { smtp: { url: smtp.url, from: 'XSF security <security@xmppsec.test>' }, ...(peers ? { xmpp: peers.account } : {}) });
    app = await ctx.app();
    team = await ctx.signIn('team');
    await addDirectoryProject(handle.db, { slug: 'gajim', name: 'Gajim' });
    const kase = await ctx.services.cases.create(team.actor, { title: 'Carbon spoofing', summary: 'Forged carbons are accepted from other accounts.', severity: 'high', projects: [{ slug: 'gajim', name: 'Gajim' }] });
    caseId = kase.id;
    await ctx.services.cases.setProjectStatus(team.actor, caseId, 'gajim', { status: 'fixed', fixedIn: '1.8.4' });
    await ctx.services.cve.updateSettings(cliActor, { shortName: 'XSF', orgId: '1f8d6c2e-5b4a-4c3d-9e2f-0a1b2c3d4e5f' });
    const record = await ctx.services.cve.draftFromCase(team.actor, { caseId, title: 'Carbon spoofing in Gajim', description: 'Gajim accepted message carbons from any sender.', affected: [{ projectSlug: 'gajim', fixedIn: '1.8.4' }], references: [{ url: 'https://gajim.org/post/security' }] });
    expect(record.cveId).toBe('CVE-2026-1000');
    const { id } = await ctx.services.cases.addVulnerability(team.actor, caseId, 'Carbon spoofing');
    await handle.db.updateTable('case_vulnerabilities').set({ cve_id: record.cveId }).where('id', '=', id).execute();
    // A confirmed subscriber receives the announcement.
    await ctx.services.advisories.subscribe({ kind: 'anonymous', via: 'web' }, { email: 'subscriber@example.org' });
    const confirmation = await smtp.waitFor((mail) => mail.to.includes('subscriber@example.org'));
    await ctx.services.advisories.confirmSubscription({ kind: 'anonymous', via: 'web' }, /#(xsn_[\w-]+)/.exec(confirmation.text)![1]!);
  });
  afterAll(async () => {
    await ctx.services.notifier.idle();
    await peers?.stop();
    await ctx.close();
    await smtp.close();
    await handle.close();
  });

  const version = async () => (await ctx.services.cases.get(team.actor, caseId)).version;
  const publicView = async () => ({
    list: (await app.inject('/api/v1/advisories')).json().advisories.map((item: { id: string }) => item.id),
    one: (await app.inject(`/api/v1/advisories/${caseId}`)).statusCode,
    feed: (await app.inject('/advisories.atom')).body,
  });

  it('refuses approval until there is an embargo in the future', async () => {
    await ctx.services.cases.setEmbargo(team.actor, caseId, await version(), null, 'Open-ended while we wait for the vendor.');
    const refused = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/advisory/approve`, headers: team.headers, payload: { expectedVersion: await version() } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'not_ready', details: { problems: expect.arrayContaining([expect.stringMatching(/Set the embargo/)]) } });
    const draft = (await app.inject({ url: `/api/v1/cases/${caseId}/advisory`, headers: team.headers })).json().draft;
    const emptied = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/advisory`, headers: team.headers, payload: { draft: { ...draft, summary: ' ' } } });
    expect(emptied.json().blockers).toEqual(expect.arrayContaining([expect.stringMatching(/Write the advisory summary/)]));
  });

  it('publishes everything together at the embargo instant, once, and nothing before', async () => {
    await ctx.services.cases.setEmbargo(team.actor, caseId, await version(), new Date(EMBARGO), 'Agreed with Gajim.');
    const draft = (await app.inject({ url: `/api/v1/cases/${caseId}/advisory`, headers: team.headers })).json();
    expect(draft.draft).toMatchObject({ title: 'Carbon spoofing', cveIds: ['CVE-2026-1000'], projects: [{ name: 'Gajim', status: 'fixed', fixedIn: '1.8.4' }] });
    const saved = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/advisory`, headers: team.headers, payload: { draft: { ...draft.draft, summary: 'Gajim accepted message carbons from any sender. Update to 1.8.4.', references: [{ url: 'https://gajim.org/post/security', name: 'Gajim announcement' }] } } });
    expect(saved.statusCode, saved.body).toBe(200);
    const approved = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/advisory/approve`, headers: team.headers, payload: { expectedVersion: await version() } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await ctx.services.cases.get(team.actor, caseId)).state).toBe('scheduled');

    // One second before the instant: a publication run publishes nothing, nothing is public.
    ctx.clock.set(new Date(new Date(EMBARGO).getTime() - 1000));
    expect(await ctx.services.advisories.publishDue(jobActor('test'))).toEqual([]);
    expect((await app.inject('/api/v1/cve/records/CVE-2026-1000/cve.json')).statusCode).toBe(404);
    const before = await publicView();
    expect(before.list).toEqual([]);
    expect(before.one).toBe(404);
    expect(before.feed).not.toContain(caseId);
    expect(before.feed).not.toContain('Carbon');

    // The instant passes (the job may run a little late): it is published, at the embargo's instant.
    ctx.clock.set('2026-07-01T16:00:30Z');
    expect(await ctx.services.advisories.publishDue(jobActor('test'))).toEqual([caseId]);
    expect(await ctx.services.advisories.publishDue(jobActor('test'))).toEqual([]);
    const after = await publicView();
    expect(after.list).toEqual([caseId]);
    expect(after.one).toBe(200);
    const advisory = (await app.inject(`/api/v1/advisories/${caseId}`)).json();
    expect(advisory).toMatchObject({ publishedAt: EMBARGO, revision: 1, content: { cveIds: ['CVE-2026-1000'], projects: [{ name: 'Gajim', status: 'fixed' }] } });
    expect(after.feed).toContain(`<title>${caseId}: Carbon spoofing</title>`);
    expect(after.feed).toContain('<category term="CVE-2026-1000"/>');
    const kase = await ctx.services.cases.get(team.actor, caseId);
    expect(kase).toMatchObject({ state: 'published', publishedAt: new Date(EMBARGO) });

    const announcement = await smtp.waitFor((mail) => mail.to.includes('subscriber@example.org') && mail.subject.includes(caseId));
    expect(announcement.text).toContain('Gajim: Fixed, fixed in 1.8.4');
    expect(announcement.text).toContain(`http://xmppsec.test/advisories/${caseId}`);
    expect(smtp.messages.filter((mail) => mail.subject.includes(caseId) && mail.to.includes('subscriber@example.org'))).toHaveLength(1);
    if (peers) {
      const message = await peers.room.waitFor((item) => item.type === 'groupchat' && item.body.includes(caseId));
      expect(message.body).toContain('CVE-2026-1000');
      expect(message.from).toMatch(/^advisories@rooms\.xmppsec\.test\/xmppsec$/);
    } else {
      console.warn('*** XMPP announcement not checked: prosody is missing ***');
    }
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
    const events = await handle.db.selectFrom('audit_events').select('action').where('action', '=', 'advisory.publish').execute();
    expect(events).toHaveLength(1);
    // The CVE record went public at the same instant, with its exports.
    const cveRecord = await app.inject('/api/v1/cve/records/CVE-2026-1000/cve.json');
    expect(cveRecord.statusCode, cveRecord.body).toBe(200);
    expect(cveRecord.json().cveMetadata).toMatchObject({ cveId: 'CVE-2026-1000', state: 'PUBLISHED' });
    expect((await app.inject('/api/v1/cve/records/CVE-2026-1000/osv.json')).statusCode).toBe(200);
  });

  it('keeps a visible history of revisions', async () => {
    const current = (await app.inject(`/api/v1/advisories/${caseId}`)).json().content;
    const noNote = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/advisory/revisions`, headers: (await ctx.signIn('team')).headers, payload: { draft: current, note: '' } });
    expect(noNote.json().error.code).toBe('note_required');
    const revised = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/advisory/revisions`, headers: (await ctx.signIn('team')).headers, payload: { draft: { ...current, workarounds: 'Disable carbons.' }, note: 'Added a workaround.' } });
    expect(revised.statusCode, revised.body).toBe(201);
    expect(revised.json()).toMatchObject({ revision: 2, publishedAt: EMBARGO, content: { workarounds: 'Disable carbons.' } });
    const history = (await app.inject(`/api/v1/advisories/${caseId}/revisions`)).json().revisions;
    expect(history.map((entry: { revision: number; note: string }) => [entry.revision, entry.note])).toEqual([[1, 'First publication.'], [2, 'Added a workaround.']]);
    const transparency = (await app.inject('/api/v1/transparency')).json().years;
    expect(transparency[0]).toMatchObject({ year: 2026, casesOpened: 1, advisoriesPublished: 1, cvesPublished: 1 });
    expect(await ctx.services.advisories.publishDue(cliActor)).toEqual([]);
  });
});
