import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/src/authz/actor.ts';
import { timeStep, totpCode } from '../../server/src/features/accounts/totp.ts';
import { browserUnavailable, checkWatchedPage as checkPage, launchBrowser, openWatchedPage, saveScreenshot, seriousAccessibilityFindings } from './support/browser.ts';
import type { WatchedPage } from './support/browser.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

const ADMIN_EMAIL = 'admin@localhost';
const ADMIN_PASSWORD = 'a long admin passphrase for tests';
const MEMBER_EMAIL = 'alice@xmpp.example';
const MEMBER_PASSWORD = 'alice has a long passphrase too';

const skip = browserUnavailable();

/**
 * The team's main journeys in a real browser (Debian's chromium) against the real server with a
 * fresh database. Each main page is also checked with axe-core, for CSP violations and script
 * errors, and photographed into packages/web/test-results/.
 */
describe.skipIf(skip !== undefined)('web interface in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let admin: WatchedPage;
  let adminTotpSecret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    const dist = await ensureWebBuild();
    server = await startTestServer({ webDist: dist, seed: true });
    browser = await launchBrowser();
    admin = await openWatchedPage(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** What every main page must satisfy; then a screenshot for the artifacts. */

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  const currentCode = (secret: string) => totpCode(secret, timeStep(server.clock.now()));
  /** TOTP codes are single-use per 30-second step: move the server's clock to the next step. */
  const nextStep = () => server.clock.advance(30_000);

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('shows the public home page with the console left out of its scripts', async () => {
    const { page } = admin;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await expect.poll(() => heading(page).textContent()).toBe('xmppsec');
    expect(await page.title()).toBe('xmppsec');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => /console|auth-area/.test(path))).toEqual([]);
    await checkPage(admin, 'home');

    // The skip link is the first stop for the keyboard and lands on the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto('/no/such/page');
    await expect.poll(() => heading(page).textContent()).toBe('Page not found');
    await checkPage(admin, 'not-found');
  });

  it('lets the first administrator set a password, enrol TOTP and see the recovery codes once', async () => {
    const { page } = admin;
    const link = new URL(server.bootstrapLink);
    await page.goto(link.pathname + link.hash);
    await expect.poll(() => heading(page).textContent()).toBe('Set your password');
    // The token is read from the fragment and then removed from the address bar.
    expect(new URL(page.url()).hash).toBe('');
    await checkPage(admin, 'setup');

    await page.getByLabel('New password').fill('too short');
    await page.getByLabel('Repeat the password').fill('too short');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => page.getByText('Use at least 12 characters.').count()).toBe(1);

    await page.getByLabel('New password').fill(ADMIN_PASSWORD);
    await page.getByLabel('Repeat the password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await page.getByText('Your password is set').waitFor();
    expect(await page.getByLabel('E-mail address').inputValue()).toBe(ADMIN_EMAIL);
    await checkPage(admin, 'sign-in');

    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/password/i);

    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // An administrator must enrol a second factor before anything else.
    await expect.poll(() => heading(page).textContent()).toBe('Set up two-factor authentication');
    expect(new URL(page.url()).pathname).toBe('/account/two-factor');
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    adminTotpSecret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s+/g, '');
    expect(adminTotpSecret).toMatch(/^[A-Z2-7]{32}$/);
    await checkPage(admin, 'two-factor-enrolment');

    await page.getByLabel('Authentication code').fill(currentCode(adminTotpSecret));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Save your recovery codes');
    recoveryCodes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    await checkPage(admin, 'recovery-codes');

    const proceed = page.getByRole('button', { name: 'Continue' });
    expect(await proceed.isDisabled()).toBe(true);
    await page.getByLabel('I have stored these codes somewhere safe').check();
    await proceed.click();
    await expect.poll(() => heading(page).textContent()).toBe('Console');
    // After an in-app navigation the new page's heading has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await checkPage(admin, 'console');
  });

  it('signs out, and back in with a TOTP code, then with a recovery code', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('xmppsec');
    await page.goto('/console/users');
    // The console sends an anonymous visitor to sign in, and back where they wanted to go after.
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/console/users');

    await page.getByLabel('E-mail address').fill(ADMIN_EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Two-factor authentication');
    await checkPage(admin, 'sign-in-second-factor');

    nextStep();
    await page.getByLabel('Authentication code').fill(currentCode(adminTotpSecret) === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/code is wrong/);

    await page.getByLabel('Authentication code').fill(currentCode(adminTotpSecret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Users');
    expect(new URL(page.url()).pathname).toBe('/console/users');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('xmppsec');
    await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Console');
  });

  it('lets the administrator add a team member, who sets a password and must enrol, and then disable them', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Users' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Users');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByLabel('E-mail address').fill(MEMBER_EMAIL);
    await page.getByLabel('Name (optional)').fill('Alice Example');
    await page.getByLabel('Role').selectOption('team');
    await page.getByRole('button', { name: 'Create account' }).click();
    const linkField = page.getByLabel('Setup link');
    await linkField.waitFor();
    const setupLink = new URL(await linkField.inputValue());
    expect(setupLink.pathname).toBe('/setup');
    expect(setupLink.hash).toMatch(/^#token=/);
    const row = page.getByRole('row', { name: /Alice Example/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('security team');
    await checkPage(admin, 'users');

    const member = await openWatchedPage(browser, server.url);
    try {
      await member.page.goto(setupLink.pathname + setupLink.hash);
      await member.page.getByLabel('New password').fill(MEMBER_PASSWORD);
      await member.page.getByLabel('Repeat the password').fill(MEMBER_PASSWORD);
      await member.page.getByRole('button', { name: 'Set password' }).click();
      await expect.poll(() => heading(member.page).textContent()).toBe('Sign in');
      await member.page.getByLabel('Password', { exact: true }).fill(MEMBER_PASSWORD);
      await member.page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => heading(member.page).textContent()).toBe('Set up two-factor authentication');
      expect(member.problems()).toEqual([]);
    } finally {
      await member.context.close();
    }

    await page.reload();
    await page.getByRole('button', { name: `Disable ${MEMBER_EMAIL}` }).click();
    await page.getByRole('button', { name: `Disable ${MEMBER_EMAIL}` }).click();
    await expect.poll(() => row.textContent()).toContain('disabled');
    expect(await page.getByRole('button', { name: `Disable ${MEMBER_EMAIL}` }).count()).toBe(0);
  });

  it('creates an API token shown once that works against the API, and revokes it', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'API tokens' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('API tokens');
    await page.getByLabel('Name', { exact: true }).fill('laptop CLI');
    await page.getByRole('checkbox', { name: /^admin/ }).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const tokenField = page.getByLabel('Token', { exact: true });
    await tokenField.waitFor();
    const token = await tokenField.inputValue();
    expect(token).toMatch(/^xst_/);
    await checkPage(admin, 'tokens');

    const asToken = () => fetch(`${server.url}/api/v1/users`, { headers: { authorization: `Bearer ${token}` } });
    expect((await asToken()).status).toBe(200);

    await page.getByRole('button', { name: 'Revoke laptop CLI' }).click();
    await page.getByRole('button', { name: 'Revoke laptop CLI' }).click();
    await expect.poll(() => page.getByRole('row', { name: /laptop CLI/ }).textContent()).toContain('revoked');
    expect((await asToken()).status).toBe(401);
    // Shown once: the page no longer offers the secret after a reload.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('API tokens');
    expect(await page.getByLabel('Token', { exact: true }).count()).toBe(0);
  });

  it('shows the audit log with filters and the hash chain status, and a broken chain', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Audit log' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Audit log');
    const chain = page.getByTestId('chain-status');
    await chain.waitFor();
    const total = await server.services.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(await chain.textContent()).toContain(`All ${total.n} events check out`);
    const actions = await page.locator('.audit-table tbody tr td:nth-child(5)').allTextContents();
    for (const action of ['user.create', 'user.setup_complete', 'auth.totp_enabled', 'user.disable', 'token.create', 'token.revoke', 'auth.recovery_code_used']) {
      expect(actions, action).toContain(action);
    }
    await checkPage(admin, 'audit-log');

    await page.getByLabel('Action').fill('auth.');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('auth.');
    await expect.poll(async () => (await page.locator('.audit-table tbody tr td:nth-child(5)').allTextContents()).every((action) => action.startsWith('auth.'))).toBe(true);
    expect(await page.locator('.audit-table tbody tr').count()).toBeGreaterThan(0);

    // A row edited behind the application's back breaks the chain, and the viewer says where.
    const victim = await server.services.db.selectFrom('audit_events').select('seq').orderBy('seq').offset(2).limit(1).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(server.services.db);
    try {
      await sql`UPDATE audit_events SET details = '{"edited": true}' WHERE seq = ${victim.seq}`.execute(server.services.db);
    } finally {
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(server.services.db);
    }
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => chain.textContent()).toContain(`breaks at event #${victim.seq}`);
    await saveScreenshot(page, 'audit-log-broken-chain');
  });

  it("shows a maintainer only their projects, and takes the yearly confirmation", async () => {
    const email = 'maintainer@gajim.example';
    const password = 'a maintainer passphrase';
    const { setupLink } = await server.services.accounts.createUser(cliActor, { email, role: 'maintainer' });
    await server.services.accounts.completeSetup({ kind: 'anonymous', via: 'web' }, { token: new URL(setupLink).hash.replace('#token=', ''), password });
    await server.services.directory.linkMaintainer(cliActor, 'gajim', { email });

    const maintainer = await openWatchedPage(browser, server.url);
    try {
      const { page } = maintainer;
      await signIn(page, email, password);
      // No second factor is required of maintainers: straight to the console, with their menu.
      await expect.poll(() => heading(page).textContent()).toBe('Console');
      const menu = page.getByRole('navigation', { name: 'Console' });
      expect(await menu.getByRole('link').allTextContents()).toEqual(['Overview', 'My cases', 'My projects', 'API tokens', 'Profile', 'Two-factor']);
      await menu.getByRole('link', { name: 'My projects' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('My projects');
      await expect.poll(() => page.getByRole('region', { name: 'My projects' }).locator('tbody th').allTextContents()).toEqual(['Gajim']);
      await saveScreenshot(page, 'my-projects');
      expect(await seriousAccessibilityFindings(page)).toEqual([]);

      await page.getByRole('button', { name: 'Confirm still maintained: Gajim' }).click();
      await page.getByText('Confirmed. Thank you.').waitFor();
      const { events } = await server.services.audit.list(cliActor, { subjectType: 'project', limit: 5 });
      expect(events.map((event) => event.action)).toContain('project.confirm');
      // A maintainer cannot open the team's pages: they look absent.
      await page.goto('/console/audit');
      await expect.poll(() => heading(page).textContent()).toBe('Page not found');
      expect(maintainer.problems()).toEqual([]);
    } finally {
      await maintainer.context.close();
    }
  });

  it('keeps the console usable on a narrow screen', async () => {
    const { page } = admin;
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await page.goto('/console/users');
      await expect.poll(() => heading(page).textContent()).toBe('Users');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await checkPage(admin, 'users-narrow');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
