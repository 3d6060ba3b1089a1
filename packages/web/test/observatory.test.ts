import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestFleet } from '@xmppsec/scanner/test-fleet';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetScanConfig, startFleetOrSkip } from '../../server/src/features/observatory/test-fleet.ts';
import { barLayout, historyLayout, shareText } from '../src/pages/observatory/chart-model.ts';
import type { ShareBar } from '../src/pages/observatory/chart-model.ts';
import { GRADE_ORDER } from '../src/pages/observatory/labels.ts';
import { targetsOf } from '../src/pages/observatory/report-types.ts';
import type { Grade } from '../src/pages/observatory/report-types.ts';
import { browserUnavailable, checkWatchedPage, launchBrowser, openWatchedPage } from './support/browser.ts';
import type { WatchedPage } from './support/browser.ts';
import { seededRandom } from './support/seeded-random.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FIXTURES = join(import.meta.dirname, '../../server/src/features/observatory/fixtures');

describe('observatory page models', () => {
  it('reads the targets of real scan reports, and nothing from malformed ones', () => {
    const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const report = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { targets: { id: string; endpoint: { host: string } }[] };
      const targets = targetsOf(report);
      expect(targets.map((target) => target.id), file).toEqual(report.targets.map((target) => target.id));
      expect(targets.every((target) => target.endpoint.host === report.targets.find((raw) => raw.id === target.id)!.endpoint.host)).toBe(true);
    }
    const random = seededRandom(21);
    const junk = (): unknown => random.pick([null, 7, 'text', [], {}, { targets: 'x' }, { targets: [null, 1, { id: 3 }, { id: 'a', endpoint: null }] }, { targets: [{ id: 'a', endpoint: {}, findings: [], grade: {} }] }]);
    for (let round = 0; round < 200; round++) {
      const value = junk();
      const expected = typeof value === 'object' && value !== null && 'targets' in value && Array.isArray(value.targets) && value.targets.some((t) => typeof t === 'object' && t !== null && 'findings' in t) ? 1 : 0;
      expect(targetsOf(value)).toHaveLength(expected);
    }
  });

  it('places the grade history in time order, each grade on its own level, inside the plot', () => {
    const random = seededRandom(34);
    for (let round = 0; round < 200; round++) {
      const points = Array.from({ length: random.int(0, 15) }, () => ({ at: new Date(Date.UTC(2026, 0, 1) + random.int(0, 400) * 86_400_000 + random.int(0, 86_399_999)).toISOString(), grade: random.next() < 0.1 ? null : random.pick(GRADE_ORDER) }));
      const layout = historyLayout(points);
      expect(layout.dots).toHaveLength(points.length);
      const levels = new Map(layout.levels.map((level) => [level.label, level.y]));
      expect([...levels.keys()]).toEqual([...GRADE_ORDER, 'none']);
      for (let index = 0; index < layout.dots.length; index++) {
        const dot = layout.dots[index]!;
        expect(dot.x).toBeGreaterThanOrEqual(layout.plot.left);
        expect(dot.x).toBeLessThanOrEqual(layout.plot.right);
        expect(dot.y).toBe(levels.get(dot.grade ?? 'none'));
        if (index > 0) {
          expect(Date.parse(dot.at)).toBeGreaterThanOrEqual(Date.parse(layout.dots[index - 1]!.at));
          expect(dot.x).toBeGreaterThanOrEqual(layout.dots[index - 1]!.x);
        }
      }
      // Better grades sit higher.
      const ys = GRADE_ORDER.map((grade) => levels.get(grade)!);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      expect(layout.path.split(/[ML]/).filter(Boolean)).toHaveLength(layout.dots.length);
    }
    expect(historyLayout([{ at: 'not a date', grade: 'A' }]).dots).toEqual([]);
  });

  it('draws share bars in proportion, within their track, and writes every value', () => {
    const random = seededRandom(55);
    for (let round = 0; round < 200; round++) {
      const bars: ShareBar[] = Array.from({ length: random.int(1, 9) }, (_unused, index) => {
        const sample = random.int(0, 500);
        const count = sample === 0 ? 0 : random.int(0, sample);
        return { key: `k${index}`, label: `bar ${index}`, count, sample, share: sample === 0 ? null : count / sample };
      });
      const layout = barLayout(bars);
      for (const row of layout.rows) {
        expect(row.barWidth).toBeGreaterThanOrEqual(0);
        expect(row.barWidth).toBeLessThanOrEqual(layout.trackWidth);
        expect(row.barWidth).toBeCloseTo((row.share ?? 0) * layout.trackWidth, 0);
        expect(row.valueText).toBe(shareText(row));
        expect(row.barY + 16).toBeLessThanOrEqual(layout.height);
      }
    }
    expect(shareText({ count: 0, sample: 0, share: null })).toBe('not measured');
    expect(shareText({ count: 1, sample: 3, share: 1 / 3 })).toBe('1 of 3 (33%)');
    expect(shareText({ count: 1, sample: 400, share: 1 / 400 })).toBe('1 of 400 (0.3%)');
  });
});

