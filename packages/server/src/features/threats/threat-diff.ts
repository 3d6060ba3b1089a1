import type { AttackNode, AttackTree, Mitigation } from './attack-tree.ts';
import { THREAT_FIELD_TITLES, type ExistingApproach, type PotentialApproach, type Threat, type ThreatField } from './model.ts';
import { xepLabel } from './refs.ts';

/**
 * Field-level differences between two versions of a threat, the tree compared node by node (by
 * id), approaches compared by name. Used for revisions and for "changes since the previous
 * published version".
 */

export interface ValueChange {
  kind: 'value';
  field: ThreatField;
  before?: string;
  after?: string;
}

export interface SetChange {
  kind: 'set';
  field: ThreatField;
  added: string[];
  removed: string[];
}

export interface PropertyChange {
  property: string;
  before?: string;
  after?: string;
}

export interface ItemChange {
  /** The approach's name or the node's id. */
  key: string;
  properties: PropertyChange[];
}

export interface ItemsChange {
  kind: 'items';
  field: 'existingApproaches' | 'potentialApproaches';
  added: string[];
  removed: string[];
  changed: ItemChange[];
  reordered: boolean;
}

export interface TreeChange {
  kind: 'tree';
  field: 'tree';
  root?: { before: string; after: string };
  added: string[];
  removed: string[];
  changed: ItemChange[];
  reordered: boolean;
}

export type FieldChange = ValueChange | SetChange | ItemsChange | TreeChange;

export interface ThreatDiff {
  slug: string;
  changes: FieldChange[];
}

function setChange(field: ThreatField, before: readonly string[], after: readonly string[]): SetChange | undefined {
  const b = new Set(before);
  const a = new Set(after);
  const added = after.filter((x) => !b.has(x));
  const removed = before.filter((x) => !a.has(x));
  return added.length > 0 || removed.length > 0 ? { kind: 'set', field, added, removed } : undefined;
}

function sameOrder(before: readonly string[], after: readonly string[]): boolean {
  const common = new Set(after);
  const b = before.filter((x) => common.has(x));
  const keep = new Set(b);
  const a = after.filter((x) => keep.has(x));
  return b.every((x, i) => a[i] === x);
}

function propertyChanges(before: Record<string, string | undefined>, after: Record<string, string | undefined>): PropertyChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: PropertyChange[] = [];
  for (const property of keys) {
    const b = before[property];
    const a = after[property];
    if (b === a) continue;
    const change: PropertyChange = { property };
    if (b !== undefined) change.before = b;
    if (a !== undefined) change.after = a;
    changes.push(change);
  }
  return changes;
}

function mitigationText(m: Mitigation): string {
  const refs = m.providedBy.length > 0 ? ` (${m.providedBy.join(', ')})` : '';
  return `${m.label}${refs}, ${m.deployed ? 'deployed' : 'not deployed'}`;
}

function nodeProperties(n: AttackNode): Record<string, string | undefined> {
  const props: Record<string, string | undefined> = {
    label: n.label,
    gate: n.gate,
    children: n.children?.join(', '),
    estimate: n.estimate
      ? `likelihood ${n.estimate.likelihood}, cost ${n.estimate.cost}, skill ${n.estimate.skill}`
      : undefined,
  };
  for (const m of n.mitigations ?? []) props[`mitigation ${m.id}`] = mitigationText(m);
  return props;
}

function diffTree(before: AttackTree, after: AttackTree): TreeChange | undefined {
  const b = new Map(before.nodes.map((n) => [n.id, n]));
  const a = new Map(after.nodes.map((n) => [n.id, n]));
  const added = after.nodes.filter((n) => !b.has(n.id)).map((n) => n.id);
  const removed = before.nodes.filter((n) => !a.has(n.id)).map((n) => n.id);
  const changed: ItemChange[] = [];
  for (const node of after.nodes) {
    const old = b.get(node.id);
    if (old === undefined) continue;
    const properties = propertyChanges(nodeProperties(old), nodeProperties(node));
    if (properties.length > 0) changed.push({ key: node.id, properties });
  }
  const reordered = !sameOrder(before.nodes.map((n) => n.id), after.nodes.map((n) => n.id));
  const change: TreeChange = { kind: 'tree', field: 'tree', added, removed, changed, reordered };
  if (before.root !== after.root) change.root = { before: before.root, after: after.root };
  const empty = !change.root && added.length === 0 && removed.length === 0 && changed.length === 0 && !reordered;
  return empty ? undefined : change;
}

