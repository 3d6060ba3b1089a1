/** A small deterministic generator (mulberry32) for generated test inputs: a failure replays exactly. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
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
