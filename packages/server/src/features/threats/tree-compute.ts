import { SKILLS, type AttackNode, type AttackTree, type Mitigation, type Skill } from './attack-tree.ts';
import type { Level } from './model.ts';

/**
 * What an attack tree says once its leaves are propagated to the goal. The rules are in RULES.md:
 * each attribute is propagated on its own (OR: most likely child, cheapest child, least skill;
 * AND: product of likelihoods, sum of costs, greatest skill); a deployed mitigation cuts its node;
 * the cheapest attack picks the cheapest child at every OR node and every child at AND nodes.
 */

export interface NodeValue {
  /** False when deployed mitigations cut every way to achieve this node. */
  feasible: boolean;
  /** Probability in [0, 1]; 0 when not feasible. */
  likelihood: number;
  /** US dollars; Infinity when not feasible. */
  cost: number;
  /** Null when not feasible. */
  skill: Skill | null;
}

export interface AttackPath {
  /** Nodes the attack needs, goal first, in depth-first order. */
  nodes: string[];
  /** Parent → child edges the attack follows. */
  edges: [string, string][];
  leaves: string[];
  cost: number;
  /** Likelihood of this particular attack (the product over its leaves). */
  likelihood: number;
  skill: Skill;
}

export interface MitigationEffect {
  mitigation: Mitigation;
  /** The node the mitigation is attached to. */
  node: string;
  /** True when the node lies on the current cheapest attack, so deploying it cuts that attack. */
  cutsCheapestAttack: boolean;
  /** The goal's value once this mitigation is deployed as well. */
  after: NodeValue;
  /** True when deploying it alone makes the goal unreachable. */
  blocksGoal: boolean;
}

export interface TreeAnalysis {
  /** The goal with deployed mitigations taken into account. */
  root: NodeValue;
  /** The goal as if no mitigation were deployed: what the deployed ones already achieve. */
  unmitigated: NodeValue;
  values: Map<string, NodeValue>;
  /** Nodes cut by a deployed mitigation on the node itself. */
  cutNodes: Set<string>;
  /** Null when the goal is unreachable. */
  cheapest: AttackPath | null;
  /** Every mitigation not yet deployed, those cutting the cheapest attack first. */
  undeployed: MitigationEffect[];
  /** Suggested likelihood band of the goal (RULES.md): ≥ 0.25 high, ≥ 0.05 medium, else low. */
  likelihoodBand: Level;
}

const SKILL_RANK = new Map<Skill, number>(SKILLS.map((s, i) => [s, i]));
const rank = (skill: Skill | null): number => (skill === null ? Infinity : SKILL_RANK.get(skill)!);
const BLOCKED: NodeValue = { feasible: false, likelihood: 0, cost: Infinity, skill: null };

/** Children before parents, each node once, reachable from the root only. Iterative for deep trees. */
function postOrder(tree: AttackTree, byId: Map<string, AttackNode>): AttackNode[] {
  const order: AttackNode[] = [];
  const done = new Set<string>();
  const stack: { node: AttackNode; next: number }[] = [];
  const rootNode = byId.get(tree.root);
  if (rootNode === undefined) return order;
  stack.push({ node: rootNode, next: 0 });
  done.add(rootNode.id);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = frame.node.children ?? [];
    if (frame.next < children.length) {
      const child = byId.get(children[frame.next++]!);
      if (child !== undefined && !done.has(child.id)) {
        done.add(child.id);
        stack.push({ node: child, next: 0 });
      }
    } else {
      order.push(frame.node);
      stack.pop();
    }
  }
  return order;
}

function combine(node: AttackNode, children: NodeValue[]): NodeValue {
  if (node.gate === 'and') {
    if (children.some((c) => !c.feasible)) return BLOCKED;
    return {
      feasible: true,
      likelihood: children.reduce((p, c) => p * c.likelihood, 1),
      cost: Math.min(children.reduce((s, c) => s + c.cost, 0), Number.MAX_VALUE),
      skill: children.reduce<Skill>((s, c) => (rank(c.skill) > rank(s) ? c.skill! : s), 'none'),
    };
  }
  const open = children.filter((c) => c.feasible);
  if (open.length === 0) return BLOCKED;
  return {
    feasible: true,
    likelihood: Math.max(...open.map((c) => c.likelihood)),
    cost: Math.min(...open.map((c) => c.cost)),
    skill: open.reduce<Skill | null>((s, c) => (rank(c.skill) < rank(s) ? c.skill : s), null),
  };
}

function evaluate(
  order: AttackNode[],
  isCut: (node: AttackNode) => boolean,
): Map<string, NodeValue> {
  const values = new Map<string, NodeValue>();
  for (const node of order) {
    let value: NodeValue;
    if (isCut(node)) {
      value = BLOCKED;
    } else if (node.children === undefined || node.children.length === 0) {
      const e = node.estimate!;
      value = { feasible: true, likelihood: e.likelihood, cost: e.cost, skill: e.skill };
    } else {
      value = combine(node, node.children.map((id) => values.get(id) ?? BLOCKED));
    }
    values.set(node.id, value);
  }
  return values;
}

