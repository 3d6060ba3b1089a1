/**
 * The CVE draft (the server's `cveDraftSchema`) as form state and back. The form holds plain
 * strings; an empty optional field is left out of the draft, so the server's checks see what a
 * person meant rather than empty strings. Fields the form does not model are kept untouched:
 * per item (`extra`) and, for whole fields, as JSON the editor shows as "other fields".
 */

export const VERSION_STATUSES = ['affected', 'unaffected', 'unknown'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** The CVE Program's credit types and reference tags (as in the CVE record schema). */
export const CREDIT_TYPES = ['finder', 'reporter', 'analyst', 'coordinator', 'remediation developer', 'remediation reviewer', 'remediation verifier', 'tool', 'sponsor', 'other'] as const;
export const REFERENCE_TAGS = [
  'broken-link',
  'customer-entitlement',
  'exploit',
  'government-resource',
  'issue-tracking',
  'mailing-list',
  'mitigation',
  'not-applicable',
  'patch',
  'permissions-required',
  'media-coverage',
  'product',
  'related',
  'release-notes',
  'signature',
  'technical-description',
  'third-party-advisory',
  'vendor-advisory',
  'vdb-entry',
] as const;

type Extra = Record<string, unknown>;

export interface LocalizedForm {
  lang: string;
  value: string;
  /** Written as a bare string (English) in the draft. */
  bare: boolean;
}
export interface RangeForm {
  introduced: string;
  fixed: string;
  lastAffected: string;
  status: VersionStatus | '';
  extra: Extra;
}
export interface VersionForm {
  version: string;
  status: VersionStatus | '';
  extra: Extra;
}
export interface AffectedForm {
  vendor: string;
  product: string;
  collectionURL: string;
  packageName: string;
  packageURL: string;
  repo: string;
  defaultStatus: VersionStatus | '';
  versionType: string;
  ranges: RangeForm[];
  versions: VersionForm[];
  extra: Extra;
}
export interface ProblemTypeForm {
  kind: 'cwe' | 'text';
  cweId: string;
  name: string;
  text: string;
  extra: Extra;
}
export interface MetricForm {
  vector: string;
  scenario: string;
  extra: Extra;
}
export interface CreditForm {
  name: string;
  type: string;
  lang: string;
  extra: Extra;
}
export interface ReferenceForm {
  url: string;
  name: string;
  tags: string[];
  extra: Extra;
}
export interface DraftForm {
  title: string;
  description: string;
  otherDescriptions: LocalizedForm[];
  affected: AffectedForm[];
  problemTypes: ProblemTypeForm[];
  metrics: MetricForm[];
  credits: CreditForm[];
  references: ReferenceForm[];
  solutions: LocalizedForm[];
  workarounds: LocalizedForm[];
  /** Every other draft field (timeline, impacts, source, dates, tags…), as JSON text. */
  other: string;
}

const MODELLED = ['title', 'description', 'otherDescriptions', 'affected', 'problemTypes', 'metrics', 'credits', 'references', 'solutions', 'workarounds'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const status = (value: unknown): VersionStatus | '' => ((VERSION_STATUSES as readonly unknown[]).includes(value) ? (value as VersionStatus) : '');

function without(value: unknown, keys: readonly string[]): Extra {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

export function emptyAffected(): AffectedForm {
  return { vendor: '', product: '', collectionURL: '', packageName: '', packageURL: '', repo: '', defaultStatus: '', versionType: '', ranges: [], versions: [], extra: {} };
}
export const emptyRange = (): RangeForm => ({ introduced: '', fixed: '', lastAffected: '', status: '', extra: {} });
export const emptyVersion = (): VersionForm => ({ version: '', status: '', extra: {} });
export const emptyProblemType = (): ProblemTypeForm => ({ kind: 'cwe', cweId: '', name: '', text: '', extra: {} });
export const emptyMetric = (): MetricForm => ({ vector: '', scenario: '', extra: {} });
export const emptyCredit = (): CreditForm => ({ name: '', type: 'finder', lang: '', extra: {} });
export const emptyReference = (): ReferenceForm => ({ url: '', name: '', tags: [], extra: {} });
export const emptyLocalized = (): LocalizedForm => ({ lang: 'en', value: '', bare: true });

function localizedForm(value: unknown): LocalizedForm {
  if (typeof value === 'string') return { lang: 'en', value, bare: true };
  return { lang: text(isObject(value) ? value.lang : ''), value: text(isObject(value) ? value.value : ''), bare: false };
}

/** A saved draft (any JSON the server holds) as form state. */
export function formFromDraft(draft: unknown): DraftForm {
  const d = isObject(draft) ? draft : {};
  const rest = without(d, MODELLED);
  return {
    title: text(d.title),
    description: text(d.description),
    otherDescriptions: list(d.otherDescriptions).map(localizedForm).map((item) => ({ ...item, bare: false })),
    affected: list(d.affected).map((a) => {
      const o = isObject(a) ? a : {};
      return {
        vendor: text(o.vendor),
        product: text(o.product),
        collectionURL: text(o.collectionURL),
        packageName: text(o.packageName),
        packageURL: text(o.packageURL),
        repo: text(o.repo),
        defaultStatus: status(o.defaultStatus),
        versionType: text(o.versionType),
        ranges: list(o.ranges).map((r) => ({ introduced: text(isObject(r) ? r.introduced : ''), fixed: text(isObject(r) ? r.fixed : ''), lastAffected: text(isObject(r) ? r.lastAffected : ''), status: status(isObject(r) ? r.status : ''), extra: without(r, ['introduced', 'fixed', 'lastAffected', 'status']) })),
        versions: list(o.versions).map((v) => ({ version: text(isObject(v) ? v.version : ''), status: status(isObject(v) ? v.status : ''), extra: without(v, ['version', 'status']) })),
        extra: without(o, ['vendor', 'product', 'collectionURL', 'packageName', 'packageURL', 'repo', 'defaultStatus', 'versionType', 'ranges', 'versions']),
      };
    }),
    problemTypes: list(d.problemTypes).map((p) => {
      const o = isObject(p) ? p : {};
      return 'text' in o && !('cweId' in o)
        ? { kind: 'text' as const, cweId: '', name: '', text: text(o.text), extra: without(o, ['text']) }
        : { kind: 'cwe' as const, cweId: text(o.cweId), name: text(o.name), text: '', extra: without(o, ['cweId', 'name']) };
    }),
    metrics: list(d.metrics).map((m) => ({ vector: text(isObject(m) ? m.vector : m), scenario: text(isObject(m) ? m.scenario : ''), extra: without(m, ['vector', 'scenario']) })),
    credits: list(d.credits).map((c) => ({ name: text(isObject(c) ? c.name : c), type: text(isObject(c) ? c.type : ''), lang: text(isObject(c) ? c.lang : ''), extra: without(c, ['name', 'type', 'lang']) })),
    references: list(d.references).map((r) => ({
      url: text(isObject(r) ? r.url : r),
      name: text(isObject(r) ? r.name : ''),
      tags: list(isObject(r) ? r.tags : []).map(text),
      extra: without(r, ['url', 'name', 'tags']),
    })),
    solutions: list(d.solutions).map(localizedForm),
    workarounds: list(d.workarounds).map(localizedForm),
    other: Object.keys(rest).length > 0 ? JSON.stringify(rest, null, 2) : '',
  };
}

/** Keys with empty values left out. */
function compact(entries: Record<string, unknown>): Extra {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== '' && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

const localized = (item: LocalizedForm) => (item.bare && (item.lang === 'en' || item.lang === '') ? item.value : { lang: item.lang, value: item.value });

export type DraftResult = { ok: true; draft: Record<string, unknown> } | { ok: false; error: string };

/** Form state as a draft for the API; fails only when the "other fields" JSON cannot be read. */
export function draftFromForm(form: DraftForm): DraftResult {
  let other: Extra = {};
  if (form.other.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(form.other);
    } catch (error) {
      return { ok: false, error: `Other fields: this is not valid JSON (${(error as Error).message}).` };
    }
    if (!isObject(parsed)) return { ok: false, error: 'Other fields: write a JSON object, e.g. {"datePublic": "2026-01-31T12:00:00Z"}.' };
    const clash = MODELLED.find((key) => key in parsed);
    if (clash) return { ok: false, error: `Other fields: "${clash}" has its own part of the form; edit it there.` };
    other = parsed;
  }
  const draft: Record<string, unknown> = {
    ...other,
    ...compact({ title: form.title }),
    // Always sent, even empty: the English description is required, and the check should say so.
    description: form.description,
    ...compact({
      otherDescriptions: form.otherDescriptions.map((item) => ({ lang: item.lang, value: item.value })),
      affected: form.affected.map((a) => ({
        ...a.extra,
        ...compact({
          vendor: a.vendor,
          product: a.product,
          collectionURL: a.collectionURL,
          packageName: a.packageName,
          packageURL: a.packageURL,
          repo: a.repo,
          defaultStatus: a.defaultStatus,
          versionType: a.versionType,
          ranges: a.ranges.map((r) => ({ ...r.extra, ...compact({ introduced: r.introduced, fixed: r.fixed, lastAffected: r.lastAffected, status: r.status }) })),
          versions: a.versions.map((v) => ({ ...v.extra, version: v.version, ...compact({ status: v.status }) })),
        }),
      })),
      problemTypes: form.problemTypes.map((p) => (p.kind === 'text' ? { ...p.extra, text: p.text } : { ...p.extra, cweId: p.cweId, ...compact({ name: p.name }) })),
      metrics: form.metrics.map((m) => ({ ...m.extra, vector: m.vector, ...compact({ scenario: m.scenario }) })),
      credits: form.credits.map((c) => ({ ...c.extra, name: c.name, ...compact({ type: c.type, lang: c.lang }) })),
      references: form.references.map((r) => ({ ...r.extra, url: r.url, ...compact({ name: r.name, tags: r.tags }) })),
      solutions: form.solutions.map(localized),
      workarounds: form.workarounds.map(localized),
    }),
  };
  // The affected list is required: an empty one is sent so the check names it.
  if (!('affected' in draft)) draft.affected = [];
  if (!('references' in draft)) draft.references = [];
  return { ok: true, draft };
}
