import { CVSS_METRIC_KEYS, CVSS_METRIC_TABLES, CvssError, cvssSeverity, parseCvss, type CvssVersion, type ParsedCvss } from './cvss.ts';
import { lookupCwe } from './cwe.ts';
import { issue, type Issue } from './issues.ts';
import { joinPath } from './json-path.ts';

/**
 * Checks the CVE Program (and CVE Services) apply that the JSON schema cannot express, plus
 * quality checks. Errors make a record invalid; warnings are reported but do not.
 *
 * The input may be schema-invalid, so every field is read defensively.
 */
export interface CheckResult {
  errors: Issue[];
  warnings: Issue[];
}

export interface SemanticOptions {
  /** "Now" for date checks; defaults to the current time. */
  now?: Date;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

const MAX_WHITESPACE_WARNINGS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Semantic checks of a whole record. */
export function semanticChecks(record: unknown, options: SemanticOptions = {}): CheckResult {
  const out: CheckResult = { errors: [], warnings: [] };
  if (!isObj(record)) return out;
  const containers = isObj(record.containers) ? record.containers : {};
  const meta = isObj(record.cveMetadata) ? record.cveMetadata : {};
  const cna = containers.cna;
  if (isObj(cna)) {
    checkCnaContainer(cna, 'containers.cna', out, options);
    const provider = isObj(cna.providerMetadata) ? cna.providerMetadata : {};
    if (typeof meta.assignerOrgId === 'string' && typeof provider.orgId === 'string' && meta.assignerOrgId.toLowerCase() !== provider.orgId.toLowerCase()) {
      out.warnings.push(issue('containers.cna.providerMetadata.orgId', `differs from cveMetadata.assignerOrgId (${meta.assignerOrgId}): the CNA container is normally written by the assigning CNA`, 'ORG_MISMATCH'));
    }
  }
  arr(containers.adp).forEach((adp, i) => {
    if (!isObj(adp)) return;
    // Another organisation's container: its problems are worth knowing but are not ours to fix.
    const adpOut: CheckResult = { errors: [], warnings: [] };
    checkMetrics(adp.metrics, `containers.adp[${i}].metrics`, adpOut);
    out.warnings.push(...adpOut.errors, ...adpOut.warnings);
  });
  return out;
}

/**
 * Semantic checks of a CNA container alone (a CVE Services request body's `cnaContainer`, or a
 * record's `containers.cna`); `path` is where it sits.
 */
export function checkCnaContainer(cna: Obj, path: string, out: CheckResult, options: SemanticOptions = {}): void {
  for (const key of ['descriptions', 'rejectedReasons'] as const) {
    checkSingleEnglish(cna[key], joinPath(path, key), out);
  }
  checkTexts(cna, path, out);
  checkWhitespace(cna, path, out);
  checkMetrics(cna.metrics, joinPath(path, 'metrics'), out);
  checkReferences(cna.references, joinPath(path, 'references'), out);
  checkProblemTypes(cna.problemTypes, joinPath(path, 'problemTypes'), out);
  checkRanges(cna.affected, joinPath(path, 'affected'), out);
  if (typeof cna.datePublic === 'string') {
    const when = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(cna.datePublic) ? cna.datePublic : `${cna.datePublic}Z`);
    const now = (options.now ?? new Date()).getTime();
    if (Number.isFinite(when) && when > now + DAY_MS) {
      out.warnings.push(issue(joinPath(path, 'datePublic'), 'is in the future: it should be when the vulnerability was disclosed, at the latest the publication time', 'FUTURE_DATE'));
    }
  }
}

/** CVE Services refuses two English entries with the same language tag in one list. */
function checkSingleEnglish(list: unknown, path: string, out: CheckResult): void {
  const seen = new Map<string, number>();
  arr(list).forEach((d, i) => {
    if (!isObj(d) || typeof d.lang !== 'string') return;
    const lang = d.lang.toLowerCase();
    if (!lang.startsWith('en')) return;
    const first = seen.get(lang);
    if (first !== undefined) {
      out.errors.push(issue(`${path}[${i}]`, `is a second entry with lang '${d.lang}' (first at [${first}]): CVE Services accepts one entry per English language tag`, 'DUPLICATE_ENGLISH'));
    } else seen.set(lang, i);
  });
}

