import { describe, expect, it } from 'vitest';
import { AttackTreeSchema, TREE_LIMITS, type AttackTree } from './attack-tree.ts';
import { parseThreat } from './model.ts';
import { parseThreatYaml, threatToYaml } from './register-yaml.ts';
import { analyzeTree } from './tree-compute.ts';
import { renderTreeSvg } from './tree-svg.ts';
import { treeOutline, treeToDot } from './tree-text.ts';
import { int, pick, randomThreat, randomTree, seededRandom, threatYaml, xmlText } from './test-generators.ts';

function renderAll(tree: AttackTree): void {
  const analysis = analyzeTree(tree);
  const svg = renderTreeSvg(tree, analysis, { idPrefix: 'fuzz' });
  xmlText(svg);
  expect(svg).not.toMatch(/<script|\son\w+=|style=|href=/i);
  expect(treeOutline(tree, analysis).split('\n').length).toBeGreaterThan(0);
  expect(treeToDot(tree, analysis)).toMatch(/^digraph "/);
}

describe('generated attack trees', () => {
  it('random trees and DAGs validate, compute and render', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = seededRandom(seed);
      const tree = randomTree(random, { nodes: int(random, 1, 60), shareProbability: seed % 2 === 0 ? 0.3 : 0, maxChildren: 6 });
      const result = AttackTreeSchema.safeParse(tree);
      expect(result.success, `seed ${seed}: ${JSON.stringify(result.error?.issues.slice(0, 2))}`).toBe(true);
      renderAll(result.data!);
    }
  });

  it('a tree at the node limit in one long chain (deep) validates and renders', () => {
    const n = TREE_LIMITS.nodes;
    const nodes = Array.from({ length: n }, (_, i) =>
      i < n - 1
        ? { id: `d${i}`, label: `level ${i}`, gate: 'and' as const, children: [`d${i + 1}`] }
        : { id: `d${i}`, label: 'bottom', estimate: { likelihood: 0.5, cost: 1, skill: 'none' as const } },
    );
    const tree = AttackTreeSchema.parse({ root: 'd0', nodes });
    expect(analyzeTree(tree).root).toMatchObject({ feasible: true, cost: 1, likelihood: 0.5 });
    renderAll(tree);
  });

  it('rejects trees over the node limit cleanly', () => {
    const random = seededRandom(7);
    const tree = randomTree(random, { nodes: TREE_LIMITS.nodes + 1 });
    const result = parseThreat({ ...randomThreat(random, 'big', tree) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toContain(`at most ${TREE_LIMITS.nodes} nodes`);
  });

  it('random cycles are always reported, with the nodes on the loop', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const random = seededRandom(1000 + seed);
      const tree = randomTree(random, { nodes: int(random, 2, 80), shareProbability: 0.2 });
      const inner = tree.nodes.filter((n) => n.children);
      if (inner.length === 0) continue;
      const from = pick(random, inner);
      const fromIndex = tree.nodes.indexOf(from);
      // An edge back to the root or to an ancestor-or-self closes a loop; the root is an ancestor of everything.
      const target = random() < 0.5 ? tree.root : from.id;
      if (from.children!.length >= TREE_LIMITS.childrenPerNode || from.children!.includes(target)) continue;
      from.children = [...from.children!, target];
      const result = AttackTreeSchema.safeParse(tree);
      expect(result.success, `seed ${seed}`).toBe(false);
      const cycle = result.error!.issues.find((i) => (i as { params?: { code?: string } }).params?.code === 'cycle');
      expect(cycle, `seed ${seed}`).toBeDefined();
      expect(cycle!.message).toContain('→');
      expect(cycle!.path[1]).toBeTypeOf('number');
      expect(fromIndex).toBeGreaterThanOrEqual(0);
    }
  });

  it('random mutations of valid threat files either validate or fail with located, named errors', () => {
    const mutations: ((text: string, r: () => number) => string)[] = [
      (t, r) => t.replace(/children: \[([^\]]*)\]/, (_m, c: string) => `children: [${c}, ghost${int(r, 0, 9)}]`),
      (t) => t.replace(/gate: (and|or)/, ''),
      (t) => t.replace(/likelihood: 0\.\d+/, 'likelihood: 7'),
      (t) => t.replace(/cost: \d+/, 'cost: lots'),
      (t) => t.replace(/skill: \w+/, 'skill: 3'),
      (t) => t.replace(/- id: n1\n/, '- id: n0\n'),
      (t, r) => {
        const lines = t.split('\n');
        lines.splice(int(r, 0, lines.length - 1), 1);
        return lines.join('\n');
      },
      (t, r) => {
        const cut = int(r, 0, t.length);
        return t.slice(0, cut) + pick(r, ['\t', ': ', '- ', '[', '{', '"', '&a', '*a', '!!binary ', '\u0000']) + t.slice(cut);
      },
    ];
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(5000 + seed);
      const threat = randomThreat(random, `t${seed}`, randomTree(random, { nodes: int(random, 2, 15) }));
      const mutated = pick(random, mutations)(threatToYaml(threat), random);
      const result = parseThreatYaml(mutated);
      if (result.ok) {
        expect(result.threat.slug).toBe(`t${seed}`);
        continue;
      }
      expect(result.issues.length, `seed ${seed}`).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(issue.message.length).toBeGreaterThan(0);
        if (issue.node !== undefined) expect(issue.message).toContain(issue.node.startsWith('#') ? 'node' : `"${issue.node}"`);
        if (issue.code !== 'yaml-syntax' || issue.line !== undefined) expect(issue.line, `seed ${seed} ${issue.message}`).toBeGreaterThan(0);
      }
    }
  });

  it('refuses YAML built to exhaust memory or confuse types', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`),
    ].join('\n');
    const result = parseThreatYaml(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.code).toBe('yaml-syntax');

    expect(parseThreatYaml(`${threatYaml('  root: a\n  nodes: []')}---\nsecond: doc\n`).ok).toBe(false);
    expect(parseThreatYaml('- just\n- a list\n')).toMatchObject({ ok: false, issues: [{ code: 'not-a-threat-file' }] });
    expect(parseThreatYaml('x'.repeat(600 * 1024))).toMatchObject({ ok: false, issues: [{ code: 'yaml-too-large' }] });
    const tagged = parseThreatYaml(threatYaml('  root: !!js/function "function () {}"\n  nodes: []'));
    expect(tagged.ok).toBe(false);
    const duplicateKey = parseThreatYaml(`slug: a\n${threatYaml('  root: a\n  nodes: []')}`);
    expect(duplicateKey.ok).toBe(false);
    if (!duplicateKey.ok) expect(duplicateKey.issues[0]).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });
});
