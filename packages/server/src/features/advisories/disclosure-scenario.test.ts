import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.ts';
import { cliActor, jobActor } from '../../authz/actor.ts';
import { memoryIo } from '../../cli/command.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { runCli } from '../../main.ts';
import { startAdvisoryXmpp } from '../../testing/advisory-xmpp.ts';
import type { AdvisoryXmpp } from '../../testing/advisory-xmpp.ts';
import { prosodyOrSkip } from '../../testing/prosody.ts';
import { startSmtpServer } from '../../testing/smtp-server.ts';
import type { TestSmtpServer } from '../../testing/smtp-server.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { SignedIn, TestContext } from '../../testing/test-context.ts';
import { startXmppReceiver } from '../../testing/xmpp-receiver.ts';
import type { XmppReceiver } from '../../testing/xmpp-receiver.ts';
import { solveChallenge } from '../cases/proof-of-work.ts';

/**
 * Issue 5's acceptance scenario, through the HTTP API: one report about a flaw shared by six
 * independent client projects (as with the message-routing spoofing bugs of the past), coordinated
 * to a single publication at the embargo instant on every channel.
 */
const backends = await testBackends();
const withXmpp = prosodyOrSkip();
const DOAP_DIR = join(import.meta.dirname, '../directory/fixtures/doap');
const CLIENTS = ['conversations', 'conversejs', 'gajim', 'kaidan', 'movim', 'smack'];
const EMBARGO = '2026-08-15T14:00:00.000Z';