/** Text fields that must say something: CVE Services rejects whitespace-only descriptions. */
function checkTexts(cna: Obj, path: string, out: CheckResult): void {
  const blank = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.trim() === '';
  const report = (p: string): void => {
    out.errors.push(issue(p, 'contains only whitespace', 'BLANK_TEXT'));
  };
  for (const key of ['descriptions', 'rejectedReasons', 'solutions', 'workarounds', 'exploits', 'configurations', 'timeline', 'credits'] as const) {
    arr(cna[key]).forEach((d, i) => {
      if (isObj(d) && blank(d.value)) report(`${joinPath(path, key)}[${i}].value`);
    });
  }
  arr(cna.problemTypes).forEach((pt, i) => {
    if (!isObj(pt)) return;
    arr(pt.descriptions).forEach((d, j) => {
      if (isObj(d) && blank(d.description)) report(`${joinPath(path, 'problemTypes')}[${i}].descriptions[${j}].description`);
    });
  });
  if (blank(cna.title)) report(joinPath(path, 'title'));
}

/** CVE Services trims every string it receives; warn so the stored record does not surprise. */
function checkWhitespace(cna: Obj, path: string, out: CheckResult): void {
  let count = 0;
  const stack: Array<{ node: unknown; path: string }> = [{ node: cna, path }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const { node } = top;
    if (typeof node === 'string') {
      if (node.trim() !== node && node.trim() !== '') {
        count++;
        if (count <= MAX_WHITESPACE_WARNINGS) {
          out.warnings.push(issue(top.path, 'starts or ends with whitespace, which CVE Services removes on submission', 'WHITESPACE'));
        }
      }
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: `${top.path}[${i}]` });
    } else if (isObj(node)) {
      for (const [k, v] of Object.entries(node).reverse()) stack.push({ node: v, path: joinPath(top.path, k) });
    }
  }
  if (count > MAX_WHITESPACE_WARNINGS) {
    out.warnings.push(issue(path, `${count - MAX_WHITESPACE_WARNINGS} more values start or end with whitespace`, 'WHITESPACE'));
  }
}

const METRIC_KEY_VERSION: Record<string, CvssVersion> = Object.fromEntries(
  Object.entries(CVSS_METRIC_KEYS).map(([version, key]) => [key, version as CvssVersion]),
);

function checkMetrics(metrics: unknown, path: string, out: CheckResult): void {
  arr(metrics).forEach((m, i) => {
    if (!isObj(m)) return;
    for (const [key, version] of Object.entries(METRIC_KEY_VERSION)) {
      const cvss = m[key];
      if (isObj(cvss)) checkCvssObject(cvss, version, `${path}[${i}].${key}`, out);
    }
  });
}

function checkCvssObject(cvss: Obj, version: CvssVersion, path: string, out: CheckResult): void {
  const vectorPath = joinPath(path, 'vectorString');
  if (typeof cvss.vectorString !== 'string') return; // the schema reports a missing vector
  let parsed: ParsedCvss;
  try {
    parsed = parseCvss(cvss.vectorString);
  } catch (e) {
    if (e instanceof CvssError) {
      out.errors.push(issue(vectorPath, `is not a valid CVSS vector: ${e.message}`, 'CVSS_VECTOR'));
      return;
    }
    throw e;
  }
  if (parsed.version !== version) {
    out.errors.push(issue(vectorPath, `is a CVSS ${parsed.version} vector but sits in ${CVSS_METRIC_KEYS[version]}: use ${CVSS_METRIC_KEYS[parsed.version]}`, 'CVSS_VECTOR'));
    return;
  }
  if (typeof cvss.version === 'string' && cvss.version !== version) {
    out.errors.push(issue(joinPath(path, 'version'), `is '${cvss.version}' but the vector is CVSS ${version}`, 'CVSS_VECTOR'));
  }
  checkScore(cvss, parsed, path, 'baseScore', 'baseSeverity', parsed.baseScore, out);
  if (parsed.temporalScore !== undefined) checkScore(cvss, parsed, path, 'temporalScore', 'temporalSeverity', parsed.temporalScore, out);
  if (parsed.environmentalScore !== undefined) checkScore(cvss, parsed, path, 'environmentalScore', 'environmentalSeverity', parsed.environmentalScore, out);
  const table = CVSS_METRIC_TABLES[version];
  for (const [abbr, def] of Object.entries(table)) {
    const stated = cvss[def.json];
    if (stated === undefined) continue;
    const code = parsed.metrics[abbr];
    const expected = code === undefined ? 'NOT_DEFINED' : def.values[code];
    if (stated !== expected) {
      const says = code === undefined ? `the vector does not set ${abbr} (NOT_DEFINED)` : `the vector says ${abbr}:${code} (${expected ?? code})`;
      out.errors.push(issue(joinPath(path, def.json), `is ${JSON.stringify(stated)} but ${says}`, 'CVSS_METRIC'));
    }
  }
}