/** The cheapest child of an OR node; ties go to the more likely, then the less skilled, then the first listed. */
function cheapestChild(node: AttackNode, values: Map<string, NodeValue>): string | undefined {
  let best: string | undefined;
  let bestValue: NodeValue | undefined;
  for (const id of node.children ?? []) {
    const v = values.get(id);
    if (v === undefined || !v.feasible) continue;
    if (
      bestValue === undefined ||
      v.cost < bestValue.cost ||
      (v.cost === bestValue.cost &&
        (v.likelihood > bestValue.likelihood ||
          (v.likelihood === bestValue.likelihood && rank(v.skill) < rank(bestValue.skill))))
    ) {
      best = id;
      bestValue = v;
    }
  }
  return best;
}

function cheapestAttack(
  tree: AttackTree,
  byId: Map<string, AttackNode>,
  values: Map<string, NodeValue>,
): AttackPath | null {
  const rootValue = values.get(tree.root);
  if (rootValue === undefined || !rootValue.feasible) return null;
  const nodes: string[] = [];
  const edges: [string, string][] = [];
  const leaves: string[] = [];
  const seen = new Set<string>();
  let likelihood = 1;
  let skill: Skill = 'none';
  // Depth-first, goal first; a shared sub-goal is walked once but its edges are all kept.
  const stack = [tree.root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    nodes.push(id);
    const node = byId.get(id)!;
    if (node.children === undefined || node.children.length === 0) {
      leaves.push(id);
      likelihood *= node.estimate!.likelihood;
      if (rank(node.estimate!.skill) > rank(skill)) skill = node.estimate!.skill;
      continue;
    }
    const chosen = node.gate === 'and' ? node.children : [cheapestChild(node, values)!];
    for (const child of chosen) edges.push([id, child]);
    for (const child of [...chosen].reverse()) stack.push(child);
  }
  return { nodes, edges, leaves, cost: rootValue.cost, likelihood, skill };
}

export function likelihoodBand(probability: number): Level {
  return probability >= 0.25 ? 'high' : probability >= 0.05 ? 'medium' : 'low';
}

export interface AnalyzeOptions {
  /** Overrides each mitigation's `deployed` flag, e.g. to ask "what if X were deployed". */
  deployed?: (mitigation: Mitigation, node: AttackNode) => boolean;
}

/** Propagates the leaves to the goal. Expects a tree that passed `AttackTreeSchema`. */
export function analyzeTree(tree: AttackTree, options: AnalyzeOptions = {}): TreeAnalysis {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const isDeployed = options.deployed ?? ((m: Mitigation) => m.deployed);
  const order = postOrder(tree, byId);
  const cutNodes = new Set(
    order.filter((n) => (n.mitigations ?? []).some((m) => isDeployed(m, n))).map((n) => n.id),
  );
  const values = evaluate(order, (n) => cutNodes.has(n.id));
  const unmitigated = evaluate(order, () => false).get(tree.root) ?? BLOCKED;
  const root = values.get(tree.root) ?? BLOCKED;
  const cheapest = cheapestAttack(tree, byId, values);
  const onPath = new Set(cheapest?.nodes ?? []);

  const undeployed: MitigationEffect[] = [];
  for (const node of order) {
    for (const mitigation of node.mitigations ?? []) {
      if (isDeployed(mitigation, node)) continue;
      const after =
        values.get(tree.root)?.feasible === false
          ? root
          : (evaluate(order, (n) => n.id === node.id || cutNodes.has(n.id)).get(tree.root) ?? BLOCKED);
      undeployed.push({
        mitigation,
        node: node.id,
        cutsCheapestAttack: onPath.has(node.id),
        after,
        blocksGoal: root.feasible && !after.feasible,
      });
    }
  }
  undeployed.sort(
    (a, b) =>
      Number(b.cutsCheapestAttack) - Number(a.cutsCheapestAttack) ||
      Number(b.blocksGoal) - Number(a.blocksGoal) ||
      b.after.cost - a.after.cost ||
      a.after.likelihood - b.after.likelihood ||
      (a.mitigation.id < b.mitigation.id ? -1 : 1),
  );
  return { root, unmitigated, values, cutNodes, cheapest, undeployed, likelihoodBand: likelihoodBand(root.likelihood) };
}

/** `$1,200`, `$3.5M`, or `blocked` for an unreachable node. */
export function formatCost(cost: number): string {
  if (!Number.isFinite(cost)) return 'blocked';
  if (cost >= 1e9) return `$${trim(cost / 1e9)}B`;
  if (cost >= 1e6) return `$${trim(cost / 1e6)}M`;
  return `$${Math.round(cost).toLocaleString('en-US')}`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}

/** Likelihood to two significant digits, e.g. `0.3`, `0.045`, `<0.001`. */
export function formatLikelihood(p: number): string {
  if (p === 0) return '0';
  if (p < 0.001) return '<0.001';
  return String(Number(p.toPrecision(2)));
}
