/**
 * Hand-built ClientHellos for what Node's OpenSSL 3 can no longer offer: SSL 3.0, TLS
 * compression, and the RC4, DES, 3DES and export cipher suites. The scanner sends one and
 * reads only the server's first answer (ServerHello or alert); no session is completed.
 */
import { randomBytes } from 'node:crypto';

/** Legacy suites by IANA code, with OpenSSL names for reports. */
export const LEGACY_SUITES: Readonly<Record<number, string>> = {
  0x0004: 'RC4-MD5', 0x0005: 'RC4-SHA', 0xc011: 'ECDHE-RSA-RC4-SHA', 0xc007: 'ECDHE-ECDSA-RC4-SHA', 0x0018: 'ADH-RC4-MD5',
  0x000a: 'DES-CBC3-SHA', 0xc012: 'ECDHE-RSA-DES-CBC3-SHA', 0xc008: 'ECDHE-ECDSA-DES-CBC3-SHA', 0x0016: 'EDH-RSA-DES-CBC3-SHA', 0x0013: 'EDH-DSS-DES-CBC3-SHA', 0x001b: 'ADH-DES-CBC3-SHA',
  0x0009: 'DES-CBC-SHA', 0x0015: 'EDH-RSA-DES-CBC-SHA', 0x0012: 'EDH-DSS-DES-CBC-SHA',
  0x0003: 'EXP-RC4-MD5', 0x0006: 'EXP-RC2-CBC-MD5', 0x0008: 'EXP-DES-CBC-SHA', 0x0014: 'EXP-EDH-RSA-DES-CBC-SHA', 0x0017: 'EXP-ADH-RC4-MD5', 0x0019: 'EXP-ADH-DES-CBC-SHA',
};

/** Ordinary suites a server of any age will pick from (for the SSL 3.0 and compression probes). */
export const COMMON_SUITES: readonly number[] = [
  0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc009, 0xc013, 0xc00a, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035, 0x0033, 0x0039, 0x000a, 0x0005, 0x0004,
];

export interface HelloSpec {
  /** 0x0300 SSL 3.0, 0x0301 TLS 1.0, 0x0302 TLS 1.1, 0x0303 TLS 1.2. */
  version: number;
  suites: readonly number[];
  /** Compression methods in order; 0 (null) is always acceptable to add last. */
  compression?: readonly number[];
  serverName?: string;
}

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u24 = (n: number) => [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

function extension(type: number, body: number[]): number[] {
  return [...u16(type), ...u16(body.length), ...body];
}

export function buildClientHello(spec: HelloSpec): Uint8Array {
  const suites = [...spec.suites, 0x00ff]; // TLS_EMPTY_RENEGOTIATION_INFO_SCSV
  const compression = spec.compression ?? [0];
  const body = [
    ...u16(spec.version), ...randomBytes(32), 0,
    ...u16(suites.length * 2), ...suites.flatMap(u16),
    compression.length, ...compression,
  ];
  if (spec.version >= 0x0301) {
    const ext: number[] = [];
    if (spec.serverName) {
      const name = [...Buffer.from(spec.serverName, 'ascii')];
      ext.push(...extension(0x0000, [...u16(name.length + 3), 0, ...u16(name.length), ...name]));
    }
    ext.push(...extension(0x000a, [...u16(8), ...u16(0x001d), ...u16(0x0017), ...u16(0x0018), ...u16(0x0019)])); // groups
    ext.push(...extension(0x000b, [1, 0])); // EC point formats: uncompressed
    if (spec.version >= 0x0303) {
      const algs = [0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0203];
      ext.push(...extension(0x000d, [...u16(algs.length * 2), ...algs.flatMap(u16)]));
    }
    body.push(...u16(ext.length), ...ext);
  }
  const handshake = [1, ...u24(body.length), ...body];
  const recordVersion = spec.version === 0x0300 ? 0x0300 : 0x0301;
  return Uint8Array.from([22, ...u16(recordVersion), ...u16(handshake.length), ...handshake]);
}

export type HelloAnswer =
  | { kind: 'server-hello'; version: number; suite: number; compression: number }
  | { kind: 'alert'; description: number }
  | { kind: 'incomplete' }
  | { kind: 'garbage' };

/** Reads the server's first answer from the bytes received so far. */
export function readServerAnswer(bytes: Uint8Array): HelloAnswer {
  if (bytes.length < 5) return { kind: 'incomplete' };
  const type = bytes[0] as number;
  const major = bytes[1] as number;
  if (major !== 3 || (type !== 21 && type !== 22)) return { kind: 'garbage' };
  if (type === 21) {
    if (bytes.length < 7) return { kind: 'incomplete' };
    return { kind: 'alert', description: bytes[6] as number };
  }
  // The ServerHello may be split over records; join handshake fragments as far as they go.
  const fragments: number[] = [];
  let pos = 0;
  while (pos + 5 <= bytes.length && bytes[pos] === 22) {
    const len = ((bytes[pos + 3] as number) << 8) | (bytes[pos + 4] as number);
    fragments.push(...bytes.subarray(pos + 5, Math.min(pos + 5 + len, bytes.length)));
    if (pos + 5 + len > bytes.length) break;
    pos += 5 + len;
  }
  const hs = fragments;
  if (hs.length < 4) return { kind: 'incomplete' };
  if (hs[0] !== 2) return { kind: 'garbage' };
  const bodyLen = ((hs[1] as number) << 16) | ((hs[2] as number) << 8) | (hs[3] as number);
  if (hs.length < 4 + Math.min(bodyLen, 38)) return { kind: 'incomplete' };
  const version = ((hs[4] as number) << 8) | (hs[5] as number);
  const sidLen = hs[38] as number;
  const at = 39 + sidLen;
  if (hs.length < at + 3) return { kind: 'incomplete' };
  const suite = ((hs[at] as number) << 8) | (hs[at + 1] as number);
  return { kind: 'server-hello', version, suite, compression: hs[at + 2] as number };
}
