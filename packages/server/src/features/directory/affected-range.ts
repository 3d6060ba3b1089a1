import { compareParsed, isStrictSemver, parseVersion } from './version-order.ts';
import type { VersionComparison } from './version-order.ts';

/** One entry of a CVE JSON 5 `affected[].versions` array. */
export type CveVersionEntry =
  | { version: string; status: 'affected' | 'unaffected' | 'unknown' }
  | { version: string; status: 'affected' | 'unaffected' | 'unknown'; versionType: string; lessThan: string };

export interface AffectedRangeInput {
  /** The project's releases; only the revision matters for the order. */
  releases: readonly { revision: string | null }[];
  /** First version with the fix; null when there is none yet. */
  fixedIn: string | null;
  /** First affected version; absent or null when every version before the fix is affected. */
  introducedIn?: string | null;
}

export interface UnknownRelease {
  revision: string;
  /** Which bound the release could not be ordered against. */
  against: string;
}

export interface AffectedRange {
  fixedIn: string | null;
  introducedIn: string | null;
  /** 'semver' when the bounds are strict semantic versions, else 'custom'. */
  versionType: 'semver' | 'custom';
  /** 'known' when the bounds are ordered and every release could be placed. */
  order: 'known' | 'unknown';
  affected: string[];
  unaffected: string[];
  unknown: UnknownRelease[];
  /** What the CVE record's `versions` needs; the product's defaultStatus should be 'unaffected'. */
  cveVersions: CveVersionEntry[];
  notes: string[];
}

function clean(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v === undefined || v === '' ? null : v;
}

/**
 * Which of a project's releases a vulnerability affects, given the first fixed version and
 * optionally the first affected one, and the `versions` entries of its CVE record. Releases
 * that cannot be ordered against a bound are listed as unknown, never guessed.
 */
export function deriveAffectedRange(input: AffectedRangeInput): AffectedRange {
  const fixedIn = clean(input.fixedIn);
  const introducedIn = clean(input.introducedIn);
  const fixed = fixedIn === null ? null : parseVersion(fixedIn);
  const introduced = introducedIn === null ? null : parseVersion(introducedIn);
  const notes: string[] = [];
  const bounds = [fixedIn, introducedIn].filter((v): v is string => v !== null);
  const versionType = bounds.length > 0 && bounds.every(isStrictSemver) ? 'semver' : 'custom';

  let boundsOrdered = true;
  if (fixed && introduced) {
    const c = compareParsed(introduced, fixed);
    if (c === 'unknown') {
      boundsOrdered = false;
      notes.push(`the order of ${introducedIn} (introduced) and ${fixedIn} (fixed) cannot be determined`);
    } else if (c >= 0) {
      boundsOrdered = false;
      notes.push(`${introducedIn} (introduced) is not before ${fixedIn} (fixed); no range derived`);
    }
  }

  const affected: string[] = [];
  const unaffected: string[] = [];
  const unknown: UnknownRelease[] = [];
  const revisions = [...new Set(input.releases.map((r) => clean(r.revision)).filter((r): r is string => r !== null))];
  for (const revision of revisions) {
    const v = parseVersion(revision);
    const vsIntroduced: VersionComparison = introduced ? compareParsed(v, introduced) : 1;
    const vsFixed: VersionComparison = fixed ? compareParsed(v, fixed) : -1;
    if (vsIntroduced === -1 || vsFixed === 0 || vsFixed === 1) unaffected.push(revision);
    else if (vsIntroduced === 'unknown') unknown.push({ revision, against: introducedIn ?? '' });
    else if (vsFixed === 'unknown') unknown.push({ revision, against: fixedIn ?? '' });
    else if (boundsOrdered) affected.push(revision);
    else unknown.push({ revision, against: `${introducedIn} and ${fixedIn}` });
  }
  if (fixedIn !== null && !revisions.includes(fixedIn)) notes.push(`${fixedIn} (fixed) is not among the releases on record`);
  if (introducedIn !== null && !revisions.includes(introducedIn)) notes.push(`${introducedIn} (introduced) is not among the releases on record`);

  const cveVersions: CveVersionEntry[] = [];
  if (boundsOrdered) {
    cveVersions.push({ version: introducedIn ?? '0', status: 'affected', versionType, lessThan: fixedIn ?? '*' });
  } else {
    for (const revision of affected) cveVersions.push({ version: revision, status: 'affected' });
  }
  for (const u of unknown) cveVersions.push({ version: u.revision, status: 'unknown' });

  return {
    fixedIn,
    introducedIn,
    versionType,
    order: boundsOrdered && unknown.length === 0 ? 'known' : 'unknown',
    affected,
    unaffected,
    unknown,
    cveVersions,
    notes,
  };
}
