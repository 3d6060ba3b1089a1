import cvssCalculator from 'ae-cvss-calculator';

/**
 * CVSS 3.0, 3.1 and 4.0 vectors: strict parsing here (the FIRST specifications' grammar), scoring
 * by ae-cvss-calculator (checked against the reference vectors in fixtures/cvss).
 *
 * The calculator is lenient — it scores vectors with missing base metrics or `X` base values —
 * so every vector is parsed and checked first and only a well-formed vector reaches it.
 */

export type CvssVersion = '3.0' | '3.1' | '4.0';
export type CvssSeverity = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

interface MetricDef {
  /** Property name in the CVE / FIRST JSON representation. */
  json: string;
  group: 'base' | 'temporal' | 'threat' | 'environmental' | 'supplemental';
  /** Vector value → JSON value. */
  values: Record<string, string>;
}

const CIA3 = { H: 'HIGH', L: 'LOW', N: 'NONE' };
const MCIA3 = { X: 'NOT_DEFINED', ...CIA3 };
const REQ = { X: 'NOT_DEFINED', L: 'LOW', M: 'MEDIUM', H: 'HIGH' };

const V3_METRICS: Record<string, MetricDef> = {
  AV: { json: 'attackVector', group: 'base', values: { N: 'NETWORK', A: 'ADJACENT_NETWORK', L: 'LOCAL', P: 'PHYSICAL' } },
  AC: { json: 'attackComplexity', group: 'base', values: { L: 'LOW', H: 'HIGH' } },
  PR: { json: 'privilegesRequired', group: 'base', values: { N: 'NONE', L: 'LOW', H: 'HIGH' } },
  UI: { json: 'userInteraction', group: 'base', values: { N: 'NONE', R: 'REQUIRED' } },
  S: { json: 'scope', group: 'base', values: { U: 'UNCHANGED', C: 'CHANGED' } },
  C: { json: 'confidentialityImpact', group: 'base', values: CIA3 },
  I: { json: 'integrityImpact', group: 'base', values: CIA3 },
  A: { json: 'availabilityImpact', group: 'base', values: CIA3 },
  E: { json: 'exploitCodeMaturity', group: 'temporal', values: { X: 'NOT_DEFINED', U: 'UNPROVEN', P: 'PROOF_OF_CONCEPT', F: 'FUNCTIONAL', H: 'HIGH' } },
  RL: { json: 'remediationLevel', group: 'temporal', values: { X: 'NOT_DEFINED', O: 'OFFICIAL_FIX', T: 'TEMPORARY_FIX', W: 'WORKAROUND', U: 'UNAVAILABLE' } },
  RC: { json: 'reportConfidence', group: 'temporal', values: { X: 'NOT_DEFINED', U: 'UNKNOWN', R: 'REASONABLE', C: 'CONFIRMED' } },
  CR: { json: 'confidentialityRequirement', group: 'environmental', values: REQ },
  IR: { json: 'integrityRequirement', group: 'environmental', values: REQ },
  AR: { json: 'availabilityRequirement', group: 'environmental', values: REQ },
  MAV: { json: 'modifiedAttackVector', group: 'environmental', values: { X: 'NOT_DEFINED', N: 'NETWORK', A: 'ADJACENT_NETWORK', L: 'LOCAL', P: 'PHYSICAL' } },
  MAC: { json: 'modifiedAttackComplexity', group: 'environmental', values: { X: 'NOT_DEFINED', L: 'LOW', H: 'HIGH' } },
  MPR: { json: 'modifiedPrivilegesRequired', group: 'environmental', values: { X: 'NOT_DEFINED', N: 'NONE', L: 'LOW', H: 'HIGH' } },
  MUI: { json: 'modifiedUserInteraction', group: 'environmental', values: { X: 'NOT_DEFINED', N: 'NONE', R: 'REQUIRED' } },
  MS: { json: 'modifiedScope', group: 'environmental', values: { X: 'NOT_DEFINED', U: 'UNCHANGED', C: 'CHANGED' } },
  MC: { json: 'modifiedConfidentialityImpact', group: 'environmental', values: MCIA3 },
  MI: { json: 'modifiedIntegrityImpact', group: 'environmental', values: MCIA3 },
  MA: { json: 'modifiedAvailabilityImpact', group: 'environmental', values: MCIA3 },
};