function approachProperties(x: ExistingApproach | PotentialApproach): Record<string, string | undefined> {
  return {
    description: x.description,
    implementationIssues: 'implementationIssues' in x ? x.implementationIssues : undefined,
    refs: x.refs.join(', '),
  };
}

function diffApproaches(
  field: 'existingApproaches' | 'potentialApproaches',
  before: readonly (ExistingApproach | PotentialApproach)[],
  after: readonly (ExistingApproach | PotentialApproach)[],
): ItemsChange | undefined {
  const b = new Map(before.map((x) => [x.name, x]));
  const a = new Map(after.map((x) => [x.name, x]));
  const added = after.filter((x) => !b.has(x.name)).map((x) => x.name);
  const removed = before.filter((x) => !a.has(x.name)).map((x) => x.name);
  const changed: ItemChange[] = [];
  for (const item of after) {
    const old = b.get(item.name);
    if (old === undefined) continue;
    const properties = propertyChanges(approachProperties(old), approachProperties(item));
    if (properties.length > 0) changed.push({ key: item.name, properties });
  }
  const reordered = !sameOrder(before.map((x) => x.name), after.map((x) => x.name));
  const empty = added.length === 0 && removed.length === 0 && changed.length === 0 && !reordered;
  return empty ? undefined : { kind: 'items', field, added, removed, changed, reordered };
}

function linkList(t: Threat): string[] {
  return [
    ...t.links.xeps.map(xepLabel),
    ...t.links.rfcs.map((n) => `RFC ${n}`),
    ...t.links.cves,
  ];
}

function valueChange(field: ThreatField, before: string | undefined, after: string | undefined): ValueChange | undefined {
  if (before === after) return undefined;
  const change: ValueChange = { kind: 'value', field };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  return change;
}

/** What changed from `before` to `after`, field by field in template order; empty when equal. */
export function diffThreats(before: Threat, after: Threat): ThreatDiff {
  const changes = [
    valueChange('slug', before.slug, after.slug),
    valueChange('name', before.name, after.name),
    valueChange('status', before.status, after.status),
    setChange('tags', before.tags, after.tags),
    valueChange('abstract', before.abstract, after.abstract),
    valueChange('definition', before.definition, after.definition),
    diffTree(before.tree, after.tree),
    valueChange('likelihood', before.likelihood, after.likelihood),
    valueChange('damage', before.damage, after.damage),
    diffApproaches('existingApproaches', before.existingApproaches, after.existingApproaches),
    valueChange('gap', before.gap, after.gap),
    diffApproaches('potentialApproaches', before.potentialApproaches, after.potentialApproaches),
    valueChange('recommendation', before.recommendation, after.recommendation),
    setChange('links', linkList(before), linkList(after)),
    valueChange('exposureMetric', before.exposureMetric, after.exposureMetric),
  ].filter((c): c is FieldChange => c !== undefined);
  return { slug: after.slug, changes };
}

export interface RegisterChanges {
  added: Threat[];
  removed: Threat[];
  changed: ThreatDiff[];
}

/** Threats matched by slug between two versions of the register. */
export function diffRegisters(previous: readonly Threat[], current: readonly Threat[]): RegisterChanges {
  const before = new Map(previous.map((t) => [t.slug, t]));
  const after = new Map(current.map((t) => [t.slug, t]));
  const bySlug = (x: Threat, y: Threat): number => (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);
  const changed: ThreatDiff[] = [];
  for (const t of [...current].sort(bySlug)) {
    const old = before.get(t.slug);
    if (old === undefined) continue;
    const diff = diffThreats(old, t);
    if (diff.changes.length > 0) changed.push(diff);
  }
  return {
    added: current.filter((t) => !before.has(t.slug)).sort(bySlug),
    removed: previous.filter((t) => !after.has(t.slug)).sort(bySlug),
    changed,
  };
}

