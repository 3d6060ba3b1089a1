import { issue, type Issue } from './issues.ts';
import { parseJsonText } from './json-text.ts';
import { normaliseCveRecord } from './normalise.ts';
import type { CveRecord, CveState } from './record-types.ts';
import { validateCveRecord } from './validate-record.ts';

/**
 * Existing CVE JSON 5 records (as published on the CVE List) → a normalised record plus what
 * xmppsec indexes it by. A file either imports whole or not at all: any error rejects it.
 */

export interface ImportedProduct {
  /** `null` when the record says `n/a` (common in records converted from the old format). */
  vendor: string | null;
  product: string | null;
  collectionURL?: string;
  packageName?: string;
  packageURL?: string;
  repo?: string;
}

export interface CveImportMetadata {
  cveId: string;
  state: CveState;
  dataVersion: string;
  /** The shipped schema release the record was validated against. */
  schemaVersion: string;
  assignerOrgId: string;
  assignerShortName?: string;
  title?: string;
  /** Affected products of the CNA container, in order (empty for rejected records). */
  products: ImportedProduct[];
  /** Distinct repository URLs named by affected products. */
  repos: string[];
  /** CWE IDs of the CNA container's problem types. */
  cweIds: string[];
  /** cveMetadata dates in UTC, ISO 8601 with `Z` (records without a zone mean UTC). */
  dates: { reserved?: string; published?: string; updated?: string; rejected?: string };
}

export interface ImportedCve {
  record: CveRecord;
  metadata: CveImportMetadata;
  /** Validation warnings (the record imports anyway). */
  warnings: Issue[];
  /** JSON Pointers of values normalisation changed (see normalise.ts); empty for CVE List records. */
  normalised: string[];
}

export type CveImportResult = { ok: true; value: ImportedCve } | { ok: false; errors: Issue[]; cveId?: string };

const NOT_APPLICABLE = /^n\/a$/i;

/** A CVE timestamp (zone optional, meaning UTC) in UTC ISO form, or undefined when absent or invalid. */
export function cveTimestampToUtc(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const withZone = /([zZ]|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function orNull(value: string | undefined): string | null {
  return value === undefined || NOT_APPLICABLE.test(value.trim()) ? null : value;
}

function metadataOf(record: CveRecord, schemaVersion: string): CveImportMetadata {
  const meta = record.cveMetadata;
  const products: ImportedProduct[] = [];
  const repos = new Set<string>();
  const cweIds = new Set<string>();
  let title: string | undefined;
  if (record.cveMetadata.state === 'PUBLISHED') {
    const cna = (record as Extract<CveRecord, { cveMetadata: { state: 'PUBLISHED' } }>).containers.cna;
    title = cna.title;
    for (const a of cna.affected) {
      const p: ImportedProduct = { vendor: orNull(a.vendor), product: orNull(a.product) };
      if (a.collectionURL !== undefined) p.collectionURL = a.collectionURL;
      if (a.packageName !== undefined) p.packageName = a.packageName;
      if (a.packageURL !== undefined) p.packageURL = a.packageURL;
      if (a.repo !== undefined) {
        p.repo = a.repo;
        repos.add(a.repo);
      }
      products.push(p);
    }
    for (const pt of cna.problemTypes ?? []) for (const d of pt.descriptions) if (d.cweId !== undefined) cweIds.add(d.cweId);
  }
  const dates: CveImportMetadata['dates'] = {};
  const reserved = cveTimestampToUtc(meta.dateReserved);
  const published = cveTimestampToUtc(meta.datePublished);
  const updated = cveTimestampToUtc(meta.dateUpdated);
  const rejected = cveTimestampToUtc(meta.dateRejected);
  if (reserved) dates.reserved = reserved;
  if (published) dates.published = published;
  if (updated) dates.updated = updated;
  if (rejected) dates.rejected = rejected;
  const out: CveImportMetadata = {
    cveId: meta.cveId,
    state: meta.state,
    dataVersion: record.dataVersion,
    schemaVersion,
    assignerOrgId: meta.assignerOrgId,
    products,
    repos: [...repos],
    cweIds: [...cweIds],
    dates,
  };
  if (meta.assignerShortName !== undefined) out.assignerShortName = meta.assignerShortName;
  if (title !== undefined) out.title = title;
  return out;
}

/** Imports a parsed record. */
export function importCveRecord(value: unknown): CveImportResult {
  const { value: normalised, changed } = normaliseCveRecord(value);
  const result = validateCveRecord(normalised);
  if (!result.valid) {
    return { ok: false, errors: result.errors, ...(result.cveId !== undefined ? { cveId: result.cveId } : {}) };
  }
  const record = normalised as CveRecord;
  return { ok: true, value: { record, metadata: metadataOf(record, result.schemaVersion), warnings: result.warnings, normalised: changed } };
}

/** Imports a record from a file's bytes or text (bounded, UTF-8, JSON). */
export function importCveRecordText(input: string | Uint8Array, maxBytes?: number): CveImportResult {
  const parsed = parseJsonText(input, maxBytes);
  if (!parsed.ok) return { ok: false, errors: [parsed.issue] };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return { ok: false, errors: [issue('(record)', 'must be a JSON object (one CVE record per file)', 'SCHEMA')] };
  }
  return importCveRecord(parsed.value);
}