const MCIA4 = { X: 'NOT_DEFINED', H: 'HIGH', L: 'LOW', N: 'NONE' };
const MSUB4 = { ...MCIA4, S: 'SAFETY' };
const REQ4 = { X: 'NOT_DEFINED', H: 'HIGH', M: 'MEDIUM', L: 'LOW' };

/** CVSS 4.0 metrics in the order the specification requires in a vector string. */
const V4_METRICS: Record<string, MetricDef> = {
  AV: { json: 'attackVector', group: 'base', values: { N: 'NETWORK', A: 'ADJACENT', L: 'LOCAL', P: 'PHYSICAL' } },
  AC: { json: 'attackComplexity', group: 'base', values: { L: 'LOW', H: 'HIGH' } },
  AT: { json: 'attackRequirements', group: 'base', values: { N: 'NONE', P: 'PRESENT' } },
  PR: { json: 'privilegesRequired', group: 'base', values: { N: 'NONE', L: 'LOW', H: 'HIGH' } },
  UI: { json: 'userInteraction', group: 'base', values: { N: 'NONE', P: 'PASSIVE', A: 'ACTIVE' } },
  VC: { json: 'vulnConfidentialityImpact', group: 'base', values: CIA3 },
  VI: { json: 'vulnIntegrityImpact', group: 'base', values: CIA3 },
  VA: { json: 'vulnAvailabilityImpact', group: 'base', values: CIA3 },
  SC: { json: 'subConfidentialityImpact', group: 'base', values: CIA3 },
  SI: { json: 'subIntegrityImpact', group: 'base', values: CIA3 },
  SA: { json: 'subAvailabilityImpact', group: 'base', values: CIA3 },
  E: { json: 'exploitMaturity', group: 'threat', values: { X: 'NOT_DEFINED', A: 'ATTACKED', P: 'PROOF_OF_CONCEPT', U: 'UNREPORTED' } },
  CR: { json: 'confidentialityRequirement', group: 'environmental', values: REQ4 },
  IR: { json: 'integrityRequirement', group: 'environmental', values: REQ4 },
  AR: { json: 'availabilityRequirement', group: 'environmental', values: REQ4 },
  MAV: { json: 'modifiedAttackVector', group: 'environmental', values: { X: 'NOT_DEFINED', N: 'NETWORK', A: 'ADJACENT', L: 'LOCAL', P: 'PHYSICAL' } },
  MAC: { json: 'modifiedAttackComplexity', group: 'environmental', values: { X: 'NOT_DEFINED', L: 'LOW', H: 'HIGH' } },
  MAT: { json: 'modifiedAttackRequirements', group: 'environmental', values: { X: 'NOT_DEFINED', N: 'NONE', P: 'PRESENT' } },
  MPR: { json: 'modifiedPrivilegesRequired', group: 'environmental', values: { X: 'NOT_DEFINED', N: 'NONE', L: 'LOW', H: 'HIGH' } },
  MUI: { json: 'modifiedUserInteraction', group: 'environmental', values: { X: 'NOT_DEFINED', N: 'NONE', P: 'PASSIVE', A: 'ACTIVE' } },
  MVC: { json: 'modifiedVulnConfidentialityImpact', group: 'environmental', values: MCIA4 },
  MVI: { json: 'modifiedVulnIntegrityImpact', group: 'environmental', values: MCIA4 },
  MVA: { json: 'modifiedVulnAvailabilityImpact', group: 'environmental', values: MCIA4 },
  MSC: { json: 'modifiedSubConfidentialityImpact', group: 'environmental', values: MCIA4 },
  MSI: { json: 'modifiedSubIntegrityImpact', group: 'environmental', values: MSUB4 },
  MSA: { json: 'modifiedSubAvailabilityImpact', group: 'environmental', values: MSUB4 },
  S: { json: 'Safety', group: 'supplemental', values: { X: 'NOT_DEFINED', N: 'NEGLIGIBLE', P: 'PRESENT' } },
  AU: { json: 'Automatable', group: 'supplemental', values: { X: 'NOT_DEFINED', N: 'NO', Y: 'YES' } },
  R: { json: 'Recovery', group: 'supplemental', values: { X: 'NOT_DEFINED', A: 'AUTOMATIC', U: 'USER', I: 'IRRECOVERABLE' } },
  V: { json: 'valueDensity', group: 'supplemental', values: { X: 'NOT_DEFINED', D: 'DIFFUSE', C: 'CONCENTRATED' } },
  RE: { json: 'vulnerabilityResponseEffort', group: 'supplemental', values: { X: 'NOT_DEFINED', L: 'LOW', M: 'MODERATE', H: 'HIGH' } },
  U: { json: 'providerUrgency', group: 'supplemental', values: { X: 'NOT_DEFINED', Clear: 'CLEAR', Green: 'GREEN', Amber: 'AMBER', Red: 'RED' } },
};

