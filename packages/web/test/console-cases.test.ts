import { createMessage, encrypt, generateKey, readKey } from 'openpgp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, jobActor } from '../../server/src/authz/actor.ts';
import { solveChallenge } from '../../server/src/features/cases/proof-of-work.ts';
import { describeRemaining, formatUtc, fromUtcInput, toUtcInput } from '../src/pages/console/cases/embargo.ts';
import { GENERAL_THREAD } from '../src/pages/console/cases/labels.ts';
import type { Case, Post } from '../src/pages/console/cases/labels.ts';
import { timelineEntries } from '../src/pages/console/cases/timeline-panel.tsx';
import { decryptedName, isEncryptedAttachment } from '../src/pages/console/reports/encrypted-attachments.ts';
import { browserUnavailable, checkWatchedPage as checkPage, launchBrowser, openWatchedPage, saveScreenshot } from './support/browser.ts';
import type { WatchedPage } from './support/browser.ts';
import { createConsoleUser, signInBrowser } from './support/console-users.ts';
import type { ConsoleUser } from './support/console-users.ts';
import { seededRandom } from './support/seeded-random.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

describe('embargo instants', () => {
  it('shows an instant in UTC and reads the UTC form field back to the same instant', () => {
    const at = new Date('2026-08-15T14:00:00Z');
    expect(formatUtc(at)).toBe('2026-08-15 14:00 UTC');
    expect(toUtcInput(at)).toBe('2026-08-15T14:00');
    expect(fromUtcInput('2026-08-15T14:00')?.toISOString()).toBe('2026-08-15T14:00:00.000Z');
    expect(fromUtcInput('2026-08-15T14:00:30')?.toISOString()).toBe('2026-08-15T14:00:30.000Z');
  });

  it('refuses dates that do not exist and anything that is not a date and time', () => {
    for (const value of ['', '2026-02-31T10:00', '2026-13-01T10:00', '2026-01-01T24:00', '2026-01-01', 'tomorrow', '2026-01-01T10:00Z', ' 2026-01-01T10:61']) {
      expect(fromUtcInput(value), value).toBeUndefined();
    }
  });

  it('round-trips every minute-precise instant through the form field', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 2000; round++) {
      const at = new Date(Math.floor(random.int(0, 4_000_000_000) / 60) * 60_000);
      expect(fromUtcInput(toUtcInput(at))?.getTime()).toBe(at.getTime());
    }
  });

  it('counts down in the two largest units that matter, and says when it has passed', () => {
    const now = new Date('2026-08-01T12:00:00Z');
    expect(describeRemaining(now, new Date('2026-08-13T15:04:00Z'))).toEqual({ ended: false, text: '12 days and 3 hours' });
    expect(describeRemaining(now, new Date('2026-08-01T14:30:10Z'))).toEqual({ ended: false, text: '2 hours and 30 minutes' });
    expect(describeRemaining(now, new Date('2026-08-01T12:41:05Z'))).toEqual({ ended: false, text: '41 minutes and 5 seconds' });
    expect(describeRemaining(now, new Date('2026-08-01T12:00:01Z'))).toEqual({ ended: false, text: '1 second' });
    expect(describeRemaining(now, now)).toEqual({ ended: true, text: 'less than a second' });
    expect(describeRemaining(now, new Date('2026-07-31T12:00:00Z'))).toEqual({ ended: true, text: '1 day and 0 hours' });
    const random = seededRandom(11);
    for (let round = 0; round < 2000; round++) {
      const at = new Date(now.getTime() + random.int(-10_000_000, 10_000_000) * 1000);
      const { ended, text } = describeRemaining(now, at);
      expect(ended).toBe(at <= now);
      expect(text).toMatch(/^(less than a second|\d+ (day|hour|minute|second)s?( and \d+ (hour|minute|second)s?)?)$/);
    }
  });
});

