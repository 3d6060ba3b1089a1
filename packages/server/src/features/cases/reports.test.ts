import { generateKey } from 'openpgp';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptText, encryptText } from '../../crypto/openpgp.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { addDirectoryProject } from '../../testing/directory-fixtures.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { SignedIn, TestContext } from '../../testing/test-context.ts';
import { solveChallenge } from './proof-of-work.ts';
import { MAX_ATTACHMENT_BYTES } from './reports-service.ts';

const backends = await testBackends();
const POW_BITS = 6;

describe.each(backends)('vulnerability reports on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let team: SignedIn;
  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle, { powBits: POW_BITS });
    app = await ctx.app();
    team = await ctx.signIn('team');
    await addDirectoryProject(handle.db, { slug: 'prosody', name: 'Prosody IM' });
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  async function proofOfWork() {
    const challenge = (await app.inject('/api/v1/reports/challenge')).json<{ token: string; bits: number }>();
    expect(challenge.bits).toBe(POW_BITS);
    return { token: challenge.token, counter: solveChallenge(challenge.token, challenge.bits) };
  }

  const baseReport = async () => ({
    reporterName: 'Rita Reporter',
    reporterEmail: 'rita@example.org',
    projects: [{ slug: 'prosody', name: 'Prosody IM' }, { name: 'Some unlisted client' }],
    title: 'Roster push spoofing',
    description: 'A crafted roster push from a full JID is accepted.',
    steps: '1. Send <iq type="set"> with a roster query from another resource.',
    impact: 'Contacts can be injected.',
    disclosurePlans: 'Talk at a conference in 120 days.',
    creditConsent: true,
    creditAs: 'Rita R.',
    proofOfWork: await proofOfWork(),
  });

  const mailTo = async (address: string) => (await handle.db.selectFrom('mail_outbox').selectAll().orderBy('created_at').execute()).filter((row) => row.recipients.includes(address));

  it('takes a report, acknowledges it at once with a private tracking link, and lets the reporter follow it', async () => {
    const attachment = Buffer.from('<script>alert(1)</script> proof of concept');
    const submitted = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), attachments: [{ filename: '../../etc/poc.html', contentType: 'text/html', data: attachment.toString('base64') }] } });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { reference, trackingLink } = submitted.json<{ reference: string; trackingLink: string }>();
    expect(trackingLink).toMatch(/^http:\/\/xmppsec\.test\/track#xsr_/);
    const token = trackingLink.split('#')[1]!;

    const mails = await mailTo('rita@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(reference);
    expect(mails[0]!.text_body).toContain(trackingLink);

    const tracked = await app.inject({ url: '/api/v1/reports/track', headers: { 'x-tracking-token': token } });
    expect(tracked.json()).toMatchObject({ reference, status: 'new', case: null });
    expect((await app.inject({ url: '/api/v1/reports/track', headers: { 'x-tracking-token': `${token}x` } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/api/v1/reports/track/messages', headers: { 'x-tracking-token': token }, payload: { body: 'More details: it also works over s2s.' } })).statusCode).toBe(204);

    const queue = await app.inject({ url: '/api/v1/reports?status=new', headers: team.headers });
    const report = queue.json().reports.find((item: { reference: string }) => item.reference === reference);
    expect(report).toMatchObject({ title: 'Roster push spoofing', creditAs: 'Rita R.', projects: [{ slug: 'prosody', listed: true, inScope: true }, { slug: null, listed: false }] });
    expect(report.messages.map((message: { fromSide: string }) => message.fromSide)).toEqual(['reporter']);

    // The attachment is a download with a harmless name, never rendered.
    const [stored] = report.attachments;
    expect(stored).toMatchObject({ filename: 'poc.html', size: attachment.length });
    const download = await app.inject({ url: `/api/v1/reports/${report.id}/attachments/${stored.id}`, headers: team.headers });
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="poc.html"/);
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect(download.rawPayload.equals(attachment)).toBe(true);
    const maintainer = await ctx.signIn('maintainer');
    expect((await app.inject({ url: `/api/v1/reports/${report.id}/attachments/${stored.id}`, headers: maintainer.headers })).statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/reports/${report.id}/attachments/${stored.id}` })).statusCode).toBe(401);
  });

  it('refuses reports without a solved, fresh, unused proof of work', async () => {
    const report = await baseReport();
    const first = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: report });
    expect(first.statusCode).toBe(201);
    const replay = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: report, remoteAddress: '198.51.100.7' });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe('proof_of_work_used');
    const unsolved = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), proofOfWork: { token: report.proofOfWork.token, counter: '0' } }, remoteAddress: '198.51.100.8' });
    expect([400]).toContain(unsolved.statusCode);
    const forged = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), proofOfWork: { token: 'a.4.99999999999999.b', counter: '1' } }, remoteAddress: '198.51.100.9' });
    expect(forged.json().error.code).toBe('proof_of_work_invalid');
  });

  it('refuses malformed and oversized reports with clear errors and stores nothing', async () => {
    const count = async () => (await handle.db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const address = (n: number) => `203.0.113.${n}`;
    const noProjects = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), projects: [] }, remoteAddress: address(1) });
    expect(noProjects.statusCode).toBe(400);
    const noDescription = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), description: '  ' }, remoteAddress: address(2) });
    expect(noDescription.json().error.code).toBe('description_required');
    const badEmail = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), reporterEmail: 'not-an-address' }, remoteAddress: address(3) });
    expect(badEmail.json().error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('reporterEmail') });
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 7).toString('base64');
    const tooBig = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), attachments: [{ filename: 'dump.bin', data: big }] }, remoteAddress: address(4) });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('attachment_too_large');
    const notBase64 = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), attachments: [{ filename: 'x', data: '%%%' }] }, remoteAddress: address(5) });
    expect(notBase64.statusCode).toBe(400);
    const fakeEncrypted = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { ...(await baseReport()), encryptedBody: '-----BEGIN PGP MESSAGE-----\n\nnot really\n-----END PGP MESSAGE-----' }, remoteAddress: address(6) });
    expect(fakeEncrypted.json().error.code).toBe('invalid_openpgp_message');
    expect(await count()).toBe(before);
  });

  it('stores an encrypted report as sent, readable only with the team\'s private key', async () => {
    const { privateKey, publicKey } = await generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name: 'XSF security team', email: 'security@xmpp.org' }], format: 'armored' });
    const admin = await ctx.signIn('admin');
    expect((await app.inject({ method: 'PUT', url: '/api/v1/team-key', headers: admin.headers, payload: { armored: privateKey } })).json().error.code).toBe('private_key_given');
    expect((await app.inject({ method: 'PUT', url: '/api/v1/team-key', headers: team.headers, payload: { armored: publicKey } })).statusCode).toBe(403);
    const set = await app.inject({ method: 'PUT', url: '/api/v1/team-key', headers: admin.headers, payload: { armored: publicKey } });
    expect(set.statusCode).toBe(200);
    const published = await app.inject('/.well-known/xmppsec/team-key.asc');
    expect(published.headers['content-type']).toMatch(/application\/pgp-keys/);
    expect(published.body).toContain('BEGIN PGP PUBLIC KEY BLOCK');

    const secret = 'The dialback key is predictable: see attached.';
    const encryptedBody = await encryptText(secret, published.body);
    const submitted = await app.inject({ method: 'POST', url: '/api/v1/reports', payload: { reporterEmail: 'anon@example.org', projects: [{ name: 'Prosody IM', slug: 'prosody' }], creditConsent: false, encryptedBody, proofOfWork: await proofOfWork() } });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const stored = await handle.db.selectFrom('reports').selectAll().where('reference', '=', submitted.json().reference).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ title: 'Encrypted report', description: null, credit_as: null });
    expect(JSON.stringify(stored)).not.toContain('predictable');
    expect(await decryptText(stored.encrypted_body!, privateKey)).toBe(secret);
  });

  it('triages: accept opens a case, merge joins one, close tells the reporter why, and never twice', async () => {
    // Each from its own address: the intake allows few reports per address and minute.
    let sender = 10;
    const submit = async (title: string) => (await app.inject({ method: 'POST', url: '/api/v1/reports', remoteAddress: `192.0.2.${sender++}`, payload: { ...(await baseReport()), title, reporterEmail: `${title.replace(/\W/g, '')}@example.org` } })).json<{ reference: string; trackingLink: string }>();
    const idOf = async (reference: string) => (await handle.db.selectFrom('reports').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;

    const first = await submit('first');
    const accepted = await app.inject({ method: 'POST', url: `/api/v1/reports/${await idOf(first.reference)}/triage`, headers: team.headers, payload: { action: 'accept' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { caseId } = accepted.json<{ caseId: string }>();
    expect(caseId).toMatch(/^XSF-2026-\d{4}$/);
    const kase = (await app.inject({ url: `/api/v1/cases/${caseId}`, headers: team.headers })).json();
    expect(kase.projects.map((project: { projectKey: string; status: string }) => [project.projectKey, project.status])).toEqual([['prosody', 'not_assessed'], ['unlisted:some-unlisted-client', 'not_assessed']]);
    expect(kase.embargoChanges[0].reason).toMatch(/90 days/);
    expect(new Date(kase.embargoAt).getTime() - new Date(kase.acceptedAt).getTime()).toBe(90 * 86_400_000);
    const again = await app.inject({ method: 'POST', url: `/api/v1/reports/${await idOf(first.reference)}/triage`, headers: team.headers, payload: { action: 'accept' } });
    expect(again.statusCode).toBe(409);

    const second = await submit('second');
    const merged = await app.inject({ method: 'POST', url: `/api/v1/reports/${await idOf(second.reference)}/triage`, headers: team.headers, payload: { action: 'merge', caseId } });
    expect(merged.json()).toEqual({ caseId, status: 'merged' });
    const tracked = await app.inject({ url: '/api/v1/reports/track', headers: { 'x-tracking-token': second.trackingLink.split('#')[1]! } });
    expect(tracked.json().case).toMatchObject({ id: caseId, state: 'triage', projects: [] });

    const third = await submit('third');
    const noReason = await app.inject({ method: 'POST', url: `/api/v1/reports/${await idOf(third.reference)}/triage`, headers: team.headers, payload: { action: 'close', reason: 'out_of_scope', message: ' ' } });
    expect(noReason.json().error.code).toBe('reason_required');
    const closed = await app.inject({ method: 'POST', url: `/api/v1/reports/${await idOf(third.reference)}/triage`, headers: team.headers, payload: { action: 'close', reason: 'out_of_scope', message: 'This project is not in the XMPP software directory.' } });
    expect(closed.json()).toEqual({ caseId: null, status: 'closed_out_of_scope' });
    const notices = await mailTo('third@example.org');
    expect(notices.map((mail) => mail.text_body).join('\n')).toContain('not in the XMPP software directory');
    const trackedThird = await app.inject({ url: '/api/v1/reports/track', headers: { 'x-tracking-token': third.trackingLink.split('#')[1]! } });
    expect(trackedThird.json()).toMatchObject({ status: 'closed_out_of_scope', triageReason: 'This project is not in the XMPP software directory.' });

    const maintainer = await ctx.signIn('maintainer');
    expect((await app.inject({ url: '/api/v1/reports', headers: maintainer.headers })).statusCode).toBe(403);
  });
});
