import { describe, expect, it } from 'vitest';
import { AttackTreeSchema, SKILLS, type AttackTree, type Skill } from './attack-tree.ts';
import { analyzeTree, formatCost, formatLikelihood, likelihoodBand } from './tree-compute.ts';
import { randomTree, seededRandom, type Random } from './test-generators.ts';

const leaf = (id: string, likelihood: number, cost: number, skill: Skill, deployed?: boolean) => ({
  id,
  label: id,
  estimate: { likelihood, cost, skill },
  ...(deployed === undefined ? {} : { mitigations: [{ id: `m-${id}`, label: `stop ${id}`, providedBy: ['XEP-0205'], deployed }] }),
});

function tree(input: unknown): AttackTree {
  return AttackTreeSchema.parse(input);
}

describe('attack tree computation', () => {
  const sample = tree({
    root: 'goal',
    nodes: [
      { id: 'goal', label: 'goal', gate: 'or', children: ['both', 'c'] },
      { id: 'both', label: 'both', gate: 'and', children: ['a', 'b'] },
      leaf('a', 0.5, 100, 'basic'),
      leaf('b', 0.4, 300, 'expert'),
      leaf('c', 0.1, 1000, 'none', false),
    ],
  });

  it('propagates OR as best child and AND as product, sum and greatest skill', () => {
    const a = analyzeTree(sample);
    expect(a.values.get('both')).toEqual({ feasible: true, likelihood: 0.5 * 0.4, cost: 400, skill: 'expert' });
    expect(a.root).toEqual({ feasible: true, likelihood: 0.5 * 0.4, cost: 400, skill: 'none' });
    expect(a.cheapest).toMatchObject({ nodes: ['goal', 'both', 'a', 'b'], leaves: ['a', 'b'], cost: 400, skill: 'expert' });
    expect(a.cheapest!.likelihood).toBeCloseTo(0.2);
    expect(a.cheapest!.edges).toEqual([['goal', 'both'], ['both', 'a'], ['both', 'b']]);
  });

  it('cuts nodes with deployed mitigations and reports which mitigations cut the cheapest attack', () => {
    const withCut = tree({
      ...sample,
      nodes: sample.nodes.map((n) => (n.id === 'a' ? leaf('a', 0.5, 100, 'basic', true) : n.id === 'b' ? leaf('b', 0.4, 300, 'expert', false) : n)),
    });
    const a = analyzeTree(withCut);
    expect(a.cutNodes).toEqual(new Set(['a']));
    expect(a.values.get('both')!.feasible).toBe(false);
    expect(a.root).toEqual({ feasible: true, likelihood: 0.1, cost: 1000, skill: 'none' });
    expect(a.unmitigated.cost).toBe(400);
    expect(a.cheapest!.leaves).toEqual(['c']);
    const [first, second] = a.undeployed;
    expect(first).toMatchObject({ node: 'c', cutsCheapestAttack: true, blocksGoal: true });
    expect(first!.after.feasible).toBe(false);
    expect(second).toMatchObject({ node: 'b', cutsCheapestAttack: false, blocksGoal: false });
  });

  it('reports an unreachable goal when everything is cut', () => {
    const blocked = tree({ root: 'g', nodes: [{ id: 'g', label: 'g', gate: 'and', children: ['x'] }, leaf('x', 1, 1, 'none', true)] });
    const a = analyzeTree(blocked);
    expect(a.root.feasible).toBe(false);
    expect(a.cheapest).toBeNull();
    expect(a.likelihoodBand).toBe('low');
  });

  it('lets "what if" callers override deployment', () => {
    const a = analyzeTree(sample, { deployed: (m) => m.id === 'm-c' });
    expect(a.cutNodes).toEqual(new Set(['c']));
  });

  it('formats figures for people', () => {
    expect(formatCost(1200)).toBe('$1,200');
    expect(formatCost(3_500_000)).toBe('$3.5M');
    expect(formatCost(Infinity)).toBe('blocked');
    expect(formatLikelihood(0.04512)).toBe('0.045');
    expect(formatLikelihood(0.0001)).toBe('<0.001');
    expect([0.3, 0.1, 0.01].map(likelihoodBand)).toEqual(['high', 'medium', 'low']);
  });

  /** One concrete attack chosen at random: every child of AND nodes, one feasible child of OR nodes. */
  function randomAttackCost(t: AttackTree, random: Random, cut: Set<string>): number | undefined {
    const byId = new Map(t.nodes.map((n) => [n.id, n]));
    const cost = (id: string): number | undefined => {
      if (cut.has(id)) return undefined;
      const n = byId.get(id)!;
      if (!n.children) return n.estimate!.cost;
      if (n.gate === 'and') {
        let sum = 0;
        for (const c of n.children) {
          const v = cost(c);
          if (v === undefined) return undefined;
          sum += v;
        }
        return sum;
      }
      const options = n.children.map(cost).filter((v): v is number => v !== undefined);
      return options.length === 0 ? undefined : options[Math.floor(random() * options.length)];
    };
    return cost(t.root);
  }

  it('on generated trees, no attack is cheaper than the cheapest and deploying more never helps the attacker', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const t = tree(randomTree(random, { nodes: 2 + (seed % 40), mitigationProbability: 0.15 }));
      const a = analyzeTree(t);
      if (a.cheapest) {
        const byId = new Map(t.nodes.map((n) => [n.id, n]));
        // A tree (no sharing): the cheapest attack's cost is the sum of its leaves.
        expect(a.cheapest.leaves.reduce((s, id) => s + byId.get(id)!.estimate!.cost, 0), `seed ${seed}`).toBe(a.root.cost);
        expect(a.cheapest.leaves.every((id) => !a.cutNodes.has(id))).toBe(true);
        for (let i = 0; i < 20; i++) {
          const other = randomAttackCost(t, random, a.cutNodes);
          expect(other, `seed ${seed}`).toBeGreaterThanOrEqual(a.root.cost);
        }
        expect(SKILLS).toContain(a.cheapest.skill);
      } else {
        expect(randomAttackCost(t, random, a.cutNodes), `seed ${seed}`).toBeUndefined();
      }
      expect(a.unmitigated.cost).toBeLessThanOrEqual(a.root.cost);
      expect(a.unmitigated.likelihood).toBeGreaterThanOrEqual(a.root.likelihood);
      for (const effect of a.undeployed) {
        expect(effect.after.cost).toBeGreaterThanOrEqual(a.root.cost);
        expect(effect.after.likelihood).toBeLessThanOrEqual(a.root.likelihood);
        if (!effect.cutsCheapestAttack && effect.after.feasible) expect(effect.after.cost, `seed ${seed}`).toBe(a.root.cost);
      }
    }
  });
});