/** Line diff by longest common subsequence; falls back to replace-all for very long texts. */
export function diffLines(before: string, after: string): { op: ' ' | '-' | '+'; line: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > 250_000) {
    return [...a.map((line) => ({ op: '-' as const, line })), ...b.map((line) => ({ op: '+' as const, line }))];
  }
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: { op: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', line: a[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ op: '-', line: a[i++]! });
    } else {
      out.push({ op: '+', line: b[j++]! });
    }
  }
  while (i < a.length) out.push({ op: '-', line: a[i++]! });
  while (j < b.length) out.push({ op: '+', line: b[j++]! });
  return out;
}

const quote = (s: string | undefined): string => (s === undefined ? '(none)' : JSON.stringify(s));

function formatProperties(properties: PropertyChange[], indent: string): string[] {
  return properties.map((p) => `${indent}${p.property}: ${quote(p.before)} → ${quote(p.after)}`);
}

function isMultiline(s: string | undefined): boolean {
  return s !== undefined && s.includes('\n');
}

/** A change in words, one line (for tables and summaries). */
export function summarizeChange(change: FieldChange): string {
  const title = THREAT_FIELD_TITLES[change.field];
  switch (change.kind) {
    case 'value':
      return isMultiline(change.before) || isMultiline(change.after) || (change.after?.length ?? 0) > 60
        ? `${title} rewritten`
        : `${title}: ${change.before ?? '(none)'} → ${change.after ?? '(none)'}`;
    case 'set':
      return `${title}: ${[...change.added.map((x) => `+${x}`), ...change.removed.map((x) => `−${x}`)].join(' ')}`;
    case 'items':
    case 'tree': {
      const what = change.kind === 'tree' ? 'node' : 'item';
      const parts = [
        change.added.length > 0 ? `${change.added.length} ${what}(s) added` : '',
        change.removed.length > 0 ? `${change.removed.length} removed` : '',
        change.changed.length > 0 ? `${change.changed.length} changed` : '',
        change.kind === 'tree' && change.root ? 'new root' : '',
        change.reordered ? 'reordered' : '',
      ].filter((p) => p !== '');
      return `${title}: ${parts.join(', ')}`;
    }
  }
}

/** The diff as text for a terminal or a revision page: `~` changed, `+` added, `-` removed. */
export function formatThreatDiff(diff: ThreatDiff): string {
  if (diff.changes.length === 0) return `${diff.slug}: no changes\n`;
  const lines = [`${diff.slug}: ${diff.changes.length} field${diff.changes.length === 1 ? '' : 's'} changed`];
  for (const change of diff.changes) {
    const title = THREAT_FIELD_TITLES[change.field];
    switch (change.kind) {
      case 'value':
        if (isMultiline(change.before) || isMultiline(change.after) || (change.before?.length ?? 0) + (change.after?.length ?? 0) > 100) {
          lines.push(`~ ${title}:`);
          for (const l of diffLines(change.before ?? '', change.after ?? '')) lines.push(`    ${l.op} ${l.line}`);
        } else {
          lines.push(`~ ${title}: ${quote(change.before)} → ${quote(change.after)}`);
        }
        break;
      case 'set':
        lines.push(`~ ${title}:`);
        for (const x of change.added) lines.push(`    + ${x}`);
        for (const x of change.removed) lines.push(`    - ${x}`);
        break;
      case 'items':
      case 'tree':
        lines.push(`~ ${title}:`);
        if (change.kind === 'tree' && change.root) lines.push(`    root: ${change.root.before} → ${change.root.after}`);
        for (const x of change.added) lines.push(`    + ${change.kind === 'tree' ? 'node ' : ''}${x}`);
        for (const x of change.removed) lines.push(`    - ${change.kind === 'tree' ? 'node ' : ''}${x}`);
        for (const item of change.changed) {
          lines.push(`    ~ ${change.kind === 'tree' ? 'node ' : ''}${item.key}:`);
          lines.push(...formatProperties(item.properties, '        '));
        }
        if (change.reordered) lines.push('    (order changed)');
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}
