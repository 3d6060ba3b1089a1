import { describe, expect, it } from 'vitest';
import type { Level, Threat } from './model.ts';
import { compareThreats, orderRegister, priorityMatrix, priorityOf } from './priority.ts';
import { randomThreat, randomTree, seededRandom } from './test-generators.ts';

describe('priority', () => {
  it('follows the documented matrix', () => {
    const table = priorityMatrix().map((row) => [row.likelihood, ...row.cells.map((c) => c.rating.priority)]);
    expect(table).toEqual([
      ['high', 'medium', 'high', 'critical'],
      ['medium', 'low', 'medium', 'high'],
      ['low', 'low', 'low', 'medium'],
    ]);
    expect(priorityOf('high', 'high')).toEqual({ priority: 'critical', score: 9 });
  });

  it('is monotonic: more likelihood or damage never lowers the score', () => {
    const levels: Level[] = ['low', 'medium', 'high'];
    for (let l = 0; l < 3; l++) {
      for (let d = 0; d < 3; d++) {
        const here = priorityOf(levels[l]!, levels[d]!).score;
        if (l < 2) expect(priorityOf(levels[l + 1]!, levels[d]!).score).toBeGreaterThan(here);
        if (d < 2) expect(priorityOf(levels[l]!, levels[d + 1]!).score).toBeGreaterThan(here);
      }
    }
  });

  it('orders the register: retired last, score, damage, name, slug', () => {
    const random = seededRandom(3);
    const make = (slug: string, likelihood: Level, damage: Level, status: Threat['status'] = 'reviewed', name = slug): Threat => ({
      ...randomThreat(random, slug, randomTree(random, { nodes: 1 })),
      likelihood,
      damage,
      status,
      name,
    });
    const threats = [
      make('a', 'low', 'low'),
      make('b', 'high', 'high', 'retired'),
      make('c', 'high', 'low'),
      make('d', 'low', 'high'),
      make('e', 'medium', 'high'),
      make('f', 'high', 'medium', 'draft', 'Same'),
      make('g', 'high', 'medium', 'draft', 'Same'),
    ];
    expect(orderRegister([...threats].reverse()).map((t) => t.slug)).toEqual(['e', 'f', 'g', 'd', 'c', 'a', 'b']);
    for (const x of threats) expect(compareThreats(x, x)).toBe(0);
  });
});
