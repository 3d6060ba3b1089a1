import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { ajvErrorsToIssues } from './ajv-issues.ts';
import { cveTimestampToUtc } from './import-record.ts';
import type { Issue } from './issues.ts';
import type { AffectedProduct, CveRecord, Description, PublishedCveRecord } from './record-types.ts';
import { looksLikeRange, versionIntervals } from './version-intervals.ts';

/**
 * CVE record → OSV (https://ossf.github.io/osv-schema/), validated against the official schema.
 *
 * Mapping of affected versions:
 * - the package comes from `packageURL` (purl type → OSV ecosystem) or `collectionURL` +
 *   `packageName` (known registries); without one, ranges can only be SEMVER;
 * - each version entry becomes a range of events (`introduced` / `fixed` / `last_affected`, `changes`
 *   included): SEMVER for versionType `semver`, GIT for `git` with full commit hashes and a `repo`,
 *   ECOSYSTEM for other version types when the package has an ecosystem;
 * - single versions with status `affected` go to `versions`;
 * - what cannot be expressed (e.g. free-text versions such as ">= 3.10.0, < 4.6.8") is kept in the
 *   entry's `database_specific.cve_versions`, so nothing is silently dropped.
 */

export const OSV_SCHEMA_VERSION = '1.7.5';

type Json = Record<string, unknown>;

export interface OsvRangeEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string };
  ranges?: Array<{ type: 'SEMVER' | 'ECOSYSTEM' | 'GIT'; repo?: string; events: OsvRangeEvent[] }>;
  versions?: string[];
  database_specific?: Json;
}

export interface OsvDocument {
  schema_version: string;
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  summary?: string;
  details?: string;
  severity?: Array<{ type: 'CVSS_V3' | 'CVSS_V4'; score: string }>;
  affected?: OsvAffected[];
  references?: Array<{ type: string; url: string }>;
  credits?: Array<{ name: string; type?: string }>;
  database_specific?: Json;
}

const PURL_ECOSYSTEMS: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  maven: 'Maven',
  cargo: 'crates.io',
  gem: 'RubyGems',
  golang: 'Go',
  nuget: 'NuGet',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
  deb: 'Debian',
  apk: 'Alpine',
  cran: 'CRAN',
  hackage: 'Hackage',
  swift: 'SwiftURL',
  conan: 'ConanCenter',
  bitnami: 'Bitnami',
};

const REGISTRY_HOSTS: Record<string, string> = {
  'npmjs.com': 'npm',
  'www.npmjs.com': 'npm',
  'registry.npmjs.org': 'npm',
  'pypi.org': 'PyPI',
  'pypi.python.org': 'PyPI',
  'repo.maven.apache.org': 'Maven',
  'search.maven.org': 'Maven',
  'central.sonatype.com': 'Maven',
  'crates.io': 'crates.io',
  'rubygems.org': 'RubyGems',
  'packagist.org': 'Packagist',
  'pkg.go.dev': 'Go',
  'golang.org': 'Go',
  'proxy.golang.org': 'Go',
  'nuget.org': 'NuGet',
  'www.nuget.org': 'NuGet',
  'hex.pm': 'Hex',
  'pub.dev': 'Pub',
  'cran.r-project.org': 'CRAN',
  'hackage.haskell.org': 'Hackage',
  'packages.debian.org': 'Debian',
};