const skip = browserUnavailable();
/** The scanner's loopback fleet (Debian's Prosody); started only when the browser tests can run. */
const fleet: TestFleet | undefined = skip === undefined ? await startFleetOrSkip('web observatory') : undefined;

/**
 * Scanning from the page against the real server, whose scans go to the scanner's loopback fleet
 * (its DNS server, its CA): live progress, the grade, reasons and fixes, the domain's history
 * chart and badge, and the network statistics.
 */
describe.skipIf(skip !== undefined || fleet === undefined)('observatory in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let visitor: WatchedPage;

  beforeAll(async () => {
    const dist = await ensureWebBuild();
    // No reuse window: "Scan again" scans again, so the history gets a second entry.
    server = await startTestServer({ webDist: dist, config: { scan: fleetScanConfig(fleet!, { reuseMinutes: 0 }) } });
    browser = await launchBrowser();
    visitor = await openWatchedPage(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fleet?.stop();
  });

  const checkPage = (name: string) => checkWatchedPage(visitor, name);

  const heading = (page: Page) => page.getByRole('heading', { level: 1 });

  async function scanFromPage(page: Page, domain: string): Promise<{ grade: string; steps: string[] }> {
    await page.getByRole('textbox', { name: 'Domain', exact: true }).fill(domain);
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('scan')).toMatch(/.+/);
    await page.getByRole('heading', { name: `Scan of ${domain}` }).waitFor();
    // The report appears when the polling sees the scan done.
    await page.getByRole('heading', { name: 'What to fix' }).waitFor({ timeout: 60_000 });
    const steps = await page.locator('.scan-log li').allTextContents();
    return { grade: (await page.getByTestId('grade').first().textContent())!, steps };
  }

  it('scans a domain from the page, shows the progress, then grade A with the reasons and fixes', async () => {
    const { page } = visitor;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Observatory' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Network observatory');
    await page.getByText('No domain has been scanned yet.').waitFor();
    await checkPage('observatory');

    // An address that is not a domain is refused by the server, next to the field.
    await page.getByRole('textbox', { name: 'Domain', exact: true }).fill('127.0.0.1');
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    await page.locator('.scan-form .field-error').waitFor();

    const good = fleet!.domain('prosody', 'good');
    const { grade, steps } = await scanFromPage(page, good);
    expect(grade).toBe('A');
    // Events came in while the scan ran, from the queue to the grade, each shown once.
    expect(steps[0]).toMatch(/Queued/);
    expect(steps.at(-1)).toBe('Grade A');
    expect(steps.length).toBeGreaterThan(2);
    expect(new Set(steps).size).toBe(steps.length);
    expect(await page.getByTestId('scan-phase').textContent()).toMatch(/^Done\./);
    await page.getByText('Nothing to fix: no finding lowers the grade or needs attention.').waitFor();
    // The good configuration lacks DANE: a suggestion, with the change for each server.
    const suggestions = page.getByRole('region', { name: 'Suggestions' });
    await suggestions.getByRole('heading', { name: /No DNSSEC-validated DANE/ }).waitFor();
    expect(await suggestions.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Prosody', 'ejabberd', 'Any server']));
    const servers = page.locator('article.target');
    expect(await servers.count()).toBeGreaterThanOrEqual(2);
    expect(await servers.first().textContent()).toMatch(/TLSv1\.3/);
    await checkPage('observatory-scan');

    // A weaker configuration: the cap, its reason and the Prosody fix for it.
    const tls10 = fleet!.domain('prosody', 'tls1.0');
    await page.goto('/observatory');
    const weaker = await scanFromPage(page, tls10);
    expect(weaker.grade).toBe('B');
    const fixes = page.getByRole('region', { name: 'What to fix' });
    const tls10Fix = fixes.locator('article.fix', { has: page.getByRole('heading', { name: /TLS 1\.0 accepted/ }) });
    await tls10Fix.waitFor();
    expect(await tls10Fix.textContent()).toContain('limits the grade to B');
    expect(await tls10Fix.locator('dd').first().textContent()).toContain('tlsv1_2+');
    expect(await page.getByRole('region', { name: 'Why this grade' }).textContent()).toMatch(/At most B/);
    await checkPage('observatory-scan-tls10');
  });

  it('shows a domain\'s page with its history chart and badge, and scans it again', async () => {
    const { page } = visitor;
    const good = fleet!.domain('prosody', 'good');
    await page.goto('/observatory');
    await page.getByRole('link', { name: good }).click();
    await expect.poll(() => heading(page).textContent()).toBe(good);
    expect(await page.getByTestId('grade').first().textContent()).toBe('A');
    expect(await page.getByTestId('history-chart').locator('circle').count()).toBe(1);
    const badge = page.getByRole('img', { name: `XMPP security grade of ${good}` });
    await expect.poll(() => badge.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    const snippet = await page.getByLabel('HTML to embed the badge').inputValue();
    expect(snippet).toBe(`<a href="${server.url}/observatory/domains/${good}"><img src="${server.url}/api/v1/observatory/domains/${good}/badge.svg" alt="XMPP security grade of ${good}"></a>`);
    const svg = await (await fetch(`${server.url}/api/v1/observatory/domains/${good}/badge.svg`)).text();
    expect(svg).toContain('<svg');

    // The server's clock only moves when told: the second scan is a day later.
    server.clock.advance(86_400_000);
    await page.getByRole('button', { name: 'Scan again' }).click();
    await page.getByRole('heading', { name: 'What to fix' }).waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).pathname).toBe('/observatory');
    await page.getByRole('link', { name: 'The domain\'s page' }).click();
    await expect.poll(() => heading(page).textContent()).toBe(good);
    await expect.poll(() => page.getByTestId('history-chart').locator('circle').count()).toBe(2);
    const history = await page.getByRole('table', { name: 'Every completed scan, newest first' }).getByRole('row').allTextContents();
    expect(history.slice(1)).toEqual([expect.stringMatching(/A.*nothing$/), expect.stringMatching(/A.*first scan$/)]);
    const description = await page.getByTestId('history-chart').locator('desc').textContent();
    expect(description!.split('; ')).toHaveLength(2);
    await checkPage('observatory-domain');
    await page.setViewportSize({ width: 390, height: 844 });
    await checkPage('observatory-domain-narrow');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto('/observatory/domains/never-scanned.example');
    await page.getByText('This domain has not been scanned.').waitFor();
  });

  it('shows the network statistics as charts with their figures in words', async () => {
    const { page } = visitor;
    await page.goto('/observatory');
    await page.getByRole('link', { name: 'Network statistics' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Network statistics');
    expect(await page.getByTestId('domain-count').textContent()).toBe('2');
    const grades = page.getByRole('img', { name: /^Grades/ });
    const gradeFigures = (await grades.locator('desc').textContent())!.split('; ');
    const expected: Partial<Record<Grade, string>> = { A: '1 of 2 (50%)', B: '1 of 2 (50%)', C: '0 of 2 (0%)', F: '0 of 2 (0%)' };
    for (const [grade, share] of Object.entries(expected)) expect(gradeFigures).toContain(`${grade}: ${share}`);
    const tls = (await page.getByRole('img', { name: /^TLS versions accepted/ }).locator('desc').textContent())!;
    expect(tls).toContain('TLS 1.3: 2 of 2 (100%)');
    expect(tls).toContain('TLS 1.0: 1 of 2 (50%)');
    expect(await page.getByRole('img', { name: /^Certificates/ }).locator('desc').textContent()).toContain('An expired certificate: 0 of 2 (0%)');
    expect(await page.getByRole('img', { name: /^DANE/ }).locator('desc').textContent()).toContain('DANE on every TLS target (DNSSEC-validated): 0 of 2 (0%)');
    // The same figures as a table, for those who prefer one.
    await page.getByText('The figures as a table').first().click();
    expect(await page.getByRole('row', { name: /^A 1 2 50%$/ }).count()).toBe(1);
    await checkPage('observatory-statistics');
    await page.setViewportSize({ width: 390, height: 844 });
    await checkPage('observatory-statistics-narrow');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
