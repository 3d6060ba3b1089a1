import { z } from 'zod';
import { SpecRefSchema } from './refs.ts';

/**
 * Attack trees as people write them: a flat list of nodes that refer to their children by id.
 * A flat list keeps every node one short block in a diff, lets a sub-goal be shared (the graph
 * may be a DAG) and lets every error name the node it is about. The scales are documented in
 * RULES.md next to this file.
 */

export const GATES = ['and', 'or'] as const;
export type Gate = (typeof GATES)[number];

/** Ordinal attacker skill, from anyone following a recipe to the means of a national agency. */
export const SKILLS = ['none', 'basic', 'skilled', 'expert', 'state'] as const;
export type Skill = (typeof SKILLS)[number];

export const SKILL_DESCRIPTIONS: Record<Skill, string> = {
  none: 'anyone following published instructions or a ready-made tool',
  basic: 'a competent user or administrator',
  skilled: 'a network or protocol engineer who adapts tools',
  expert: 'a security researcher who builds new attacks',
  state: 'the resources and access of a national agency',
};

/** Limits that keep validation, computation and layout bounded whatever the input. */
export const TREE_LIMITS = {
  nodes: 200,
  childrenPerNode: 20,
  mitigationsPerNode: 8,
  mitigations: 200,
  labelLength: 200,
  /** A cost above this is not an estimate any more; 10^12 US dollars. */
  cost: 1e12,
} as const;

const NODE_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export const NodeIdSchema = z
  .string()
  .regex(NODE_ID_PATTERN, 'an id is 1-64 lower-case letters, digits and inner hyphens');

const LabelSchema = z
  .string()
  .min(1, 'a label must not be empty')
  .max(TREE_LIMITS.labelLength, `a label has at most ${TREE_LIMITS.labelLength} characters`)
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  .regex(/^[^\u0000-\u001F\u007F]*$/, 'a label is one line without control characters')
  .refine((s) => s.trim() === s && s !== '', 'a label must not start or end with white space');

export const EstimateSchema = z.strictObject({
  /** Probability in [0, 1] that an attacker who attempts this step succeeds. */
  likelihood: z.number().min(0, 'likelihood is a probability between 0 and 1').max(1, 'likelihood is a probability between 0 and 1'),
  /** What the step costs the attacker, in US dollars (equipment, services, time valued). */
  cost: z
    .number()
    .int('cost is a whole number of US dollars')
    .min(0, 'cost must not be negative')
    .max(TREE_LIMITS.cost, `cost is at most ${TREE_LIMITS.cost} US dollars`),
  skill: z.enum(SKILLS, { error: `skill is one of ${SKILLS.join(', ')}` }),
});
export type Estimate = z.infer<typeof EstimateSchema>;

export const MitigationSchema = z.strictObject({
  id: NodeIdSchema,
  label: LabelSchema,
  /** The specifications that provide the measure; empty for purely operational measures. */
  providedBy: z.array(SpecRefSchema).max(10),
  /** True when the measure is deployed widely enough that the step is blocked for a typical target. */
  deployed: z.boolean(),
});
export type Mitigation = z.infer<typeof MitigationSchema>;

export const AttackNodeSchema = z.strictObject({
  id: NodeIdSchema,
  label: LabelSchema,
  gate: z.enum(GATES, { error: 'gate is "and" or "or"' }).optional(),
  children: z
    .array(NodeIdSchema)
    .min(1, 'children, when present, lists at least one node id (omit it for a leaf)')
    .max(TREE_LIMITS.childrenPerNode, `a node has at most ${TREE_LIMITS.childrenPerNode} children`)
    .optional(),
  estimate: EstimateSchema.optional(),
  mitigations: z
    .array(MitigationSchema)
    .min(1, 'mitigations, when present, lists at least one mitigation')
    .max(TREE_LIMITS.mitigationsPerNode, `a node has at most ${TREE_LIMITS.mitigationsPerNode} mitigations`)
    .optional(),
});
export type AttackNode = z.infer<typeof AttackNodeSchema>;

export const TREE_ISSUE_CODES = [
  'duplicate-id',
  'unknown-node',
  'duplicate-child',
  'cycle',
  'missing-gate',
  'gate-on-leaf',
  'leaf-without-estimate',
  'estimate-on-inner-node',
  'unreachable-node',
  'duplicate-mitigation',
  'too-many-mitigations',
] as const;
export type TreeIssueCode = (typeof TREE_ISSUE_CODES)[number];

/** A structural problem found in a tree whose nodes are individually well-formed. */
export interface TreeIssue {
  code: TreeIssueCode;
  message: string;
  /** Path inside the tree object, e.g. `['nodes', 3, 'children', 1]`. */
  path: (string | number)[];
  node?: string;
}

interface TreeShape {
  root: string;
  nodes: AttackNode[];
}

