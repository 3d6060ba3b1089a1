import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { WEB_ROOT } from './web-build.ts';

export const CHROMIUM_PATH = process.env.XMPPSEC_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = join(WEB_ROOT, 'test-results');

/**
 * Whether browser tests can run. Without Debian's chromium they are skipped with a loud message,
 * except under CI=true, where the missing browser is an error.
 */
export function browserUnavailable(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const problem = `${CHROMIUM_PATH} is missing (apt-get install chromium)`;
  if (process.env.CI === 'true') throw new Error(`CI=true but the browser tests cannot run: ${problem}`);
  console.warn(`\n*** SKIPPING the browser tests: ${problem}. ***\n`);
  return problem;
}

/** Headless Debian chromium with the flags this closed network needs; Playwright gives it a fresh profile directory. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Script errors, console errors and Content-Security-Policy violations seen so far. */
  problems(): string[];
}

/**
 * A page in its own context (its own cookies) that records everything that should never happen:
 * uncaught errors, console errors other than failed API requests the UI handles, and any CSP
 * violation (an inline script or style would be one).
 */
export async function openWatchedPage(browser: Browser, baseURL: string): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
  const problems: string[] = [];
  await context.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) => store.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser logs every 4xx answer; the UI handles those (e.g. 401 before sign-in).
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  return {
    context,
    page,
    problems: () => problems,
  };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP stays
 * strict) against WCAG 2.1 A/AA and best practices; returns the serious and critical findings.
 */
export async function seriousAccessibilityFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** A full-page screenshot kept as a test artifact in packages/web/test-results/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** What every browser test asks of a page it reaches: a screenshot kept, and no serious accessibility finding, CSP violation or script error. */
export async function checkWatchedPage(watched: WatchedPage, name: string): Promise<void> {
  await saveScreenshot(watched.page, name);
  expect(await seriousAccessibilityFindings(watched.page), `accessibility of ${name}`).toEqual([]);
  expect(await cspViolations(watched.page), `CSP violations on ${name}`).toEqual([]);
  expect(watched.problems(), `errors on ${name}`).toEqual([]);
}