export const CVSS_METRIC_TABLES: Readonly<Record<CvssVersion, Readonly<Record<string, MetricDef>>>> = {
  '3.0': V3_METRICS,
  '3.1': V3_METRICS,
  '4.0': V4_METRICS,
};

/** The property of a CVE `metrics[]` entry that holds a vector of this version. */
export const CVSS_METRIC_KEYS = { '3.0': 'cvssV3_0', '3.1': 'cvssV3_1', '4.0': 'cvssV4_0' } as const satisfies Record<CvssVersion, string>;

export interface ParsedCvss {
  version: CvssVersion;
  vectorString: string;
  /** Metric abbreviation → value, in the order written in the vector. */
  metrics: Record<string, string>;
  /** Score of the base metrics alone (CVSS-B for 4.0). */
  baseScore: number;
  baseSeverity: CvssSeverity;
  /** 3.x, when the vector has temporal metrics. */
  temporalScore?: number;
  temporalSeverity?: CvssSeverity;
  /** 3.x, when the vector has environmental metrics. */
  environmentalScore?: number;
  environmentalSeverity?: CvssSeverity;
  /** The score of the whole vector: CVSS-B/BT/BE/BTE for 4.0, the most specific score for 3.x. */
  score: number;
  /** 4.0 only: which metric groups the score covers. */
  nomenclature?: 'CVSS-B' | 'CVSS-BT' | 'CVSS-BE' | 'CVSS-BTE';
}

/** A malformed vector: `message` says what is wrong with it. */
export class CvssError extends Error {
  override name = 'CvssError';
  readonly code = 'CVSS_VECTOR';
}

const MAX_VECTOR_LENGTH = 512;

