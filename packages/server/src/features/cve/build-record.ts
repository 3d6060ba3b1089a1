import type { z } from 'zod';
import { CVSS_METRIC_KEYS, cvssMetricObject, parseCvss } from './cvss.ts';
import { cweDescription, lookupCwe } from './cwe.ts';
import { cveDraftSchema, rejectionDraftSchema, type CveDraft, type ParsedCveDraft, type RejectionDraft } from './draft.ts';
import { issue, type Issue } from './issues.ts';
import { formatPath } from './json-path.ts';
import type {
  AffectedProduct,
  CnaPublishedContainer,
  CnaRejectedContainer,
  Description,
  Metric,
  ProblemTypeDescription,
  PublishedCveRecord,
  RejectedCveRecord,
  VersionEntry,
} from './record-types.ts';
import { listCveSchemaVersions } from './schema-registry.ts';

/** The CNA writing the record: its CVE Program organisation UUID and short name. */
export interface CnaIdentity {
  orgId: string;
  shortName: string;
}

export interface BuildOptions {
  cveId: string;
  /** Defaults to the current time; used for dateUpdated (and datePublished when not given). */
  now?: Date;
  dateReserved?: string;
  datePublished?: string;
  /** `x_generator.engine`, e.g. `xmppsec 0.1.0`. */
  generator?: string;
  /** Defaults to the newest shipped schema release. */
  dataVersion?: string;
}

