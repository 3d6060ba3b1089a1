import { SaxesParser } from 'saxes';
import { SKILLS, type AttackNode, type AttackTree } from './attack-tree.ts';
import type { Threat } from './model.ts';

/**
 * Seeded generators for the tests: random attack trees and DAGs, and threats with awkward text,
 * reproducible from the seed printed by a failing test.
 */

export type Random = () => number;

export { seededRandom } from '../../util/seeded-random.ts';

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const AWKWARD = [
  '<script>alert(1)</script>',
  '"quoted" & \'single\'',
  ']]> --> <!-- ',
  'yes',
  'null',
  '~',
  '- not a list',
  '# not a comment',
  'key: value',
  '{ flow: map }',
  '[1, 2]',
  '@at `tick` *star* _under_ |pipe|',
  'naïve café 日本語 🙂',
  '0x1F',
  '1e3',
  '   ',
  '\\backslash\\',
  '%percent',
  '!tag',
  '&anchor *alias',
];

/** A single-line label: words and awkward fragments, no leading or trailing space. */
export function randomLabel(random: Random, maxLength = 120): string {
  const parts: string[] = [];
  const count = int(random, 1, 8);
  for (let i = 0; i < count; i++) {
    parts.push(random() < 0.3 ? pick(random, AWKWARD) : `word${int(random, 0, 999)}`);
  }
  const label = parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, maxLength).trim();
  return label === '' ? 'x' : label;
}

/** Multi-line prose with blank lines, bullets, indentation and awkward fragments. */
export function randomProse(random: Random): string {
  const lines: string[] = [];
  const count = int(random, 1, 8);
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.15) lines.push('');
    else if (r < 0.3) lines.push(`- ${randomLabel(random)}`);
    else if (r < 0.4) lines.push(`  ${randomLabel(random)}`);
    else lines.push(randomLabel(random, 300));
  }
  let text = lines.join('\n');
  if (random() < 0.5) text += '\n';
  if (random() < 0.2) text += '\n\n';
  return text.trim() === '' ? 'text' : text;
}

export interface TreeShapeOptions {
  nodes: number;
  /** Probability that an inner node also gets an edge to an existing node (makes a DAG). */
  shareProbability?: number;
  /** Chance that a leaf gets a mitigation; half of them deployed. */
  mitigationProbability?: number;
  maxChildren?: number;
  labelLength?: number;
}

/**
 * A valid random tree: nodes are created in order and each non-root node gets one parent among
 * earlier inner nodes, so there are no cycles; optional extra edges from earlier to later nodes
 * keep it acyclic while making it a DAG.
 */
export function randomTree(random: Random, options: TreeShapeOptions): AttackTree {
  const count = Math.max(1, options.nodes);
  const maxChildren = options.maxChildren ?? 5;
  const nodes: AttackNode[] = [];
  const children: string[][] = [];
  for (let i = 0; i < count; i++) {
    nodes.push({ id: `n${i}`, label: randomLabel(random, options.labelLength ?? 120) });
    children.push([]);
    if (i === 0) continue;
    let parent = int(random, Math.max(0, i - 8), i - 1);
    for (let tries = 0; children[parent]!.length >= maxChildren && tries < i; tries++) parent = (parent + 1) % i;
    if (children[parent]!.length >= maxChildren) parent = i - 1;
    children[parent]!.push(`n${i}`);
  }
  for (let i = 0; i < count; i++) {
    if (children[i]!.length > 0 && children[i]!.length < maxChildren && random() < (options.shareProbability ?? 0)) {
      const target = int(random, i + 1, count - 1);
      if (target > i && !children[i]!.includes(`n${target}`)) children[i]!.push(`n${target}`);
    }
  }
  let mitigation = 0;
  nodes.forEach((node, i) => {
    if (children[i]!.length > 0) {
      node.gate = random() < 0.5 ? 'and' : 'or';
      node.children = children[i]!;
    } else {
      node.estimate = {
        likelihood: Math.round(random() * 1000) / 1000,
        cost: int(random, 0, 100000),
        skill: pick(random, SKILLS),
      };
    }
    if (random() < (options.mitigationProbability ?? 0.2)) {
      node.mitigations = [
        { id: `m${mitigation++}`, label: randomLabel(random, 60), providedBy: random() < 0.5 ? ['XEP-0205'] : [], deployed: random() < 0.5 },
      ];
    }
  });
  return { root: 'n0', nodes };
}

/** A complete threat around a tree, with awkward text in every field. */
export function randomThreat(random: Random, slug: string, tree: AttackTree): Threat {
  const threat: Threat = {
    slug,
    name: randomLabel(random, 100),
    status: pick(random, ['draft', 'reviewed', 'retired'] as const),
    tags: random() < 0.5 ? [] : ['tls', 'c2s'],
    abstract: randomProse(random),
    definition: randomProse(random),
    tree,
    likelihood: pick(random, ['low', 'medium', 'high'] as const),
    damage: pick(random, ['low', 'medium', 'high'] as const),
    existingApproaches: [{ name: randomLabel(random, 60), description: randomProse(random), refs: ['RFC 6120 §13.7', 'XEP-0178'] }],
    gap: randomProse(random),
    potentialApproaches:
      random() < 0.3
        ? []
        : [{ name: randomLabel(random, 60), description: randomProse(random), implementationIssues: randomProse(random), refs: [] }],
    recommendation: randomProse(random),
    links: { xeps: [220, 344], rfcs: random() < 0.5 ? [] : [6120], cves: random() < 0.5 ? [] : ['CVE-2016-0756'] },
  };
  if (random() < 0.5) threat.exposureMetric = 'dialback-only';
  return threat;
}

/** A complete, valid threat file around the given `tree:` block (indented by two spaces). */
export function threatYaml(treeBlock: string): string {
  return `slug: sample
name: Sample threat
status: draft
tags: []
abstract: Short.
definition: Longer.
tree:
${treeBlock}
likelihood: low
damage: low
existingApproaches: []
gap: Some gap.
potentialApproaches: []
recommendation: Do nothing at this time.
links:
  xeps: []
  rfcs: []
  cves: []
`;
}

/** Parses XML strictly; returns the concatenated text content. Throws on any well-formedness error. */
export function xmlText(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let text = '';
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.write(xml).close();
  if (error) throw error;
  return text;
}