/** FIRST's qualitative rating scale (identical for 3.x and 4.0). */
export function cvssSeverity(score: number): CvssSeverity {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

function describeValues(def: MetricDef, allowX: boolean): string {
  return Object.keys(def.values).filter((v) => allowX || v !== 'X').join(', ');
}

/** Scoring 4.0 vectors is the costly part of validating a record, and records repeat vectors. */
const CACHE_LIMIT = 2000;
const cache = new Map<string, ParsedCvss>();

/** Parses and scores a CVSS 3.0, 3.1 or 4.0 vector string; throws CvssError naming the problem. */
export function parseCvss(vector: unknown): ParsedCvss {
  const hit = typeof vector === 'string' ? cache.get(vector) : undefined;
  if (hit) return { ...hit, metrics: { ...hit.metrics } };
  const parsed = parseUncached(vector);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(parsed.vectorString, parsed);
  return { ...parsed, metrics: { ...parsed.metrics } };
}

function parseUncached(vector: unknown): ParsedCvss {
  if (typeof vector !== 'string') throw new CvssError(`a CVSS vector must be a string, not ${vector === null ? 'null' : typeof vector}`);
  if (vector.length === 0) throw new CvssError('the CVSS vector is empty');
  if (vector.length > MAX_VECTOR_LENGTH) throw new CvssError(`the CVSS vector is too long (${vector.length} characters; at most ${MAX_VECTOR_LENGTH})`);
  if (vector.trim() !== vector) throw new CvssError('the CVSS vector has spaces at its start or end');
  const prefix = /^CVSS:([^/]*)\//.exec(vector);
  if (!prefix) {
    if (/^\(?AV:[LAN]\/AC:[HML]\/Au:/.test(vector)) throw new CvssError('CVSS 2.0 vectors are not supported: use CVSS 3.1 or 4.0');
    throw new CvssError("a CVSS vector must start with 'CVSS:3.1/' or 'CVSS:4.0/'");
  }
  const version = prefix[1];
  if (version !== '3.0' && version !== '3.1' && version !== '4.0') {
    throw new CvssError(`unknown CVSS version '${version ?? ''}': use 3.1 or 4.0 (3.0 is accepted in existing records)`);
  }
  const table = CVSS_METRIC_TABLES[version];
  const order = Object.keys(table);
  const metrics: Record<string, string> = {};
  let lastIndex = -1;
  const parts = vector.slice(prefix[0].length).split('/');
  parts.forEach((part, i) => {
    if (part === '') throw new CvssError(`empty metric at position ${i + 1} (a doubled or trailing '/')`);
    const colon = part.indexOf(':');
    if (colon <= 0) throw new CvssError(`'${part}' is not a metric: expected NAME:VALUE`);
    const name = part.slice(0, colon);
    const value = part.slice(colon + 1);
    const def = table[name];
    if (!def) throw new CvssError(`unknown metric '${name}' in a CVSS ${version} vector`);
    if (name in metrics) throw new CvssError(`metric '${name}' appears more than once`);
    const isBase = def.group === 'base';
    if (!(value in def.values) || (isBase && value === 'X')) {
      throw new CvssError(`'${name}:${value}' is not allowed: ${name} (${def.json}) must be one of ${describeValues(def, !isBase)}`);
    }
    if (version === '4.0') {
      const index = order.indexOf(name);
      if (index < lastIndex) throw new CvssError(`metric '${name}' is out of order: CVSS 4.0 vectors list metrics in the order ${order.join(', ')}`);
      lastIndex = index;
    }
    metrics[name] = value;
  });
  const missing = order.filter((m) => table[m]?.group === 'base' && !(m in metrics));
  if (missing.length > 0) {
    throw new CvssError(`missing base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (every CVSS ${version} vector has ${order.filter((m) => table[m]?.group === 'base').join(', ')})`);
  }
  return score(version, vector, metrics);
}

function defined(metrics: Record<string, string>, table: Record<string, MetricDef>, group: MetricDef['group']): boolean {
  return Object.entries(metrics).some(([m, v]) => table[m]?.group === group && v !== 'X');
}

function score(version: CvssVersion, vector: string, metrics: Record<string, string>): ParsedCvss {
  const table = CVSS_METRIC_TABLES[version];
  if (version === '4.0') {
    const calc = new cvssCalculator.Cvss4P0(vector);
    const scores = calc.calculateScores();
    const base = scores.baseMetricsOnly ?? scores.base ?? 0;
    const threat = defined(metrics, table, 'threat');
    const env = defined(metrics, table, 'environmental');
    return {
      version,
      vectorString: vector,
      metrics,
      baseScore: base,
      baseSeverity: cvssSeverity(base),
      score: scores.overall,
      nomenclature: threat && env ? 'CVSS-BTE' : threat ? 'CVSS-BT' : env ? 'CVSS-BE' : 'CVSS-B',
    };
  }
  const calc = version === '3.1' ? new cvssCalculator.Cvss3P1(vector) : new cvssCalculator.Cvss3P0(vector);
  const scores = calc.calculateScores();
  const base = scores.base ?? 0;
  const parsed: ParsedCvss = { version, vectorString: vector, metrics, baseScore: base, baseSeverity: cvssSeverity(base), score: scores.overall };
  if (defined(metrics, table, 'temporal') && scores.temporal !== undefined) {
    parsed.temporalScore = scores.temporal;
    parsed.temporalSeverity = cvssSeverity(scores.temporal);
  }
  if (defined(metrics, table, 'environmental') && scores.environmental !== undefined) {
    parsed.environmentalScore = scores.environmental;
    parsed.environmentalSeverity = cvssSeverity(scores.environmental);
  }
  return parsed;
}

/** The object a CVE record's `metrics[].cvssV3_1` / `cvssV4_0` holds for this vector. */
export function cvssMetricObject(parsed: ParsedCvss): Record<string, string | number> {
  const table = CVSS_METRIC_TABLES[parsed.version];
  const out: Record<string, string | number> = { version: parsed.version, vectorString: parsed.vectorString };
  for (const [name, def] of Object.entries(table)) {
    const value = parsed.metrics[name];
    if (value !== undefined) out[def.json] = def.values[value] ?? value;
  }
  out.baseScore = parsed.baseScore;
  out.baseSeverity = parsed.baseSeverity;
  if (parsed.temporalScore !== undefined && parsed.temporalSeverity !== undefined) {
    out.temporalScore = parsed.temporalScore;
    out.temporalSeverity = parsed.temporalSeverity;
  }
  if (parsed.environmentalScore !== undefined && parsed.environmentalSeverity !== undefined) {
    out.environmentalScore = parsed.environmentalScore;
    out.environmentalSeverity = parsed.environmentalSeverity;
  }
  return out;
}