/** A draft that cannot become a record; `issues` name the draft's fields. */
export class CveDraftError extends Error {
  override name = 'CveDraftError';
  readonly code = 'CVE_DRAFT_INVALID';
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(`the draft is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

const DEFAULT_GENERATOR = 'xmppsec';

function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => issue(formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol')), i.message, 'DRAFT'));
}

export function parseDraft(input: CveDraft): ParsedCveDraft {
  const result = cveDraftSchema.safeParse(input);
  if (!result.success) throw new CveDraftError(zodIssues(result.error));
  return result.data;
}

/** `{ a: X | undefined }` → `{ a?: X }`: what `compact` returns. */
type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops keys whose value is undefined: the schema treats a present-but-undefined key as present. */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list !== undefined && list.length > 0 ? list : undefined;
}

function affectedProduct(a: ParsedCveDraft['affected'][number]): AffectedProduct {
  const versions: VersionEntry[] = [];
  for (const r of a.ranges ?? []) {
    const start = r.introduced ?? '0';
    const entry: VersionEntry = { version: start, status: r.status, versionType: a.versionType };
    if (r.fixed !== undefined) entry.lessThan = r.fixed;
    else if (r.lastAffected !== undefined) entry.lessThanOrEqual = r.lastAffected;
    else entry.lessThan = '*';
    versions.push(entry);
  }
  for (const v of a.versions ?? []) versions.push({ version: v.version, status: v.status });
  return compact({
    vendor: a.vendor,
    product: a.product,
    collectionURL: a.collectionURL,
    packageName: a.packageName,
    packageURL: a.packageURL,
    repo: a.repo,
    cpes: nonEmpty(a.cpes),
    platforms: nonEmpty(a.platforms),
    modules: nonEmpty(a.modules),
    programFiles: nonEmpty(a.programFiles),
    programRoutines: nonEmpty(a.programRoutines?.map((name) => ({ name }))),
    defaultStatus: a.defaultStatus,
    versions: nonEmpty(versions),
  });
}

function problemTypes(draft: ParsedCveDraft): CnaPublishedContainer['problemTypes'] {
  const list = draft.problemTypes ?? [];
  if (list.length === 0) return undefined;
  return list.map((p) => {
    let d: ProblemTypeDescription;
    if ('cweId' in p) {
      const known = lookupCwe(p.cweId);
      const description = known ? cweDescription(known) : `${p.cweId} ${p.name ?? ''}`.trim();
      d = { lang: 'en', cweId: p.cweId, description, type: 'CWE' };
    } else {
      d = { lang: 'en', description: p.text, type: 'text' };
    }
    return { descriptions: [d] };
  });
}

function metrics(draft: ParsedCveDraft): Metric[] | undefined {
  const list = draft.metrics ?? [];
  if (list.length === 0) return undefined;
  return list.map((m) => {
    const parsed = parseCvss(m.vector);
    const metric: Metric = { format: 'CVSS', [CVSS_METRIC_KEYS[parsed.version]]: cvssMetricObject(parsed) };
    if (m.scenario !== undefined) metric.scenarios = [{ lang: 'en', value: m.scenario }];
    return metric;
  });
}

function iso(date: Date): string {
  return date.toISOString();
}

/** The CNA container for a published record (also the body CVE Services expects under `cnaContainer`). */
export function buildCnaContainer(input: CveDraft, cna: CnaIdentity, options: Pick<BuildOptions, 'now' | 'generator'> = {}): CnaPublishedContainer {
  const draft = parseDraft(input);
  const now = iso(options.now ?? new Date());
  const descriptions: Description[] = [{ lang: 'en', value: draft.description }, ...(draft.otherDescriptions ?? [])];
  const container: CnaPublishedContainer = compact({
    providerMetadata: { orgId: cna.orgId, shortName: cna.shortName, dateUpdated: now },
    dateAssigned: draft.dateAssigned,
    datePublic: draft.datePublic,
    title: draft.title,
    descriptions,
    affected: draft.affected.map(affectedProduct),
    problemTypes: problemTypes(draft),
    impacts: nonEmpty(draft.impacts?.map((i) => compact({ capecId: i.capecId, descriptions: [{ lang: 'en', value: i.description }] }))),
    metrics: metrics(draft),
    workarounds: nonEmpty(draft.workarounds),
    solutions: nonEmpty(draft.solutions),
    exploits: nonEmpty(draft.exploits),
    configurations: nonEmpty(draft.configurations),
    timeline: nonEmpty(draft.timeline?.map((t) => ({ time: t.time, lang: t.lang, value: t.value }))),
    credits: nonEmpty(draft.credits?.map((c) => compact({ lang: c.lang, value: c.name, type: c.type, user: c.userId }))),
    references: draft.references.map((r) => compact({ url: r.url, name: r.name, tags: nonEmpty(r.tags) })),
    source: draft.source && Object.keys(compact(draft.source)).length > 0 ? compact({ ...draft.source, defect: nonEmpty(draft.source.defect) }) : undefined,
    tags: nonEmpty(draft.tags),
  });
  container.x_generator = { engine: options.generator ?? DEFAULT_GENERATOR };
  return container;
}

function defaultDataVersion(): string {
  const newest = listCveSchemaVersions().at(-1);
  if (newest === undefined) throw new Error('no CVE schema release is installed');
  return newest;
}

/** A complete PUBLISHED CVE JSON 5 record built from a draft. */
export function buildCveRecord(input: CveDraft, cna: CnaIdentity, options: BuildOptions): PublishedCveRecord {
  const now = iso(options.now ?? new Date());
  const container = buildCnaContainer(input, cna, options);
  return {
    dataType: 'CVE_RECORD',
    dataVersion: options.dataVersion ?? defaultDataVersion(),
    cveMetadata: compact({
      cveId: options.cveId,
      assignerOrgId: cna.orgId,
      assignerShortName: cna.shortName,
      state: 'PUBLISHED' as const,
      dateReserved: options.dateReserved,
      datePublished: options.datePublished ?? now,
      dateUpdated: now,
    }),
    containers: { cna: container },
  };
}

function parseRejection(input: RejectionDraft): z.output<typeof rejectionDraftSchema> {
  const result = rejectionDraftSchema.safeParse(input);
  if (!result.success) throw new CveDraftError(zodIssues(result.error));
  return result.data;
}

/** The rejected CNA container: what CVE Services expects under `cnaContainer` for a reject. */
export function buildRejectedContainer(input: RejectionDraft, cna: CnaIdentity, options: Pick<BuildOptions, 'now'> = {}): CnaRejectedContainer {
  const draft = parseRejection(input);
  return compact({
    providerMetadata: { orgId: cna.orgId, shortName: cna.shortName, dateUpdated: iso(options.now ?? new Date()) },
    rejectedReasons: draft.reasons,
    replacedBy: nonEmpty(draft.replacedBy),
  });
}

/** A complete REJECTED record: the ID is not a vulnerability (anymore), with the reasons. */
export function buildRejectedRecord(input: RejectionDraft, cna: CnaIdentity, options: BuildOptions): RejectedCveRecord {
  const now = iso(options.now ?? new Date());
  return {
    dataType: 'CVE_RECORD',
    dataVersion: options.dataVersion ?? defaultDataVersion(),
    cveMetadata: compact({
      cveId: options.cveId,
      assignerOrgId: cna.orgId,
      assignerShortName: cna.shortName,
      state: 'REJECTED' as const,
      dateReserved: options.dateReserved,
      datePublished: options.datePublished,
      dateUpdated: now,
      dateRejected: now,
    }),
    containers: { cna: buildRejectedContainer(input, cna, options) },
  };
}
