/**
 * A minimal, strict DER reader: enough to walk X.509 certificates. It never trusts a
 * length field beyond the bytes it has, refuses indefinite lengths and bounds nesting,
 * so a hostile certificate can only produce an `Asn1Error`, never a hang or a crash.
 */

export interface DerNode {
  /** Tag class: 0 universal, 1 application, 2 context-specific, 3 private. */
  tagClass: number;
  constructed: boolean;
  /** Tag number within its class. */
  tag: number;
  /** Offset of the identifier octet in the input (for re-encoding a node's bytes). */
  start: number;
  /** Offset of the first content octet. */
  contentStart: number;
  end: number;
  /** The whole input; `content` is a view into it. */
  input: Uint8Array;
  content: Uint8Array;
}

export class Asn1Error extends Error {
  override name = 'Asn1Error';
  readonly code = 'ASN1_MALFORMED';
}

export const TAG = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  utf8String: 12,
  sequence: 16,
  set: 17,
  printableString: 19,
  t61String: 20,
  ia5String: 22,
  utcTime: 23,
  generalizedTime: 24,
  universalString: 28,
  bmpString: 30,
} as const;

const MAX_DEPTH = 64;

/** Reads the single element starting at `offset`. */
export function readNode(input: Uint8Array, offset = 0, limit = input.length): DerNode {
  if (offset >= limit) throw new Asn1Error(`truncated element at ${offset}`);
  const first = input[offset] as number;
  const tagClass = first >> 6;
  const constructed = (first & 0x20) !== 0;
  let tag = first & 0x1f;
  let pos = offset + 1;
  if (tag === 0x1f) {
    tag = 0;
    for (let i = 0; ; i++) {
      if (pos >= limit || i > 3) throw new Asn1Error(`bad high tag number at ${offset}`);
      const b = input[pos++] as number;
      tag = tag * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  if (pos >= limit) throw new Asn1Error(`missing length at ${offset}`);
  const lenByte = input[pos++] as number;
  let length: number;
  if (lenByte < 0x80) {
    length = lenByte;
  } else if (lenByte === 0x80) {
    throw new Asn1Error(`indefinite length at ${offset} is not DER`);
  } else {
    const count = lenByte & 0x7f;
    if (count > 4) throw new Asn1Error(`length of ${count} octets at ${offset} is too long`);
    length = 0;
    for (let i = 0; i < count; i++) {
      if (pos >= limit) throw new Asn1Error(`truncated length at ${offset}`);
      length = length * 256 + (input[pos++] as number);
    }
  }
  const end = pos + length;
  if (end > limit) throw new Asn1Error(`element at ${offset} claims ${length} bytes, only ${limit - pos} left`);
  return { tagClass, constructed, tag, start: offset, contentStart: pos, end, input, content: input.subarray(pos, end) };
}

/** The children of a constructed node, in order. */
export function children(node: DerNode): DerNode[] {
  if (!node.constructed) throw new Asn1Error(`element at ${node.start} is not constructed`);
  const out: DerNode[] = [];
  let pos = node.contentStart;
  while (pos < node.end) {
    const child = readNode(node.input, pos, node.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

/** Parses a whole buffer that must hold exactly one element. */
export function parseDer(input: Uint8Array): DerNode {
  const node = readNode(input, 0);
  if (node.end !== input.length) throw new Asn1Error(`${input.length - node.end} trailing bytes after the element`);
  checkDepth(node, 0);
  return node;
}

function checkDepth(node: DerNode, depth: number): void {
  if (depth > MAX_DEPTH) throw new Asn1Error('nesting too deep');
  if (!node.constructed) return;
  for (const child of children(node)) checkDepth(child, depth + 1);
}

export function expectUniversal(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.tagClass !== 0 || node.tag !== tag) throw new Asn1Error(`expected ${what}`);
  return node;
}

export function isContext(node: DerNode | undefined, tag: number): node is DerNode {
  return node !== undefined && node.tagClass === 2 && node.tag === tag;
}

/** The bytes of a node including its header, e.g. to hash an encoded SubjectPublicKeyInfo. */
export function encodedBytes(node: DerNode): Uint8Array {
  return node.input.subarray(node.start, node.end);
}

export function readOid(node: DerNode): string {
  const bytes = node.content;
  if (bytes.length === 0) throw new Asn1Error('empty OID');
  const parts: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new Asn1Error('OID arc too large');
    if ((b & 0x80) === 0) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else {
        parts.push(value);
      }
      value = 0;
    } else if (i === bytes.length - 1) {
      throw new Asn1Error('truncated OID');
    }
  }
  return parts.join('.');
}

/** Number of significant bits of an unsigned big-endian INTEGER (e.g. an RSA modulus). */
export function integerBitLength(node: DerNode): number {
  const bytes = node.content;
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i] as number));
}

export function integerHex(node: DerNode): string {
  return Buffer.from(node.content).toString('hex');
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes any of the ASN.1 character string types a certificate may use. */
export function readString(node: DerNode): string {
  if (node.tagClass !== 0) throw new Asn1Error('expected a string');
  const c = node.content;
  switch (node.tag) {
    case TAG.utf8String:
      try {
        return utf8.decode(c);
      } catch {
        throw new Asn1Error('invalid UTF-8 in UTF8String');
      }
    case TAG.printableString:
    case TAG.ia5String:
    case TAG.t61String:
      return latin1.decode(c);
    case TAG.bmpString: {
      if (c.length % 2 !== 0) throw new Asn1Error('odd BMPString length');
      let s = '';
      for (let i = 0; i < c.length; i += 2) s += String.fromCharCode(((c[i] as number) << 8) | (c[i + 1] as number));
      return s;
    }
    case TAG.universalString: {
      if (c.length % 4 !== 0) throw new Asn1Error('bad UniversalString length');
      let s = '';
      for (let i = 0; i < c.length; i += 4) {
        const cp = (((c[i] as number) << 24) | ((c[i + 1] as number) << 16) | ((c[i + 2] as number) << 8) | (c[i + 3] as number)) >>> 0;
        if (cp > 0x10ffff) throw new Asn1Error('bad code point in UniversalString');
        s += String.fromCodePoint(cp);
      }
      return s;
    }
    default:
      throw new Asn1Error(`tag ${node.tag} is not a string type`);
  }
}

/** UTCTime or GeneralizedTime (the DER forms X.509 uses: Z-terminated, seconds present). */
export function readTime(node: DerNode): Date {
  const s = latin1.decode(node.content);
  let m: RegExpExecArray | null;
  if (node.tag === TAG.utcTime && (m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s))) {
    const yy = Number(m[1]);
    const year = yy >= 50 ? 1900 + yy : 2000 + yy;
    return utc(year, m[2], m[3], m[4], m[5], m[6]);
  }
  if (node.tag === TAG.generalizedTime && (m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(s))) {
    return utc(Number(m[1]), m[2], m[3], m[4], m[5], m[6]);
  }
  throw new Asn1Error(`unsupported time value ${JSON.stringify(s)}`);
}

function utc(year: number, mo?: string, d?: string, h?: string, mi?: string, se?: string): Date {
  const date = new Date(Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se)));
  if (Number.isNaN(date.getTime())) throw new Asn1Error('invalid date');
  return date;
}
