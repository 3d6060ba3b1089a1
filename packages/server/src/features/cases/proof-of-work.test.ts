import { describe, expect, it } from 'vitest';
import { checkSolution, issueChallenge, leadingZeroBits, solveChallenge } from './proof-of-work.ts';

const SECRET = 'test secret';
const NOW = new Date('2026-06-01T00:00:00Z');

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0x01]))).toBe(7);
    expect(leadingZeroBits(Uint8Array.from([0, 0x10]))).toBe(11);
    expect(leadingZeroBits(Uint8Array.from([0, 0]))).toBe(16);
  });

  it('accepts a solution and refuses forged, easier, expired and wrong ones', () => {
    const challenge = issueChallenge(SECRET, 10, NOW);
    const counter = solveChallenge(challenge.token, 10);
    expect(checkSolution(SECRET, challenge.token, counter, 10, NOW)).toMatchObject({ ok: true, id: challenge.id });
    expect(checkSolution('other secret', challenge.token, counter, 10, NOW)).toMatchObject({ ok: false, reason: expect.stringMatching(/not issued/) });
    expect(checkSolution(SECRET, challenge.token, counter, 12, NOW)).toMatchObject({ ok: false, reason: expect.stringMatching(/too easy/) });
    expect(checkSolution(SECRET, challenge.token, counter, 10, new Date(NOW.getTime() + 31 * 60_000))).toMatchObject({ ok: false, reason: expect.stringMatching(/expired/) });
    const forged = challenge.token.replace('.10.', '.1.');
    expect(checkSolution(SECRET, forged, counter, 1, NOW)).toMatchObject({ ok: false });
    let wrong = 0;
    while (checkSolution(SECRET, challenge.token, String(wrong), 10, NOW).ok) wrong++;
    expect(checkSolution(SECRET, challenge.token, String(wrong), 10, NOW)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not solve/) });
    expect(checkSolution(SECRET, 'garbage', '1', 10, NOW)).toMatchObject({ ok: false, reason: expect.stringMatching(/malformed/) });
    expect(checkSolution(SECRET, challenge.token, '1e9', 10, NOW)).toMatchObject({ ok: false });
  });
});
