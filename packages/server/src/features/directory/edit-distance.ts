/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), so that the
 * common typo "langauge" is one edit from "language", not two. Stops early once the distance
 * is known to exceed `max`, which keeps checking every unknown element name cheap.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** How many edits a name of this length may be away from a known name and still be a typo of it. */
export function typoTolerance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** Lower case without separators: `bugDatabase`, `bug_database` and `bug-database` compare equal. */
function squash(name: string): string {
  return name.toLowerCase().replaceAll('-', '').replaceAll('_', '');
}

/**
 * The known name `name` is most likely a misspelling of, or undefined when it is not close to
 * any (or equally close to two, where guessing would mislead).
 */
export function nearestKnownName(name: string, known: Iterable<string>): string | undefined {
  const target = squash(name);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const candidate of known) {
    if (candidate === name) return undefined;
    const squashed = squash(candidate);
    const tolerance = typoTolerance(Math.max(squashed.length, target.length));
    const d = editDistance(target, squashed, tolerance);
    if (d > tolerance) continue;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
