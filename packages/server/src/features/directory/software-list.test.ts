import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SoftwareListError, parseSoftwareList, parseSoftwareListText } from './software-list.ts';
import { FIXTURES, hasPython, python } from './test-helpers.ts';

const REFERENCE = String.raw`
import sys, json
from urllib.parse import urljoin
data = json.load(open(sys.argv[1]))
print(json.dumps([{'name': e['name'], 'doap': urljoin('https://xmpp.org/', e['doap']) if e.get('doap') else None,
                   'url': e.get('url'), 'categories': e.get('categories') or [], 'platforms': e.get('platforms') or []} for e in data]))
`;

describe.skipIf(!hasPython())('parseSoftwareList on the real xmpp.org lists', () => {
  for (const file of ['software.json', 'software_archive.json']) {
    it(`reads every entry of ${file} as Python's json and urljoin do`, () => {
      const path = join(FIXTURES, file);
      const reference = python<{ name: string; doap: string | null; url: string | null; categories: string[]; platforms: string[] }[]>(REFERENCE, [path]);
      const list = parseSoftwareListText(readFileSync(path, 'utf8'));
      expect(list.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(list.entries.map(({ name, doapUrl, url, categories, platforms }) => ({ name, doap: doapUrl, url, categories, platforms }))).toEqual(reference);
    });
  }

  it('warns about the duplicate name in the real list (Swift), keeping both entries', () => {
    const list = parseSoftwareListText(readFileSync(join(FIXTURES, 'software.json'), 'utf8'));
    expect(list.problems.map((p) => [p.severity, p.name])).toEqual([['warning', 'Swift']]);
    expect(list.entries.filter((e) => e.name === 'Swift')).toHaveLength(2);
  });
});

describe('parseSoftwareList validation', () => {
  it('skips invalid entries with a clear message and keeps the rest', () => {
    const list = parseSoftwareList([
      { name: 'Good', doap: 'https://example.org/good.doap', url: null, categories: ['client'], platforms: ['Linux'] },
      { name: '', doap: null, url: 'https://example.org', categories: [], platforms: [] },
      { name: 'BadDoap', doap: 'ftp://example.org/x.doap', url: null, categories: [], platforms: [] },
      { name: 'BadCats', doap: null, url: 'https://example.org', categories: 'client', platforms: [] },
      'just a string',
      { name: 'Odd', doap: '/hosted-doap/odd.doap', url: null, categories: ['toaster'], platforms: [] },
    ]);
    expect(list.entries.map((e) => [e.name, e.doapUrl])).toEqual([['Good', 'https://example.org/good.doap'], ['Odd', 'https://xmpp.org/hosted-doap/odd.doap']]);
    const messages = list.problems.map((p) => `${p.severity} ${p.message}`);
    expect(messages[0]).toMatch(/^error entry 1 skipped: name: must not be empty/);
    expect(messages[1]).toMatch(/^error entry 2 \("BadDoap"\) skipped: doap: must be an http\(s\) URL or a path/);
    expect(messages[2]).toMatch(/^error entry 3 \("BadCats"\) skipped: categories:/);
    expect(messages[3]).toMatch(/^error entry 4 skipped/);
    expect(messages[4]).toBe('warning entry 5 ("Odd"): unknown category "toaster"');
  });

  it('refuses a file that is not a list or not JSON', () => {
    expect(() => parseSoftwareList({ software: [] })).toThrow(SoftwareListError);
    try {
      parseSoftwareListText('[{"name": ');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(SoftwareListError);
      expect((err as SoftwareListError).code).toBe('invalid-json');
    }
    expect(() => parseSoftwareList(Array.from({ length: 11 }, () => ({})), { maxEntries: 10 })).toThrow(/more than 10/);
  });
});
