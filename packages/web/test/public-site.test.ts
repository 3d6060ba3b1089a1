import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, jobActor } from '../../server/src/authz/actor.ts';
import type { UserActor } from '../../server/src/authz/actor.ts';
import { browserUnavailable, checkWatchedPage, launchBrowser, openWatchedPage } from './support/browser.ts';
import type { WatchedPage } from './support/browser.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

const skip = browserUnavailable();

/**
 * The public site in a real browser against the real server loaded with the bundled data (the
 * software directory and the threat register, as `serve` loads them on first start). What the
 * pages show is compared with what the API answers.
 */
describe.skipIf(skip !== undefined)('public site in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let visitor: WatchedPage;

  beforeAll(async () => {
    const dist = await ensureWebBuild();
    server = await startTestServer({ webDist: dist, seed: true });
    browser = await launchBrowser();
    visitor = await openWatchedPage(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const checkPage = (name: string) => checkWatchedPage(visitor, name);

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const apiJson = async <T>(path: string): Promise<T> => (await (await fetch(server.url + path)).json()) as T;

  it('finds a project in the directory, opens it and follows a XEP to its implementations', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Software directory');
    const { total } = await apiJson<{ total: number }>('/api/v1/projects');
    await expect.poll(() => page.getByRole('heading', { name: /^Projects/ }).textContent()).toContain(`(${total} found)`);
    await checkPage('directory');

    await page.getByLabel('Name', { exact: true }).fill('prosody');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('prosody');
    await page.getByRole('link', { name: 'Prosody IM', exact: true }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Prosody IM');
    const project = await apiJson<{ xeps: { number: number }[]; releases: unknown[] }>('/api/v1/projects/prosody-im');
    expect(project.xeps.length).toBeGreaterThan(10);
    await expect.poll(() => page.getByRole('heading', { name: /^Supported XEPs/ }).textContent()).toBe(`Supported XEPs (${project.xeps.length})`);
    await checkPage('project');

    await page.getByRole('region', { name: /^Supported XEPs/ }).getByRole('link', { name: 'XEP-0280' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('XEP-0280: Message Carbons');
    const xep = await apiJson<{ implementations: { name: string }[] }>('/api/v1/xeps/280');
    const rows = page.getByRole('region', { name: /^Implementations on record/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(xep.implementations.length);
    expect(await rows.locator('th').allTextContents()).toEqual(xep.implementations.map((entry) => entry.name));
    await checkPage('xep');
  });

  it('filters projects by an implemented XEP, showing exactly what the API answers', async () => {
    const { page } = visitor;
    await page.goto('/directory');
    await page.getByLabel('Implements XEP').fill('384');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('xep')).toBe('384');
    const expected = await apiJson<{ projects: { name: string }[] }>('/api/v1/projects?xep=384&limit=50');
    expect(expected.projects.length).toBeGreaterThan(0);
    const names = page.getByRole('region', { name: /^Projects/ }).locator('tbody th a');
    await expect.poll(() => names.allTextContents()).toEqual(expected.projects.map((entry) => entry.name));
  });

  it('lists the XEPs and finds one by name', async () => {
    const { page } = visitor;
    await page.goto('/xeps');
    await expect.poll(() => heading(page).textContent()).toBe('XEPs');
    await page.getByLabel('Title, short name or number').fill('carbons');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'XEP-0280' }).waitFor();
    await checkPage('xeps');
  });

  it('compares XEP implementations in the matrix', async () => {
    const { page } = visitor;
    await page.goto('/xeps/matrix');
    await expect.poll(() => heading(page).textContent()).toBe('Implementation matrix');
    const matrix = page.getByRole('region', { name: 'Implementation matrix' });
    await matrix.waitFor();
    expect(await matrix.locator('thead th').count()).toBe(11);
    await checkPage('implementation-matrix');

    await page.getByLabel('XEP numbers').fill('XEP-0280, 384 384 banana');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('xeps')).toBe('280,384');
    await expect.poll(() => matrix.locator('thead th').allTextContents()).toEqual(['Project', expect.stringMatching(/^XEP-0280/), expect.stringMatching(/^XEP-0384/)]);
    // Each cell says what the project's DOAP file declares for that XEP.
    const carbons = await apiJson<{ implementations: { name: string; status: string | null }[] }>('/api/v1/xeps/280');
    const complete = carbons.implementations.find((entry) => entry.status === 'complete')!;
    const row = matrix.getByRole('row', { name: new RegExp(`^${complete.name}`) });
    expect(await row.locator('td').first().textContent()).toContain('complete');
  });

  it('shows the threat register by priority and a threat with its attack tree', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Threats' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Threat register');
    const { threats } = await apiJson<{ threats: { slug: string; name: string }[] }>('/api/v1/threats');
    const links = page.getByRole('region', { name: 'Threats by priority' }).locator('tbody th a');
    await expect.poll(() => links.allTextContents()).toEqual(threats.map((threat) => threat.name));
    await checkPage('threat-register');

    await links.first().click();
    await expect.poll(() => heading(page).textContent()).toBe(threats[0]!.name);
    const tree = page.locator('figure.tree-figure svg[role="img"]');
    await tree.waitFor();
    expect(await tree.locator('title').first().textContent()).toBeTruthy();
    await checkPage('threat');
  });

  it("shows a threat's revisions with the changes, and the published versions", async () => {
    const { page } = visitor;
    const slug = (await server.services.threats.list(cliActor, {}))[0]!.slug;
    const current = await server.services.threats.get(cliActor, slug);
    const addition = 'Operators rarely check this in practice.';
    await server.services.threats.edit(cliActor, slug, { baseRevision: current.revision, reason: 'Say how rarely it is checked', threat: { ...current.threat, gap: `${current.threat.gap}\n\n${addition}` } });
    await server.services.threats.publish(cliActor, { notes: 'A clearer gap.' });

    await page.goto(`/threats/${slug}`);
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.getByRole('button', { name: `Changes from revision ${current.revision}` }).click();
    const diff = page.getByRole('region', { name: /^Line changes/ });
    await diff.waitFor();
    expect(await diff.locator('.added').allTextContents()).toContainEqual(expect.stringContaining(addition));
    await checkPage('threat-history');

    await page.goto('/threats/versions');
    await page.getByRole('link', { name: 'Version 2' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Register version 2');
    await expect.poll(() => page.getByRole('heading', { name: 'Changes since version 1' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: slug }).count()).toBe(1);
    await checkPage('threat-version');
  });

  it('publishes an advisory at its embargo and shows it on the home page, in the list and on its own page', async () => {
    const { page } = visitor;
    await page.goto('/advisories');
    await page.getByText('No advisory has been published yet.').waitFor();

    // The team's side through the services: a case about a directory project, fixed, with a CVE ID and an embargo.
    const { user } = await server.services.accounts.createUser(cliActor, { email: 'coordinator@xmpp.example', role: 'team' });
    const team: UserActor = { kind: 'user', userId: user.id, email: user.email, role: 'team', via: 'web' };
    const { cases, advisories } = server.services;
    const kase = await cases.create(team, { title: 'Carbon spoofing', summary: 'Forged carbons were accepted from other accounts.', severity: 'high', projects: [{ slug: 'gajim', name: 'Gajim' }] });
    await cases.setProjectStatus(team, kase.id, 'gajim', { status: 'fixed', fixedIn: '1.8.4' });
    await server.services.cve.updateSettings(cliActor, { shortName: 'XSF', orgId: '1f8d6c2e-5b4a-4c3d-9e2f-0a1b2c3d4e5f' });
    const record = await server.services.cve.draftFromCase(team, { caseId: kase.id, title: 'Carbon spoofing in Gajim', description: 'Gajim accepted message carbons from any sender.', affected: [{ projectSlug: 'gajim', fixedIn: '1.8.4' }], references: [{ url: 'https://gajim.org/post/security' }] });
    const { id: vulnerability } = await cases.addVulnerability(team, kase.id, 'Carbon spoofing');
    await server.services.db.updateTable('case_vulnerabilities').set({ cve_id: record.cveId }).where('id', '=', vulnerability).execute();
    await cases.setEmbargo(team, kase.id, (await cases.get(team, kase.id)).version, new Date(server.clock.now().getTime() + 3_600_000), 'Agreed with Gajim.');
    await advisories.approve(team, kase.id, (await cases.get(team, kase.id)).version);
    await page.reload();
    await page.getByText('No advisory has been published yet.').waitFor();
    server.clock.advance(2 * 3_600_000);
    expect(await advisories.publishDue(jobActor('test'))).toEqual([kase.id]);

    await page.goto('/');
    const latest = page.getByRole('region', { name: 'Latest advisories' });
    await latest.getByRole('link', { name: `${kase.id}: Carbon spoofing` }).click();
    await expect.poll(() => heading(page).textContent()).toBe(`${kase.id}: Carbon spoofing`);
    const row = page.getByRole('region', { name: 'Affected projects' }).getByRole('row', { name: /Gajim/ });
    await expect.poll(() => row.textContent()).toContain('fixed');
    expect(await row.textContent()).toContain('1.8.4');
    expect(await page.getByRole('link', { name: 'CVE-2026-1000' }).count()).toBe(1);
    await checkPage('advisory');

    await page.goto('/advisories');
    await page.getByRole('link', { name: `${kase.id}: Carbon spoofing` }).waitFor();
    await checkPage('advisories');
    await page.goto('/transparency');
    await page.getByRole('region', { name: 'Figures by year' }).waitFor();
    await checkPage('transparency');
  });

  it('keeps the public pages usable on a narrow screen', async () => {
    const { page } = visitor;
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      for (const [path, name] of [['/directory', 'directory-narrow'], ['/directory/prosody-im', 'project-narrow'], ['/threats', 'threat-register-narrow']] as const) {
        await page.goto(path);
        await page.locator('table').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
        await checkPage(name);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
