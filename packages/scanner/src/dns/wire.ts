/**
 * DNS messages on the wire (RFC 1035, 2782 SRV, 3596 AAAA, 6698 TLSA, 6891 EDNS). Encodes
 * queries and answers and decodes responses; decoding is bounded (compression pointers may
 * only point backwards, names are limited to 255 octets) so a hostile reply cannot loop.
 */

export const RR = { A: 1, NS: 2, CNAME: 5, SOA: 6, AAAA: 28, SRV: 33, OPT: 41, TLSA: 52 } as const;
export type RrTypeName = keyof typeof RR;
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

export type RecordData =
  | { type: 'A'; address: string }
  | { type: 'AAAA'; address: string }
  | { type: 'CNAME'; target: string }
  | { type: 'SRV'; priority: number; weight: number; port: number; target: string }
  | { type: 'TLSA'; usage: number; selector: number; matchingType: number; data: string }
  | { type: 'OTHER'; code: number };

export type ResourceRecord = { name: string; ttl: number } & RecordData;

export interface DnsMessage {
  id: number;
  response: boolean;
  opcode: number;
  authoritative: boolean;
  truncated: boolean;
  recursionDesired: boolean;
  recursionAvailable: boolean;
  authenticData: boolean;
  checkingDisabled: boolean;
  rcode: number;
  questions: { name: string; type: number }[];
  answers: ResourceRecord[];
  authorities: ResourceRecord[];
}

export class DnsWireError extends Error {
  override name = 'DnsWireError';
  readonly code = 'DNS_MALFORMED';
}

function encodeName(name: string): number[] {
  const out: number[] = [];
  const trimmed = name.replace(/\.$/, '');
  if (trimmed !== '') {
    for (const label of trimmed.split('.')) {
      const bytes = Buffer.from(label, 'ascii');
      if (bytes.length === 0 || bytes.length > 63) throw new DnsWireError(`bad label in ${JSON.stringify(name)}`);
      out.push(bytes.length, ...bytes);
    }
  }
  out.push(0);
  if (out.length > 255) throw new DnsWireError(`name too long: ${name}`);
  return out;
}

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** A recursive query asking for the AD bit (RFC 6840 §5.7) with EDNS0 for large UDP answers. */
export function encodeQuery(id: number, name: string, type: number): Uint8Array {
  const header = [...u16(id), 0x01, 0x20, ...u16(1), ...u16(0), ...u16(0), ...u16(1)];
  const question = [...encodeName(name), ...u16(type), ...u16(1)];
  const opt = [0, ...u16(RR.OPT), ...u16(1232), 0, 0, 0, 0, ...u16(0)];
  return Uint8Array.from([...header, ...question, ...opt]);
}

function encodeRdata(rr: RecordData): number[] {
  switch (rr.type) {
    case 'A':
      return rr.address.split('.').map(Number);
    case 'AAAA': {
      const [head = '', tail = ''] = rr.address.split('::');
      const h = head ? head.split(':') : [];
      const t = tail ? tail.split(':') : [];
      const groups = rr.address.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
      return groups.flatMap((g: string) => u16(parseInt(g, 16)));
    }
    case 'CNAME':
      return encodeName(rr.target);
    case 'SRV':
      return [...u16(rr.priority), ...u16(rr.weight), ...u16(rr.port), ...encodeName(rr.target)];
    case 'TLSA':
      return [rr.usage, rr.selector, rr.matchingType, ...Buffer.from(rr.data, 'hex')];
    case 'OTHER':
      return [];
  }
}

export interface ResponseOptions {
  id: number;
  question: { name: string; type: number };
  answers: ResourceRecord[];
  rcode?: number;
  authenticData?: boolean;
  truncated?: boolean;
}

/** Builds a response (for the loopback test server). Names are written uncompressed. */
export function encodeResponse(o: ResponseOptions): Uint8Array {
  const flags1 = 0x80 | 0x01 | (o.truncated ? 0x02 : 0) | 0x04;
  const flags2 = 0x80 | (o.authenticData ? 0x20 : 0) | (o.rcode ?? 0);
  const out = [...u16(o.id), flags1, flags2, ...u16(1), ...u16(o.answers.length), ...u16(0), ...u16(0)];
  out.push(...encodeName(o.question.name), ...u16(o.question.type), ...u16(1));
  for (const rr of o.answers) {
    const rdata = encodeRdata(rr);
    out.push(...encodeName(rr.name), ...u16(RR[rr.type as RrTypeName] ?? 0), ...u16(1), ...u32(rr.ttl), ...u16(rdata.length), ...rdata);
  }
  return Uint8Array.from(out);
}

