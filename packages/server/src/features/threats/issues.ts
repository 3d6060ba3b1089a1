import type { z } from 'zod';
import { TREE_ISSUE_CODES, type TreeIssueCode } from './attack-tree.ts';

/** Stable codes for everything wrong with a threat document; `TreeIssueCode`s come from the tree checks. */
export type RegisterIssueCode =
  | TreeIssueCode
  | 'yaml-syntax'
  | 'yaml-too-large'
  | 'bad-estimate'
  | 'bad-gate'
  | 'bad-value'
  | 'unknown-field'
  | 'missing-field'
  | 'slug-mismatch'
  | 'duplicate-slug'
  | 'not-a-threat-file';

export interface RegisterIssue {
  code: RegisterIssueCode;
  /** A sentence that names the node (for tree problems) and says what to do. */
  message: string;
  /** Path inside the threat document, e.g. `['tree', 'nodes', 3, 'estimate', 'cost']`. */
  path: (string | number)[];
  /** The attack-tree node the issue is about. */
  node?: string;
  /** 1-based position in the YAML source, when the issue came from a file. */
  line?: number;
  column?: number;
}

const treeCodes: ReadonlySet<string> = new Set(TREE_ISSUE_CODES);

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Where the tree object sits in the input: the threat's `tree`, or the input itself. */
function treeOffset(path: readonly PropertyKey[]): number {
  if (path[0] === 'nodes') return 0;
  if (path[0] === 'tree' && path[1] === 'nodes') return 1;
  return -1;
}

/** The id of the node a path points into, read from the raw input (the node may be invalid). */
function nodeOf(input: unknown, path: readonly PropertyKey[]): string | undefined {
  const offset = treeOffset(path);
  if (offset < 0 || typeof path[offset + 1] !== 'number') return undefined;
  const node = at(input, path.slice(0, offset + 2));
  const id = at(node, ['id']);
  return typeof id === 'string' && id.length <= 64 ? id : `#${String(path[offset + 1])}`;
}

function codeOf(issue: z.core.$ZodIssue, path: readonly PropertyKey[], input: unknown): RegisterIssueCode {
  if (issue.code === 'custom') {
    const code = (issue.params as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && treeCodes.has(code)) return code as TreeIssueCode;
    return 'bad-value';
  }
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  if (issue.code === 'invalid_type' && at(input, path) === undefined) return 'missing-field';
  if (path.includes('estimate')) return 'bad-estimate';
  if (path[path.length - 1] === 'gate') return 'bad-gate';
  return 'bad-value';
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * Turns Zod issues into register issues whose messages name the attack-tree node they are about,
 * so a reviewer reads `node "dns-spoof": likelihood is a probability between 0 and 1` rather than
 * a bare path.
 */
export function toRegisterIssues(error: z.ZodError, input: unknown): RegisterIssue[] {
  return error.issues.slice(0, 100).map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const code = codeOf(issue, path, input);
    const custom = issue.code === 'custom' ? (issue.params as { node?: unknown } | undefined) : undefined;
    const node = typeof custom?.node === 'string' ? custom.node : nodeOf(input, path);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    } else if (code === 'missing-field') {
      message = `"${String(path[path.length - 1] ?? 'value')}" is required`;
    }
    const where = describePath(path);
    if (issue.code !== 'custom') {
      const field = where === '' ? '' : `${where}: `;
      message = node !== undefined ? `node "${node}": ${field}${message}` : `${field}${message}`;
    }
    const result: RegisterIssue = { code, message, path };
    if (node !== undefined) result.node = node;
    return result;
  });
}

/** `file:line:column: message [code]`, the shape editors and CI logs understand. */
export function formatIssue(issue: RegisterIssue, file?: string): string {
  const position = issue.line !== undefined ? `${issue.line}:${issue.column ?? 1}` : undefined;
  const prefix = [file, position].filter((p) => p !== undefined).join(':');
  return `${prefix === '' ? '' : `${prefix}: `}${issue.message} [${issue.code}]`;
}
