/**
 * Ordering the version strings projects actually use — 0.12.3, 23.10, 1.0rc1, 2.0.0-beta.2,
 * r1234, 2024-05-01 — and saying 'unknown' instead of guessing when two versions follow
 * different schemes or carry a suffix whose meaning is not known.
 */

export type VersionScheme = 'semver' | 'numeric' | 'revision' | 'date' | 'opaque';

export interface ParsedVersion {
  raw: string;
  scheme: VersionScheme;
  /** Numeric release components (major, minor, …; the revision; year, month, day). */
  numbers: number[];
  /**
   * Stage relative to the final release: negative for pre-releases (dev < alpha < beta < rc),
   * 0 for the release itself, 1 for post-releases (p1, post2); null when the suffix is unknown.
   */
  stage: number | null;
  /** What orders versions within one stage (beta.2 → [2]; semver identifiers as written). */
  stageParts: (number | string)[];
  /** The suffix as written, for messages and for comparing two unknown suffixes. */
  suffix: string;
}

export type VersionComparison = -1 | 0 | 1 | 'unknown';

const STAGES: Record<string, number> = {
  dev: -4, snapshot: -4, nightly: -4,
  alpha: -3, a: -3,
  beta: -2, b: -2,
  rc: -1, pre: -1, preview: -1, c: -1, cr: -1,
  post: 1, p: 1, pl: 1, patch: 1, sp: 1,
};

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** Dotted numbers, then optionally one stage word with an optional number: 1.0rc1, 0.16-beta.2, 3.1p1. */
const NUMERIC = /^(\d+(?:\.\d+)*)(?:[-._+~]?([A-Za-z]+)[-._]?(\d+)?)?$/;
const NUMERIC_WITH_ANY_SUFFIX = /^(\d+(?:\.\d+)*)([-._+~].*|[A-Za-z].*)$/;
const REVISION = /^(?:r|rev|revision|svn)[-_ ]?(\d+)$/i;
const DASHED_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (y < 1970 || y > 2200) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function numbersOf(dotted: string): number[] {
  return dotted.split('.').map(Number);
}

/** A leading "v" (v1.2.3) is decoration, not part of the version. */
function normalise(raw: string): string {
  const s = raw.trim();
  return (s[0] === 'v' || s[0] === 'V') && s.length > 1 && s[1]! >= '0' && s[1]! <= '9' ? s.slice(1) : s;
}

export function parseVersion(raw: string): ParsedVersion {
  const s = normalise(raw);
  const base = { raw, stageParts: [] as (number | string)[], suffix: '' };

  const date = DASHED_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (isCalendarDate(y, m, d)) return { ...base, scheme: 'date', numbers: [y, m, d], stage: 0 };
  }
  const rev = REVISION.exec(s);
  if (rev) return { ...base, scheme: 'revision', numbers: [Number(rev[1])], stage: 0 };

  const semver = SEMVER.exec(s);
  if (semver) {
    const pre = semver[4];
    const numbers = [Number(semver[1]), Number(semver[2]), Number(semver[3])];
    if (pre === undefined) return { ...base, scheme: 'semver', numbers, stage: 0 };
    const parts = pre.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const first = parts[0];
    // A leading stage word (alpha, beta, rc) makes it comparable with non-semver pre-releases.
    const known = typeof first === 'string' ? STAGES[first.toLowerCase()] : undefined;
    const stage = known !== undefined && known < 0 ? known : -5;
    return { ...base, scheme: 'semver', numbers, stage, stageParts: parts, suffix: pre };
  }

  const numeric = NUMERIC.exec(s);
  if (numeric) {
    const numbers = numbersOf(numeric[1]!);
    const word = numeric[2];
    if (word === undefined) return { ...base, scheme: 'numeric', numbers, stage: 0 };
    // A lone letter is ambiguous: 1.0a1 is an alpha (PEP 440), 1.0.1a a later fix (OpenSSL).
    const ambiguous = word.length === 1 && numeric[3] === undefined;
    const stage = ambiguous ? undefined : STAGES[word.toLowerCase()];
    const parts = numeric[3] === undefined ? [] : [Number(numeric[3])];
    const suffix = s.slice(numeric[1]!.length);
    return { ...base, scheme: 'numeric', numbers, stage: stage ?? null, stageParts: parts, suffix };
  }
  const loose = NUMERIC_WITH_ANY_SUFFIX.exec(s);
  if (loose) {
    return { ...base, scheme: 'numeric', numbers: numbersOf(loose[1]!), stage: null, suffix: loose[2]! };
  }
  return { ...base, scheme: 'opaque', numbers: [], stage: null, suffix: s };
}

