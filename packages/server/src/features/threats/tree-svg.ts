import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { AttackNode, AttackTree, Mitigation } from './attack-tree.ts';
import { escapeXml, safeId } from '../../text/escape.ts';
import { formatCost, formatLikelihood, type TreeAnalysis } from './tree-compute.ts';

/**
 * The attack tree as an SVG diagram, laid out by dagre. The output is meant to be inlined into an
 * HTML page under a strict Content-Security-Policy: no scripts, no style attributes or elements,
 * no external references, only presentation attributes; every text is escaped. Ids are prefixed
 * so several diagrams can share a page.
 */

const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
/** Average advance of a sans-serif character at 12px; no font metrics are available server-side. */
const CHAR_WIDTH = 6.8;
const WRAP_AT = 28;
const MAX_LINES = 4;
const PADDING_X = 10;
const PADDING_Y = 8;
const GATE_HEIGHT = 18;

const COLOURS = {
  text: '#1a1a1a',
  muted: '#5f6368',
  nodeFill: '#ffffff',
  nodeStroke: '#3c4043',
  goalFill: '#e8f0fe',
  cutFill: '#f1f3f4',
  path: '#c5221f',
  edge: '#80868b',
  mitigationOn: '#188038',
  mitigationOnFill: '#e6f4ea',
  mitigationOff: '#9aa0a6',
  andFill: '#3c4043',
  orFill: '#ffffff',
} as const;

/** Greedy word wrap; long words are cut; past `maxLines` the last line ends with an ellipsis. */
export function wrapText(text: string, width = WRAP_AT, maxLines = MAX_LINES): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > width) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, width - 1)}…`;
  return kept;
}

interface Box {
  id: string;
  kind: 'node' | 'mitigation';
  lines: string[];
  detail: string;
  width: number;
  height: number;
  node?: AttackNode;
  mitigation?: Mitigation;
}

export interface SvgOptions {
  /** Prefix for the few ids the SVG needs (title, description); the threat's slug is a good one. */
  idPrefix: string;
  /** Accessible title; defaults to the goal's label. */
  title?: string;
  /** Leave out mitigation boxes (they are still listed in the outline). */
  hideMitigations?: boolean;
}

function measure(lines: string[], detail: string, extra: number): { width: number; height: number } {
  const longest = Math.max(...lines.map((l) => l.length), detail.length, 10);
  return {
    width: Math.ceil(longest * CHAR_WIDTH + 2 * PADDING_X),
    height: Math.ceil((lines.length + (detail === '' ? 0 : 1)) * LINE_HEIGHT + 2 * PADDING_Y + extra),
  };
}

function nodeDetail(node: AttackNode, analysis: TreeAnalysis): string {
  const value = analysis.values.get(node.id);
  if (value === undefined || !value.feasible) return analysis.cutNodes.has(node.id) ? 'cut by mitigation' : 'blocked';
  const parts = [`p ${formatLikelihood(value.likelihood)}`, formatCost(value.cost)];
  if (value.skill !== null) parts.push(value.skill);
  return parts.join(' · ');
}

function mitigationDetail(m: Mitigation): string {
  const refs = m.providedBy.length > 0 ? `${m.providedBy.join(', ')} · ` : '';
  return `${refs}${m.deployed ? 'deployed' : 'not deployed'}`;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

function gateShape(gate: 'and' | 'or', cx: number, top: number): string {
  const w = 34;
  const h = GATE_HEIGHT;
  const x0 = cx - w / 2;
  if (gate === 'and') {
    // The AND symbol: flat input side on top, semicircular output side below; filled dark.
    return (
      `<path d="M${fmt(x0)} ${fmt(top)} H${fmt(x0 + w)} V${fmt(top + h / 2)} ` +
      `A${fmt(w / 2)} ${fmt(h / 2)} 0 0 1 ${fmt(x0)} ${fmt(top + h / 2)} Z" fill="${COLOURS.andFill}" stroke="${COLOURS.nodeStroke}"/>` +
      `<text x="${fmt(cx)}" y="${fmt(top + h / 2 + 3)}" text-anchor="middle" font-size="9" font-weight="700" fill="#ffffff">AND</text>`
    );
  }
  // The OR symbol: concave input side on top, pointed output below; outlined.
  return (
    `<path d="M${fmt(x0)} ${fmt(top)} Q${fmt(cx)} ${fmt(top + h / 3)} ${fmt(x0 + w)} ${fmt(top)} ` +
    `Q${fmt(x0 + w)} ${fmt(top + (h * 2) / 3)} ${fmt(cx)} ${fmt(top + h)} Q${fmt(x0)} ${fmt(top + (h * 2) / 3)} ${fmt(x0)} ${fmt(top)} Z" ` +
    `fill="${COLOURS.orFill}" stroke="${COLOURS.nodeStroke}" stroke-width="1.5"/>` +
    `<text x="${fmt(cx)}" y="${fmt(top + h / 2 + 2)}" text-anchor="middle" font-size="8" font-weight="700" fill="${COLOURS.text}">OR</text>`
  );
}

