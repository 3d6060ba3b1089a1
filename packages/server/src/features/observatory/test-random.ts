/** A seeded generator of hostile strings for the fuzz tests (mulberry32), so failures reproduce. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['<', '>', '&', '"', "'", ']]>', '<!--', '<script>', '&amp;', '&#0;', '\u0000', '\u0007', '\u001b', '\ud800', '\udc00', '\ufffe', '\uffff', '😀', 'é', 'ß', '例', '.', '..', '-', '_', '*', '@', '/', ':', '[', ']', ' ', '\t', '\n', 'xn--', 'a', 'z', '0', '9', 'example', 'org', '127.0.0.1', '::1', '%2e', '\\'];

/** A string of random hostile pieces and random code units, up to `maxLength` pieces. */
export function hostileString(random: () => number, maxLength = 40): string {
  const length = Math.floor(random() * maxLength);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += random() < 0.7 ? PIECES[Math.floor(random() * PIECES.length)]! : String.fromCharCode(Math.floor(random() * 0x10000));
  }
  return out;
}

const LABEL_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_ÄéßΩ例😀';

/** Mostly plausible domain names (random labels, IDN characters, case, trailing dots), now and then broken. */
export function domainishString(random: () => number): string {
  const labels = 1 + Math.floor(random() * 5);
  const parts: string[] = [];
  for (let i = 0; i < labels; i++) {
    const length = Math.floor(random() * (random() < 0.05 ? 70 : 12));
    let label = '';
    for (let j = 0; j < length; j++) label += [...LABEL_CHARS][Math.floor(random() * [...LABEL_CHARS].length)]!;
    parts.push(random() < 0.2 ? label.toUpperCase() : label);
  }
  let out = parts.join('.');
  if (random() < 0.1) out += '.';
  if (random() < 0.1) out = hostileString(random, 3) + out;
  return out;
}
