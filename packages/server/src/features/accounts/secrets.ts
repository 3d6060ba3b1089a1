import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret with a readable prefix (so leaked ones are easy to recognise and revoke). */
export function newSecret(prefix: string, bytes = 32): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

/** High-entropy secrets need no slow hash: SHA-256 keeps lookups by hash possible. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