/** Minimal purl reader: `pkg:type/namespace/name@version?qualifiers#subpath`. */
export function parsePurl(purl: string): { type: string; namespace?: string; name: string; version?: string } | undefined {
  const m = /^pkg:([A-Za-z.+-]+)\/+([^?#]+)/.exec(purl);
  if (!m?.[1] || !m[2]) return undefined;
  const segments = m[2].split('/').filter((p) => p !== '');
  let last = segments.pop();
  if (last === undefined) return undefined;
  let version: string | undefined;
  const at = last.lastIndexOf('@');
  if (at > 0) {
    version = last.slice(at + 1);
    last = last.slice(0, at);
  }
  try {
    const name = decodeURIComponent(last);
    const namespace = segments.map((p) => decodeURIComponent(p)).join('/');
    return { type: m[1].toLowerCase(), ...(namespace !== '' ? { namespace } : {}), name, ...(version !== undefined ? { version: decodeURIComponent(version) } : {}) };
  } catch {
    return undefined;
  }
}

/** The purl without its version (OSV's `package.purl` names the package, not a release). */
function purlWithoutVersion(purl: string): string {
  return purl.replace(/(\/[^/?#@]+)@[^/?#]*(?=[?#]|$)/, '$1');
}

function osvPackage(a: AffectedProduct): OsvAffected['package'] | undefined {
  if (a.packageURL !== undefined) {
    const p = parsePurl(a.packageURL);
    const ecosystem = p ? PURL_ECOSYSTEMS[p.type] : undefined;
    if (p && ecosystem) {
      const name = p.namespace === undefined ? p.name : ecosystem === 'Maven' ? `${p.namespace}:${p.name}` : ecosystem === 'Debian' || ecosystem === 'Alpine' ? p.name : `${p.namespace}/${p.name}`;
      return { ecosystem, name, purl: purlWithoutVersion(a.packageURL) };
    }
  }
  if (a.collectionURL !== undefined && a.packageName !== undefined) {
    let host = '';
    try {
      host = new URL(a.collectionURL).hostname.toLowerCase();
    } catch {
      return undefined;
    }
    const ecosystem = REGISTRY_HOSTS[host];
    if (ecosystem) return { ecosystem, name: a.packageName };
  }
  return undefined;
}

const COMMIT = /^(0|[a-f0-9]{40}|[a-f0-9]{64})$/;

function affectedEntry(a: AffectedProduct): OsvAffected | undefined {
  const pkg = osvPackage(a);
  const entry: OsvAffected = {};
  if (pkg) entry.package = pkg;
  const ranges: NonNullable<OsvAffected['ranges']> = [];
  const versions: string[] = [];
  const unmapped: unknown[] = [];
  for (const v of a.versions ?? []) {
    const intervals = versionIntervals(v);
    const type = v.versionType === 'semver' ? 'SEMVER' : v.versionType === 'git' ? 'GIT' : pkg ? 'ECOSYSTEM' : undefined;
    const events: OsvRangeEvent[] = [];
    let mapped = true;
    for (const interval of intervals) {
      if (interval.kind === 'single') {
        if (looksLikeRange(interval.version)) mapped = false;
        else if (interval.status === 'affected' && !/^n\/a$/i.test(interval.version)) versions.push(interval.version);
        continue;
      }
      if (interval.status !== 'affected') continue;
      if (type === undefined || (type === 'GIT' && (a.repo === undefined || !COMMIT.test(interval.start) || (interval.end && !COMMIT.test(interval.end.version))))) {
        mapped = false;
        break;
      }
      events.push({ introduced: interval.start === '0' ? '0' : interval.start });
      if (interval.end) events.push(interval.end.inclusive ? { last_affected: interval.end.version } : { fixed: interval.end.version });
    }
    if (!mapped) unmapped.push(v);
    else if (events.length > 0 && type !== undefined) {
      // OSV forbids fixed and last_affected in one range, so an inclusive end gets its own range.
      const hasLast = events.some((e) => e.last_affected !== undefined);
      const hasFixed = events.some((e) => e.fixed !== undefined);
      const groups = hasLast && hasFixed ? splitEvents(events) : [events];
      for (const g of groups) ranges.push({ type, ...(type === 'GIT' && a.repo !== undefined ? { repo: a.repo } : {}), events: g });
    }
  }
  if (ranges.length > 0) entry.ranges = ranges;
  if (versions.length > 0) entry.versions = versions;
  const specific: Json = {};
  if (a.vendor !== undefined) specific.vendor = a.vendor;
  if (a.product !== undefined) specific.product = a.product;
  if (a.repo !== undefined) specific.repo = a.repo;
  if (a.defaultStatus !== undefined) specific.default_status = a.defaultStatus;
  if (unmapped.length > 0) specific.cve_versions = unmapped;
  if (Object.keys(specific).length > 0) entry.database_specific = specific;
  if (!entry.package && !entry.ranges && !entry.versions && unmapped.length === 0) {
    const nothing = [a.vendor, a.product].every((x) => x === undefined || /^n\/a$/i.test(x));
    if (nothing) return undefined;
  }
  return entry;
}

/** Pairs each `introduced` with what follows it, one range per pair. */
function splitEvents(events: OsvRangeEvent[]): OsvRangeEvent[][] {
  const groups: OsvRangeEvent[][] = [];
  for (const e of events) {
    if (e.introduced !== undefined || groups.length === 0) groups.push([e]);
    else groups.at(-1)?.push(e);
  }
  return groups;
}

const REFERENCE_TYPES: Array<[string, string]> = [
  ['patch', 'FIX'],
  ['vendor-advisory', 'ADVISORY'],
  ['third-party-advisory', 'ADVISORY'],
  ['x_refsource_CONFIRM', 'ADVISORY'],
  ['issue-tracking', 'REPORT'],
  ['exploit', 'EVIDENCE'],
  ['mailing-list', 'DISCUSSION'],
  ['technical-description', 'ARTICLE'],
  ['media-coverage', 'ARTICLE'],
  ['product', 'PACKAGE'],
  ['release-notes', 'WEB'],
];

function referenceType(tags: readonly string[] | undefined): string {
  for (const [tag, type] of REFERENCE_TYPES) if (tags?.includes(tag)) return type;
  return 'WEB';
}

const CREDIT_TYPES: Record<string, string> = {
  finder: 'FINDER',
  reporter: 'REPORTER',
  analyst: 'ANALYST',
  coordinator: 'COORDINATOR',
  'remediation developer': 'REMEDIATION_DEVELOPER',
  'remediation reviewer': 'REMEDIATION_REVIEWER',
  'remediation verifier': 'REMEDIATION_VERIFIER',
  tool: 'TOOL',
  sponsor: 'SPONSOR',
  other: 'OTHER',
};

function english(list: readonly Description[] | undefined): string | undefined {
  return (list?.find((d) => /^en\b/i.test(d.lang)) ?? list?.[0])?.value;
}

export interface OsvOptions {
  /** For a record without dateUpdated; defaults to now. */
  now?: Date;
}

export function toOsv(record: CveRecord, options: OsvOptions = {}): OsvDocument {
  const meta = record.cveMetadata;
  const modified = cveTimestampToUtc(meta.dateUpdated) ?? cveTimestampToUtc(meta.datePublished) ?? (options.now ?? new Date()).toISOString();
  const doc: OsvDocument = { schema_version: OSV_SCHEMA_VERSION, id: meta.cveId, modified };
  const published = cveTimestampToUtc(meta.datePublished);
  if (published) doc.published = published;
  if (record.cveMetadata.state === 'REJECTED') {
    const cna = (record as Extract<CveRecord, { cveMetadata: { state: 'REJECTED' } }>).containers.cna;
    doc.withdrawn = cveTimestampToUtc(meta.dateRejected) ?? modified;
    doc.summary = `Rejected: ${meta.cveId}`;
    const reason = english(cna.rejectedReasons);
    if (reason !== undefined) doc.details = reason;
    return doc;
  }
  const cna = (record as PublishedCveRecord).containers.cna;
  if (cna.title !== undefined) doc.summary = cna.title;
  const details = english(cna.descriptions);
  if (details !== undefined) doc.details = details;
  const severity: NonNullable<OsvDocument['severity']> = [];
  for (const m of cna.metrics ?? []) {
    for (const [key, type] of [['cvssV3_1', 'CVSS_V3'], ['cvssV3_0', 'CVSS_V3'], ['cvssV4_0', 'CVSS_V4']] as const) {
      const vector = m[key]?.vectorString;
      if (typeof vector === 'string' && !severity.some((s) => s.score === vector)) severity.push({ type, score: vector });
    }
  }
  if (severity.length > 0) doc.severity = severity;
  const affected = cna.affected.map(affectedEntry).filter((a): a is OsvAffected => a !== undefined);
  if (affected.length > 0) doc.affected = affected;
  doc.references = cna.references.map((r) => ({ type: referenceType(r.tags), url: r.url }));
  const credits = (cna.credits ?? []).map((c) => ({ name: c.value, ...(c.type ? { type: CREDIT_TYPES[c.type] ?? 'OTHER' } : {}) }));
  if (credits.length > 0) doc.credits = credits;
  const cweIds = [...new Set((cna.problemTypes ?? []).flatMap((p) => p.descriptions.map((d) => d.cweId)).filter((c): c is string => c !== undefined))];
  const specific: Json = {};
  if (cweIds.length > 0) specific.cwe_ids = cweIds;
  if (meta.assignerShortName !== undefined) specific.cna = meta.assignerShortName;
  if (Object.keys(specific).length > 0) doc.database_specific = specific;
  return doc;
}

let osvValidator: { validate: ValidateFunction; root: Json } | undefined;

function loadOsvValidator(): { validate: ValidateFunction; root: Json } {
  if (osvValidator) return osvValidator;
  const root = JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', `osv-${OSV_SCHEMA_VERSION}`, 'schema.json'), 'utf8')) as Json;
  const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true, verbose: true });
  ajvFormats.default(ajv);
  osvValidator = { validate: ajv.compile(root), root };
  return osvValidator;
}

/** Validates an OSV document against the official OSV schema. */
export function validateOsv(doc: unknown): { valid: boolean; errors: Issue[] } {
  const { validate, root } = loadOsvValidator();
  if (validate(doc) === true) return { valid: true, errors: [] };
  return { valid: false, errors: ajvErrorsToIssues(validate.errors ?? [], { root, data: doc }).map((i) => ({ ...i, code: 'OSV_SCHEMA' as const })) };
}
