import { Ajv, type Options, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { ajvErrorsToIssues } from './ajv-issues.ts';
import { issue, type Issue } from './issues.ts';
import { loadCveSchemaSet, type JsonSchemaDocument } from './schema-registry.ts';

/**
 * Ajv validators for the official CVE schemas, compiled once per release and kept.
 *
 * Valid documents take the fast path (stop at the first error, no error objects). Only a document
 * that fails is run again through a validator that collects every error with its schema, so the
 * messages can be worded; that validator is compiled on first need.
 */

// strictTypes/strictRequired are off because the official schemas rely on implicit types in
// anyOf branches; unknown keywords and formats still fail compilation.
const BASE_OPTIONS: Options = { strict: true, strictTypes: false, strictRequired: false, strictTuples: false };

export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ ...BASE_OPTIONS, ...options });
  ajvFormats.default(ajv);
  return ajv;
}

interface CompiledDocument {
  root: JsonSchemaDocument;
  fast: ValidateFunction;
  detailed: () => Ajv;
  /** Stops at the first error but keeps its schema, for the rare case `detailView` hides the errors. */
  firstError: () => Ajv;
}

/**
 * Ajv collects all errors by concatenating arrays at every `$ref`, which is quadratic in the number
 * of errors: 20,000 broken products take seconds. The worded pass therefore sees the document with
 * long lists cut to their first entries; past that, reporting stops at the first error.
 */
export const DETAIL_ITEMS = 1000;

function detailView(value: unknown): { view: unknown; truncated: boolean } {
  let truncated = false;
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      if (node.length > DETAIL_ITEMS) truncated = true;
      return node.slice(0, DETAIL_ITEMS).map(copy);
    }
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, copy(v)]));
    return node;
  };
  const view = copy(value);
  return { view: truncated ? view : value, truncated };
}

const compiled = new Map<string, CompiledDocument>();

function compileDocument(key: string, root: JsonSchemaDocument): CompiledDocument {
  const hit = compiled.get(key);
  if (hit) return hit;
  let detailedAjv: Ajv | undefined;
  let firstErrorAjv: Ajv | undefined;
  const entry: CompiledDocument = {
    root,
    fast: createAjv({ allErrors: false }).compile(root),
    detailed: () => {
      detailedAjv ??= createAjv({ allErrors: true, verbose: true });
      if (!detailedAjv.getSchema(schemaId(root))) detailedAjv.addSchema(root);
      return detailedAjv;
    },
    firstError: () => {
      firstErrorAjv ??= createAjv({ allErrors: false, verbose: true });
      if (!firstErrorAjv.getSchema(schemaId(root))) firstErrorAjv.addSchema(root);
      return firstErrorAjv;
    },
  };
  compiled.set(key, entry);
  return entry;
}

function schemaId(root: JsonSchemaDocument): string {
  const id = root.$id;
  if (typeof id !== 'string') throw new Error('CVE schema without $id');
  return id;
}

function fragment(ajv: Ajv, doc: CompiledDocument, pointer: string): ValidateFunction {
  const validate = ajv.getSchema(`${schemaId(doc.root)}${pointer}`);
  if (!validate) throw new Error(`CVE schema has no ${pointer}`);
  return validate;
}

/** Worded errors of `data` against the schema at `pointer`, bounded in time (see DETAIL_ITEMS). */
function wordedErrors(doc: CompiledDocument, pointer: string, data: unknown): Issue[] {
  const { view, truncated } = detailView(data);
  const validate = fragment(doc.detailed(), doc, pointer);
  if (validate(view) !== true || !truncated) return ajvErrorsToIssues(validate.errors ?? [], { root: doc.root, data: view });
  const first = fragment(doc.firstError(), doc, pointer);
  first(data);
  return ajvErrorsToIssues(first.errors ?? [], { root: doc.root, data });
}

function recordDocument(version?: string): { version: string; doc: CompiledDocument } {
  const set = loadCveSchemaSet(version);
  return { version: set.version, doc: compileDocument(`record:${set.version}`, set.record) };
}

/** True when the record passes the official schema (the fast path; no messages). */
export function recordPassesSchema(record: unknown, version?: string): boolean {
  return recordDocument(version).doc.fast(record) === true;
}

/** The schema's two record forms, in the order of its top-level `oneOf`. */
const FORMS = { PUBLISHED: '#/oneOf/0', REJECTED: '#/oneOf/1' } as const;

/**
 * Schema problems of a whole record, worded. The schema's top level is "published or rejected";
 * checking the form that `cveMetadata.state` names avoids Ajv reporting both forms' mismatches.
 */
export function recordSchemaIssues(record: unknown, version?: string): { version: string; issues: Issue[] } {
  const { version: used, doc } = recordDocument(version);
  if (doc.fast(record) === true) return { version: used, issues: [] };
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { version: used, issues: [issue('(record)', 'must be a JSON object', 'SCHEMA')] };
  }
  const meta = (record as { cveMetadata?: unknown }).cveMetadata;
  const state = meta !== null && typeof meta === 'object' ? (meta as { state?: unknown }).state : undefined;
  let form: keyof typeof FORMS;
  let stateIssue: Issue | undefined;
  if (state === 'PUBLISHED' || state === 'REJECTED') {
    form = state;
  } else {
    const cna = (record as { containers?: { cna?: unknown } }).containers?.cna;
    form = cna !== null && typeof cna === 'object' && 'rejectedReasons' in cna ? 'REJECTED' : 'PUBLISHED';
    if (meta !== null && typeof meta === 'object') {
      stateIssue = issue('cveMetadata.state', `must be 'PUBLISHED' or 'REJECTED'${state === undefined ? '' : ` (is ${JSON.stringify(state)})`}`, 'STATE');
    }
  }
  const worded = wordedErrors(doc, FORMS[form], record);
  // With a state problem, the form's own complaint about the state says the same less clearly.
  if (!stateIssue) return { version: used, issues: worded };
  return { version: used, issues: [stateIssue, ...worded.filter((i) => i.path !== 'cveMetadata.state')] };
}

export type CnaContainerKind = 'published' | 'rejected';

function containerDocument(kind: CnaContainerKind, version?: string): CompiledDocument {
  const set = loadCveSchemaSet(version);
  // Each container schema repeats the nested `$id`s of the record schema, so each gets its own Ajv.
  return compileDocument(`${kind}:${set.version}`, kind === 'published' ? set.cnaPublished : set.cnaRejected);
}

/**
 * Schema problems of a CVE Services request body `{"cnaContainer": …}`, checked against the
 * official cnaPublishedContainer / cnaRejectedContainer schema. Paths start with `cnaContainer`.
 */
export function cnaBodySchemaIssues(body: unknown, kind: CnaContainerKind, version?: string): Issue[] {
  const doc = containerDocument(kind, version);
  const issues: Issue[] = [];
  // The official wrapper schema does not itself require `cnaContainer`; CVE Services does.
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !('cnaContainer' in body)) {
    issues.push(issue('cnaContainer', 'required field is missing', 'SCHEMA'));
    return issues;
  }
  if (doc.fast(body) === true) return issues;
  return wordedErrors(doc, '', body);
}

/** Raw Ajv errors of a body, as CVE Services returns them in `details.errors`. */
export function cnaBodyAjvErrors(body: unknown, kind: CnaContainerKind, version?: string): unknown[] {
  const doc = containerDocument(kind, version);
  return doc.fast(body) === true ? [] : [...(doc.fast.errors ?? [])];
}
