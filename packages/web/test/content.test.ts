import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inlineParts, proseBlocks } from '../src/components/prose.tsx';
import { buildMatrix } from '../src/pages/directory/matrix-model.ts';
import { parseXepList, projectQueryFromSearch, PROJECTS_PER_PAGE, searchFor } from '../src/pages/directory/filters.ts';
import { formatCost, formatLikelihood } from '../src/pages/threats/labels.ts';
import { seededRandom } from './support/seeded-random.ts';

const SEED_DIR = join(import.meta.dirname, '../../server/src/features/threats/seed');

/** Every prose field of the threat register shipped with xmppsec. */
function seedProse(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(SEED_DIR).filter((name) => name.endsWith('.yaml'))) {
    const threat = parse(readFileSync(join(SEED_DIR, file), 'utf8')) as Record<string, unknown> & { existingApproaches?: Record<string, string>[]; potentialApproaches?: Record<string, string>[] };
    for (const field of ['abstract', 'definition', 'gap', 'recommendation']) if (typeof threat[field] === 'string') texts.push(threat[field]);
    for (const approach of [...(threat.existingApproaches ?? []), ...(threat.potentialApproaches ?? [])]) {
      for (const field of ['description', 'implementationIssues']) if (typeof approach[field] === 'string') texts.push(approach[field]);
    }
  }
  return texts;
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

describe('register prose', () => {
  const texts = seedProse();

  it('keeps every word of the shipped register, in order, in paragraphs and lists', () => {
    expect(texts.length).toBeGreaterThan(50);
    let lists = 0;
    for (const text of texts) {
      const blocks = proseBlocks(text);
      lists += blocks.filter((block) => block.kind === 'list').length;
      const rendered = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items));
      expect(words(rendered.join(' '))).toEqual(words(text.replace(/^\s*[-*] +/gm, '')));
    }
    expect(lists).toBeGreaterThan(0);
  });

  it('turns references and code into parts without losing or adding text', () => {
    let references = 0;
    const random = seededRandom(7);
    const generated = Array.from({ length: 500 }, () => random.pick(['XEP-0178 ', 'RFC 6120', '`a`', '``', 'XEP-12', 'RFC 0', ' ']) + random.text(30) + random.pick(['`x`', 'XEP-0368', '']));
    for (const text of [...texts, ...generated]) {
      const parts = inlineParts(text);
      const rebuilt = parts.map((part) => (part.kind === 'code' ? `\`${part.text}\`` : part.text)).join('');
      expect(rebuilt).toBe(text);
      references += parts.filter((part) => part.kind === 'xep' || part.kind === 'rfc').length;
    }
    expect(references).toBeGreaterThan(20);
    expect(inlineParts('See XEP-0178 and RFC 6120, not XEP-12.').map((part) => part.kind)).toEqual(['text', 'xep', 'text', 'rfc', 'text']);
  });
});

describe('implementation matrix', () => {
  const implementation = (slug: string, status: 'complete' | 'partial' | null, rawStatus: string | null = status) => ({ slug, name: slug.toUpperCase(), status, rawStatus, version: '1.0', since: null, until: null, note: null, archived: false, inScope: true });
  const xep = (number: number, implementations: ReturnType<typeof implementation>[]) => ({ number, listed: true, title: null, abstract: null, type: null, status: null, shortname: null, tags: [], lastRevision: null, supersedes: [], supersededBy: [], implementations });

  it('puts each declaration in its XEP column and the most complete projects first', () => {
    const rows = buildMatrix([xep(280, [implementation('b', 'complete'), implementation('a', 'partial')]), xep(384, [implementation('a', 'complete'), implementation('c', null, 'beta')]), xep(198, [implementation('a', 'complete')])]);
    expect(rows.map((row) => [row.slug, row.complete])).toEqual([['a', 2], ['b', 1], ['c', 0]]);
    expect(rows[0]!.cells.map((cell) => cell?.status ?? null)).toEqual(['partial', 'complete', 'complete']);
    expect(rows[1]!.cells.map((cell) => cell?.status ?? null)).toEqual(['complete', null, null]);
    expect(rows[2]!.cells[1]).toEqual({ status: null, raw: 'beta', version: '1.0' });
    expect(rows[2]!.cells[0]).toBeUndefined();
  });
});

describe('directory filters', () => {
  it('reads XEP lists the way people type them', () => {
    expect(parseXepList('198, XEP-0280 xep313;384 384 0 10000 banana')).toEqual([198, 280, 313, 384]);
    expect(parseXepList(Array.from({ length: 40 }, (_, index) => index + 1).join(' '))).toHaveLength(16);
    expect(parseXepList(null)).toEqual([]);
  });

  it('keeps only valid filters from the address bar and writes them back', () => {
    const query = projectQueryFromSearch(new URLSearchParams('q=%20gajim%20&maintenance=sleepy&xep=384&inScope=true&archived=yes&offset=-5&category=client'));
    expect(query).toEqual({ limit: PROJECTS_PER_PAGE, q: 'gajim', xep: 384, inScope: 'true', category: 'client' });
    expect(projectQueryFromSearch(new URLSearchParams(searchFor(query).slice(1)))).toEqual(query);
  });
});

describe('threat figures', () => {
  it('formats costs and likelihoods for people', () => {
    expect([formatCost(200), formatCost(1500), formatCost(2_500_000), formatCost(1e9), formatCost(null)]).toEqual(['$200', '$1,500', '$2.5M', '$1B', 'blocked']);
    expect([formatLikelihood(0.06), formatLikelihood(0.0456), formatLikelihood(0.0004), formatLikelihood(0), formatLikelihood(1)]).toEqual(['6%', '4.6%', '<0.1%', '0%', '100%']);
  });
});
