import type { DocumentTest } from '@secvisogram/csaf-validator-lib/validateStrict.js';
import { cvssSeverity, parseCvss, CvssError } from './cvss.ts';
import { lookupCwe } from './cwe.ts';
import { cveTimestampToUtc } from './import-record.ts';
import { issue, type Issue } from './issues.ts';
import type { AffectedProduct, CveRecord, Description, PublishedCveRecord, RejectedCveRecord } from './record-types.ts';
import { looksLikeRange, versionIntervals, type VersionInterval } from './version-intervals.ts';

/**
 * CVE record → CSAF 2.0 document (profile "Security Advisory"; "CSAF Base" for rejected records),
 * checked with BSI's @secvisogram/csaf-validator-lib: the strict CSAF 2.0 schema, every mandatory
 * test (6.1.x) and the optional tests (6.2.x, reported as warnings). The informative tests are not
 * run: some of them fetch URLs.
 *
 * Product tree: vendor → product name → one leaf per version or version range (`vers:` notation);
 * the first version outside an affected range (`lessThan`) becomes a "fixed" leaf.
 * CSAF 2.0 has no CVSS 4.0 score object, so 4.0 vectors are carried as a vulnerability note.
 */

export interface CsafPublisher {
  name: string;
  /** The publisher's URL, e.g. https://xmpp.org */
  namespace: string;
  category?: 'coordinator' | 'discoverer' | 'other' | 'translator' | 'user' | 'vendor';
  contactDetails?: string;
  issuingAuthority?: string;
}

export interface CsafRevision {
  number: string;
  date: string;
  summary: string;
}

export interface CsafOptions {
  /** Defaults to the CVE ID. */
  trackingId?: string;
  /** Oldest first; defaults to one entry for the record's publication. */
  revisionHistory?: CsafRevision[];
  /** Where the document will be published (becomes the `self` reference CSAF asks for). */
  canonicalUrl?: string;
  /** For `tracking.generator`. */
  generator?: { name: string; version?: string };
  now?: Date;
}

type Json = Record<string, unknown>;

type ProductStatus = 'known_affected' | 'known_not_affected' | 'fixed' | 'under_investigation';

const STATUS: Record<string, ProductStatus> = { affected: 'known_affected', unaffected: 'known_not_affected', unknown: 'under_investigation' };

function english(list: readonly Description[] | undefined): string | undefined {
  return (list?.find((d) => /^en\b/i.test(d.lang)) ?? list?.[0])?.value;
}

function utc(value: string | undefined, fallback: string): string {
  return cveTimestampToUtc(value) ?? fallback;
}

function versScheme(versionType: string | undefined): string {
  return versionType === 'semver' ? 'semver' : versionType === 'git' ? 'git' : 'generic';
}

/** A range as `vers:` text (https://github.com/package-url/purl-spec/blob/master/VERSION-RANGE-SPEC.rst). */
function versRange(interval: Extract<VersionInterval, { kind: 'range' }>): string {
  const constraints: string[] = [];
  if (interval.start !== '0') constraints.push(`>=${interval.start}`);
  if (interval.end) constraints.push(`${interval.end.inclusive ? '<=' : '<'}${interval.end.version}`);
  return `vers:${versScheme(interval.versionType)}/${constraints.length > 0 ? constraints.join('|') : '*'}`;
}

interface ProductTree {
  leaf(vendor: string, product: string, category: LeafCategory, name: string, fullName: string, helper: Json | undefined, status: ProductStatus): string;
  status: ReadonlyMap<string, ProductStatus>;
  toJson(): Json | undefined;
}

type LeafCategory = 'product_version' | 'product_version_range' | 'product_name';