function textLines(lines: string[], cx: number, top: number, colour: string, weight?: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${fmt(cx)}" y="${fmt(top + (i + 1) * LINE_HEIGHT - 4)}" text-anchor="middle" fill="${colour}"` +
        `${weight ? ` font-weight="${weight}"` : ''}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** Renders the tree; `analysis` decides the figures, the cut nodes and the highlighted cheapest attack. */
export function renderTreeSvg(tree: AttackTree, analysis: TreeAnalysis, options: SvgOptions): string {
  const prefix = safeId(options.idPrefix);
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const reachable = tree.nodes.filter((n) => analysis.values.has(n.id));
  const boxes = new Map<string, Box>();
  const key = (kind: Box['kind'], id: string): string => `${kind}:${id}`;

  for (const node of reachable) {
    const lines = wrapText(node.label);
    const detail = nodeDetail(node, analysis);
    const size = measure(lines, detail, node.gate !== undefined ? GATE_HEIGHT / 2 : 0);
    boxes.set(key('node', node.id), { id: node.id, kind: 'node', lines, detail, ...size, node });
    if (options.hideMitigations) continue;
    for (const m of node.mitigations ?? []) {
      const mLines = wrapText(m.label, 24, 3);
      const mDetail = mitigationDetail(m);
      boxes.set(key('mitigation', m.id), {
        id: m.id,
        kind: 'mitigation',
        lines: mLines,
        detail: mDetail,
        ...measure(mLines, mDetail, 0),
        mitigation: m,
      });
    }
  }

  const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 44, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const [k, box] of boxes) graph.setNode(k, { width: box.width, height: box.height });
  const edges: { from: string; to: string; kind: 'child' | 'mitigation' }[] = [];
  for (const node of reachable) {
    for (const child of node.children ?? []) {
      if (!byId.has(child)) continue;
      edges.push({ from: key('node', node.id), to: key('node', child), kind: 'child' });
    }
    if (options.hideMitigations) continue;
    for (const m of node.mitigations ?? []) {
      edges.push({ from: key('node', node.id), to: key('mitigation', m.id), kind: 'mitigation' });
    }
  }
  for (const e of edges) graph.setEdge(e.from, e.to, { minlen: 1, weight: e.kind === 'child' ? 2 : 1 });
  dagre.layout(graph);

  const pathNodes = new Set(analysis.cheapest?.nodes ?? []);
  const pathEdges = new Set((analysis.cheapest?.edges ?? []).map(([a, b]) => `${a}\u0000${b}`));
  const label = graph.graph();
  const width = Math.ceil(label.width ?? 0);
  const legendHeight = 40;
  const height = Math.ceil((label.height ?? 0) + legendHeight);

  const parts: string[] = [];
  // Edges of the cheapest attack last, so their colour is on top where elbows overlap.
  const isPathEdge = (e: (typeof edges)[number]): boolean =>
    e.kind === 'child' && pathEdges.has(`${boxes.get(e.from)!.id}\u0000${boxes.get(e.to)!.id}`);
  edges.sort((x, y) => Number(isPathEdge(x)) - Number(isPathEdge(y)));
  for (const e of edges) {
    const points: { x: number; y: number }[] = (graph.edge(e.from, e.to) as EdgeLabel | undefined)?.points ?? [];
    if (points.length < 2) continue;
    const from = boxes.get(e.from)!;
    const to = boxes.get(e.to)!;
    const onPath = e.kind === 'child' && pathEdges.has(`${from.id}\u0000${to.id}`);
    const a = graph.node(e.from);
    const b = graph.node(e.to);
    if (a?.x === undefined || a.y === undefined || b?.x === undefined || b.y === undefined) continue;
    // Leave from the bottom centre (where the gate sits) and enter at the top centre; an edge that
    // spans one rank becomes a tidy elbow, a longer one keeps dagre's bends in between.
    const x1 = a.x;
    const y1 = a.y + from.height / 2;
    const x2 = b.x;
    const y2 = b.y - to.height / 2;
    const middle = points.slice(1, -1);
    const d =
      middle.length <= 1
        ? `M${fmt(x1)} ${fmt(y1)} V${fmt((y1 + y2) / 2)} H${fmt(x2)} V${fmt(y2)}`
        : `M${fmt(x1)} ${fmt(y1)} ${middle.map((p) => `L${fmt(p.x)} ${fmt(p.y)}`).join(' ')} L${fmt(x2)} ${fmt(y2)}`;
    const stroke = onPath ? COLOURS.path : e.kind === 'mitigation' ? COLOURS.mitigationOff : COLOURS.edge;
    parts.push(
      `<path class="tree-edge${onPath ? ' tree-edge-path' : ''}" d="${d}" fill="none" stroke="${stroke}" stroke-width="${onPath ? 3 : 1.25}"` +
        `${e.kind === 'mitigation' ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
  }

  for (const [k, box] of boxes) {
    const pos = graph.node(k);
    if (pos?.x === undefined || pos.y === undefined) continue;
    const x = pos.x - box.width / 2;
    const y = pos.y - box.height / 2;
    const cx = pos.x;
    if (box.kind === 'node') {
      const node = box.node!;
      const isRoot = node.id === tree.root;
      const onPath = pathNodes.has(node.id);
      const feasible = analysis.values.get(node.id)?.feasible ?? false;
      const fill = !feasible ? COLOURS.cutFill : isRoot ? COLOURS.goalFill : COLOURS.nodeFill;
      const stroke = onPath ? COLOURS.path : COLOURS.nodeStroke;
      const bodyHeight = box.height - (node.gate !== undefined ? GATE_HEIGHT / 2 : 0);
      const kind = node.gate !== undefined ? `${node.gate.toUpperCase()} node` : 'leaf';
      parts.push(
        `<g class="tree-node tree-${node.gate ?? 'leaf'}${onPath ? ' tree-on-path' : ''}${feasible ? '' : ' tree-cut'}">` +
          `<title>${escapeXml(`${node.label} (${kind}${onPath ? ', on the cheapest attack' : ''}; ${box.detail})`)}</title>` +
          `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(box.width)}" height="${fmt(bodyHeight)}" rx="${node.gate ? 2 : 8}" ` +
          `fill="${fill}" stroke="${stroke}" stroke-width="${onPath ? 3 : isRoot ? 2 : 1}"${feasible ? '' : ' stroke-dasharray="2 2"'}/>` +
          textLines(box.lines, cx, y + PADDING_Y, feasible ? COLOURS.text : COLOURS.muted, isRoot ? '700' : undefined) +
          `<text x="${fmt(cx)}" y="${fmt(y + PADDING_Y + (box.lines.length + 1) * LINE_HEIGHT - 4)}" text-anchor="middle" font-size="10" fill="${COLOURS.muted}">${escapeXml(box.detail)}</text>` +
          (node.gate !== undefined ? gateShape(node.gate, cx, y + bodyHeight - GATE_HEIGHT / 2) : '') +
          `</g>`,
      );
    } else {
      const m = box.mitigation!;
      const colour = m.deployed ? COLOURS.mitigationOn : COLOURS.mitigationOff;
      parts.push(
        `<g class="tree-mitigation${m.deployed ? ' tree-mitigation-deployed' : ''}">` +
          `<title>${escapeXml(`Mitigation: ${m.label} (${box.detail})`)}</title>` +
          `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(box.width)}" height="${fmt(box.height)}" rx="12" ` +
          `fill="${m.deployed ? COLOURS.mitigationOnFill : '#ffffff'}" stroke="${colour}" stroke-width="1.5"${m.deployed ? '' : ' stroke-dasharray="5 3"'}/>` +
          textLines(box.lines, cx, y + PADDING_Y, COLOURS.text) +
          `<text x="${fmt(cx)}" y="${fmt(y + PADDING_Y + (box.lines.length + 1) * LINE_HEIGHT - 4)}" text-anchor="middle" font-size="10" fill="${colour}">${escapeXml(box.detail)}</text>` +
          `</g>`,
      );
    }
  }

  parts.push(legend(height - legendHeight + 8));
  const goal = byId.get(tree.root);
  const title = options.title ?? `Attack tree: ${goal?.label ?? tree.root}`;
  const desc = describeTree(tree, analysis);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="attack-tree" role="img" viewBox="0 0 ${Math.max(width, 560)} ${height}" ` +
    `width="${Math.max(width, 560)}" height="${height}" aria-labelledby="${prefix}-title ${prefix}-desc" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT_SIZE}">` +
    `<title id="${prefix}-title">${escapeXml(title)}</title>` +
    `<desc id="${prefix}-desc">${escapeXml(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}

function legend(top: number): string {
  const y = top + 12;
  return (
    `<g class="tree-legend" font-size="10" fill="${COLOURS.muted}">` +
    gateShape('and', 24, top) +
    `<text x="46" y="${fmt(y)}">all children needed</text>` +
    gateShape('or', 170, top) +
    `<text x="192" y="${fmt(y)}">any child suffices</text>` +
    `<line x1="300" y1="${fmt(y - 4)}" x2="330" y2="${fmt(y - 4)}" stroke="${COLOURS.path}" stroke-width="3"/>` +
    `<text x="336" y="${fmt(y)}">cheapest attack</text>` +
    `<rect x="430" y="${fmt(y - 11)}" width="22" height="13" rx="6" fill="${COLOURS.mitigationOnFill}" stroke="${COLOURS.mitigationOn}"/>` +
    `<text x="456" y="${fmt(y)}">mitigation (dashed: not deployed)</text>` +
    `</g>`
  );
}

/** A one-paragraph text equivalent of the diagram for screen readers. */
export function describeTree(tree: AttackTree, analysis: TreeAnalysis): string {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const goal = byId.get(tree.root)?.label ?? tree.root;
  if (analysis.cheapest === null) {
    return `Goal: ${goal}. Deployed mitigations block every attack in this tree.`;
  }
  const leaves = analysis.cheapest.leaves.map((id) => byId.get(id)?.label ?? id).join('; ');
  return (
    `Goal: ${goal}. Likelihood ${formatLikelihood(analysis.root.likelihood)}, cheapest attack ${formatCost(analysis.cheapest.cost)} ` +
    `needing ${analysis.cheapest.skill} skill, through: ${leaves}.`
  );
}
