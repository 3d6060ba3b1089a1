import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Abuse control for anonymous report intake without any third-party service: the client must find
 * a counter whose SHA-256 with a server-signed challenge has `bits` leading zero bits (about 2^bits
 * hashes, a few seconds in a browser), once per challenge. Challenges are stateless (HMAC-signed
 * with an expiry); used ones are remembered until they expire.
 */
export interface Challenge {
  id: string;
  bits: number;
  expiresAt: Date;
  /** The string the client hashes with `:<counter>` appended. */
  token: string;
}

export const CHALLENGE_LIFETIME_MS = 30 * 60_000;

export function issueChallenge(secret: string, bits: number, now: Date): Challenge {
  const id = randomBytes(12).toString('base64url');
  const expiresAt = new Date(now.getTime() + CHALLENGE_LIFETIME_MS);
  const payload = `${id}.${bits}.${expiresAt.getTime()}`;
  return { id, bits, expiresAt, token: `${payload}.${sign(secret, payload)}` };
}

export type ChallengeCheck = { ok: true; id: string; expiresAt: Date } | { ok: false; reason: string };

export function checkSolution(secret: string, token: string, counter: string, minimumBits: number, now: Date): ChallengeCheck {
  const parts = token.split('.');
  if (parts.length !== 4 || !/^\d{1,20}$/.test(counter)) return { ok: false, reason: 'The proof of work is malformed.' };
  const [id, bitsText, expiresText, signature] = parts as [string, string, string, string];
  const payload = `${id}.${bitsText}.${expiresText}`;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'The proof of work was not issued by this server.' };
  const bits = Number(bitsText);
  if (bits < minimumBits) return { ok: false, reason: 'The proof of work is too easy.' };
  const expiresAt = new Date(Number(expiresText));
  if (expiresAt <= now) return { ok: false, reason: 'The proof of work has expired: fetch a new challenge.' };
  if (leadingZeroBits(createHash('sha256').update(`${token}:${counter}`).digest()) < bits) return { ok: false, reason: 'The proof of work does not solve the challenge.' };
  return { ok: true, id, expiresAt };
}

/** What a client does; used by the CLI, the tests and as the reference for the browser's version. */
export function solveChallenge(token: string, bits: number, limit = 2 ** 28): string {
  for (let counter = 0; counter < limit; counter++) {
    if (leadingZeroBits(createHash('sha256').update(`${token}:${counter}`).digest()) >= bits) return String(counter);
  }
  throw new Error('No solution found within the limit.');
}

export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
