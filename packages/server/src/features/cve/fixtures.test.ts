import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA_DIR } from './schema-registry.ts';
import { FIXTURES_DIR } from './test-fixtures.ts';

/** Every `| file | … | sha256 | …` row of a SOURCE.md: the data must be what its provenance says. */
function listedHashes(sourceMd: string): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const line of readFileSync(sourceMd, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[1];
    const hash = cells.find((c) => /^[0-9a-f]{64}$/.test(c));
    if (file && hash && /\.\w+$|^vectors_/.test(file)) rows.push([file, hash]);
  }
  return rows;
}

describe('copied data matches its SOURCE.md', () => {
  const folders = [
    join(DEFAULT_SCHEMA_DIR, 'cve-5.2.0'),
    join(DEFAULT_SCHEMA_DIR, 'osv-1.7.5'),
    join(FIXTURES_DIR, 'records'),
    join(FIXTURES_DIR, 'examples'),
    join(FIXTURES_DIR, 'cvss'),
  ];
  for (const folder of folders) {
    it(folder.split('/').slice(-2).join('/'), () => {
      const rows = listedHashes(join(folder, 'SOURCE.md'));
      expect(rows.length).toBeGreaterThan(0);
      for (const [file, hash] of rows) {
        expect(createHash('sha256').update(readFileSync(join(folder, file))).digest('hex'), file).toBe(hash);
      }
    });
  }
});