function readName(buf: Uint8Array, start: number): { name: string; next: number } {
  const labels: string[] = [];
  let pos = start;
  let next = -1;
  let total = 0;
  let limitBackwards = start;
  for (;;) {
    if (pos >= buf.length) throw new DnsWireError('name runs past the message');
    const len = buf[pos] as number;
    if ((len & 0xc0) === 0xc0) {
      if (pos + 1 >= buf.length) throw new DnsWireError('truncated compression pointer');
      const target = ((len & 0x3f) << 8) | (buf[pos + 1] as number);
      if (target >= limitBackwards) throw new DnsWireError('compression pointer does not point backwards');
      if (next < 0) next = pos + 2;
      limitBackwards = target;
      pos = target;
      continue;
    }
    if (len & 0xc0) throw new DnsWireError('unsupported label type');
    if (len === 0) {
      if (next < 0) next = pos + 1;
      break;
    }
    if (pos + 1 + len > buf.length) throw new DnsWireError('label runs past the message');
    total += len + 1;
    if (total > 255) throw new DnsWireError('name longer than 255 octets');
    labels.push(Buffer.from(buf.subarray(pos + 1, pos + 1 + len)).toString('latin1'));
    pos += 1 + len;
  }
  return { name: labels.join('.').toLowerCase(), next };
}

function readU16(buf: Uint8Array, pos: number): number {
  if (pos + 2 > buf.length) throw new DnsWireError('message truncated');
  return ((buf[pos] as number) << 8) | (buf[pos + 1] as number);
}

function readRecord(buf: Uint8Array, pos: number): { rr: ResourceRecord | null; next: number } {
  const { name, next: afterName } = readName(buf, pos);
  const type = readU16(buf, afterName);
  const ttl = ((readU16(buf, afterName + 4) << 16) | readU16(buf, afterName + 6)) >>> 0;
  const rdlength = readU16(buf, afterName + 8);
  const rd = afterName + 10;
  const end = rd + rdlength;
  if (end > buf.length) throw new DnsWireError('record data runs past the message');
  const data = buf.subarray(rd, end);
  let rr: RecordData;
  switch (type) {
    case RR.A:
      if (rdlength !== 4) throw new DnsWireError('A record is not 4 bytes');
      rr = { type: 'A', address: Array.from(data).join('.') };
      break;
    case RR.AAAA: {
      if (rdlength !== 16) throw new DnsWireError('AAAA record is not 16 bytes');
      const groups: string[] = [];
      for (let i = 0; i < 16; i += 2) groups.push((((data[i] as number) << 8) | (data[i + 1] as number)).toString(16));
      rr = { type: 'AAAA', address: compressIpv6(groups) };
      break;
    }
    case RR.CNAME:
      rr = { type: 'CNAME', target: readName(buf, rd).name };
      break;
    case RR.SRV:
      if (rdlength < 7) throw new DnsWireError('SRV record too short');
      rr = { type: 'SRV', priority: readU16(buf, rd), weight: readU16(buf, rd + 2), port: readU16(buf, rd + 4), target: readName(buf, rd + 6).name };
      break;
    case RR.TLSA:
      if (rdlength < 3) throw new DnsWireError('TLSA record too short');
      rr = { type: 'TLSA', usage: data[0] as number, selector: data[1] as number, matchingType: data[2] as number, data: Buffer.from(data.subarray(3)).toString('hex') };
      break;
    case RR.OPT:
      return { rr: null, next: end };
    default:
      rr = { type: 'OTHER', code: type };
  }
  return { rr: { name, ttl, ...rr }, next: end };
}

/** RFC 5952 text form: the longest run of two or more zero groups becomes '::'. */
function compressIpv6(groups: string[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length; i++) {
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

export function decodeMessage(buf: Uint8Array): DnsMessage {
  if (buf.length < 12) throw new DnsWireError('message shorter than its header');
  const f1 = buf[2] as number;
  const f2 = buf[3] as number;
  const counts = [readU16(buf, 4), readU16(buf, 6), readU16(buf, 8), readU16(buf, 10)] as const;
  let pos = 12;
  const questions: DnsMessage['questions'] = [];
  for (let i = 0; i < counts[0]; i++) {
    const { name, next } = readName(buf, pos);
    questions.push({ name, type: readU16(buf, next) });
    pos = next + 4;
  }
  const sections: ResourceRecord[][] = [[], [], []];
  for (let s = 0; s < 3; s++) {
    for (let i = 0; i < counts[s + 1]!; i++) {
      const { rr, next } = readRecord(buf, pos);
      if (rr) sections[s]!.push(rr);
      pos = next;
    }
  }
  return {
    id: readU16(buf, 0),
    response: (f1 & 0x80) !== 0,
    opcode: (f1 >> 3) & 0x0f,
    authoritative: (f1 & 0x04) !== 0,
    truncated: (f1 & 0x02) !== 0,
    recursionDesired: (f1 & 0x01) !== 0,
    recursionAvailable: (f2 & 0x80) !== 0,
    authenticData: (f2 & 0x20) !== 0,
    checkingDisabled: (f2 & 0x10) !== 0,
    rcode: f2 & 0x0f,
    questions,
    answers: sections[0]!,
    authorities: sections[1]!,
  };
}