/** The structural checks; pure, O(nodes + edges), stops reporting after a bounded number of issues. */
export function checkTreeStructure(tree: TreeShape): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const index = new Map<string, number>();
  tree.nodes.forEach((node, i) => {
    const first = index.get(node.id);
    if (first === undefined) {
      index.set(node.id, i);
    } else {
      issues.push({
        code: 'duplicate-id',
        node: node.id,
        path: ['nodes', i, 'id'],
        message: `node "${node.id}" is defined twice (first as nodes[${first}])`,
      });
    }
  });
  if (!index.has(tree.root)) {
    issues.push({ code: 'unknown-node', path: ['root'], message: `the root "${tree.root}" is not a node of the tree` });
  }

  const mitigationIds = new Map<string, string>();
  let mitigationCount = 0;
  tree.nodes.forEach((node, i) => {
    const children = node.children ?? [];
    const seen = new Set<string>();
    children.forEach((child, j) => {
      if (seen.has(child)) {
        issues.push({
          code: 'duplicate-child',
          node: node.id,
          path: ['nodes', i, 'children', j],
          message: `node "${node.id}" lists child "${child}" more than once`,
        });
      }
      seen.add(child);
      if (!index.has(child)) {
        issues.push({
          code: 'unknown-node',
          node: node.id,
          path: ['nodes', i, 'children', j],
          message: `node "${node.id}" refers to child "${child}", which is not defined`,
        });
      }
    });
    if (children.length > 0) {
      if (node.gate === undefined) {
        issues.push({
          code: 'missing-gate',
          node: node.id,
          path: ['nodes', i],
          message: `node "${node.id}" has children but no gate: add gate: and (all children needed) or gate: or (any child suffices)`,
        });
      }
      if (node.estimate !== undefined) {
        issues.push({
          code: 'estimate-on-inner-node',
          node: node.id,
          path: ['nodes', i, 'estimate'],
          message: `node "${node.id}" has children, so its estimate is computed from them: remove its estimate`,
        });
      }
    } else {
      if (node.gate !== undefined) {
        issues.push({
          code: 'gate-on-leaf',
          node: node.id,
          path: ['nodes', i, 'gate'],
          message: `node "${node.id}" has a gate but no children: a leaf has no gate`,
        });
      }
      if (node.estimate === undefined) {
        issues.push({
          code: 'leaf-without-estimate',
          node: node.id,
          path: ['nodes', i],
          message: `leaf "${node.id}" has no estimate: give likelihood, cost and skill`,
        });
      }
    }
    (node.mitigations ?? []).forEach((m, k) => {
      mitigationCount += 1;
      const owner = mitigationIds.get(m.id);
      if (owner !== undefined) {
        issues.push({
          code: 'duplicate-mitigation',
          node: node.id,
          path: ['nodes', i, 'mitigations', k, 'id'],
          message: `node "${node.id}": mitigation id "${m.id}" is already used on node "${owner}"`,
        });
      } else {
        mitigationIds.set(m.id, node.id);
      }
    });
  });
  if (mitigationCount > TREE_LIMITS.mitigations) {
    issues.push({
      code: 'too-many-mitigations',
      path: ['nodes'],
      message: `the tree has ${mitigationCount} mitigations; at most ${TREE_LIMITS.mitigations} are allowed`,
    });
  }

  issues.push(...findCycles(tree, index));
  if (index.has(tree.root)) issues.push(...findUnreachable(tree, index));
  return issues.slice(0, 100);
}

/** Iterative depth-first search (deep trees must not overflow the stack); reports each back edge. */
function findCycles(tree: TreeShape, index: Map<string, number>): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const state = new Uint8Array(tree.nodes.length); // 0 new, 1 on the stack, 2 done
  for (let start = 0; start < tree.nodes.length; start++) {
    if (state[start] !== 0 || index.get(tree.nodes[start]!.id) !== start) continue;
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    state[start] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const node = tree.nodes[frame.node]!;
      const children = node.children ?? [];
      if (frame.next >= children.length) {
        state[frame.node] = 2;
        stack.pop();
        continue;
      }
      const j = frame.next++;
      const child = index.get(children[j]!);
      if (child === undefined) continue;
      if (state[child] === 1) {
        const from = stack.findIndex((f) => f.node === child);
        const loop = stack.slice(from).map((f) => tree.nodes[f.node]!.id);
        issues.push({
          code: 'cycle',
          node: node.id,
          path: ['nodes', frame.node, 'children', j],
          message: `cycle: ${[...loop, tree.nodes[child]!.id].join(' → ')} (node "${node.id}" leads back to "${tree.nodes[child]!.id}")`,
        });
        if (issues.length >= 10) return issues;
      } else if (state[child] === 0) {
        state[child] = 1;
        stack.push({ node: child, next: 0 });
      }
    }
  }
  return issues;
}

function findUnreachable(tree: TreeShape, index: Map<string, number>): TreeIssue[] {
  const reached = new Uint8Array(tree.nodes.length);
  const queue = [index.get(tree.root)!];
  reached[queue[0]!] = 1;
  while (queue.length > 0) {
    const node = tree.nodes[queue.pop()!]!;
    for (const id of node.children ?? []) {
      const child = index.get(id);
      if (child !== undefined && reached[child] === 0) {
        reached[child] = 1;
        queue.push(child);
      }
    }
  }
  const issues: TreeIssue[] = [];
  tree.nodes.forEach((node, i) => {
    if (reached[i] === 0 && index.get(node.id) === i) {
      issues.push({
        code: 'unreachable-node',
        node: node.id,
        path: ['nodes', i],
        message: `node "${node.id}" cannot be reached from the root "${tree.root}": attach it or remove it`,
      });
    }
  });
  return issues;
}

export const AttackTreeSchema = z
  .strictObject({
    /** The attacker's goal. */
    root: NodeIdSchema,
    nodes: z
      .array(AttackNodeSchema)
      .min(1, 'a tree has at least one node')
      .max(TREE_LIMITS.nodes, `a tree has at most ${TREE_LIMITS.nodes} nodes`),
  })
  .superRefine((tree, ctx) => {
    for (const issue of checkTreeStructure(tree)) {
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        path: issue.path,
        params: { code: issue.code, node: issue.node },
      });
    }
  });
export type AttackTree = z.infer<typeof AttackTreeSchema>;

export function isLeaf(node: AttackNode): boolean {
  return node.children === undefined || node.children.length === 0;
}

/** Node lookup by id for a tree that passed validation. */
export function nodeIndex(tree: AttackTree): Map<string, AttackNode> {
  return new Map(tree.nodes.map((n) => [n.id, n]));
}
