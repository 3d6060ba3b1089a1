import { describe, expect, it } from 'vitest';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { importRegister } from './register-yaml.ts';
import { diffLines, diffRegisters, diffThreats, formatThreatDiff, summarizeChange } from './threat-diff.ts';
import type { Threat } from './model.ts';

async function seed(): Promise<Threat[]> {
  return importRegister(await readRegisterDir(SEED_DIR)).threats;
}

describe('threat revisions diff', () => {
  it('finds nothing between equal versions', async () => {
    const [t] = await seed();
    expect(diffThreats(t!, structuredClone(t!)).changes).toEqual([]);
    expect(formatThreatDiff(diffThreats(t!, t!))).toBe(`${t!.slug}: no changes\n`);
  });

  it('reports fields, tree nodes, approaches and links that changed', async () => {
    const before = (await seed()).find((t) => t.slug === 'starttls-stripping')!;
    const after = structuredClone(before);
    after.likelihood = 'high';
    after.tags = [...after.tags.filter((x) => x !== 'c2s'), 'federation'];
    after.gap = `${after.gap}Another line.\n`;
    after.tree.nodes = after.tree.nodes.filter((n) => n.id !== 'late-check');
    const falls = after.tree.nodes.find((n) => n.id === 'client-continues')!;
    falls.children = ['client-falls-back'];
    const remove = after.tree.nodes.find((n) => n.id === 'remove-offer')!;
    remove.estimate = { ...remove.estimate!, cost: 50 };
    remove.mitigations = remove.mitigations!.map((m) => ({ ...m, deployed: true }));
    after.tree.nodes.push({ id: 'new-leaf', label: 'New leaf', estimate: { likelihood: 0.1, cost: 1, skill: 'none' } });
    after.existingApproaches[0]!.description = 'Changed.';
    after.links.cves = [];
    const diff = diffThreats(before, after);
    expect(diff.changes.map((c) => c.field)).toEqual(['tags', 'tree', 'likelihood', 'existingApproaches', 'gap', 'links']);
    const tree = diff.changes.find((c) => c.kind === 'tree')!;
    expect(tree).toMatchObject({ added: ['new-leaf'], removed: ['late-check'], reordered: false });
    if (tree.kind !== 'tree') throw new Error('unreachable');
    expect(tree.changed.map((c) => [c.key, c.properties.map((p) => p.property)])).toEqual([
      ['remove-offer', ['estimate', 'mitigation direct-tls']],
      ['client-continues', ['children']],
    ]);
    const text = formatThreatDiff(diff);
    expect(text).toContain('~ Likelihood: "medium" → "high"');
    expect(text).toContain('    + federation');
    expect(text).toContain('    - c2s');
    expect(text).toContain('    + node new-leaf');
    expect(text).toContain('    - node late-check');
    expect(text).toContain('not deployed" → "Connect with direct TLS so there is no offer to remove (XEP-0368), deployed"');
    expect(text).toContain('    + Another line.');
    expect(text).toContain('    - CVE-2016-10027');
    expect(summarizeChange(tree)).toBe('Attack tree: 1 node(s) added, 1 removed, 2 changed');
  });

  it('diffs registers by slug', async () => {
    const before = await seed();
    const after = structuredClone(before).filter((t) => t.slug !== 'amplification');
    after[0]!.name = 'Renamed';
    const added = { ...structuredClone(before[1]!), slug: 'brand-new' };
    const changes = diffRegisters(before, [...after, added]);
    expect(changes.added.map((t) => t.slug)).toEqual(['brand-new']);
    expect(changes.removed.map((t) => t.slug)).toEqual(['amplification']);
    expect(changes.changed.map((d) => [d.slug, d.changes.map((c) => c.field)])).toEqual([[after[0]!.slug, ['name']]]);
  });

  it('diffs lines by longest common subsequence', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc')).toEqual([
      { op: ' ', line: 'a' },
      { op: '-', line: 'b' },
      { op: '+', line: 'x' },
      { op: ' ', line: 'c' },
    ]);
    const big = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    expect(diffLines(big, `${big}\nmore`).filter((l) => l.op !== ' ')).toHaveLength(1001 + 1000);
  });
});