function checkScore(cvss: Obj, parsed: ParsedCvss, path: string, scoreKey: string, severityKey: string, expected: number, out: CheckResult): void {
  const stated = cvss[scoreKey];
  if (typeof stated !== 'number') return;
  if (stated !== expected) {
    const alsoFull = scoreKey === 'baseScore' && parsed.version === '4.0' && stated === parsed.score;
    if (alsoFull) {
      out.warnings.push(issue(joinPath(path, scoreKey), `is the ${parsed.nomenclature ?? ''} score of the whole vector (${parsed.score}); FIRST's JSON format puts the base-only score (${expected}) here`, 'CVSS_SCORE'));
    } else {
      out.errors.push(issue(joinPath(path, scoreKey), `is ${stated} but the vector ${parsed.vectorString} scores ${expected}`, 'CVSS_SCORE'));
    }
  }
  const severity = cvss[severityKey];
  // A severity that contradicts the stated score is reported by the schema; here only a severity
  // that fits the stated score but not the vector's.
  if (typeof severity === 'string' && severity === cvssSeverity(stated) && stated !== expected && severity !== cvssSeverity(expected)) {
    out.errors.push(issue(joinPath(path, severityKey), `is '${severity}' but the vector's score ${expected} is '${cvssSeverity(expected)}'`, 'CVSS_SEVERITY'));
  }
}

function checkReferences(references: unknown, path: string, out: CheckResult): void {
  const seen = new Map<string, number>();
  arr(references).forEach((r, i) => {
    if (!isObj(r) || typeof r.url !== 'string') return;
    const first = seen.get(r.url);
    if (first !== undefined) {
      out.warnings.push(issue(`${path}[${i}].url`, `repeats the URL of ${path.split('.').at(-1) ?? 'references'}[${first}]; merge their tags into one reference`, 'DUPLICATE_REFERENCE'));
    } else seen.set(r.url, i);
  });
}

function checkProblemTypes(problemTypes: unknown, path: string, out: CheckResult): void {
  arr(problemTypes).forEach((pt, i) => {
    if (!isObj(pt)) return;
    arr(pt.descriptions).forEach((d, j) => {
      if (!isObj(d) || typeof d.cweId !== 'string') return;
      const here = `${path}[${i}].descriptions[${j}]`;
      const mentioned = typeof d.description === 'string' ? /\bCWE-[1-9][0-9]*\b/.exec(d.description)?.[0] : undefined;
      if (mentioned !== undefined && mentioned !== d.cweId) {
        out.warnings.push(issue(`${here}.cweId`, `is ${d.cweId} but the description names ${mentioned}`, 'CWE_MISMATCH'));
      }
      const entry = lookupCwe(d.cweId);
      if (entry && (entry.usage === 'Discouraged' || entry.usage === 'Prohibited')) {
        out.warnings.push(issue(`${here}.cweId`, `${entry.id} (${entry.name}): MITRE's mapping guidance for it is '${entry.usage}'; prefer a more specific weakness`, 'CWE_USAGE'));
      }
    });
  });
}

/** Compares dotted numeric versions (1.2.10 > 1.2.9); undefined when either is not one. */
function compareNumericVersions(a: string, b: string): number | undefined {
  const re = /^v?(\d+(?:\.\d+)*)$/;
  const ma = re.exec(a);
  const mb = re.exec(b);
  if (!ma?.[1] || !mb?.[1]) return undefined;
  const pa = ma[1].split('.').map(Number);
  const pb = mb[1].split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A range whose start is not below its end covers no version: almost always a typing slip. */
function checkRanges(affected: unknown, path: string, out: CheckResult): void {
  arr(affected).forEach((a, i) => {
    if (!isObj(a)) return;
    arr(a.versions).forEach((v, j) => {
      if (!isObj(v) || typeof v.version !== 'string') return;
      const end = typeof v.lessThan === 'string' ? v.lessThan : undefined;
      const endInclusive = typeof v.lessThanOrEqual === 'string' ? v.lessThanOrEqual : undefined;
      const bound = end ?? endInclusive;
      if (bound === undefined || v.version === '0') return;
      const cmp = compareNumericVersions(v.version, bound);
      if (cmp === undefined) return;
      if (end !== undefined ? cmp >= 0 : cmp > 0) {
        out.warnings.push(issue(`${path}[${i}].versions[${j}]`, `the range from ${v.version} to ${end !== undefined ? `below ${end}` : `${endInclusive ?? ''} inclusive`} contains no version`, 'EMPTY_RANGE'));
      }
    });
  });
}
