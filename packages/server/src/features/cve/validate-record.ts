import { issue, type Issue } from './issues.ts';
import { checkJsonLimits, describeLimitProblem } from './json-limits.ts';
import { listCveSchemaVersions, schemaVersionFor } from './schema-registry.ts';
import { cnaBodySchemaIssues, recordSchemaIssues, type CnaContainerKind } from './schema-validators.ts';
import { checkCnaContainer, semanticChecks, type CheckResult, type SemanticOptions } from './semantic-checks.ts';

export interface CveValidationResult {
  /** No errors (warnings allowed). */
  valid: boolean;
  /** The schema release the record was checked against. */
  schemaVersion: string;
  /** Read from the record when present, for reports. */
  cveId?: string;
  state?: string;
  dataVersion?: string;
  errors: Issue[];
  warnings: Issue[];
}

export interface ValidateOptions extends SemanticOptions {
  /** Check against this shipped schema release instead of the one chosen from `dataVersion`. */
  schemaVersion?: string;
}

function field(value: unknown, ...keys: string[]): string | undefined {
  let node = value;
  for (const k of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[k];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Where a worded vector problem exists, the schema's bare "does not match the pattern" adds nothing. */
function mergeVectorIssues(schema: Issue[], semantic: Issue[]): Issue[] {
  const vectorPaths = new Set(semantic.filter((i) => i.code === 'CVSS_VECTOR').map((i) => i.path));
  return [...schema.filter((i) => !vectorPaths.has(i.path)), ...semantic];
}

/**
 * Validates a parsed CVE JSON 5 record: the official schema (compiled once) plus the CVE Program's
 * rules the schema cannot express (see semantic-checks.ts). Never throws on bad input.
 */
export function validateCveRecord(record: unknown, options: ValidateOptions = {}): CveValidationResult {
  const dataVersion = field(record, 'dataVersion');
  const schemaVersion = options.schemaVersion ?? schemaVersionFor(dataVersion, listCveSchemaVersions());
  const base: Pick<CveValidationResult, 'schemaVersion' | 'cveId' | 'state' | 'dataVersion'> = { schemaVersion };
  const cveId = field(record, 'cveMetadata', 'cveId');
  const state = field(record, 'cveMetadata', 'state');
  if (cveId !== undefined) base.cveId = cveId;
  if (state !== undefined) base.state = state;
  if (dataVersion !== undefined) base.dataVersion = dataVersion;
  const limit = checkJsonLimits(record);
  if (limit) {
    return { ...base, valid: false, errors: [issue('(record)', describeLimitProblem(limit), 'TOO_DEEP')], warnings: [] };
  }
  const schema = recordSchemaIssues(record, schemaVersion);
  const semantic = semanticChecks(record, options);
  const errors = mergeVectorIssues(schema.issues, semantic.errors);
  return { ...base, valid: errors.length === 0, errors, warnings: semantic.warnings };
}

export interface CnaContainerValidationResult {
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
}

/**
 * Validates a CVE Services request body `{"cnaContainer": …}` the way CVE Services will: the
 * official cnaPublishedContainer / cnaRejectedContainer schema plus the service's own checks
 * (one entry per English language tag, no whitespace-only descriptions).
 */
export function validateCnaBody(body: unknown, kind: CnaContainerKind, options: ValidateOptions = {}): CnaContainerValidationResult {
  const limit = checkJsonLimits(body);
  if (limit) return { valid: false, errors: [issue('cnaContainer', describeLimitProblem(limit), 'TOO_DEEP')], warnings: [] };
  const schema = cnaBodySchemaIssues(body, kind, options.schemaVersion);
  const semantic: CheckResult = { errors: [], warnings: [] };
  const container = body !== null && typeof body === 'object' ? (body as { cnaContainer?: unknown }).cnaContainer : undefined;
  if (container !== null && typeof container === 'object' && !Array.isArray(container)) {
    checkCnaContainer(container as Record<string, unknown>, 'cnaContainer', semantic, options);
  }
  const errors = mergeVectorIssues(schema, semantic.errors);
  return { valid: errors.length === 0, errors, warnings: semantic.warnings };
}
