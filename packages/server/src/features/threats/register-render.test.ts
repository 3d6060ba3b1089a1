import { describe, expect, it } from 'vitest';
import type { Threat } from './model.ts';
import { orderRegister } from './priority.ts';
import { REGISTER_CSS } from './register-css.ts';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { renderRegister, renderThreatSvg, renderTreeSvgFiles } from './register-render.ts';
import { importRegister } from './register-yaml.ts';
import { xmlText } from './test-generators.ts';

async function seed(): Promise<Threat[]> {
  const result = importRegister(await readRegisterDir(SEED_DIR));
  expect(result.errors).toEqual([]);
  return result.threats;
}

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> ]]> \u0001 `code` *b* | [l](javascript:x)';

function hostile(t: Threat): Threat {
  const h = structuredClone(t);
  h.name = HOSTILE.replace('\u0001', '');
  h.abstract = `${HOSTILE.replace('\u0001', '')}\n\n- item <b>bold</b>`;
  h.tree.nodes[0]!.label = HOSTILE.replace('\u0001', '').slice(0, 190);
  return h;
}

describe('register rendering', () => {
  it('renders the seed as a complete HTML page with an SVG tree per threat', async () => {
    const threats = await seed();
    const html = renderRegister(threats, { format: 'html', version: '1', publishedAt: '2026-11-21' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>XMPP threat register, version 1</title>');
    expect(html.match(/<svg /g)).toHaveLength(threats.length);
    expect(html.match(/<article /g)).toHaveLength(threats.length);
    for (const t of threats) {
      expect(html).toContain(`id="threat-${t.slug}"`);
      for (const field of ['Abstract', 'Definition', 'Attack tree', 'Existing approaches', 'Gap', 'Potential approaches', 'Recommended approach', 'Links']) {
        expect(html).toContain(`<h3>${field}</h3>`);
      }
    }
    // Self-contained and CSP-friendly: no scripts, no inline style attributes, no external resources.
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=|<link |<img |src=/i);
    expect(html).toContain(`<style>\n${REGISTER_CSS}</style>`);
    // Every SVG is well-formed XML on its own.
    for (const svg of html.match(/<svg [\s\S]*?<\/svg>/g)!) xmlText(svg);
  });

  it('orders the overview table by priority', async () => {
    const threats = await seed();
    const html = renderRegister(threats, { format: 'html', version: '1' });
    const rows = [...html.matchAll(/<th scope="row"><a href="#threat-([a-z0-9-]+)">/g)].map((m) => m[1]);
    expect(rows).toEqual(orderRegister(threats).map((t) => t.slug));
  });

  it('links the stylesheet when the server serves it, and embeds it when standalone', async () => {
    const threats = await seed();
    const linked = renderRegister(threats, { format: 'html', version: '2', stylesheetHref: '/assets/register.css' });
    expect(linked).toContain('<link rel="stylesheet" href="/assets/register.css">');
    expect(linked).not.toContain('<style>');
    const standalone = renderRegister(threats, { format: 'html', version: '2', stylesheetHref: '/x.css', standalone: true });
    expect(standalone).toContain('<style>');
  });

  it('renders the seed as Markdown with outline and SVG, inline or by reference', async () => {
    const threats = await seed();
    const md = renderRegister(threats, { format: 'md', version: '1' });
    expect(md).toMatch(/^# XMPP threat register\n/);
    expect(md.match(/<svg /g)).toHaveLength(threats.length);
    expect(md.match(/```text\n/g)).toHaveLength(threats.length);
    expect(md).toContain('| # | Threat | Priority |');
    const byRef = renderRegister(threats, { format: 'md', version: '1', treeImageHref: (slug) => `trees/${slug}.svg` });
    expect(byRef).not.toContain('<svg');
    expect(byRef).toContain('](trees/starttls-stripping.svg)');
    const files = renderTreeSvgFiles(threats);
    expect([...files.keys()].sort()).toEqual(threats.map((t) => `${t.slug}.svg`).sort());
  });

  it('lists the changes since the previous version with the fields that changed', async () => {
    const previous = await seed();
    const current = structuredClone(previous).filter((t) => t.slug !== 'presence-leaks');
    const changed = current.find((t) => t.slug === 'sasl-downgrade')!;
    changed.status = 'reviewed';
    changed.tree.nodes.find((n) => n.id === 'strip-to-plain')!.estimate!.cost = 5;
    const html = renderRegister(current, { format: 'html', version: '3', previous: { version: '2', threats: previous } });
    const section = html.slice(html.indexOf('<h2 id="changes-h">'), html.indexOf('</section>', html.indexOf('<h2 id="changes-h">')));
    expect(section).toContain('Changes since version 2');
    expect(section).toContain('Removed: Presence and metadata leaks');
    expect(section).toContain('<code>sasl-downgrade</code>');
    expect(section).toContain('Status: draft → reviewed');
    expect(section).toContain('Attack tree: 1 changed');
    const md = renderRegister(current, { format: 'md', version: '3', previous: { version: '2', threats: previous } });
    expect(md).toContain('## Changes since version 2');
    expect(md).toContain('  - Status: draft → reviewed');
  });

  it('shows live exposure figures for the threats that name a metric', async () => {
    const threats = await seed();
    const html = renderRegister(threats, {
      format: 'html',
      version: '1',
      exposure: { 'starttls-not-required': { share: 0.234, sample: 1234, measuredAt: '2026-11-20' } },
    });
    const article = html.slice(html.indexOf('id="threat-starttls-stripping"'));
    expect(article.slice(0, article.indexOf('</article>'))).toContain('<strong>23%</strong> of 1,234 scanned servers (measured 2026-11-20)');
    const other = html.slice(html.indexOf('id="threat-dialback-impersonation"'));
    expect(other.slice(0, other.indexOf('</article>'))).toContain('No observatory measurement yet.');
  });

  it('escapes hostile text everywhere', async () => {
    const threats = (await seed()).map(hostile);
    const html = renderRegister(threats, { format: 'html', version: '<v1>' });
    expect(html).not.toMatch(/<script|<img|<b>|<[^>]*\sonerror=|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    for (const svg of html.match(/<svg [\s\S]*?<\/svg>/g)!) {
      expect(xmlText(svg)).toContain('<script>alert("x")</script>'.slice(0, 20));
    }
    const md = renderRegister(threats, { format: 'md', version: '1' });
    // Code blocks and the inline SVG (an HTML block, escaped as XML) show text literally;
    // everywhere else Markdown and HTML must be escaped.
    for (const svg of md.match(/<svg [\s\S]*?<\/svg>/g)!) xmlText(svg);
    const outsideCode = md.replace(/```text\n[\s\S]*?\n```/g, '').replace(/<div class="tree">\n<svg [\s\S]*?<\/svg>\n<\/div>/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)<(script|img|b>)|(?<!\\)\]\(javascript/i);
    expect(md).not.toMatch(/```text\n(?:(?!\n```)[\s\S])*```[^\n]/);
    expect(md).toContain('\\<script\\>');
    const svg = renderThreatSvg({ ...threats[0]!, tree: { ...threats[0]!.tree } });
    expect(() => xmlText(svg)).not.toThrow();
  });
});
