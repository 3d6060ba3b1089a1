import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { exportRegister, importRegister, parseThreatYaml, threatToYaml } from './register-yaml.ts';
import { int, randomThreat, randomTree, seededRandom } from './test-generators.ts';

describe('register YAML import and export', () => {
  it('loads the whole seed register without errors', async () => {
    const files = await readRegisterDir(SEED_DIR);
    const result = importRegister(files);
    expect(result.errors).toEqual([]);
    expect(result.threats.length).toBeGreaterThanOrEqual(12);
    expect(result.threats.length).toBe(files.size);
  });

  it('round-trips the seed losslessly, and re-exports byte for byte', async () => {
    const { threats } = importRegister(await readRegisterDir(SEED_DIR));
    const exported = exportRegister(threats);
    const again = importRegister(exported);
    expect(again.errors).toEqual([]);
    expect(again.threats).toEqual(threats);
    expect(exportRegister(again.threats)).toEqual(exported);
  });

  it('round-trips generated threats with awkward text losslessly', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(seed);
      const threat = randomThreat(random, `gen-${seed}`, randomTree(random, { nodes: int(random, 1, 25), shareProbability: 0.2 }));
      const text = threatToYaml(threat);
      const parsed = parseThreatYaml(text);
      expect(parsed.ok ? [] : parsed.issues, `seed ${seed}\n${text}`).toEqual([]);
      if (parsed.ok) expect(parsed.threat, `seed ${seed}`).toEqual(threat);
    }
  });

  it('writes block style in template order with short lists on one line', async () => {
    const { threats } = importRegister(await readRegisterDir(SEED_DIR));
    const text = threatToYaml(threats.find((t) => t.slug === 'starttls-stripping')!);
    const keys = text.split('\n').filter((l) => /^[a-zA-Z]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual([
      'slug', 'name', 'status', 'tags', 'abstract', 'definition', 'tree', 'likelihood', 'damage',
      'existingApproaches', 'gap', 'potentialApproaches', 'recommendation', 'links', 'exposureMetric',
    ]);
    expect(text).toContain('tags: [tls, c2s, s2s, downgrade, active-attacker]\n');
    expect(text).toContain('definition: |\n  XMPP streams usually begin unencrypted');
    expect(text).not.toMatch(/^\s*\{/m);
    expect(parseDocument(text).errors).toEqual([]);
  });

  it('reports per file, checks file names against slugs and refuses duplicate slugs', async () => {
    const files = await readRegisterDir(SEED_DIR);
    const text = files.get('amplification.yaml')!;
    const result = importRegister([
      ['amplification.yaml', text],
      ['copy.yaml', text],
      ['amplification.yml', text],
      ['broken.yaml', text.replace('gate: or', 'gate: maybe')],
      ['README.md', '# not a threat'],
    ]);
    expect(result.ok).toBe(false);
    expect(result.threats.map((t) => t.slug)).toEqual(['amplification']);
    const byFile = Object.fromEntries(result.errors.map((e) => [e.file, e.issues.map((i) => i.code)]));
    expect(byFile).toEqual({
      'amplification.yml': ['duplicate-slug'],
      'broken.yaml': ['bad-gate'],
      'copy.yaml': ['slug-mismatch', 'duplicate-slug'],
    });
    const broken = result.errors.find((e) => e.file === 'broken.yaml')!.issues[0]!;
    expect(broken.node).toBe('amplify');
    expect(text.split('\n')[broken.line! - 1]).toContain('gate: maybe'.replace('maybe', 'or'));
  });
});