describe('case timeline', () => {
  const kase = {
    createdAt: '2026-06-01T10:00:00.000Z',
    acceptedAt: '2026-06-01T10:00:00.000Z',
    publishedAt: null,
    closedAt: null,
    embargoChanges: [{ fromAt: null, toAt: '2026-09-01T14:00:00.000Z', reason: 'Agreed with the maintainers.', changedBy: 'alice', changedAt: '2026-06-03T09:00:00.000Z' }],
  } as unknown as Case;
  const post = (createdAt: string, kind: Post['kind'], body: string, visibility: Post['visibility'] = 'shared'): Post => ({ id: createdAt, thread: GENERAL_THREAD, visibility, kind, authorLabel: 'alice', body, createdAt });

  it('puts the case dates, embargo changes and recorded events in order, marking team-only ones', () => {
    const entries = timelineEntries(kase, [post('2026-06-02T08:00:00.000Z', 'event', 'Status of Kaidan: fixed.'), post('2026-06-02T09:00:00.000Z', 'message', 'Hello'), post('2026-06-04T08:00:00.000Z', 'event', 'Contacted upstream.', 'team')]);
    expect(entries.map((entry) => entry.text)).toEqual(['Case opened', 'Status of Kaidan: fixed.', 'Embargo set to 2026-09-01 14:00 UTC by alice: Agreed with the maintainers.', 'Contacted upstream.']);
    expect(entries.map((entry) => entry.teamOnly === true)).toEqual([false, false, false, true]);
  });
});

describe('encrypted attachments', () => {
  it('recognises what the report form encrypts and names the decrypted file safely', () => {
    expect(isEncryptedAttachment({ filename: 'poc.py.gpg', contentType: 'application/pgp-encrypted' })).toBe(true);
    expect(isEncryptedAttachment({ filename: 'poc.py.gpg', contentType: 'application/octet-stream' })).toBe(true);
    expect(isEncryptedAttachment({ filename: 'poc.py', contentType: 'text/x-python' })).toBe(false);
    expect(decryptedName('poc.py', 'poc.py.gpg')).toBe('poc.py');
    expect(decryptedName('', 'poc.py.gpg')).toBe('poc.py');
    expect(decryptedName('../../etc/passwd', 'x.gpg')).toBe('.._.._etc_passwd');
    expect(decryptedName('', 'data')).toBe('data.decrypted');
  });
});

const skip = browserUnavailable();
const TEAM_KEY_PASSPHRASE = 'the team key passphrase';

/**
 * The coordinated-disclosure journey in the team console and the maintainer view, in a real
 * browser against the real server: a report filed through the API is triaged into a case, a
 * maintainer is added and states "fixed", the team sets the embargo (meeting a concurrent change
 * on the way), drafts the CVE record from the case and approves the advisory; at the embargo
 * instant the publication runs and the public advisory page shows it.
 */
