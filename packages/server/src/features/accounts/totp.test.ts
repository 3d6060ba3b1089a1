import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchTotp, newTotpSecret, timeStep, totpCode, totpUri } from './totp.ts';

// RFC 6238 appendix B: the SHA-1 secret is ASCII "12345678901234567890"; the RFC prints 8 digits,
// a 6-digit code is the same value's last six.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP', () => {
  it.each(RFC_VECTORS)('matches RFC 6238 at T=%i', (seconds, eightDigits) => {
    expect(totpCode(RFC_SECRET, timeStep(new Date(seconds * 1000)))).toBe(eightDigits.slice(2));
  });

  it('round-trips base32', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Buffer.from(Array.from({ length }, (_, index) => (index * 37 + length) & 0xff));
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    }
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('accepts one step of drift and refuses replays', () => {
    const secret = newTotpSecret();
    const now = new Date('2026-06-01T12:00:00Z');
    const step = timeStep(now);
    expect(matchTotp(secret, totpCode(secret, step), now, null)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step + 1), now, null)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, step - 2), now, null)).toBeUndefined();
    expect(matchTotp(secret, totpCode(secret, step), now, step)).toBeUndefined();
    expect(matchTotp(secret, 'abcdef', now, null)).toBeUndefined();
    expect(matchTotp(secret, `${totpCode(secret, step).slice(0, 3)} ${totpCode(secret, step).slice(3)}`, now, null)).toBe(step);
  });

  it('builds an otpauth URI apps understand', () => {
    const uri = new URL(totpUri('ABC', 'a@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe('ABC');
    expect(uri.searchParams.get('issuer')).toBe('xmppsec');
  });
});