/** Collects leaves under vendor → product branches and numbers them CSAFPID-0001, …. */
function createProductTree(): ProductTree {
  const vendors = new Map<string, Map<string, Map<string, Json>>>();
  const leafByKey = new Map<string, string>();
  const status = new Map<string, ProductStatus>();
  let next = 1;
  return {
    status,
    leaf(vendor, product, category, name, fullName, helper, leafStatus) {
      const key = JSON.stringify([vendor, product, category, name]);
      let id = leafByKey.get(key);
      if (id === undefined) {
        id = `CSAFPID-${String(next++).padStart(4, '0')}`;
        leafByKey.set(key, id);
        const products = vendors.get(vendor) ?? new Map<string, Map<string, Json>>();
        vendors.set(vendor, products);
        const leaves = products.get(product) ?? new Map<string, Json>();
        products.set(product, leaves);
        leaves.set(`${category}\0${name}`, {
          category,
          name,
          product: { name: fullName, product_id: id, ...(helper ? { product_identification_helper: helper } : {}) },
        });
      }
      // An affected statement wins over a fixed or unaffected one for the same leaf.
      if (!status.has(id) || leafStatus === 'known_affected') status.set(id, leafStatus);
      return id;
    },
    toJson() {
      if (vendors.size === 0) return undefined;
      const branches = [...vendors].map(([vendor, products]) => ({
        category: 'vendor',
        name: vendor,
        branches: [...products].map(([product, leaves]) => {
          const list = [...leaves.values()];
          const bare = list.find((l) => l.category === 'product_name');
          return bare ? { ...bare, name: product } : { category: 'product_name', name: product, branches: list };
        }),
      }));
      return { branches };
    },
  };
}

