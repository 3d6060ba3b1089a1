import { generateKey, readKey } from 'openpgp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/src/authz/actor.ts';
import { previewTreeYaml } from '../../server/src/features/threats/service.ts';
import { findRoute } from '../src/router/match.ts';
import { offsetOfLine } from '../src/pages/console/threat-editor/line-position.ts';
import { NEW_THREAT_YAML } from '../src/pages/console/threat-editor/template.ts';
import { ACCOUNT_ROUTES, WORK_ROUTES } from '../src/pages/console/work-routes.tsx';
import { browserUnavailable, checkWatchedPage, launchBrowser, openWatchedPage, saveScreenshot } from './support/browser.ts';
import type { WatchedPage } from './support/browser.ts';
import { createConsoleUser, signInBrowser } from './support/console-users.ts';
import { seededRandom } from './support/seeded-random.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

describe('console routes', () => {
  const routes = [...WORK_ROUTES, ...ACCOUNT_ROUTES];
  const allowed = (role: string) => routes.filter((route) => route.roles === 'all' || route.roles.includes(role as never));

  it('send each address to its page, and "new" to the new-threat page rather than a threat called "new"', () => {
    expect(findRoute(allowed('team'), '/console/threats/new')?.route.path).toBe('/console/threats/new');
    expect(findRoute(allowed('team'), '/console/threats/starttls-stripping')?.params).toEqual({ slug: 'starttls-stripping' });
    expect(findRoute(allowed('team'), '/console/cases/XSF-2026-0001')?.params).toEqual({ id: 'XSF-2026-0001' });
    expect(findRoute(allowed('team'), '/console/cve/CVE-2026-1000')?.params).toEqual({ id: 'CVE-2026-1000' });
  });

  it('give the case list to everyone under the name that fits, and team pages to the team only', () => {
    expect(findRoute(allowed('team'), '/console/cases')?.route.label).toBe('Cases');
    expect(findRoute(allowed('maintainer'), '/console/cases')?.route.label).toBe('My cases');
    expect(findRoute(allowed('reporter'), '/console/cases')?.route.label).toBe('My cases');
    for (const path of ['/console/reports', '/console/reports/r1', '/console/cve', '/console/cve/CVE-2026-1000', '/console/directory', '/console/threats', '/console/threats/new']) {
      expect(findRoute(allowed('maintainer'), path), path).toBeUndefined();
      expect(findRoute(allowed('reporter'), path), path).toBeUndefined();
    }
    expect(findRoute(allowed('maintainer'), '/console/directory/kaidan')).toBeDefined();
    expect(findRoute(allowed('reporter'), '/console/profile')).toBeDefined();
  });
});

describe('threat editor helpers', () => {
  it('starts a new threat from a template the server accepts whole', () => {
    const preview = previewTreeYaml(NEW_THREAT_YAML);
    expect(preview).toMatchObject({ ok: true, kind: 'threat' });
  });

  it('finds the offset of a reported line and column, clamped to the line', () => {
    const text = 'a: 1\nbb: 22\n\nccc: 333';
    expect(offsetOfLine(text, 1)).toBe(0);
    expect(offsetOfLine(text, 2, 1)).toBe(5);
    expect(offsetOfLine(text, 2, 4)).toBe(8);
    expect(offsetOfLine(text, 2, 99)).toBe(11);
    expect(offsetOfLine(text, 3)).toBe(12);
    expect(offsetOfLine(text, 4, 2)).toBe(14);
    expect(offsetOfLine(text, 40)).toBe(text.length);
    const random = seededRandom(9);
    for (let round = 0; round < 1000; round++) {
      const lines = Array.from({ length: random.int(1, 8) }, () => random.text(6).replace(/\n/g, ''));
      const joined = lines.join('\n');
      const line = random.int(1, lines.length);
      const offset = offsetOfLine(joined, line);
      expect(joined.slice(offset).split('\n')[0]).toBe(lines[line - 1]);
    }
  });
});

const skip = browserUnavailable();

/**
 * Directory administration, the threat editor and the profile in a real browser against the real
 * server with the bundled directory and threat register.
 */
