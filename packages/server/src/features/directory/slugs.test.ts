import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSoftwareList } from './software-list.ts';
import { isValidSlug, slugify, uniqueSlug } from './slugs.ts';
import { FIXTURES, seededRandom } from './test-helpers.ts';

describe('project slugs', () => {
  it('turns real project names into readable slugs', () => {
    expect(slugify('Converse.js')).toBe('converse-js');
    expect(slugify('Apart\u00e9')).toBe('aparte');
    expect(slugify('AnyEvent::XMPP')).toBe('anyevent-xmpp');
    expect(slugify('Prosody IM')).toBe('prosody-im');
    expect(slugify('  --  ')).toBe('project');
    expect(slugify('日本語')).toBe('project');
  });

  it('gives every entry of the real software list a valid slug, unique after de-duplication', () => {
    const list = parseSoftwareList(JSON.parse(readFileSync(join(FIXTURES, 'software.json'), 'utf8')));
    const taken = new Set<string>();
    for (const entry of list.entries) {
      const slug = uniqueSlug(slugify(entry.name), (s) => taken.has(s));
      expect(isValidSlug(slug), `${entry.name} → ${slug}`).toBe(true);
      taken.add(slug);
    }
    expect(taken.size).toBe(list.entries.length);
  });

  it('always yields a valid slug, for random and very long names', () => {
    const random = seededRandom(7);
    const alphabet = 'aZ9 ._-é∂\u0301日\t/\\:';
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 200);
      const name = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const slug = slugify(name);
      expect(isValidSlug(slug), JSON.stringify(name)).toBe(true);
      expect(isValidSlug(uniqueSlug(slug, (s) => s.length > 5 && !s.endsWith('-7')))).toBe(true);
    }
  });

  it('rejects slugs that are not canonical', () => {
    for (const bad of ['', '-a', 'a-', 'A', 'a b', 'a/b', 'x'.repeat(65), 'é']) expect(isValidSlug(bad), bad).toBe(false);
    for (const good of ['a', 'prosody', 'converse-js', 'x'.repeat(64)]) expect(isValidSlug(good), good).toBe(true);
  });
});
