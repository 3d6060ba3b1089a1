import { buildCveRecord, CveDraftError, parseDraft } from './build-record.ts';
import type { CnaIdentity } from './build-record.ts';
import type { CveDraft } from './draft.ts';
import type { FieldChange } from './diff.ts';
import { diffJson } from './diff.ts';
import { issue } from './issues.ts';
import type { Issue } from './issues.ts';
import { checkJsonLimits, describeLimitProblem } from './json-limits.ts';
import type { PathSegment } from './json-path.ts';
import type { CveRecord, PublishedCveRecord } from './record-types.ts';
import { validateCveRecord } from './validate-record.ts';

/**
 * A saved draft → the record it would publish, and everything that keeps it from being published:
 * the draft's own fields first (`affected[0].vendor: …`), then the official schema and the CVE
 * Program's rules on the built record (`containers.cna…`).
 */

export interface DraftCheck {
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
  /** The record the draft builds; absent when the draft's fields are not valid. */
  record?: PublishedCveRecord;
}

export interface DraftRecordMeta {
  cveId: string;
  now: Date;
  dateReserved?: string | undefined;
  /** The first publication, kept by later updates. */
  datePublished?: string | undefined;
  generator?: string | undefined;
}

export function checkDraft(draft: unknown, cna: CnaIdentity, meta: DraftRecordMeta): DraftCheck {
  if (draft === null || typeof draft !== 'object' || Array.isArray(draft)) {
    return { valid: false, errors: [issue('(draft)', 'must be a JSON object with the draft fields (title, description, affected, references, …)', 'DRAFT')], warnings: [] };
  }
  const limit = checkJsonLimits(draft);
  if (limit) return { valid: false, errors: [issue('(draft)', describeLimitProblem(limit), 'TOO_DEEP')], warnings: [] };
  try {
    parseDraft(draft as CveDraft);
  } catch (error) {
    if (error instanceof CveDraftError) return { valid: false, errors: error.issues, warnings: [] };
    throw error;
  }
  const record = buildCveRecord(draft as CveDraft, cna, {
    cveId: meta.cveId,
    now: meta.now,
    ...(meta.dateReserved !== undefined ? { dateReserved: meta.dateReserved } : {}),
    ...(meta.datePublished !== undefined ? { datePublished: meta.datePublished } : {}),
    ...(meta.generator !== undefined ? { generator: meta.generator } : {}),
  });
  const result = validateCveRecord(record, { now: meta.now });
  return { valid: result.valid, errors: result.errors, warnings: result.warnings, record };
}

/**
 * Paths whose differences are bookkeeping, not content: the dates CVE Services and the builder set
 * on every write, and ADP containers (other organisations' additions, never ours to send).
 */
export function isBookkeeping(segments: readonly PathSegment[]): boolean {
  const [first, second, third, fourth] = segments;
  if (first === 'cveMetadata' && typeof second === 'string' && second.startsWith('date')) return true;
  if (first === 'containers' && second === 'adp') return true;
  return first === 'containers' && second === 'cna' && third === 'providerMetadata' && fourth === 'dateUpdated';
}

/** Field changes between two records, bookkeeping left out. */
export function recordChanges(from: CveRecord | unknown, to: CveRecord | unknown): FieldChange[] {
  return diffJson(from, to, { ignore: isBookkeeping });
}
