import { formatPath, type PathSegment } from './json-path.ts';

/**
 * Field-level differences between two JSON values (CVE record revisions, or a draft and what is
 * published), as a reviewer reads them: `containers.cna.affected[0].versions[1].lessThan changed
 * from "0.11.12" to "0.11.13"`.
 *
 * Arrays are aligned on their equal entries first (longest common subsequence), so inserting a
 * reference at the top reports one added entry, not every later entry as changed. Entries left
 * between the aligned ones are compared pairwise, field by field.
 */
export type FieldChange =
  | { kind: 'added'; path: string; segments: PathSegment[]; newValue: unknown }
  | { kind: 'removed'; path: string; segments: PathSegment[]; oldValue: unknown }
  | { kind: 'changed'; path: string; segments: PathSegment[]; oldValue: unknown; newValue: unknown };

export interface DiffOptions {
  /** Leave out paths the caller does not care about (e.g. timestamps CVE Services sets). */
  ignore?: (segments: readonly PathSegment[]) => boolean;
}

/** Arrays longer than this (per side) are compared by index: the alignment is quadratic. */
const MAX_ALIGN = 2000;

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A stable text form for equality (key order does not matter in JSON objects). */
function canonical(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

export function jsonEqual(a: Json, b: Json): boolean {
  return canonical(a) === canonical(b);
}

export function diffJson(oldValue: Json, newValue: Json, options: DiffOptions = {}): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(oldValue, newValue, [], changes, options);
  return changes;
}

/** A change before its path text is formatted (Omit distributed over the union). */
type Unplaced = FieldChange extends infer C ? (C extends unknown ? Omit<C, 'path'> : never) : never;

function push(changes: FieldChange[], change: Unplaced, options: DiffOptions): void {
  if (options.ignore?.(change.segments)) return;
  changes.push({ ...change, path: formatPath(change.segments) } as FieldChange);
}

function walk(a: Json, b: Json, at: PathSegment[], changes: FieldChange[], options: DiffOptions): void {
  if (options.ignore?.(at)) return;
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!(key in b)) push(changes, { kind: 'removed', segments: [...at, key], oldValue: a[key] }, options);
      else walk(a[key], b[key], [...at, key], changes, options);
    }
    for (const key of Object.keys(b)) {
      if (!(key in a)) push(changes, { kind: 'added', segments: [...at, key], newValue: b[key] }, options);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    walkArrays(a, b, at, changes, options);
    return;
  }
  if (canonical(a) !== canonical(b)) push(changes, { kind: 'changed', segments: at, oldValue: a, newValue: b }, options);
}

function walkArrays(a: Json[], b: Json[], at: PathSegment[], changes: FieldChange[], options: DiffOptions): void {
  const pairs = a.length <= MAX_ALIGN && b.length <= MAX_ALIGN ? align(a.map(canonical), b.map(canonical)) : [];
  let i = 0;
  let j = 0;
  // Sentinel pair closes the last gap.
  for (const [pi, pj] of [...pairs, [a.length, b.length] as const]) {
    // Entries between two aligned pairs: compare pairwise, then report the surplus.
    while (i < pi && j < pj) {
      walk(a[i], b[j], [...at, j], changes, options);
      i++;
      j++;
    }
    for (; i < pi; i++) push(changes, { kind: 'removed', segments: [...at, i], oldValue: a[i] }, options);
    for (; j < pj; j++) push(changes, { kind: 'added', segments: [...at, j], newValue: b[j] }, options);
    i = pi + 1;
    j = pj + 1;
  }
}

/** Index pairs of a longest common subsequence of equal entries. */
function align(a: string[], b: string[]): Array<readonly [number, number]> {
  const n = a.length;
  const m = b.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** One line per change, for CLI output and audit summaries. */
export function describeChange(c: FieldChange): string {
  const show = (v: unknown): string => {
    const s = JSON.stringify(v) ?? 'undefined';
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
  };
  if (c.kind === 'added') return `${c.path}: added ${show(c.newValue)}`;
  if (c.kind === 'removed') return `${c.path}: removed (was ${show(c.oldValue)})`;
  return `${c.path}: changed from ${show(c.oldValue)} to ${show(c.newValue)}`;
}
