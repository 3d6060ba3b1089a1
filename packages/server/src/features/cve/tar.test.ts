import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../util/seeded-random.ts';
import { tarGzArchive } from './tar.ts';

const hasTar = spawnSync('tar', ['--version']).status === 0;
if (!hasTar) {
  if (process.env.CI === 'true') throw new Error('tar is required in CI for the archive tests');
  console.warn('\n*** tar not found: SKIPPING the tar archive tests ***\n');
}

const dir = mkdtempSync(join(tmpdir(), 'xmppsec-tar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasTar)('the bulk export archive', () => {
  it('is a .tar.gz that GNU tar lists and extracts byte for byte (sizes across block boundaries, UTF-8)', () => {
    const random = seededRandom(7);
    const entries = [0, 1, 511, 512, 513, 1024, 70_000].map((size, i) => ({
      path: `${i % 2 === 0 ? 'cve' : 'osv'}/CVE-2026-${1000 + i}.json`,
      content: Array.from({ length: size }, () => 'aé{}"\n'[Math.floor(random() * 6)]).join(''),
    }));
    const file = join(dir, 'export.tar.gz');
    writeFileSync(file, tarGzArchive(entries, new Date('2026-06-01T12:00:00Z')));
    const list = spawnSync('tar', ['-tzvf', file], { encoding: 'utf8' });
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout.trim().split('\n').map((line) => line.split(/\s+/).at(-1))).toEqual(entries.map((e) => e.path));
    expect(list.stdout).toContain('2026-06-01');
    const out = join(dir, 'out');
    expect(spawnSync('mkdir', ['-p', out]).status).toBe(0);
    const extract = spawnSync('tar', ['-xzf', file, '-C', out], { encoding: 'utf8' });
    expect(extract.status, extract.stderr).toBe(0);
    for (const entry of entries) expect(readFileSync(join(out, entry.path), 'utf8')).toBe(entry.content);
  });

  it('refuses names longer than a ustar header holds', () => {
    expect(() => tarGzArchive([{ path: `${'x'.repeat(101)}.json`, content: '' }], new Date())).toThrow(/longer than 100 bytes/);
  });
});
