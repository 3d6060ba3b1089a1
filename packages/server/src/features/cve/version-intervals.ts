import type { VersionEntry, VersionStatus } from './record-types.ts';

/**
 * A CVE `versions[]` entry read as a timeline: from `version` the status is `status`, it switches at
 * each `changes[].at`, and the entry ends at `lessThan` (exclusive) or `lessThanOrEqual` (inclusive);
 * `lessThan: "*"` means it never ends. Version '0' means "from the first version". An entry without
 * an end is a single version.
 */
export type VersionInterval =
  | { kind: 'single'; version: string; status: VersionStatus }
  | { kind: 'range'; start: string; end?: { version: string; inclusive: boolean }; status: VersionStatus; versionType?: string };

export function versionIntervals(entry: VersionEntry): VersionInterval[] {
  const endVersion = entry.lessThan ?? entry.lessThanOrEqual;
  if (endVersion === undefined) return [{ kind: 'single', version: entry.version, status: entry.status }];
  const typed = entry.versionType !== undefined ? { versionType: entry.versionType } : {};
  const finalEnd = endVersion === '*' ? undefined : { version: endVersion, inclusive: entry.lessThan === undefined };
  const out: VersionInterval[] = [];
  let start = entry.version;
  let status = entry.status;
  for (const change of entry.changes ?? []) {
    if (change.status !== status) {
      out.push({ kind: 'range', start, end: { version: change.at, inclusive: false }, status, ...typed });
      start = change.at;
      status = change.status;
    }
  }
  out.push({ kind: 'range', start, ...(finalEnd ? { end: finalEnd } : {}), status, ...typed });
  return out;
}

/**
 * Free text in a single `version` that describes a range (">= 3.10.0, < 4.6.8", "all versions
 * before 1.2"), common in older records. Uses the operators and words CSAF's mandatory test 6.1.31
 * treats as a range.
 */
export function looksLikeRange(version: string): boolean {
  const lower = version.toLowerCase();
  if (lower.includes('<') || lower.includes('>')) return true;
  const words = lower.split(/\s/);
  return ['after', 'all', 'before', 'earlier', 'later', 'prior', 'versions'].some((w) => words.includes(w));
}