describe.skipIf(skip !== undefined)('team console: report → triage → case → publication, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let team: WatchedPage;
  let teamUser: ConsoleUser;
  let maintainer: ConsoleUser;
  let reference = '';
  let caseId = '';
  let cveId = '';
  let embargo: Date;

  beforeAll(async () => {
    const dist = await ensureWebBuild();
    server = await startTestServer({ webDist: dist, seed: true, config: { powBits: 4 } });
    await server.services.cve.updateSettings(cliActor, { shortName: 'XSF', orgId: '1f8d6c2e-5b4a-4c3d-9e2f-0a1b2c3d4e5f' });
    teamUser = await createConsoleUser(server, 'team', 'alice@xsf.example', 'Alice Coordinator');
    maintainer = await createConsoleUser(server, 'maintainer', 'dev@kaidan.example', 'Kaidan Developer');
    browser = await launchBrowser();
    team = await openWatchedPage(browser, server.url);
    await signInBrowser(team.context, server, teamUser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });


  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  /** A page's first visit loads its chunk and its data: more than expect.poll's default second. */
  const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

  async function fileReport(body: Record<string, unknown>): Promise<string> {
    const challenge = (await (await fetch(`${server.url}/api/v1/reports/challenge`)).json()) as { token: string; bits: number };
    const response = await fetch(`${server.url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reporterName: 'Mallory Finder', reporterEmail: 'finder@example.org', creditConsent: true, ...body, proofOfWork: { token: challenge.token, counter: solveChallenge(challenge.token, challenge.bits) } }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as { reference: string }).reference;
  }

  it('shows a report in the triage queue; the team acknowledges it, writes to the reporter and accepts it into a case', async () => {
    reference = await fileReport({
      projects: [{ slug: 'kaidan', name: 'Kaidan' }],
      title: 'Forged carbons shown as own messages',
      description: 'A message carbon forwarded from another account is displayed as if the user had sent it.',
      steps: '1. Send <message><sent xmlns="urn:xmpp:carbons:2"><forwarded>… from a stranger.\n2. Look at the chat.',
      impact: 'Impersonation of the user towards themselves.',
      creditAs: 'Mallory Finder',
    });
    const { page } = team;
    await page.goto('/console');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Reports' }).click();
    await poll(() => heading(page).textContent()).toBe('Reports');
    const link = page.getByRole('link', { name: reference });
    await link.waitFor();
    await checkPage(team, 'console-reports');

    await link.click();
    await poll(() => heading(page).textContent()).toBe(`${reference}: Forged carbons shown as own messages`);
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByText('1. Send <message><sent xmlns="urn:xmpp:carbons:2">', { exact: false }).waitFor();
    await checkPage(team, 'console-report');

    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await poll(() => page.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    const [report] = await server.services.reports.list(cliActor, {});
    expect(report?.acknowledgedAt).not.toBeNull();

    await page.getByLabel('Message to the reporter', { exact: true }).fill('Thank you: we are looking into it.');
    await page.getByRole('button', { name: 'Send to the reporter' }).click();
    await page.locator('.posts').getByText('Thank you: we are looking into it.').waitFor();

    await page.getByLabel('Case title').fill('Carbon spoofing in Kaidan');
    await page.getByRole('button', { name: 'Accept into a new case' }).click();
    await poll(() => heading(page).textContent()).toMatch(/^XSF-\d{4}-\d{4}: Carbon spoofing in Kaidan$/);
    caseId = (await heading(page).textContent())!.split(':')[0]!;
    expect(new URL(page.url()).pathname).toBe(`/console/cases/${caseId}`);
  });

  it('shows the case with "not yet assessed" as such, and adds a maintainer by e-mail for a project', async () => {
    const { page } = team;
    const row = page.getByRole('region', { name: 'Status per project' }).getByRole('row', { name: /Kaidan/ });
    await poll(() => row.textContent()).toContain('not yet assessed');
    expect(await row.textContent()).not.toContain('not affected');
    await checkPage(team, 'console-case');

    await page.getByLabel('E-mail address of their account').fill(maintainer.email);
    await page.getByLabel('Case role').selectOption('maintainer');
    await page.getByLabel('Speaks for project').selectOption('kaidan');
    await page.getByRole('button', { name: 'Add to the case' }).click();
    const participants = page.getByRole('region', { name: 'Participants' }).first();
    await poll(() => participants.textContent()).toContain(maintainer.email);

    // A team-only note in the project's thread stays out of the maintainer's view (checked below).
    await page.getByRole('group', { name: 'Choose a thread' }).getByRole('button', { name: /^Kaidan/ }).click();
    const thread = page.getByRole('form', { name: 'Write in the thread: Kaidan' });
    await thread.getByLabel('Message').fill('Internal: the fix looks incomplete for group chats.');
    await thread.getByRole('button', { name: 'Post for the team only' }).click();
    const posted = page.getByRole('region', { name: 'Thread: Kaidan' }).getByRole('listitem').filter({ hasText: 'Internal: the fix looks incomplete' });
    await poll(() => posted.textContent()).toContain('team only');
  });

  it('lets the maintainer see the case in "My cases" and state that their project is fixed', async () => {
    const view = await openWatchedPage(browser, server.url);
    try {
      const { page } = view;
      await signInBrowser(view.context, server, maintainer);
      await page.goto('/console');
      const menu = page.getByRole('navigation', { name: 'Console' });
      await poll(() => menu.getByRole('link').allTextContents()).toEqual(['Overview', 'My cases', 'My projects', 'API tokens', 'Profile', 'Two-factor']);
      await menu.getByRole('link', { name: 'My cases' }).click();
      await poll(() => heading(page).textContent()).toBe('My cases');
      await page.getByRole('link', { name: caseId }).click();
      await poll(() => heading(page).textContent()).toBe(`${caseId}: Carbon spoofing in Kaidan`);
      // Only what the API gives a maintainer: no advisory, no participant management, no team-only posts.
      expect(await page.getByRole('heading', { name: 'Advisory' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Add to the case' }).count()).toBe(0);
      expect(await page.getByText('Internal: the fix looks incomplete').count()).toBe(0);

      const form = page.getByRole('form', { name: 'Status of Kaidan' });
      await form.getByLabel('Status').selectOption('fixed');
      await form.getByLabel('Fixed in (version)').fill('0.14.0');
      await form.getByLabel('Statement').fill('Carbons are now accepted only from the own account.');
      await checkPage(view, 'console-case-maintainer');
      await form.getByRole('button', { name: 'Save the status of Kaidan' }).click();
      await form.getByText('Status saved.').waitFor();
      const row = page.getByRole('region', { name: 'Status per project' }).getByRole('row', { name: /Kaidan/ });
      await poll(() => row.textContent()).toContain('fixed');
      expect(await row.textContent()).toContain('0.14.0');
    } finally {
      await view.context.close();
    }
  });

  it('meets a concurrent change of the case with a clear conflict, then sets the embargo with a live countdown', async () => {
    const { page } = team;
    await page.reload();
    await poll(() => page.getByRole('region', { name: 'Status per project' }).getByRole('row', { name: /Kaidan/ }).textContent()).toContain('0.14.0');

    // Someone else changes the case while this page shows the older version.
    const current = await server.services.cases.get(cliActor, caseId);
    await server.services.cases.update(cliActor, caseId, current.version, { severity: 'high' });

    const now = server.clock.now();
    embargo = new Date(Math.ceil((now.getTime() + 3 * 86_400_000) / 60_000) * 60_000);
    const form = page.getByRole('region', { name: 'Embargo' });
    // Accepting the report proposed the default: 90 days after acceptance.
    await poll(() => form.textContent()).toContain('Proposed by default');
    await form.getByLabel('New end (UTC)').fill(toUtcInput(embargo));
    await form.getByLabel('Reason').fill('Release day agreed with the Kaidan developers.');
    await form.getByRole('button', { name: 'Move the embargo' }).click();
    const alert = form.getByRole('alert');
    await poll(() => alert.textContent()).toContain('Someone changed this case while you were working on it');
    await saveScreenshot(page, 'console-case-conflict');

    await alert.getByRole('button', { name: 'Reload the case' }).click();
    await poll(() => page.locator('.facts').textContent()).toContain('high');
    await form.getByRole('button', { name: 'Move the embargo' }).click();
    await poll(() => page.getByTestId('embargo-utc').textContent()).toBe(formatUtc(embargo));
    expect(await page.getByTestId('embargo-countdown').textContent()).toMatch(/^(2 days and 23 hours|3 days and 0 hours) to go\.$/);
    // The browser's zone is Europe/Berlin: the local rendering shows Berlin's wall-clock time.
    const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(embargo);
    expect(await page.getByTestId('embargo-local').textContent()).toContain(berlin);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await poll(() => timeline.textContent()).toContain(`Embargo set to ${formatUtc(embargo)}`);
  });

  it('drafts the CVE record from the case and approves the advisory', async () => {
    const { page } = team;
    await page.getByLabel('New vulnerability').fill('Forged message carbons accepted');
    await page.getByRole('button', { name: 'Add the vulnerability' }).click();
    await page.getByText('Draft a CVE record from the case').click();
    const draft = page.getByRole('form', { name: 'Draft the CVE record of Forged message carbons accepted' });
    // The case has no summary yet: without a description the draft is refused, and says why.
    await draft.getByRole('button', { name: 'Draft CVE record from the case' }).click();
    await poll(() => draft.getByRole('alert').textContent()).toContain("it becomes the record's English description");
    await draft.getByLabel('Description (English)').fill('Kaidan before 0.14.0 displays a message carbon forwarded by another account as a message the user sent, allowing impersonation.');
    await draft.getByLabel('CVSS vector').fill('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:H/A:N');
    await draft.getByLabel('CWE').fill('CWE-290');
    await draft.getByRole('button', { name: 'Draft CVE record from the case' }).click();
    const result = draft.getByRole('status').filter({ hasText: 'drafted' });
    await poll(() => result.textContent()).toContain('The record is valid.');
    cveId = (await result.getByRole('link').textContent())!;
    expect(cveId).toMatch(/^CVE-\d{4}-\d{4,}$/);
    await poll(() => page.locator('.vulnerabilities > li > a').first().textContent()).toBe(cveId);

    const advisory = page.getByRole('form', { name: 'Advisory draft' });
    // Without a summary the advisory cannot be approved, and the page says so.
    await page.getByText('Write the advisory summary').waitFor();
    await advisory.getByLabel('Advisory summary').fill('Kaidan showed forged message carbons as messages the user sent. Update to 0.14.0.');
    await advisory.getByRole('button', { name: 'Save the draft' }).click();
    await advisory.getByText('Draft saved.').waitFor();
    await page.getByText('Nothing blocks approval').waitFor();
    await checkPage(team, 'console-case-advisory');
    await advisory.getByRole('button', { name: 'Approve for publication' }).click();
    await poll(() => page.getByRole('region', { name: 'Advisory' }).textContent()).toContain('approved: publishes at the embargo');
    await poll(() => page.locator('.facts').textContent()).toContain('scheduled for publication');
  });

  it('shows a maintainer only their own case: another maintainer\u2019s case is "not found"', async () => {
    const other = await createConsoleUser(server, 'maintainer', 'dev@conversations.example', 'Conversations Developer');
    await server.services.directory.linkMaintainer(cliActor, 'conversations', { email: other.email });
    const own = await server.services.cases.create(cliActor, { title: 'OMEMO key confusion in Conversations', projects: [{ slug: 'conversations', name: 'Conversations' }] });
    const view = await openWatchedPage(browser, server.url);
    try {
      const { page } = view;
      await signInBrowser(view.context, server, other);
      await page.goto('/console/cases');
      await poll(() => heading(page).textContent()).toBe('My cases');
      await poll(() => page.getByRole('region', { name: 'Your cases' }).locator('tbody th a').allTextContents()).toEqual([own.id]);
      await checkPage(view, 'console-my-cases');

      await page.goto(`/console/cases/${caseId}`);
      await poll(() => heading(page).textContent()).toBe('Case not found');
      expect(await page.getByText('Carbon spoofing').count()).toBe(0);
      await page.goto(`/console/cases/${own.id}`);
      await poll(() => heading(page).textContent()).toBe(`${own.id}: OMEMO key confusion in Conversations`);
      // Team pages look absent to a maintainer.
      await page.goto('/console/reports');
      await poll(() => heading(page).textContent()).toBe('Page not found');
      expect(view.problems()).toEqual([]);
    } finally {
      await view.context.close();
    }
  });

  it('publishes at the embargo instant, and the public advisory page shows it', async () => {
    expect(await server.services.advisories.publishDue(jobActor('advisories.publish-due'))).toEqual([]);
    server.clock.set(new Date(embargo.getTime() + 60_000));
    expect(await server.services.advisories.publishDue(jobActor('advisories.publish-due'))).toEqual([caseId]);
    await server.services.advisories.runPublicationSteps(jobActor('advisories.publish-due'));

    const visitor = await openWatchedPage(browser, server.url);
    try {
      const { page } = visitor;
      await page.goto(`/advisories/${caseId}`);
      await poll(() => heading(page).textContent()).toBe(`${caseId}: Carbon spoofing in Kaidan`);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(cveId);
      expect(text).toContain('0.14.0');
      expect(text).toContain('Kaidan showed forged message carbons');
      await checkPage(visitor, 'advisory-published-from-console');
    } finally {
      await visitor.context.close();
    }
    // The team's case page tells the same (three days on, the first session has gone idle: a new one).
    await signInBrowser(team.context, server, await createConsoleUser(server, 'team', 'bob@xsf.example', 'Bob'));
    await team.page.goto(`/console/cases/${caseId}`);
    await poll(() => team.page.getByRole('region', { name: 'Advisory' }).textContent()).toContain('published');
  });

  it('decrypts an encrypted report and its attachment in the browser, sending the key nowhere', async () => {
    const { privateKey, publicKey } = await generateKey({ userIDs: [{ name: 'XSF security team', email: 'security@xsf.example' }], passphrase: TEAM_KEY_PASSPHRASE, format: 'armored' });
    await server.services.reports.setTeamKey(cliActor, publicKey);
    const encryptionKeys = await readKey({ armoredKey: publicKey });
    const secretText = 'Title: Stanza injection in the roster\n\nDescription\n-----------\nA crafted roster push injects a stanza.\n';
    const attachment = 'print("proof of concept")\n';
    const encryptedBody = await encrypt({ message: await createMessage({ text: secretText }), encryptionKeys });
    const encryptedFile = await encrypt({ message: await createMessage({ binary: new TextEncoder().encode(attachment), filename: 'poc.py', format: 'binary' }), encryptionKeys, format: 'binary' });
    const encryptedReference = await fileReport({ projects: [{ slug: 'kaidan', name: 'Kaidan' }], encryptedBody, attachments: [{ filename: 'poc.py.gpg', contentType: 'application/pgp-encrypted', data: Buffer.from(encryptedFile).toString('base64') }] });

    const { page } = team;
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
    await page.goto('/console/reports');
    await page.getByRole('link', { name: encryptedReference }).click();
    await poll(() => heading(page).textContent()).toBe(`${encryptedReference}: Encrypted report`);
    await page.getByText('is stored only in that form').waitFor();
    await checkPage(team, 'console-report-encrypted');
    // OpenPGP.js is loaded only once someone decrypts.
    const openpgpLoads = () => sent.filter((entry) => /\/assets\/openpgp[^/]*\.js /.test(entry)).length;
    expect(openpgpLoads()).toBe(0);

    await page.getByLabel('Or paste the private key').fill(privateKey);
    await page.getByLabel('Passphrase of the key').fill('not the passphrase');
    await page.getByRole('button', { name: 'Decrypt' }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain('The passphrase does not unlock this key.');
    await page.getByLabel('Passphrase of the key').fill(TEAM_KEY_PASSPHRASE);
    await page.getByRole('button', { name: 'Decrypt' }).click();
    await poll(() => page.getByTestId('decrypted-text').textContent()).toBe(secretText);
    expect(openpgpLoads()).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Decrypt and save poc.py.gpg' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('poc.py');
    const chunks: Buffer[] = [];
    for await (const chunk of (await file.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(attachment);
    await checkPage(team, 'console-report-decrypted');

    // Neither the key nor the passphrase left the page.
    expect(sent.filter((entry) => entry.includes('PRIVATE KEY') || entry.includes(TEAM_KEY_PASSPHRASE))).toEqual([]);
    expect(sent.every((entry) => entry.startsWith(server.url))).toBe(true);
  });
});
