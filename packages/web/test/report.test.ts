import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decrypt, generateKey, readMessage, readPrivateKey } from 'openpgp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/src/authz/actor.ts';
import { leadingZeroBits as serverLeadingZeroBits, solveChallenge } from '../../server/src/features/cases/proof-of-work.ts';
import * as serverLimits from '../../server/src/features/cases/reports-service.ts';
import { firstPagePayload, lazyPayload } from '../scripts/bundle-size.ts';
import { ApiError, createApiClient } from '../src/api/client.ts';
import { attachmentProblem, bytesToBase64, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_ATTACHMENTS_BYTES } from '../src/pages/report/attachments.ts';
import { errorsFromApi } from '../src/pages/report/field-errors.ts';
import { leadingZeroBits, solveProofOfWork } from '../src/pages/report/proof-of-work.ts';
import { composeReportText } from '../src/pages/report/report-text.ts';
import { browserUnavailable, checkWatchedPage as checkPage, launchBrowser, openWatchedPage } from './support/browser.ts';
import { seededRandom } from './support/seeded-random.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

/** Low enough that the browser solves it at once; the real default (18 bits) takes a few seconds. */
const POW_BITS = 10;

describe('report form pieces', () => {
  it('solves the proof of work exactly as the server\'s reference solver does', async () => {
    const random = seededRandom(8);
    for (let round = 0; round < 12; round++) {
      const token = `${randomBytes(random.int(4, 40)).toString('base64url')}.${random.text(20)}`;
      const bits = random.int(0, 9);
      const progress: number[] = [];
      const batchSize = random.int(1, 300);
      const counter = await solveProofOfWork(token, bits, { batchSize, onProgress: (tried) => progress.push(tried) });
      // Both search upwards from 0, so both find the smallest counter.
      expect(counter, `${token} at ${bits} bits`).toBe(solveChallenge(token, bits));
      expect(serverLeadingZeroBits(createHash('sha256').update(`${token}:${counter}`).digest())).toBeGreaterThanOrEqual(bits);
      // Progress after every batch that held no solution.
      expect(progress).toEqual(Array.from({ length: Math.floor(Number(counter) / batchSize) }, (_unused, index) => (index + 1) * batchSize));
    }
  });

  it('counts leading zero bits like the server, and refuses difficulties it cannot meet', async () => {
    const random = seededRandom(3);
    for (let round = 0; round < 500; round++) {
      const bytes = Uint8Array.from({ length: random.int(0, 6) }, () => (random.next() < 0.4 ? 0 : random.int(0, 255)));
      expect(leadingZeroBits(bytes)).toBe(serverLeadingZeroBits(bytes));
    }
    await expect(solveProofOfWork('token', 41)).rejects.toThrow(/0 to 40/);
    await expect(solveProofOfWork('token', -1)).rejects.toThrow(/0 to 40/);
    await expect(solveProofOfWork('token', 30, { shouldStop: () => true })).rejects.toThrow(/stopped/);
  });

  it('checks attachments against the same limits as the server', () => {
    expect([MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_BYTES, MAX_ATTACHMENTS]).toEqual([serverLimits.MAX_ATTACHMENT_BYTES, serverLimits.MAX_ATTACHMENTS_BYTES, serverLimits.MAX_ATTACHMENTS]);
    const file = (size: number, name = 'poc.bin') => ({ name, size });
    expect(attachmentProblem([])).toBeUndefined();
    expect(attachmentProblem([file(MAX_ATTACHMENT_BYTES), file(MAX_ATTACHMENTS_BYTES - MAX_ATTACHMENT_BYTES)])).toBeUndefined();
    expect(attachmentProblem([file(MAX_ATTACHMENT_BYTES + 1, 'big.pcap')])).toMatch(/^big\.pcap is 5\.0 MiB; each file may be at most 5\.0 MiB/);
    expect(attachmentProblem([file(MAX_ATTACHMENT_BYTES), file(MAX_ATTACHMENT_BYTES), file(1)])).toMatch(/10\.0 MiB together/);
    expect(attachmentProblem(Array.from({ length: MAX_ATTACHMENTS + 1 }, () => file(10)))).toMatch(/at most 10 files/);
    expect(attachmentProblem([file(0, 'empty.txt')])).toBe('empty.txt is empty.');
    const random = seededRandom(5);
    for (let round = 0; round < 300; round++) {
      const files = Array.from({ length: random.int(0, 12) }, () => file(random.int(1, 6 * 1024 * 1024)));
      const acceptable = files.length <= MAX_ATTACHMENTS && files.every((f) => f.size <= MAX_ATTACHMENT_BYTES) && files.reduce((sum, f) => sum + f.size, 0) <= MAX_ATTACHMENTS_BYTES;
      expect(attachmentProblem(files) === undefined).toBe(acceptable);
    }
  });

  it('encodes attachments as base64 exactly as Node does, including large files', () => {
    const random = seededRandom(11);
    for (const length of [0, 1, 2, 3, 0x7fff, 0x8000, 0x8001, 300_000, random.int(1, 5000)]) {
      const bytes = randomBytes(length);
      expect(bytesToBase64(bytes)).toBe(bytes.toString('base64'));
    }
  });

  it('writes the text fields as one document, leaving out empty sections', () => {
    const text = composeReportText({ title: ' Carbon spoofing ', description: 'Forged carbons.', steps: '', impact: 'Message injection.', disclosurePlans: '  ' });
    expect(text).toBe('Title: Carbon spoofing\n\nDescription\n-----------\nForged carbons.\n\nImpact\n------\nMessage injection.\n');
  });

  describe('with the real server', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ config: { powBits: 4 } });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('places the server\'s validation errors next to the fields they are about', async () => {
      const client = createApiClient({ baseUrl: server.url });
      const challenge = await client.get('/api/v1/reports/challenge');
      const proofOfWork = { token: challenge.token, counter: solveChallenge(challenge.token, challenge.bits) };
      const base = { reporterEmail: 'ada@example.org', projects: [{ name: 'Gajim' }], creditConsent: false, proofOfWork };
      const failure = async (body: Parameters<typeof client.post<'/api/v1/reports'>>[1]['body']) => client.post('/api/v1/reports', { body }).then(() => undefined, (error: unknown) => error);

      const badEmail = await failure({ ...base, reporterEmail: 'ada@localhost', title: 'T', description: 'D' });
      expect(badEmail).toBeInstanceOf(ApiError);
      expect(errorsFromApi(badEmail).fields.reporterEmail).toMatch(/e-mail address/);

      const noDescription = errorsFromApi(await failure({ ...base, title: 'T', description: '   ' }));
      expect(noDescription.fields.description).toMatch(/Describe the vulnerability/);
      expect(noDescription.general).toBeUndefined();

      const notEncrypted = errorsFromApi(await failure({ ...base, encryptedBody: 'just text, no OpenPGP here' }));
      expect(notEncrypted.fields.encryption).toMatch(/not a readable OpenPGP message/);

      const noProjects = errorsFromApi(await failure({ ...base, projects: [], title: 'T', description: 'D' }));
      expect(Object.keys(noProjects.fields)).toEqual(['projects']);

      const forged = errorsFromApi(await failure({ ...base, title: 'T', description: 'D', proofOfWork: { token: `${challenge.token}x`, counter: '1' } }));
      expect(forged.fields).toEqual({});
      expect(forged.general).toMatch(/proof of work/);
    });

    it('sends the tracking secret in a header, never in the address', async () => {
      const requests: string[] = [];
      const client = createApiClient({
        baseUrl: server.url,
        fetch: (input, init) => {
          requests.push(String(input));
          return fetch(input, init);
        },
      });
      const challenge = await client.get('/api/v1/reports/challenge');
      const sent = await client.post('/api/v1/reports', { body: { reporterEmail: 'ada@example.org', projects: [{ name: 'Gajim' }], title: 'Header test', description: 'D', creditConsent: false, proofOfWork: { token: challenge.token, counter: solveChallenge(challenge.token, challenge.bits) } } });
      const token = new URL(sent.trackingLink).hash.slice(1);
      const tracked = await client.get('/api/v1/reports/track', { headers: { 'x-tracking-token': token } });
      expect(tracked).toMatchObject({ reference: sent.reference, title: 'Header test', status: 'new' });
      await expect(client.get('/api/v1/reports/track', { headers: { 'x-tracking-token': `${token}x` } })).rejects.toMatchObject({ status: 404 });
      expect(requests.some((url) => url.includes(token))).toBe(false);
    });
  });

  it('keeps the report form out of the first page, and OpenPGP and the worker out of the form\'s chunk', async () => {
    const dist = await ensureWebBuild();
    const text = (files: string[]) => files.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    const first = text(firstPagePayload(dist).js);
    expect(first).not.toContain('Send the report');
    expect(first).not.toContain('BEGIN PGP');
    const form = text(lazyPayload(dist, 'src/pages/report/report-area.tsx').js);
    expect(form).toContain('Send the report');
    expect(form).not.toContain('BEGIN PGP');
    expect(form).not.toContain('SHA-256');
    expect(text(lazyPayload(dist, 'src/pages/report/encrypt.ts').js)).toContain('BEGIN PGP');
  });
});