describe.skipIf(skip !== undefined)('console administration in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let team: WatchedPage;

  beforeAll(async () => {
    const dist = await ensureWebBuild();
    server = await startTestServer({ webDist: dist, seed: true });
    browser = await launchBrowser();
    team = await openWatchedPage(browser, server.url);
    await signInBrowser(team.context, server, await createConsoleUser(server, 'team', 'erin@xsf.example', 'Erin'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const checkPage = (name: string) => checkWatchedPage(team, name);

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

  it('lists archival candidates with their evidence and administers a project: fields, maintainers, archival', async () => {
    const { page } = team;
    await page.goto('/console');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Directory' }).click();
    await poll(() => heading(page).textContent()).toBe('Directory administration');
    const candidates = await server.services.directory.archivalCandidates(cliActor);
    expect(candidates.length).toBeGreaterThan(0);
    await poll(() => page.getByText(`${candidates.length} projects, by name.`).count()).toBe(1);
    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: candidates[0]!.name }) });
    expect(await first.textContent()).toContain('Last release');
    await checkPage('console-directory');

    await page.getByLabel('Name contains').fill('kaidan');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('region', { name: 'Projects found' }).getByRole('link', { name: 'Kaidan' }).click();
    await poll(() => heading(page).textContent()).toBe('Kaidan: administration');
    await checkPage('console-directory-project');

    await page.getByLabel('Security contact').fill('security@kaidan.example');
    await page.getByLabel('CVE vendor').fill('KDE');
    await page.getByRole('button', { name: 'Save the project' }).click();
    await page.getByText('Saved.').waitFor();
    const saved = await server.services.directory.getProject(cliActor, 'kaidan');
    expect(saved.securityContact).toBe('security@kaidan.example');
    expect(saved.cve.vendor).toBe('KDE');

    await server.services.accounts.createUser(cliActor, { email: 'frank@kaidan.example', role: 'maintainer', displayName: 'Frank' });
    await page.getByLabel("E-mail address of a maintainer's account").fill('frank@kaidan.example');
    await page.getByRole('button', { name: 'Link the maintainer' }).click();
    const maintainers = page.getByRole('region', { name: 'Maintainers' }).first();
    await poll(() => maintainers.textContent()).toContain('Frank');
    await page.getByRole('button', { name: 'Unlink frank@kaidan.example' }).click();
    await page.getByRole('group', { name: 'Unlink frank@kaidan.example?' }).getByRole('button', { name: 'Unlink frank@kaidan.example' }).click();
    await poll(() => maintainers.textContent()).not.toContain('Frank');

    await page.getByText('Archive Kaidan').first().click();
    await page.getByLabel('Why it is archived').fill('No release since 2024 and nobody answers.');
    await page.getByRole('button', { name: 'Archive Kaidan' }).click();
    await poll(() => page.locator('.facts').textContent()).toContain('No release since 2024 and nobody answers.');
    expect((await server.services.directory.getProject(cliActor, 'kaidan')).archivedAt).not.toBeNull();
    await page.getByText('Bring Kaidan back').click();
    await page.getByRole('button', { name: 'Unarchive Kaidan' }).click();
    await poll(() => page.locator('.facts').textContent()).not.toContain('No release since 2024');
    expect((await server.services.directory.getProject(cliActor, 'kaidan')).archivedAt).toBeNull();
  });

  it('refreshes a project\u2019s DOAP file on request and explains a refusal', async () => {
    const project = await server.services.directory.createProject(cliActor, { name: 'Loopback IM', doapUrl: 'http://127.0.0.1:9/loopback.doap' });
    const { page } = team;
    await page.goto(`/console/directory/${project.slug}`);
    await poll(() => heading(page).textContent()).toBe('Loopback IM: administration');
    await page.getByRole('button', { name: 'Fetch the DOAP file now' }).click();
    const outcome = page.getByTestId('refresh-outcome');
    await poll(() => outcome.textContent()).toContain('The DOAP file could not be fetched.');
    expect(await outcome.textContent()).toContain('blocked-address');
    await checkPage('console-directory-refresh');
  });

  it('shows a malformed attack tree\u2019s error naming the node, live, and saves a revision with a reason', async () => {
    const { page } = team;
    await page.goto('/console');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Threat register' }).click();
    await poll(() => heading(page).textContent()).toBe('Threat register');
    await checkPage('console-threats');
    await page.getByRole('link', { name: 'STARTTLS stripping' }).click();
    await poll(() => heading(page).textContent()).toBe('Edit: STARTTLS stripping');
    const status = page.getByTestId('preview-status');
    await poll(() => status.textContent()).toBe('The tree is valid.');
    expect(await page.locator('.tree-figure svg').count()).toBe(1);
    await checkPage('console-threat-editor');

    const editor = page.getByLabel('Threat (YAML)');
    const original = await editor.inputValue();
    const broken = original.replace('children: [strip-c2s, strip-s2s]', 'children: [strip-c2s, strip-s2s, ghost-node]');
    expect(broken).not.toBe(original);
    await editor.fill(broken);
    await poll(() => status.textContent()).toBe('1 problem.');
    const issue = page.getByTestId('tree-issues').getByRole('listitem');
    expect(await issue.textContent()).toMatch(/^Line \d+ node strip-tls: node "strip-tls" refers to child "ghost-node", which is not defined$/);
    expect(await page.locator('.tree-figure').count()).toBe(0);
    await saveScreenshot(page, 'console-threat-editor-error');
    // The line button puts the caret on the problem.
    const line = Number(/^Line (\d+)/.exec((await issue.textContent())!)![1]);
    await issue.getByRole('button', { name: `Line ${line}` }).click();
    const caret = await editor.evaluate((area) => ({ focused: document.activeElement === area, at: (area as HTMLTextAreaElement).selectionStart }));
    expect(caret.focused).toBe(true);
    expect(broken.slice(0, caret.at).split('\n').length).toBe(line);

    const renamed = original.replace('name: STARTTLS stripping', 'name: STARTTLS stripping attacks');
    await editor.fill(renamed);
    await poll(() => status.textContent()).toBe('The tree is valid.');
    await page.getByLabel('Reason for this change').fill('A clearer name.');
    const before = (await server.services.threats.get(cliActor, 'starttls-stripping')).latestRevision!;
    await page.getByRole('button', { name: 'Save a new revision' }).click();
    await poll(() => heading(page).textContent()).toBe('Edit: STARTTLS stripping attacks');
    expect((await server.services.threats.get(cliActor, 'starttls-stripping')).latestRevision).toBe(before + 1);
    await poll(() => page.getByRole('region', { name: 'Revisions' }).textContent()).toContain('A clearer name.');
  });

  it('shows a revision conflict clearly, keeps the unsaved text, and changes the status', async () => {
    const { page } = team;
    const current = await server.services.threats.get(cliActor, 'starttls-stripping');
    const { yaml } = await server.services.threats.revision(cliActor, 'starttls-stripping', current.latestRevision!);
    await server.services.threats.edit(cliActor, 'starttls-stripping', { baseRevision: current.latestRevision!, reason: 'Someone else', yaml: yaml.replace('tags: [tls,', 'tags: [starttls, tls,') });

    const editor = page.getByLabel('Threat (YAML)');
    const mine = (await editor.inputValue()).replace('name: STARTTLS stripping attacks', 'name: Stripping STARTTLS');
    await editor.fill(mine);
    await page.getByLabel('Reason for this change').fill('My rename.');
    await page.getByRole('button', { name: 'Save a new revision' }).click();
    const alert = page.getByRole('alert');
    await poll(() => alert.textContent()).toContain('Someone saved a newer revision while you were editing.');
    await saveScreenshot(page, 'console-threat-conflict');
    await alert.getByRole('button', { name: 'Load the latest revision' }).click();
    await poll(() => editor.inputValue()).toContain('tags: [starttls, tls,');
    await page.getByText('Your unsaved text (to copy from)').click();
    expect(await page.getByLabel('Your unsaved text').textContent()).toBe(mine);

    const form = page.getByRole('form', { name: 'Change the status' });
    await form.getByLabel('New status').selectOption('draft');
    await form.getByLabel('Reason for the status change').fill('Needs another review after the rename.');
    await form.getByRole('button', { name: 'Change the status' }).click();
    await poll(async () => (await server.services.threats.get(cliActor, 'starttls-stripping')).threat.status).toBe('draft');
    await poll(() => page.getByTestId('threat-state').textContent()).toMatch(/^draft Revision \d+/);
  });

  it('adds a threat from the template and publishes a new version of the register', async () => {
    const { page } = team;
    await page.goto('/console/threats');
    await page.getByRole('link', { name: 'New threat' }).click();
    await poll(() => heading(page).textContent()).toBe('New threat');
    await poll(() => page.getByTestId('preview-status').textContent()).toBe('The tree is valid.');
    await page.getByLabel('Reason for this change').fill('Starting a new analysis.');
    await page.getByRole('button', { name: 'Add the threat' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/console/threats/new-threat');
    await poll(() => heading(page).textContent()).toBe('Edit: A new threat');

    await page.goto('/console/threats');
    const versions = (await server.services.threats.versions(cliActor)).length;
    await page.getByLabel('Notes on this version').fill('The STARTTLS threat is back in review.');
    await page.getByRole('button', { name: 'Publish the register' }).click();
    await page.getByText(`Version ${versions + 1} is published.`).waitFor();
    await poll(() => page.getByRole('region', { name: 'Published versions' }).textContent()).toContain('The STARTTLS threat is back in review.');
    await checkPage('console-threats-published');
  });

  it('lets anyone signed in set their name, XMPP address and OpenPGP key', async () => {
    const { page } = team;
    await page.goto('/console');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Profile' }).click();
    await poll(() => heading(page).textContent()).toBe('Profile');
    await page.getByLabel('Display name').fill('Erin Example');
    await page.getByLabel('XMPP address').fill('erin@xmpp.example');
    const { publicKey } = await generateKey({ userIDs: [{ name: 'Erin', email: 'erin@xsf.example' }], format: 'armored' });
    await page.getByLabel('Or paste the public key').fill(publicKey);
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    await poll(() => page.locator('.console-user').textContent()).toContain('Erin Example');
    const fingerprint = (await readKey({ armoredKey: publicKey })).getFingerprint();
    await poll(async () => ((await page.locator('.fingerprint').textContent()) ?? '').replace(/\s/g, '').toLowerCase()).toBe(fingerprint);
    await checkPage('console-profile');

    await page.getByRole('button', { name: 'Remove the OpenPGP key' }).click();
    await page.getByText('Your OpenPGP key is removed').waitFor();
    const users = await server.services.accounts.listUsers(cliActor);
    expect(users.find((user) => user.email === 'erin@xsf.example')).toMatchObject({ displayName: 'Erin Example', xmppAddress: 'erin@xmpp.example', openpgpFingerprint: null });
  });
});
