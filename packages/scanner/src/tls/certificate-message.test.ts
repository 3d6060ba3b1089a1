import { describe, expect, it } from 'vitest';
import { certificatesFromServerFlight } from './certificate-message.ts';

const u24 = (n: number) => [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

/** A TLS 1.2 server flight: ServerHello, then Certificate split over two records. */
function flight(certs: number[][]): Uint8Array {
  const serverHello = [2, ...u24(38), 3, 3, ...Array(32).fill(1), 0, 0xc0, 0x2b, 0];
  const list = certs.flatMap((c) => [...u24(c.length), ...c]);
  const certificate = [11, ...u24(list.length + 3), ...u24(list.length), ...list];
  const hs = [...serverHello, ...certificate];
  const half = Math.floor(hs.length / 2);
  const record = (body: number[]) => [22, 3, 3, body.length >> 8, body.length & 0xff, ...body];
  return Uint8Array.from([...record(hs.slice(0, half)), ...record(hs.slice(half)), 20, 3, 3, 0, 1, 1]);
}

describe('certificatesFromServerFlight', () => {
  it('returns the certificates in the order sent, across record boundaries', () => {
    const out = certificatesFromServerFlight(flight([[1, 2, 3], [4, 5], [6]]));
    expect(out?.map((c) => Array.from(c))).toEqual([[1, 2, 3], [4, 5], [6]]);
  });

  it('returns null for a TLS 1.3 flight, an empty list or garbage', () => {
    expect(certificatesFromServerFlight(flight([]))).toBeNull();
    expect(certificatesFromServerFlight(Uint8Array.from([23, 3, 3, 0, 2, 9, 9]))).toBeNull();
    expect(certificatesFromServerFlight(new Uint8Array(0))).toBeNull();
  });

  it('never throws on mutated flights (seeded fuzz)', () => {
    const base = flight([[1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11]]);
    let seed = 99;
    const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
    for (let n = 0; n < 5000; n++) {
      const bytes = Uint8Array.from(base);
      for (let f = 0; f < 1 + (rand() % 4); f++) bytes[rand() % bytes.length] = rand() & 0xff;
      const out = certificatesFromServerFlight(bytes.subarray(0, rand() % 5 === 0 ? rand() % bytes.length : bytes.length));
      if (out) for (const c of out) expect(c.length).toBeLessThanOrEqual(bytes.length);
    }
  });
});
