import { seededRandom as mulberry32 } from '../../../server/src/util/seeded-random.ts';

/** A small deterministic generator (mulberry32) for generated test inputs: a failure replays exactly. */
export function seededRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  // Letters, URL-special characters, spaces, non-ASCII and an astral code point.
  const alphabet = [...'abcXYZ019/\\?#&=%+.:@ -_~é中\u{1F600}'];
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    text: (maxLength: number) => Array.from({ length: int(0, maxLength) }, () => alphabet[int(0, alphabet.length - 1)]).join(''),
  };
}