const skip = browserUnavailable();

/**
 * A visitor files a report through the form in Debian's chromium against the real server: the
 * proof of work is solved in the browser (at a low difficulty), the tracking link leads to the
 * report's status and the team's messages, and an encrypted report reaches the server as an
 * OpenPGP message that only the team's private key opens.
 */
describe.skipIf(skip !== undefined)('report form and tracking page in chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    const dist = await ensureWebBuild();
    server = await startTestServer({ webDist: dist, seed: true, config: { powBits: POW_BITS } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });


  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const scriptsLoaded = (page: Page) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    return scripts;
  };
  const findReport = async (reference: string) => {
    const reports = await server.services.reports.list(cliActor);
    const report = reports.find((candidate) => candidate.reference === reference);
    expect(report, reference).toBeDefined();
    return report!;
  };

  async function fillCommon(page: Page, values: { email: string; title: string; description: string }) {
    await page.getByLabel('Your name (optional)').fill('Ada Lovelace');
    await page.getByLabel('E-mail address').fill(values.email);
    await page.getByLabel('Search the directory').fill('gajim');
    await page.getByRole('button', { name: 'Add Gajim', exact: true }).click();
    await page.getByLabel('Title').fill(values.title);
    await page.getByLabel('Description').fill(values.description);
  }

  it('files a report with the proof of work solved in the browser, then follows it through the tracking link', async () => {
    const visitor = await openWatchedPage(browser, server.url);
    const { page } = visitor;
    try {
      const scripts = scriptsLoaded(page);
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report a vulnerability' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Report a vulnerability');
      await page.getByText('starts when you begin filling in the form').waitFor();
      // Neither OpenPGP nor the proof-of-work worker is fetched before it is needed.
      expect(scripts.filter((path) => /encrypt|pow-worker/.test(path))).toEqual([]);
      await checkPage(visitor, 'report-form');

      // Sending an empty form names every missing field, next to the field and in a summary.
      await page.getByRole('button', { name: 'Send the report' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'The report was not sent' });
      await summary.waitFor();
      for (const message of ['Enter an e-mail address where the team can reach you.', 'Choose at least one affected project, or add one by name.', 'Give the report a short title.', 'Describe the vulnerability.']) {
        expect(await summary.getByRole('link', { name: message }).count(), message).toBe(1);
      }
      expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Title').getAttribute('aria-describedby')).toContain('report-title-error');
      await page.getByText('Anti-abuse check done.').waitFor();
      expect(scripts.filter((path) => /pow-worker/.test(path))).toHaveLength(1);

      await fillCommon(page, { email: 'ada@localhost', title: 'Message carbons accepted from any sender', description: 'Gajim accepts a carbon copy from any full JID, so anyone can inject messages into a conversation.' });
      await page.getByLabel('Search the directory').fill('Obscure Client');
      await page.getByRole('button', { name: 'Add “Obscure Client” as a project not in the directory' }).click();
      expect(await page.getByRole('list', { name: 'Chosen projects' }).getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Gajim (in the directory)'), expect.stringContaining('Obscure Client (not in the directory)')]);
      await page.getByLabel('XMPP address (optional)').fill('ada@example.org');
      await page.getByLabel('Steps to reproduce (optional)').fill('1. Log in as mallory.\n2. Send a <received/> carbon wrapping a forged message to ada.');
      await page.getByLabel('Impact (optional)').fill('Message injection into any conversation.');
      await page.getByLabel('Your disclosure plans (optional)').fill('A talk at FOSDEM next February.');
      await page.getByLabel('Credit me in the advisory and the CVE record').check();
      await page.getByLabel('Credit me as (optional)').fill('Ada L.');

      // Files over the limit are refused in the browser, before anything is read or sent.
      const attachments = page.getByLabel('Attachments (optional)');
      await attachments.setInputFiles({ name: 'capture.pcap', mimeType: 'application/octet-stream', buffer: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1) });
      await expect.poll(() => page.locator('#report-attachments-error').textContent()).toBe('capture.pcap is 5.0 MiB; each file may be at most 5.0 MiB.');
      expect(await page.getByRole('list', { name: 'Attached files' }).count()).toBe(0);
      const proof = Buffer.from('<message from="mallory@example.org"><received xmlns="urn:xmpp:carbons:2"/></message>\n');
      await attachments.setInputFiles({ name: 'poc.xml', mimeType: 'text/xml', buffer: proof });
      await page.getByRole('list', { name: 'Attached files' }).getByRole('button', { name: 'Remove poc.xml' }).waitFor();
      expect(await page.locator('#report-attachments-error').count()).toBe(0);

      // The server refuses the address (no top-level domain); its answer lands next to the field.
      await page.getByRole('button', { name: 'Send the report' }).click();
      await page.getByRole('alert').filter({ hasText: 'The report was not sent' }).waitFor();
      await page.locator('#report-email-error').waitFor();
      expect(await page.locator('#report-email-error').textContent()).toMatch(/like name@example\.org/);
      await checkPage(visitor, 'report-form-errors');

      await page.getByLabel('E-mail address').fill('ada@example.org');
      await page.getByRole('button', { name: 'Send the report' }).click();
      await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe('Your report was received');
      const reference = (await page.getByTestId('report-reference').textContent())!;
      expect(reference).toMatch(/^R-[A-Z2-7]{8}$/);
      const trackingLink = new URL(await page.getByLabel('Tracking link').inputValue());
      expect(trackingLink.origin + trackingLink.pathname).toBe(`${server.url}/track`);
      expect(trackingLink.hash.length).toBeGreaterThan(20);
      await page.getByText('Keep this link secret.').waitFor();
      await checkPage(visitor, 'report-sent');

      const stored = await findReport(reference);
      expect(stored).toMatchObject({
        status: 'new',
        reporterName: 'Ada Lovelace',
        reporterEmail: 'ada@example.org',
        reporterXmpp: 'ada@example.org',
        title: 'Message carbons accepted from any sender',
        steps: '1. Log in as mallory.\n2. Send a <received/> carbon wrapping a forged message to ada.',
        disclosurePlans: 'A talk at FOSDEM next February.',
        creditConsent: true,
        creditAs: 'Ada L.',
        encryptedBody: null,
      });
      expect(stored.projects.map((project) => [project.slug, project.name, project.listed])).toEqual([
        ['gajim', 'Gajim', true],
        [null, 'Obscure Client', false],
      ]);
      expect(stored.attachments).toEqual([expect.objectContaining({ filename: 'poc.xml', size: proof.length, sha256: createHash('sha256').update(proof).digest('hex') })]);

      // The team answers, accepts the report into a case, sets the embargo and shares the statuses.
      await server.services.reports.reply(cliActor, stored.id, 'Thank you. Which version of Gajim did you test?');
      const { caseId } = await server.services.reports.triage(cliActor, stored.id, { action: 'accept' });
      const cases = server.services.cases;
      const embargo = new Date('2031-03-01T12:00:00Z');
      await cases.setEmbargo(cliActor, caseId!, (await cases.get(cliActor, caseId!)).version, embargo, 'Agreed with the Gajim maintainers.');
      await cases.update(cliActor, caseId!, (await cases.get(cliActor, caseId!)).version, { statusesShared: true });

      await page.getByRole('link', { name: 'Open the tracking page' }).click();
      await expect.poll(() => heading(page).textContent()).toBe(`Report ${reference}`);
      // The secret is read from the fragment and removed from the address bar.
      expect(new URL(page.url()).hash).toBe('');
      expect(new URL(page.url()).pathname).toBe('/track');
      await page.getByText('accepted', { exact: true }).waitFor();
      await page.getByText('Which version of Gajim did you test?').waitFor();
      await page.getByRole('heading', { name: `Case ${caseId}` }).waitFor();
      expect(await page.getByTestId('embargo-utc').textContent()).toBe('2031-03-01 12:00 UTC');
      // The browser runs in Europe/Berlin: one hour ahead of UTC in March.
      expect(await page.getByTestId('embargo-local').textContent()).toMatch(/13:00.*Europe\/Berlin/);
      const projectRows = await page.getByRole('table', { name: 'The affected projects' }).getByRole('row').allTextContents();
      expect(projectRows.slice(1)).toEqual([expect.stringMatching(/^Gajim.*not yet assessed/), expect.stringMatching(/^Obscure Client.*not yet assessed/)]);
      await checkPage(visitor, 'track');
      await page.setViewportSize({ width: 390, height: 844 });
      await checkPage(visitor, 'track-narrow');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.getByLabel('Your message').fill('Gajim 1.8.3 from Debian testing.');
      await page.getByRole('button', { name: 'Send the message' }).click();
      await page.getByText('Your message was sent to the team.').waitFor();
      const thread = page.getByRole('list', { name: 'Messages about this report' });
      await thread.getByText('Gajim 1.8.3 from Debian testing.').waitFor();
      expect(await page.getByLabel('Your message').inputValue()).toBe('');
      const messages = (await findReport(reference)).messages;
      expect(messages.at(-1)).toMatchObject({ fromSide: 'reporter', body: 'Gajim 1.8.3 from Debian testing.' });

      // A reload keeps working without the fragment (the secret stays in this tab only).
      await page.reload();
      await expect.poll(() => heading(page).textContent()).toBe(`Report ${reference}`);

      // A wrong or cut-short link says so.
      await page.goto(`/track#${trackingLink.hash.slice(1, 30)}`);
      await page.getByText('This tracking link does not lead to a report.').waitFor();
      expect(visitor.problems()).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it('encrypts the report in the browser to the team\'s key, so the server stores only the OpenPGP message', async () => {
    const { privateKey, publicKey } = await generateKey({ userIDs: [{ name: 'XSF security team', email: 'security@xmpp.example' }], format: 'armored' });
    const key = await server.services.reports.setTeamKey(cliActor, publicKey);
    const visitor = await openWatchedPage(browser, server.url);
    const { page } = visitor;
    const secret = `The secret flaw ${randomBytes(6).toString('hex')}`;
    try {
      const scripts = scriptsLoaded(page);
      await page.goto('/report');
      await expect.poll(() => heading(page).textContent()).toBe('Report a vulnerability');
      await fillCommon(page, { email: 'grace@example.org', title: 'Stanza smuggling in MUC', description: `${secret}: a crafted presence smuggles stanzas into rooms.` });
      await page.getByLabel('Impact (optional)').fill('Room takeover.');
      expect(scripts.filter((path) => /encrypt/.test(path))).toEqual([]);

      await page.getByLabel('Encrypt the report in this browser to the security team\'s OpenPGP key').check();
      await page.getByTestId('team-key-fingerprint').waitFor();
      expect((await page.getByTestId('team-key-fingerprint').textContent())!.replace(/\s/g, '')).toBe(key.fingerprint);
      expect(scripts.filter((path) => /encrypt/.test(path)).length).toBeGreaterThan(0);
      const exploit = randomBytes(2000);
      await page.getByLabel('Attachments (optional)').setInputFiles({ name: 'exploit.bin', mimeType: 'application/octet-stream', buffer: exploit });
      await checkPage(visitor, 'report-form-encrypted');

      await page.getByRole('button', { name: 'Send the report' }).click();
      await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe('Your report was received');
      const reference = (await page.getByTestId('report-reference').textContent())!;

      const stored = await findReport(reference);
      expect(stored).toMatchObject({ title: 'Encrypted report', description: null, steps: null, impact: null, disclosurePlans: null, reporterEmail: 'grace@example.org' });
      expect(stored.projects.map((project) => project.slug)).toEqual(['gajim']);
      expect(JSON.stringify(stored)).not.toContain(secret);
      expect(stored.encryptedBody).toMatch(/^-----BEGIN PGP MESSAGE-----/);

      const decryptionKeys = await readPrivateKey({ armoredKey: privateKey });
      const { data: text } = await decrypt({ message: await readMessage({ armoredMessage: stored.encryptedBody! }), decryptionKeys });
      expect(text).toBe(composeReportText({ title: 'Stanza smuggling in MUC', description: `${secret}: a crafted presence smuggles stanzas into rooms.`, steps: '', impact: 'Room takeover.', disclosurePlans: '' }));

      expect(stored.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([['exploit.bin.gpg', 'application/pgp-encrypted']]);
      const download = await server.services.reports.attachment(cliActor, stored.id, stored.attachments[0]!.id);
      const { data: file } = await decrypt({ message: await readMessage({ binaryMessage: download.data }), decryptionKeys, format: 'binary' });
      expect(Buffer.from(file)).toEqual(exploit);
      // The check can fail: another key cannot open the message.
      const other = await generateKey({ userIDs: [{ email: 'other@example.org' }], format: 'armored' });
      await expect(decrypt({ message: await readMessage({ armoredMessage: stored.encryptedBody! }), decryptionKeys: await readPrivateKey({ armoredKey: other.privateKey }) })).rejects.toThrow();
    } finally {
      await visitor.context.close();
    }
  });

  it('says when the team has no key, and sends nothing until encryption is turned off', async () => {
    await server.services.db.deleteFrom('settings').where('key', '=', 'team_openpgp_key').execute();
    const visitor = await openWatchedPage(browser, server.url);
    const { page } = visitor;
    try {
      await page.goto('/report');
      await page.getByLabel('Encrypt the report in this browser to the security team\'s OpenPGP key').check();
      await page.getByText('has not published an OpenPGP key yet').waitFor();
      await fillCommon(page, { email: 'lin@example.org', title: 'Title', description: 'Description.' });
      await page.getByRole('button', { name: 'Send the report' }).click();
      await page.getByRole('link', { name: 'The report cannot be encrypted: turn encryption off to send it as it is.' }).waitFor();
      await page.getByLabel('Encrypt the report in this browser to the security team\'s OpenPGP key').uncheck();
      await page.getByRole('button', { name: 'Send the report' }).click();
      await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe('Your report was received');
    } finally {
      await visitor.context.close();
    }
  });
});