function addAffected(tree: ProductTree, a: AffectedProduct): void {
  const vendor = a.vendor ?? (a.collectionURL !== undefined ? safeHost(a.collectionURL) : 'unknown vendor');
  const product = a.product ?? a.packageName ?? 'unknown product';
  const label = `${vendor} ${product}`;
  const cpe = a.cpes?.[0];
  const versions = a.versions ?? [];
  if (versions.length === 0) {
    const status = STATUS[a.defaultStatus ?? 'unknown'] ?? 'under_investigation';
    const helper = a.packageURL !== undefined ? { purl: a.packageURL } : cpe !== undefined ? { cpe } : undefined;
    tree.leaf(vendor, product, 'product_name', product, label, helper, status);
    return;
  }
  for (const v of versions) {
    for (const interval of versionIntervals(v)) {
      const status = STATUS[interval.status] ?? 'under_investigation';
      if (interval.kind === 'single' && looksLikeRange(interval.version)) {
        // Free text such as ">= 3.10.0, < 4.6.8" (common in older records) is a range, not a version.
        tree.leaf(vendor, product, 'product_version_range', interval.version, `${label} ${interval.version}`, undefined, status);
        continue;
      }
      if (interval.kind === 'single') {
        const purl = a.packageURL !== undefined ? `${a.packageURL.replace(/@[^/?#]*$/, '')}@${encodeURIComponent(interval.version)}` : undefined;
        tree.leaf(vendor, product, 'product_version', interval.version, `${label} ${interval.version}`, purl ? { purl } : undefined, status);
        continue;
      }
      const range = versRange(interval);
      tree.leaf(vendor, product, 'product_version_range', range, `${label} ${range}`, undefined, status);
      if (interval.status === 'affected' && interval.end && !interval.end.inclusive) {
        const fixed = interval.end.version;
        tree.leaf(vendor, product, 'product_version', fixed, `${label} ${fixed}`, undefined, 'fixed');
      }
    }
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function idsWith(tree: ProductTree, status: ProductStatus): string[] {
  return [...tree.status].filter(([, s]) => s === status).map(([id]) => id);
}

function trackingFor(record: CveRecord, options: CsafOptions, now: string): Json {
  const meta = record.cveMetadata;
  const initial = utc(meta.datePublished, utc(meta.dateUpdated, now));
  const current = utc(meta.dateUpdated, initial);
  const history = options.revisionHistory ?? [{ number: '1', date: initial, summary: 'Initial public release.' }];
  const latest = history.reduce((acc, r) => (r.date > acc ? r.date : acc), current);
  return {
    id: options.trackingId ?? meta.cveId,
    status: 'final',
    version: history.at(-1)?.number ?? '1',
    revision_history: history,
    initial_release_date: history[0]?.date ?? initial,
    current_release_date: latest,
    generator: {
      date: now,
      engine: { name: options.generator?.name ?? 'xmppsec', ...(options.generator?.version ? { version: options.generator.version } : {}) },
    },
  };
}

function publisherJson(p: CsafPublisher): Json {
  return {
    category: p.category ?? 'coordinator',
    name: p.name,
    namespace: p.namespace,
    ...(p.contactDetails ? { contact_details: p.contactDetails } : {}),
    ...(p.issuingAuthority ? { issuing_authority: p.issuingAuthority } : {}),
  };
}

function documentReferences(cveId: string, options: CsafOptions): Json[] {
  const refs = [cveReference(cveId)];
  if (options.canonicalUrl !== undefined) refs.unshift({ category: 'self', summary: 'Canonical URL of this document', url: options.canonicalUrl });
  return refs;
}

/** The file name CSAF expects at the end of the canonical URL (section 5.1 of the standard). */
export function csafFileName(trackingId: string): string {
  return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** Keys in alphabetical order, as CSAF's optional test 6.2.13 recommends. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Json)[k])]));
  }
  return value;
}

function cveReference(cveId: string): Json {
  return { category: 'external', summary: `CVE Record ${cveId}`, url: `https://www.cve.org/CVERecord?id=${cveId}` };
}

function rejectedDocument(record: RejectedCveRecord, publisher: CsafPublisher, options: CsafOptions, now: string): Json {
  const cveId = record.cveMetadata.cveId;
  const reason = english(record.containers.cna.rejectedReasons) ?? 'This CVE ID has been rejected.';
  return sortKeys({
    document: {
      category: 'csaf_base',
      csaf_version: '2.0',
      lang: 'en',
      title: `${cveId} (rejected)`,
      publisher: publisherJson(publisher),
      distribution: { tlp: { label: 'WHITE' } },
      notes: [{ category: 'summary', title: 'Rejected', text: reason }],
      references: documentReferences(cveId, options),
      tracking: trackingFor(record, options, now),
    },
    vulnerabilities: [{ cve: cveId, notes: [{ category: 'description', title: 'Rejection reason', text: reason }] }],
  }) as Json;
}

export function toCsaf(record: CveRecord, publisher: CsafPublisher, options: CsafOptions = {}): Json {
  const now = (options.now ?? new Date()).toISOString();
  if (record.cveMetadata.state === 'REJECTED') return rejectedDocument(record as RejectedCveRecord, publisher, options, now);
  const { cveMetadata: meta, containers } = record as PublishedCveRecord;
  const cna = containers.cna;
  const tree = createProductTree();
  for (const a of cna.affected) addAffected(tree, a);
  const affectedIds = idsWith(tree, 'known_affected');
  const description = english(cna.descriptions) ?? meta.cveId;

  const notes: Json[] = [{ category: 'description', title: 'Description', text: description }];
  for (const d of cna.descriptions) if (d.value !== description) notes.push({ category: 'description', title: `Description (${d.lang})`, text: d.value });
  const scores: Json[] = [];
  const scoredVersions = new Set<unknown>();
  for (const [i, m] of (cna.metrics ?? []).entries()) {
    const v3 = m.cvssV3_1 ?? m.cvssV3_0;
    // CSAF allows one score per CVSS version and product; further scenarios become notes.
    if (v3 && affectedIds.length > 0 && !scoredVersions.has(v3.version)) {
      scoredVersions.add(v3.version);
      scores.push({ products: affectedIds, cvss_v3: v3 });
    } else if (v3 && typeof v3.vectorString === 'string') {
      const scenario = m.scenarios?.[0]?.value;
      notes.push({ category: 'other', title: `CVSS ${String(v3.version)} (${i + 1})`, text: `${v3.vectorString}${scenario ? `: ${scenario}` : ''}` });
    }
    const v4 = m.cvssV4_0?.vectorString;
    if (typeof v4 === 'string') {
      let text = v4;
      try {
        const parsed = parseCvss(v4);
        text = `${v4} (base score ${parsed.baseScore}, ${cvssSeverity(parsed.baseScore)})`;
      } catch (e) {
        if (!(e instanceof CvssError)) throw e;
      }
      notes.push({ category: 'other', title: `CVSS 4.0${i > 0 ? ` (${i + 1})` : ''}`, text });
    }
  }
  for (const [i, pt] of (cna.problemTypes ?? []).entries()) {
    for (const d of pt.descriptions) if (d.cweId === undefined) notes.push({ category: 'other', title: `Problem type${i > 0 ? ` ${i + 1}` : ''}`, text: d.description });
  }

  const remediations: Json[] = [];
  if (affectedIds.length > 0) {
    for (const s of cna.solutions ?? []) remediations.push({ category: 'vendor_fix', details: s.value, product_ids: affectedIds });
    for (const w of cna.workarounds ?? []) remediations.push({ category: 'workaround', details: w.value, product_ids: affectedIds });
    const fixed = [...new Set(cna.affected.flatMap((a) => (a.versions ?? []).map((v) => v.lessThan).filter((x): x is string => x !== undefined && x !== '*')))];
    if (!remediations.some((r) => r.category === 'vendor_fix') && fixed.length > 0) {
      remediations.push({ category: 'vendor_fix', details: `Update to ${fixed.join(' or ')} or later.`, product_ids: affectedIds });
    }
  } else {
    for (const s of cna.solutions ?? []) notes.push({ category: 'general', title: 'Solution', text: s.value });
    for (const w of cna.workarounds ?? []) notes.push({ category: 'general', title: 'Workaround', text: w.value });
  }

  const productStatus: Json = {};
  for (const status of ['known_affected', 'known_not_affected', 'fixed', 'under_investigation'] as const) {
    const ids = idsWith(tree, status);
    if (ids.length > 0) productStatus[status] = ids;
  }

  const cwe = (cna.problemTypes ?? []).flatMap((p) => p.descriptions).map((d) => (d.cweId ? lookupCwe(d.cweId) : undefined)).find((e) => e !== undefined);
  const vulnerability: Json = {
    cve: meta.cveId,
    ...(cna.title ? { title: cna.title } : {}),
    ...(cwe ? { cwe: { id: cwe.id, name: cwe.name } } : {}),
    notes,
    references: [cveReference(meta.cveId), ...cna.references.map((r) => ({ category: 'external', summary: r.name ?? r.url, url: r.url }))],
    ...(Object.keys(productStatus).length > 0 ? { product_status: productStatus } : {}),
    ...(remediations.length > 0 ? { remediations } : {}),
    ...(scores.length > 0 ? { scores } : {}),
    ...(cna.datePublic ? { release_date: utc(cna.datePublic, now) } : {}),
    ...((cna.credits ?? []).length > 0 ? { acknowledgments: (cna.credits ?? []).map((c) => ({ names: [c.value], ...(c.type ? { summary: c.type } : {}) })) } : {}),
    ...((cna.impacts ?? []).length > 0
      ? { threats: (cna.impacts ?? []).map((i) => ({ category: 'impact', details: english(i.descriptions) ?? i.capecId ?? 'impact', ...(affectedIds.length > 0 ? { product_ids: affectedIds } : {}) })) }
      : {}),
  };
  const productTree = tree.toJson();
  return sortKeys({
    document: {
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      lang: 'en',
      title: cna.title ?? meta.cveId,
      publisher: publisherJson(publisher),
      distribution: { tlp: { label: 'WHITE' } },
      notes: [{ category: 'summary', title: 'Summary', text: description }],
      references: documentReferences(meta.cveId, options),
      tracking: trackingFor(record, options, now),
    },
    ...(productTree ? { product_tree: productTree } : {}),
    vulnerabilities: [vulnerability],
  }) as Json;
}

export interface CsafValidationResult {
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
}

function pointerPath(pointer: string): string {
  if (pointer === '' || pointer === '/') return '(document)';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
}

/** Runs the CSAF 2.0 strict schema, all mandatory tests (errors) and the optional tests (warnings). */
export async function validateCsaf(doc: unknown): Promise<CsafValidationResult> {
  const [{ default: validateStrict }, schema, mandatory, optional] = await Promise.all([
    import('@secvisogram/csaf-validator-lib/validateStrict.js'),
    import('@secvisogram/csaf-validator-lib/schemaTests.js'),
    import('@secvisogram/csaf-validator-lib/mandatoryTests.js'),
    import('@secvisogram/csaf-validator-lib/optionalTests.js'),
  ]);
  // The modules' namespaces hold only test functions (the filter also drops TypeScript's `default`).
  const testsOf = (ns: object): DocumentTest[] => Object.values(ns).filter((t): t is DocumentTest => typeof t === 'function');
  const required = await validateStrict([schema.csaf_2_0_strict, ...testsOf(mandatory)], doc);
  const advice = await validateStrict(testsOf(optional), doc);
  const errors: Issue[] = required.tests.flatMap((t) => t.errors.map((e) => issue(pointerPath(e.instancePath), `${e.message} (${t.name})`, 'CSAF')));
  // Optional tests report their findings as errors; for xmppsec they are advice.
  const warnings: Issue[] = [
    ...required.tests.flatMap((t) => t.warnings.map((e) => issue(pointerPath(e.instancePath), `${e.message} (${t.name})`, 'CSAF'))),
    ...advice.tests.flatMap((t) => [...t.errors, ...t.warnings].map((e) => issue(pointerPath(e.instancePath), `${e.message} (${t.name})`, 'CSAF'))),
  ];
  return { valid: required.isValid && errors.length === 0, errors, warnings };
}
