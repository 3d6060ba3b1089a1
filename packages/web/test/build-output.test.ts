import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPagePayload, lazyPayload } from '../scripts/bundle-size.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';
import { ensureWebBuild } from './support/web-build.ts';

/**
 * The built UI must run under the server's Content-Security-Policy (scripts and styles from files
 * of this origin only) and keep the console out of what a public visitor downloads.
 */
describe('built web interface', () => {
  let dist: string;
  let server: TestServer;

  beforeAll(async () => {
    dist = await ensureWebBuild();
    server = await startTestServer({ webDist: dist });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('has no inline script, style or event handler in its page', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\/[^"]+\.js"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('writes styles as files that load nothing from elsewhere', () => {
    const css = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(join(dist, 'assets', file), 'utf8');
      expect(text, file).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    }
  });

  it('keeps the console and the sign-in pages out of the first public page', () => {
    const first = firstPagePayload(dist);
    const firstText = first.js.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(firstText).toContain('Skip to content');
    for (const consoleOnly of ['Apply filters', 'Create token', 'Turn on two-factor authentication', 'Set password']) {
      expect(firstText, consoleOnly).not.toContain(consoleOnly);
    }
    const consoleChunk = lazyPayload(dist, 'src/pages/console/console-area.tsx');
    expect(consoleChunk.js.length).toBeGreaterThan(0);
    expect(consoleChunk.js.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n')).toContain('Apply filters');
  });

  it('is served for every page address with the strict CSP, while unknown API paths stay JSON', async () => {
    const page = await fetch(`${server.url}/console/audit?action=user.`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    const html = await page.text();
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const script = await fetch(server.url + entry);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);

    const api = await fetch(`${server.url}/api/v1/no-such-thing`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