describe.each(backends)('coordinated disclosure across six projects on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let peers: AdvisoryXmpp | undefined;
  let maintainerInbox: XmppReceiver | undefined;
  let team: SignedIn;
  const maintainers = new Map<string, SignedIn>();
  const slugs: string[] = [];
  let caseId: string;
  let cveId: string;

  beforeAll(async () => {
    handle = await backend.open();
    smtp = await startSmtpServer();
    if (withXmpp) {
      peers = await startAdvisoryXmpp();
      const maintainer = await peers.prosody.register('maintainer', 'maintainer-password-1');
      maintainerInbox = await startXmppReceiver({ service: peers.prosody.service, jid: maintainer, password: 'maintainer-password-1' });
    }
    ctx = await createTestContext(handle, { powBits: 6, smtp: { url: smtp.url, from: 'XSF security <security@xmppsec.test>' }, ...(peers ? { xmpp: peers.account } : {}) });
    app = await ctx.app();
    team = await ctx.signIn('team');
    const admin = await ctx.signIn('admin');
    expect((await app.inject({ method: 'PUT', url: '/api/v1/cve/settings', headers: admin.headers, payload: { shortName: 'XSF', orgId: '1f8d6c2e-5b4a-4c3d-9e2f-0a1b2c3d4e5f' } })).statusCode).toBe(200);
    for (const client of CLIENTS) {
      const imported = await ctx.services.directory.importDoap(cliActor, { content: readFileSync(join(DOAP_DIR, `${client}.doap`)), source: `${client}.doap` });
      slugs.push(imported.slug);
      const maintainer = await ctx.signIn('maintainer');
      maintainers.set(imported.slug, maintainer);
      await ctx.services.directory.linkMaintainer(cliActor, imported.slug, { email: maintainer.email });
    }
    // One maintainer wants notifications over XMPP too.
    if (peers) {
      const first = maintainers.get(slugs[0]!)!;
      expect((await app.inject({ method: 'PATCH', url: '/api/v1/profile', headers: first.headers, payload: { xmppAddress: `maintainer@${peers.prosody.domain}` } })).statusCode).toBe(200);
    }
    await ctx.services.advisories.subscribe({ kind: 'anonymous', via: 'web' }, { email: 'operator@example.net' });
    const confirmation = await smtp.waitFor((mail) => mail.to.includes('operator@example.net'));
    expect((await app.inject({ method: 'POST', url: '/api/v1/subscriptions/confirm', payload: { token: /#(xsn_[\w-]+)/.exec(confirmation.text)![1] } })).statusCode).toBe(204);
  });

  afterAll(async () => {
    await ctx.services.notifier.idle();
    await maintainerInbox?.stop();
    await peers?.stop();
    await ctx.close();
    await smtp.close();
    await handle.close();
  });

  const version = async () => (await app.inject({ url: `/api/v1/cases/${caseId}`, headers: team.headers })).json().version as number;

  it('runs from one report to one publication on every channel at the embargo instant', async () => {
    // 1. The reporter files one report naming all six clients.
    const challenge = (await app.inject('/api/v1/reports/challenge')).json<{ token: string; bits: number }>();
    const report = await app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: {
        reporterName: 'Mallory Finder',
        reporterEmail: 'finder@example.org',
        projects: slugs.map((slug) => ({ slug, name: slug })),
        title: 'Message routing spoofing through crafted carbons',
        description: 'A forwarded message claiming to be a carbon copy from another account is displayed as if it came from the user.',
        steps: 'Send <message><received xmlns="urn:xmpp:carbons:2"><forwarded>…',
        impact: 'Impersonation of any contact.',
        creditConsent: true,
        creditAs: 'Mallory Finder',
        proofOfWork: { token: challenge.token, counter: solveChallenge(challenge.token, challenge.bits) },
      },
    });
    expect(report.statusCode, report.body).toBe(201);
    const reportId = (await app.inject({ url: '/api/v1/reports?status=new', headers: team.headers })).json().reports[0].id as string;

    // 2. The team accepts it: the six projects come with the case, their maintainers are invited.
    const accepted = await app.inject({ method: 'POST', url: `/api/v1/reports/${reportId}/triage`, headers: team.headers, payload: { action: 'accept', title: 'Carbon spoofing in six clients' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    caseId = accepted.json().caseId;
    const kase = (await app.inject({ url: `/api/v1/cases/${caseId}`, headers: team.headers })).json();
    expect(kase.projects.map((project: { projectKey: string }) => project.projectKey).sort()).toEqual([...slugs].sort());
    expect(kase.participants.filter((participant: { role: string }) => participant.role === 'maintainer')).toHaveLength(6);
    for (const maintainer of maintainers.values()) {
      await smtp.waitFor((mail) => mail.to.includes(maintainer.email) && mail.subject.includes(caseId));
    }
    const summary = 'Six XMPP clients showed forged message carbons as messages from the user. Update to the fixed versions below.';
    expect((await app.inject({ method: 'PATCH', url: `/api/v1/cases/${caseId}`, headers: team.headers, payload: { expectedVersion: await version(), summary, severity: 'high', state: 'coordinating' } })).statusCode).toBe(200);

    // 3. An embargo, with its reason, to everyone in the case.
    const embargo = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/embargo`, headers: team.headers, payload: { expectedVersion: await version(), embargoAt: EMBARGO, reason: 'Coordinated release day agreed with all six projects.' } });
    expect(embargo.statusCode, embargo.body).toBe(200);

    // 4. Each maintainer states their project's status and fixed version; none sees another's.
    for (const [index, slug] of slugs.entries()) {
      const maintainer = maintainers.get(slug)!;
      const view = (await app.inject({ url: `/api/v1/cases/${caseId}`, headers: maintainer.headers })).json();
      expect(view.projects.map((project: { projectKey: string }) => project.projectKey)).toEqual([slug]);
      const status = await app.inject({ method: 'PUT', url: `/api/v1/cases/${caseId}/projects/${slug}/status`, headers: maintainer.headers, payload: { status: 'fixed', fixedIn: `${index + 2}.0.1`, statement: 'Carbons are now accepted only from the own account.' } });
      expect(status.statusCode, status.body).toBe(200);
    }

    // 5. A CVE ID is reserved and the record drafted from the case; it validates.
    const vulnerability = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/vulnerabilities`, headers: team.headers, payload: { title: 'Forged message carbons accepted' } });
    const drafted = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/vulnerabilities/${vulnerability.json().id}/cve-draft`, headers: team.headers, payload: { cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:H/A:N', cwe: 'CWE-290' } });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json()).toMatchObject({ valid: true, issues: [] });
    cveId = drafted.json().cveId;
    expect((await app.inject(`/api/v1/cve/records/${cveId}`)).statusCode).toBe(404);

    // 6. The team approves the advisory; nothing is public before the instant.
    const approved = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/advisory/approve`, headers: team.headers, payload: { expectedVersion: await version() } });
    expect(approved.statusCode, approved.body).toBe(200);
    ctx.clock.set(new Date(new Date(EMBARGO).getTime() - 60_000));
    expect(await ctx.services.advisories.publishDue(jobActor('advisories.publish-due'))).toEqual([]);
    expect((await app.inject('/advisories.atom')).body).not.toContain(caseId);
    expect((await app.inject(`/api/v1/cve/records/${cveId}/cve.json`)).statusCode).toBe(404);

    // 7. The instant: the job publishes everything together.
    ctx.clock.set(EMBARGO);
    expect(await ctx.services.advisories.publishDue(jobActor('advisories.publish-due'))).toEqual([caseId]);
    const advisory = (await app.inject(`/api/v1/advisories/${caseId}`)).json();
    expect(advisory.publishedAt).toBe(EMBARGO);
    expect(advisory.content.projects).toHaveLength(6);
    expect(advisory.content.projects.every((project: { status: string }) => project.status === 'fixed')).toBe(true);
    expect(advisory.content.cveIds).toEqual([cveId]);
    expect(advisory.content.credits).toContainEqual({ name: 'Mallory Finder', role: 'finder' });
    const feed = (await app.inject('/advisories.atom')).body;
    expect(feed).toContain(`<title>${caseId}: Carbon spoofing in six clients</title>`);
    const record = await app.inject(`/api/v1/cve/records/${cveId}/cve.json`);
    expect(record.statusCode).toBe(200);
    expect(record.json().cveMetadata.state).toBe('PUBLISHED');
    expect(record.json().containers.cna.affected).toHaveLength(6);
    for (const format of ['osv', 'csaf']) expect((await app.inject(`/api/v1/cve/records/${cveId}/${format}.json`)).statusCode, format).toBe(200);

    // E-mail to the subscriber, XMPP to the group chat and to the maintainer who asked for it.
    const announcement = await smtp.waitFor((mail) => mail.to.includes('operator@example.net') && mail.subject.includes(caseId));
    expect(announcement.text).toContain(cveId);
    if (peers && maintainerInbox) {
      expect((await peers.room.waitFor((message) => message.type === 'groupchat' && message.body.includes(caseId))).body).toContain(cveId);
      expect((await maintainerInbox.waitFor((message) => message.body.includes(`[${caseId}] Published`))).type).toBe('chat');
    }

    // 8. The audit chain holds, also by the command line's check.
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
    if (handle.connectionString) {
      const io = memoryIo({ DATABASE_URL: handle.connectionString });
      expect(await runCli(['audit', 'verify'], io), io.stderr()).toBe(0);
      expect(io.stdout()).toMatch(/^OK: \d+ audit events, chain intact/);
    }
  });
});
