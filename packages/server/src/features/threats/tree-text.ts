import type { AttackNode, AttackTree } from './attack-tree.ts';
import { escapeDot, stripInvalidXmlChars } from '../../text/escape.ts';
import { formatCost, formatLikelihood, type TreeAnalysis } from './tree-compute.ts';

/**
 * Text forms of an attack tree: an indented outline (for Markdown, terminals and diffs) and a
 * Graphviz DOT export (for people who want to restyle the diagram themselves).
 */

function values(node: AttackNode, analysis: TreeAnalysis): string {
  const v = analysis.values.get(node.id);
  if (v === undefined || !v.feasible) return analysis.cutNodes.has(node.id) ? 'cut by a deployed mitigation' : 'blocked';
  return `p ${formatLikelihood(v.likelihood)}, ${formatCost(v.cost)}, skill ${v.skill}`;
}

/**
 * One line per node, two spaces per level: `[OR]`/`[AND]` for inner nodes, `-` for leaves, `*`
 * before nodes of the cheapest attack, mitigations beneath their node. A shared sub-goal is
 * written in full once and referred to afterwards.
 */
export function treeOutline(tree: AttackTree, analysis: TreeAnalysis): string {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const pathEdges = new Set((analysis.cheapest?.edges ?? []).map(([a, b]) => `${a} ${b}`));
  const written = new Set<string>();
  const lines: string[] = [];
  const stack: { id: string; depth: number; parent?: string }[] = [{ id: tree.root, depth: 0 }];
  while (stack.length > 0) {
    const { id, depth, parent } = stack.pop()!;
    const node = byId.get(id);
    if (node === undefined) continue;
    const indent = '  '.repeat(depth);
    // Marked where the attack passes through this occurrence (a shared node may appear off the path too).
    const onPath = parent === undefined ? analysis.cheapest !== null : pathEdges.has(`${parent} ${id}`);
    const mark = onPath ? '* ' : '';
    const kind = node.gate === undefined ? '-' : `[${node.gate.toUpperCase()}]`;
    const label = stripInvalidXmlChars(node.label);
    if (written.has(id)) {
      lines.push(`${indent}${mark}${kind} ${label} (${id}, see above)`);
      continue;
    }
    written.add(id);
    lines.push(`${indent}${mark}${kind} ${label} (${id}: ${values(node, analysis)})`);
    for (const m of node.mitigations ?? []) {
      const refs = m.providedBy.length > 0 ? `, ${m.providedBy.join(', ')}` : '';
      lines.push(`${indent}    mitigation: ${stripInvalidXmlChars(m.label)} (${m.deployed ? 'deployed' : 'not deployed'}${refs})`);
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ id: children[i]!, depth: depth + 1, parent: id });
  }
  return lines.join('\n');
}

/** Graphviz DOT: boxes for goals, rounded boxes for leaves, notes for mitigations, the cheapest attack in red. */
export function treeToDot(tree: AttackTree, analysis: TreeAnalysis, name = tree.root): string {
  const onPath = new Set(analysis.cheapest?.nodes ?? []);
  const pathEdges = new Set((analysis.cheapest?.edges ?? []).map(([a, b]) => `${a} ${b}`));
  const out: string[] = [
    `digraph "${escapeDot(name)}" {`,
    '  rankdir=TB;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [color="#80868b"];',
  ];
  for (const node of tree.nodes) {
    if (!analysis.values.has(node.id)) continue;
    const label = `${node.gate ? `${node.gate.toUpperCase()}: ` : ''}${node.label}\n${values(node, analysis)}`;
    const attrs = [
      `label="${escapeDot(label)}"`,
      node.gate === undefined ? 'shape=box, style="rounded"' : node.gate === 'and' ? 'shape=box, style="bold"' : 'shape=box',
    ];
    if (node.id === tree.root) attrs.push('penwidth=2');
    if (onPath.has(node.id)) attrs.push('color="#c5221f"');
    if (analysis.cutNodes.has(node.id)) attrs.push('fontcolor="#5f6368"');
    out.push(`  "${escapeDot(node.id)}" [${attrs.join(', ')}];`);
    for (const m of node.mitigations ?? []) {
      const refs = m.providedBy.length > 0 ? `\n${m.providedBy.join(', ')}` : '';
      out.push(
        `  "m:${escapeDot(m.id)}" [label="${escapeDot(`${m.label}${refs}\n${m.deployed ? 'deployed' : 'not deployed'}`)}", ` +
          `shape=note, color="${m.deployed ? '#188038' : '#9aa0a6'}"${m.deployed ? '' : ', style="dashed"'}];`,
      );
      out.push(`  "${escapeDot(node.id)}" -> "m:${escapeDot(m.id)}" [style=dashed, arrowhead=none];`);
    }
  }
  for (const node of tree.nodes) {
    if (!analysis.values.has(node.id)) continue;
    for (const child of node.children ?? []) {
      const highlighted = pathEdges.has(`${node.id} ${child}`);
      const attrs = [node.gate === 'and' ? 'arrowhead=normal' : 'arrowhead=empty'];
      if (highlighted) attrs.push('color="#c5221f"', 'penwidth=2.5');
      out.push(`  "${escapeDot(node.id)}" -> "${escapeDot(child)}" [${attrs.join(', ')}];`);
    }
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
