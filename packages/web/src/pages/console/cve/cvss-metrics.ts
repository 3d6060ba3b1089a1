/**
 * The base metrics of CVSS 3.1 and 4.0 with their values, to build a vector from choices and to
 * read a vector back into choices. Scoring is the server's (POST /api/v1/cvss/parse), which uses a
 * maintained CVSS library: the browser never computes a score of its own.
 */
export const CVSS_VERSIONS = ['3.1', '4.0'] as const;
export type CvssVersion = (typeof CVSS_VERSIONS)[number];

export interface CvssMetric {
  key: string;
  name: string;
  values: readonly { value: string; label: string }[];
}

const IMPACT = [
  { value: 'H', label: 'High' },
  { value: 'L', label: 'Low' },
  { value: 'N', label: 'None' },
] as const;
const ATTACK_VECTOR = [
  { value: 'N', label: 'Network' },
  { value: 'A', label: 'Adjacent' },
  { value: 'L', label: 'Local' },
  { value: 'P', label: 'Physical' },
] as const;
const LOW_HIGH = [
  { value: 'L', label: 'Low' },
  { value: 'H', label: 'High' },
] as const;
const NONE_LOW_HIGH = [
  { value: 'N', label: 'None' },
  { value: 'L', label: 'Low' },
  { value: 'H', label: 'High' },
] as const;

export const CVSS_METRICS: Record<CvssVersion, readonly CvssMetric[]> = {
  '3.1': [
    { key: 'AV', name: 'Attack vector', values: ATTACK_VECTOR },
    { key: 'AC', name: 'Attack complexity', values: LOW_HIGH },
    { key: 'PR', name: 'Privileges required', values: NONE_LOW_HIGH },
    { key: 'UI', name: 'User interaction', values: [{ value: 'N', label: 'None' }, { value: 'R', label: 'Required' }] },
    { key: 'S', name: 'Scope', values: [{ value: 'U', label: 'Unchanged' }, { value: 'C', label: 'Changed' }] },
    { key: 'C', name: 'Confidentiality', values: IMPACT },
    { key: 'I', name: 'Integrity', values: IMPACT },
    { key: 'A', name: 'Availability', values: IMPACT },
  ],
  '4.0': [
    { key: 'AV', name: 'Attack vector', values: ATTACK_VECTOR },
    { key: 'AC', name: 'Attack complexity', values: LOW_HIGH },
    { key: 'AT', name: 'Attack requirements', values: [{ value: 'N', label: 'None' }, { value: 'P', label: 'Present' }] },
    { key: 'PR', name: 'Privileges required', values: NONE_LOW_HIGH },
    { key: 'UI', name: 'User interaction', values: [{ value: 'N', label: 'None' }, { value: 'P', label: 'Passive' }, { value: 'A', label: 'Active' }] },
    { key: 'VC', name: 'Confidentiality (vulnerable system)', values: IMPACT },
    { key: 'VI', name: 'Integrity (vulnerable system)', values: IMPACT },
    { key: 'VA', name: 'Availability (vulnerable system)', values: IMPACT },
    { key: 'SC', name: 'Confidentiality (subsequent systems)', values: IMPACT },
    { key: 'SI', name: 'Integrity (subsequent systems)', values: IMPACT },
    { key: 'SA', name: 'Availability (subsequent systems)', values: IMPACT },
  ],
};

export interface CvssChoices {
  version: CvssVersion;
  /** Metric key → value letter; a missing base metric leaves the vector incomplete. */
  values: Record<string, string>;
  /** Metrics beyond the base ones (threat, environmental, supplemental), kept as written. */
  extra: string[];
}

/** The first value of each metric: a starting point that people then change. */
export function defaultChoices(version: CvssVersion): CvssChoices {
  return { version, values: Object.fromEntries(CVSS_METRICS[version].map((metric) => [metric.key, metric.values[0]!.value])), extra: [] };
}

/** The vector string, or undefined while a base metric is not chosen. */
export function buildVector(choices: CvssChoices): string | undefined {
  const parts: string[] = [];
  for (const metric of CVSS_METRICS[choices.version]) {
    const value = choices.values[metric.key];
    if (!value || !metric.values.some((option) => option.value === value)) return undefined;
    parts.push(`${metric.key}:${value}`);
  }
  return [`CVSS:${choices.version}`, ...parts, ...choices.extra].join('/');
}

/** A vector's choices; undefined unless it is a CVSS 3.1 or 4.0 vector with every base metric once. */
export function readVector(vector: string): CvssChoices | undefined {
  const [prefix, ...segments] = vector.trim().split('/');
  const version = CVSS_VERSIONS.find((candidate) => prefix === `CVSS:${candidate}`);
  if (!version) return undefined;
  const metrics = CVSS_METRICS[version];
  const values: Record<string, string> = {};
  const extra: string[] = [];
  for (const segment of segments) {
    const match = /^([A-Za-z]+):([A-Za-z])$/.exec(segment);
    if (!match) return undefined;
    const [, key, value] = match as unknown as [string, string, string];
    const metric = metrics.find((candidate) => candidate.key === key);
    if (!metric) {
      extra.push(segment);
      continue;
    }
    if (key in values || !metric.values.some((option) => option.value === value)) return undefined;
    values[key] = value;
  }
  if (metrics.some((metric) => !(metric.key in values))) return undefined;
  return { version, values, extra };
}
