import type { ErrorObject } from 'ajv';
import { issue, type Issue, type IssueCode } from './issues.ts';
import { joinPath, pointerToPath } from './json-path.ts';

/**
 * Turns Ajv's errors (collected with `allErrors` and `verbose`) into one plain message per problem.
 *
 * Ajv reports every failed branch of a `oneOf`/`anyOf`/`contains` next to the combinator's own
 * "must match a schema in anyOf", which reads as noise. Each combinator error is therefore given the
 * branch errors that belong to it (same or deeper instance path, raised by a schema reachable from
 * one of its branches) and is turned into a single message that says what would satisfy it.
 */

type SchemaNode = Record<string, unknown>;
type VerboseError = ErrorObject & { schema?: unknown; parentSchema?: SchemaNode; data?: unknown };

const COMBINATORS = new Set(['oneOf', 'anyOf', 'contains']);
const MAX_ISSUES = 200;

/** What a pattern means, by the definition it belongs to (schema path) or by the pattern itself. */
const PATTERN_HINTS: Array<[RegExp, string]> = [
  [/cvssV4_0\/properties\/vectorString\//, "is not a CVSS 4.0 vector string ('CVSS:4.0/AV:…/AC:…/AT:…/PR:…/UI:…/VC:…/VI:…/VA:…/SC:…/SI:…/SA:…', metrics in this order)"],
  [/cvssV3_1\/properties\/vectorString\//, "is not a CVSS 3.1 vector string ('CVSS:3.1/AV:…/AC:…/PR:…/UI:…/S:…/C:…/I:…/A:…')"],
  [/cvssV3_0\/properties\/vectorString\//, "is not a CVSS 3.0 vector string ('CVSS:3.0/AV:…/AC:…/PR:…/UI:…/S:…/C:…/I:…/A:…')"],
  [/cvssV2_0\/properties\/vectorString\//, "is not a CVSS 2.0 vector string ('AV:…/AC:…/Au:…/C:…/I:…/A:…')"],
  [/definitions\/cpe/, "must be a CPE name like 'cpe:2.3:a:vendor:product:1.0:*:*:*:*:*:*:*'"],
];
const PATTERN_TEXT_HINTS: Record<string, string> = {
  '^CWE-[1-9][0-9]*$': "must be a CWE ID like 'CWE-79'",
  '^CAPEC-[1-9][0-9]{0,4}$': "must be a CAPEC ID like 'CAPEC-100'",
  '^x_.*$': "an extension value starting with 'x_'",
};

const CONTAINS_HINTS: Record<string, { message: string; code: IssueCode }> = {
  englishLanguageDescription: { message: "needs an entry with lang 'en'", code: 'ENGLISH_DESCRIPTION' },
};

export interface AjvIssueOptions {
  /** The document the errors' `$ref`s resolve in (the compiled root schema). */
  root: SchemaNode;
  /** The validated value, to turn JSON pointers into paths with array indexes. */
  data: unknown;
  /** Prefix for every path, e.g. `cnaContainer` when validating a request body. */
  pathPrefix?: string;
}

export function ajvErrorsToIssues(errors: readonly ErrorObject[], options: AjvIssueOptions): Issue[] {
  const list = errors as readonly VerboseError[];
  const owner = assignBranchErrors(list, options.root);
  const children = new Map<number, number[]>();
  owner.forEach((o, i) => {
    if (o !== undefined) children.set(o, [...(children.get(o) ?? []), i]);
  });
  const ctx: Context = { all: list, children, options };
  const out: Issue[] = [];
  for (let i = 0; i < list.length && out.length < MAX_ISSUES * 2; i++) {
    const e = list[i];
    if (e !== undefined && owner[i] === undefined) out.push(...messagesFor(e, i, ctx));
  }
  return dedupe(out).slice(0, MAX_ISSUES);
}

interface Context {
  all: readonly VerboseError[];
  children: ReadonlyMap<number, number[]>;
  options: AjvIssueOptions;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\0${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/**
 * For each error, the index of the combinator error whose branches raised it (or undefined).
 *
 * Ajv evaluates a combinator's branches just before reporting the combinator, and only on data
 * below its instance path; so its branch errors sit in the run of errors directly before it that
 * stay below that path. The run is scanned backwards and stops at the first error outside it, which
 * keeps the whole pass linear in practice even for records with tens of thousands of errors.
 */
function assignBranchErrors(errors: readonly VerboseError[], root: SchemaNode): Array<number | undefined> {
  const owner: Array<number | undefined> = new Array(errors.length).fill(undefined);
  const reachCache = new WeakMap<object, Set<object>>();
  const unionCache = new WeakMap<object, Set<object>>();
  errors.forEach((e, k) => {
    if (!COMBINATORS.has(e.keyword)) return;
    const reach = branchReach(e, root, reachCache, unionCache);
    for (let j = k - 1; j >= 0; j--) {
      const candidate = errors[j];
      if (candidate === undefined || !within(candidate.instancePath, e.instancePath)) break;
      if (owner[j] === undefined && candidate.parentSchema && reach.has(candidate.parentSchema)) owner[j] = k;
    }
  });
  return owner;
}

/** Every schema object a combinator's branches can reach (memoised per combinator schema). */
function branchReach(e: VerboseError, root: SchemaNode, reachCache: WeakMap<object, Set<object>>, unionCache: WeakMap<object, Set<object>>): Set<object> {
  const key = e.schema !== null && typeof e.schema === 'object' ? e.schema : undefined;
  const hit = key ? unionCache.get(key) : undefined;
  if (hit) return hit;
  const branches = e.keyword === 'contains' ? [e.schema] : Array.isArray(e.schema) ? e.schema : [];
  const reach = new Set<object>();
  for (const b of branches) for (const node of reachable(b, root, reachCache)) reach.add(node);
  if (key) unionCache.set(key, reach);
  return reach;
}

function resolveRef(ref: string, root: SchemaNode): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Every schema object reachable from `start`, following `$ref`s into `root`. */
function reachable(start: unknown, root: SchemaNode, cache: WeakMap<object, Set<object>>): Set<object> {
  if (start === null || typeof start !== 'object') return new Set();
  const cached = cache.get(start);
  if (cached) return cached;
  const seen = new Set<object>();
  const stack: unknown[] = [start];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') stack.push(resolveRef(value, root));
      else if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  cache.set(start, seen);
  return seen;
}

function basePath(e: VerboseError, options: AjvIssueOptions): string {
  const path = pointerToPath(e.instancePath, options.data);
  if (options.pathPrefix === undefined) return path;
  return path === '(record)' ? options.pathPrefix : `${options.pathPrefix}.${path}`;
}

function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 80 ? `${value.slice(0, 77)}...` : value}'`;
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string (${quote(value)})`;
  return `a ${typeof value} (${String(value)})`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  object: 'an object',
  array: 'a list (JSON array)',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 24).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return values.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Definition name → hint, for patterns reached through a `$ref` whose schema path does not show the name. */
const DEFINITION_HINTS: Record<string, string> = {
  cveId: "must be a CVE ID like 'CVE-2024-12345'",
  uuidType: 'must be a version 4 UUID like 0b7f1e5c-3f7a-4d2a-9c1e-2a1f3b4c5d6e',
  timestamp: "must be a date and time like '2024-05-01T12:00:00Z' (RFC 3339; without a zone, UTC is assumed)",
  datestamp: "must be a date like '2024-05-01'",
  englishLanguage: "must be an English language tag: 'en' or 'en-XX'",
  language: "must be a language tag like 'en', 'de' or 'pt-BR'",
  tagExtension: "must start with 'x_' (an extension tag)",
};
const patternHintsByRoot = new WeakMap<object, Map<string, string>>();

function definitionPatternHints(root: SchemaNode): Map<string, string> {
  const hit = patternHintsByRoot.get(root);
  if (hit) return hit;
  const map = new Map<string, string>();
  const defs = isObject(root.definitions) ? root.definitions : isObject(root.$defs) ? root.$defs : {};
  for (const [name, hint] of Object.entries(DEFINITION_HINTS)) {
    const def = defs[name];
    if (isObject(def) && typeof def.pattern === 'string') map.set(def.pattern, hint);
  }
  patternHintsByRoot.set(root, map);
  return map;
}

function patternHint(e: VerboseError, root: SchemaNode): string {
  const pattern = String((e.params as { pattern?: string }).pattern ?? '');
  const byText = definitionPatternHints(root).get(pattern) ?? PATTERN_TEXT_HINTS[pattern];
  if (byText) return byText;
  for (const [re, hint] of PATTERN_HINTS) if (re.test(e.schemaPath)) return hint;
  return `does not have the expected form (pattern ${pattern})`;
}

/** The plain message for one error that no combinator claimed (recursing into combinators). */
function messagesFor(e: VerboseError, index: number, ctx: Context): Issue[] {
  const options = ctx.options;
  const path = basePath(e, options);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return [issue(joinPath(path, String(p.missingProperty)), 'required field is missing', 'SCHEMA')];
    case 'additionalProperties': {
      const pattern = e.parentSchema?.patternProperties;
      const hint = pattern && typeof pattern === 'object' && Object.keys(pattern).some((k) => k.startsWith('^x_'))
        ? " (extension fields must start with 'x_')"
        : '';
      return [issue(joinPath(path, String(p.additionalProperty)), `is not a known field here${hint}`, 'SCHEMA')];
    }
    case 'type': {
      const want = String(p.type).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      return [issue(path, `must be ${want}, not ${describeType(e.data)}`, 'SCHEMA')];
    }
    case 'enum':
      return [issue(path, `must be one of: ${listValues(p.allowedValues as unknown[])} (is ${quote(e.data)})`, 'SCHEMA')];
    case 'const':
      return [issue(path, `must be ${quote(p.allowedValue)} (is ${quote(e.data)})`, 'SCHEMA')];
    case 'pattern':
      return [issue(path, `${patternHint(e, options.root)} (is ${quote(e.data)})`, 'SCHEMA')];
    case 'format':
      return [issue(path, formatMessage(String(p.format), e.data), 'SCHEMA')];
    case 'minLength':
      return [issue(path, p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`, 'SCHEMA')];
    case 'maxLength':
      return [issue(path, `is too long: at most ${String(p.limit)} characters allowed (has ${typeof e.data === 'string' ? e.data.length : '?'})`, 'SCHEMA')];
    case 'minItems':
      return [issue(path, p.limit === 1 ? 'must have at least one entry' : `must have at least ${String(p.limit)} entries`, 'SCHEMA')];
    case 'maxItems':
      return [issue(path, `has too many entries: at most ${String(p.limit)} allowed (has ${Array.isArray(e.data) ? e.data.length : '?'})`, 'SCHEMA')];
    case 'uniqueItems':
      return [issue(path, `entries [${String(p.j)}] and [${String(p.i)}] are identical; each entry must be unique`, 'SCHEMA')];
    case 'minProperties':
      return [issue(path, p.limit === 1 ? 'must not be an empty object' : `must have at least ${String(p.limit)} fields`, 'SCHEMA')];
    case 'maxProperties':
      return [issue(path, `has too many fields: at most ${String(p.limit)} allowed`, 'SCHEMA')];
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return [issue(path, `must be ${String(p.comparison)} ${String(p.limit)} (is ${quote(e.data)})`, 'SCHEMA')];
    case 'if':
    case 'not': {
      const title = e.parentSchema?.title;
      return [issue(path, typeof title === 'string' ? `breaks the rule: ${title}` : (e.message ?? 'is not allowed'), 'SCHEMA')];
    }
    case 'contains':
    case 'oneOf':
    case 'anyOf':
      return combinatorMessages(e, index, ctx, path);
    default:
      return [issue(path, e.message ?? `fails the ${e.keyword} rule`, 'SCHEMA')];
  }
}

function formatMessage(format: string, value: unknown): string {
  switch (format) {
    case 'uri':
      return `must be an absolute URL like 'https://example.org/advisory' (is ${quote(value)})`;
    case 'date':
      return `must be a date like '2024-05-01' (is ${quote(value)})`;
    case 'date-time':
      return `must be a date and time like '2024-05-01T12:00:00Z' (is ${quote(value)})`;
    default:
      return `must be a valid ${format} (is ${quote(value)})`;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function severityForScore(score: number): string {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

const REQUIRED_ONLY_KEYS = new Set(['required', 'maxProperties', 'minProperties', 'type']);
const SCALAR_KEYS = new Set(['type', 'enum', 'const', 'pattern', '$ref', 'minLength', 'maxLength', '$schema', '$id', 'description', 'title', '$comment']);

function combinatorMessages(e: VerboseError, index: number, ctx: Context, path: string): Issue[] {
  const { all, options } = ctx;
  const children = ctx.children.get(index) ?? [];
  const childIssues = (): Issue[] =>
    children.flatMap((c) => {
      const child = all[c];
      return child ? messagesFor(child, c, ctx) : [];
    });

  if (e.keyword === 'contains') {
    const ref = isObject(e.schema) && typeof e.schema.$ref === 'string' ? e.schema.$ref.split('/').at(-1) ?? '' : '';
    const hint = CONTAINS_HINTS[ref];
    if (hint) return [issue(path, hint.message, hint.code)];
    const first = childIssues()[0];
    return [issue(path, `needs at least one matching entry${first ? ` (${first.path}: ${first.message})` : ''}`, 'SCHEMA')];
  }

  const branches = (Array.isArray(e.schema) ? e.schema : []).map((b) => resolveBranch(b, options.root));
  const data = e.data;

  const severity = severityPairMessage(branches, data, path);
  if (severity) return [severity];

  if (branches.length > 0 && branches.every((b) => Object.keys(b).every((k) => REQUIRED_ONLY_KEYS.has(k)))) {
    return [requiredAlternativesMessage(e, branches, data, path)];
  }

  if (branches.length > 0 && branches.every((b) => Object.keys(b).every((k) => SCALAR_KEYS.has(k)))) {
    const values = branches.flatMap((b) => (Array.isArray(b.enum) ? b.enum : b.const !== undefined ? [b.const] : []));
    const patterns = branches
      .map((b) => (typeof b.pattern === 'string' ? (PATTERN_TEXT_HINTS[b.pattern] ?? `a value matching ${b.pattern}`) : undefined))
      .filter((x): x is string => x !== undefined);
    const parts = [values.length > 0 ? `one of: ${listValues(values)}` : '', ...patterns].filter((x) => x !== '');
    return [issue(path, `${quote(data)} is not allowed here: use ${parts.join(', or ')}`, 'SCHEMA')];
  }

  // Unknown shape: report what the branch that got furthest into the data said.
  const depth = (c: number): number => all[c]?.instancePath.length ?? -1;
  const deepest = Math.max(-1, ...children.map(depth));
  if (deepest > e.instancePath.length) {
    return children
      .filter((c) => depth(c) === deepest)
      .flatMap((c) => {
        const child = all[c];
        return child ? messagesFor(child, c, ctx) : [];
      });
  }
  const first = childIssues()[0];
  return [issue(path, `does not match any of the allowed forms${first ? ` (for example: ${first.path}: ${first.message})` : ''}`, 'SCHEMA')];
}

function resolveBranch(branch: unknown, root: SchemaNode): Record<string, unknown> {
  let node = branch;
  for (let hops = 0; hops < 8 && isObject(node) && typeof node.$ref === 'string' && Object.keys(node).length === 1; hops++) {
    node = resolveRef(node.$ref, root);
  }
  return isObject(node) ? node : {};
}

/** CVSS objects tie baseScore to baseSeverity with one anyOf branch per severity band. */
function severityPairMessage(branches: Array<Record<string, unknown>>, data: unknown, path: string): Issue | undefined {
  if (branches.length < 2 || !isObject(data)) return undefined;
  const keys = branches.map((b) => (isObject(b.properties) && Object.keys(b).length === 1 ? Object.keys(b.properties) : []));
  const first = keys[0];
  if (!first || first.length !== 2 || !keys.every((k) => k.join() === first.join())) return undefined;
  const scoreKey = first.find((k) => k.endsWith('Score'));
  const severityKey = first.find((k) => k.endsWith('Severity'));
  if (!scoreKey || !severityKey) return undefined;
  const score = data[scoreKey];
  const severity = data[severityKey];
  if (typeof score !== 'number' || typeof severity !== 'string') return undefined;
  const expected = severityForScore(score);
  return issue(
    joinPath(path, severityKey),
    `${quote(severity)} does not match ${scoreKey} ${score}: a score of ${score} is ${quote(expected)}`,
    'CVSS_SEVERITY',
  );
}

function words(fields: readonly string[]): string {
  if (fields.length <= 1) return fields.join('');
  return `${fields.slice(0, -1).join(', ')} and ${fields.at(-1) ?? ''}`;
}

/** Branches that differ only in which fields they require (product, version entries, metrics). */
function requiredAlternativesMessage(e: VerboseError, branches: Array<Record<string, unknown>>, data: unknown, path: string): Issue {
  const required = branches.map((b) => (Array.isArray(b.required) ? b.required.map(String) : []));
  const alternatives = required.every((r) => r.length === 1)
    ? `needs one of ${required.map((r) => r[0]).join(', ')}`
    : `needs ${required.map(words).join(', or ')}`;
  if (!isObject(data)) return issue(path, alternatives, 'SCHEMA');
  const present = new Set(Object.keys(data));
  const passing = (e.params as { passingSchemas?: unknown }).passingSchemas;
  if (Array.isArray(passing) && passing.length > 1) {
    const sets = passing.map((i) => required[Number(i)] ?? []);
    const common = sets.reduce((acc, s) => acc.filter((f) => s.includes(f)));
    const distinct = [...new Set(sets.flat())].filter((f) => !common.includes(f));
    return issue(path, `use only one of ${distinct.join(', ')}`, 'SCHEMA');
  }
  const shared = required.reduce((acc, r) => acc.filter((f) => r.includes(f)));
  const scored = branches.map((b, i) => {
    const req = required[i] ?? [];
    const missing = req.filter((f) => !present.has(f));
    const max = typeof b.maxProperties === 'number' ? b.maxProperties : Infinity;
    const extra = Math.max(0, present.size - max);
    return { req, missing, cost: missing.length + extra, cover: req.filter((f) => present.has(f)).length };
  });
  scored.sort((a, b) => a.cost - b.cost || b.cover - a.cover);
  const best = scored[0];
  const runnerUp = scored[1];
  if (best && best.missing.length > 0 && (!runnerUp || runnerUp.cost > best.cost || runnerUp.cover < best.cover)) {
    const together = best.req.filter((f) => present.has(f) && !shared.includes(f));
    const missing = best.missing.map((f) => `'${f}'`).join(' and ');
    const detail = together.length > 0 ? `required together with ${together.map((f) => `'${f}'`).join(' and ')}` : alternatives;
    return issue(path, `missing ${missing} (${detail})`, 'SCHEMA');
  }
  return issue(path, alternatives, 'SCHEMA');
}