function compareNumbers(a: number[], b: number[]): -1 | 0 | 1 {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Semver §11: numeric identifiers below alphanumeric ones, fewer identifiers first. */
function compareIdentifiers(a: (number | string)[], b: (number | string)[]): -1 | 0 | 1 {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Stage numbers without their word: rc1 vs rc2, beta vs beta.2 (no number counts as 0). */
function compareStageNumbers(a: (number | string)[], b: (number | string)[]): -1 | 0 | 1 | 'unknown' {
  const nums = (parts: (number | string)[]) => parts.filter((p): p is number => typeof p === 'number');
  const words = (parts: (number | string)[]) => parts.filter((p) => typeof p === 'string').map((p) => String(p).toLowerCase());
  const wa = words(a).slice(1);
  const wb = words(b).slice(1);
  if (wa.join('.') !== wb.join('.')) return 'unknown';
  return compareNumbers(nums(a).length ? nums(a) : [0], nums(b).length ? nums(b) : [0]);
}

export function compareParsed(a: ParsedVersion, b: ParsedVersion): VersionComparison {
  const numericLike = (v: ParsedVersion) => v.scheme === 'semver' || v.scheme === 'numeric';
  if (normalise(a.raw) === normalise(b.raw)) return 0;
  if (a.scheme === 'opaque' || b.scheme === 'opaque') return 'unknown';
  if (!(numericLike(a) && numericLike(b)) && a.scheme !== b.scheme) return 'unknown';

  const byNumbers = compareNumbers(a.numbers, b.numbers);
  if (byNumbers !== 0) return byNumbers;
  if (a.scheme === 'semver' && b.scheme === 'semver') {
    if (a.stage === 0 || b.stage === 0) return a.stage === b.stage ? 0 : a.stage === 0 ? 1 : -1;
    return compareIdentifiers(a.stageParts, b.stageParts);
  }
  if (a.stage === null || b.stage === null) {
    return a.stage === null && b.stage === null && a.suffix.toLowerCase() === b.suffix.toLowerCase() ? 0 : 'unknown';
  }
  // A semver pre-release without a stage word (1.0.0-0.3.7) has no meaning outside semver.
  if (a.stage === -5 || b.stage === -5) return 'unknown';
  if (a.stage !== b.stage) return a.stage < b.stage ? -1 : 1;
  if (a.scheme === 'semver' || b.scheme === 'semver') return compareStageNumbers(a.stageParts, b.stageParts);
  return compareNumbers(a.stageParts.length ? (a.stageParts as number[]) : [0], b.stageParts.length ? (b.stageParts as number[]) : [0]);
}

export function compareVersions(a: string, b: string): VersionComparison {
  return compareParsed(parseVersion(a), parseVersion(b));
}

export function isStrictSemver(value: string): boolean {
  return SEMVER.test(value.trim());
}

/**
 * Sorts versions ascending when every pair is comparable; otherwise returns the pairs that
 * are not, and no order (a partial order would invite guessing).
 */
export function sortVersions(versions: string[]):
  | { order: 'known'; sorted: string[] }
  | { order: 'unknown'; incomparable: [string, string][] } {
  const parsed = versions.map(parseVersion);
  const incomparable: [string, string][] = [];
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      if (compareParsed(parsed[i]!, parsed[j]!) === 'unknown') incomparable.push([versions[i]!, versions[j]!]);
    }
  }
  if (incomparable.length > 0) return { order: 'unknown', incomparable };
  const sorted = parsed.toSorted((x, y) => compareParsed(x, y) as number).map((p) => p.raw);
  return { order: 'known', sorted };
}
