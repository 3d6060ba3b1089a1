/**
 * A small stub resolver: sends its own queries to one named recursive resolver over UDP,
 * retries over TCP when the answer is truncated, and reports the AD bit so callers know
 * whether a validating resolver vouched for the answer.
 */
import { randomInt } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { getServers } from 'node:dns';
import { connect } from 'node:net';
import { decodeMessage, encodeQuery, RCODE, RR, type DnsMessage, type ResourceRecord } from './wire.ts';

export interface ResolverAddress {
  host: string;
  port: number;
}

export interface DnsAnswer {
  rcode: number;
  authenticData: boolean;
  records: ResourceRecord[];
}

export class DnsError extends Error {
  override name = 'DnsError';
  readonly code: 'DNS_TIMEOUT' | 'DNS_SERVFAIL' | 'DNS_REFUSED' | 'DNS_MALFORMED' | 'DNS_NETWORK' | 'DNS_BAD_RESOLVER';
  constructor(code: DnsError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/** Parses `127.0.0.1:5353`, `[::1]:53` or a bare address; without one, the system's first server. */
export function parseResolver(spec?: string): ResolverAddress {
  const value = spec ?? getServers()[0] ?? '127.0.0.1';
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(value) ?? /^([^:]+)(?::(\d+))?$/.exec(value) ?? /^([0-9a-fA-F:]+)()$/.exec(value);
  const port = m?.[2] ? Number(m[2]) : 53;
  if (!m || !m[1] || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new DnsError('DNS_BAD_RESOLVER', `resolver ${JSON.stringify(value)} is not host:port`);
  }
  return { host: m[1], port };
}

export function formatResolver(r: ResolverAddress): string {
  return r.host.includes(':') ? `[${r.host}]:${r.port}` : `${r.host}:${r.port}`;
}

export interface DnsClientOptions {
  resolver: ResolverAddress;
  /** Per attempt. */
  timeoutMs?: number;
  attempts?: number;
}

export interface DnsClient {
  query: (name: string, type: keyof typeof RR) => Promise<DnsAnswer>;
  resolver: ResolverAddress;
}

const MAX_TCP_MESSAGE = 65_535;

function udpExchange(resolver: ResolverAddress, packet: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(resolver.host.includes(':') ? 'udp6' : 'udp4');
    const id = ((packet[0] as number) << 8) | (packet[1] as number);
    const timer = setTimeout(() => finish(new DnsError('DNS_TIMEOUT', `no answer from ${formatResolver(resolver)} within ${timeoutMs} ms`)), timeoutMs);
    const finish = (err: Error | null, msg?: Uint8Array) => {
      clearTimeout(timer);
      socket.close();
      if (err) reject(err);
      else resolve(msg as Uint8Array);
    };
    socket.on('error', (e) => finish(new DnsError('DNS_NETWORK', `UDP to ${formatResolver(resolver)}: ${e.message}`)));
    socket.on('message', (msg, rinfo) => {
      // Ignore stray datagrams: only the resolver's answer to our ID counts.
      if (rinfo.port !== resolver.port || msg.length < 2 || msg.readUInt16BE(0) !== id) return;
      finish(null, new Uint8Array(msg));
    });
    socket.send(packet, resolver.port, resolver.host);
  });
}

function tcpExchange(resolver: ResolverAddress, packet: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: resolver.host, port: resolver.port });
    let buffered = Buffer.alloc(0);
    const timer = setTimeout(() => finish(new DnsError('DNS_TIMEOUT', `no TCP answer from ${formatResolver(resolver)} within ${timeoutMs} ms`)), timeoutMs);
    const finish = (err: Error | null, msg?: Uint8Array) => {
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve(msg as Uint8Array);
    };
    socket.on('error', (e) => finish(new DnsError('DNS_NETWORK', `TCP to ${formatResolver(resolver)}: ${e.message}`)));
    socket.on('connect', () => {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(packet.length);
      socket.write(Buffer.concat([len, packet]));
    });
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length > MAX_TCP_MESSAGE + 2) return finish(new DnsError('DNS_MALFORMED', 'TCP answer too long'));
      if (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        finish(null, new Uint8Array(buffered.subarray(2, 2 + buffered.readUInt16BE(0))));
      }
    });
    socket.on('end', () => finish(new DnsError('DNS_NETWORK', 'TCP connection closed before the answer')));
  });
}

export function createDnsClient(options: DnsClientOptions): DnsClient {
  const timeoutMs = options.timeoutMs ?? 2000;
  const attempts = options.attempts ?? 2;
  const { resolver } = options;

  function check(msg: DnsMessage, id: number, name: string, type: number): void {
    const q = msg.questions[0];
    if (msg.id !== id || !msg.response || !q || q.name !== name.toLowerCase().replace(/\.$/, '') || q.type !== type) {
      throw new DnsError('DNS_MALFORMED', `answer from ${formatResolver(resolver)} does not match the question`);
    }
  }

  async function query(name: string, typeName: keyof typeof RR): Promise<DnsAnswer> {
    const type = RR[typeName];
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const id = randomInt(0, 65536);
      const packet = encodeQuery(id, name, type);
      try {
        let msg = decodeMessage(await udpExchange(resolver, packet, timeoutMs));
        check(msg, id, name, type);
        if (msg.truncated) {
          msg = decodeMessage(await tcpExchange(resolver, packet, timeoutMs));
          check(msg, id, name, type);
        }
        if (msg.rcode === RCODE.SERVFAIL) throw new DnsError('DNS_SERVFAIL', `SERVFAIL for ${name} ${typeName} (for DNSSEC, a validation failure)`);
        if (msg.rcode === RCODE.REFUSED) throw new DnsError('DNS_REFUSED', `${formatResolver(resolver)} refused ${name} ${typeName}`);
        return { rcode: msg.rcode, authenticData: msg.authenticData, records: msg.answers };
      } catch (error) {
        lastError = error;
        if (error instanceof DnsError && (error.code === 'DNS_SERVFAIL' || error.code === 'DNS_REFUSED')) throw error;
        if (!(error instanceof DnsError)) lastError = new DnsError('DNS_MALFORMED', `bad answer for ${name} ${typeName}: ${(error as Error).message}`);
      }
    }
    throw lastError;
  }

  return { query, resolver };
}

/** The records of one type for `name`, following the CNAMEs in the answer (bounded). */
export function recordsOf<T extends ResourceRecord['type']>(answer: DnsAnswer, name: string, type: T): {
  records: Extract<ResourceRecord, { type: T }>[];
  cnames: [string, string][];
} {
  let current = name.toLowerCase().replace(/\.$/, '');
  const cnames: [string, string][] = [];
  for (let hops = 0; hops < 8; hops++) {
    const alias = answer.records.find((r) => r.type === 'CNAME' && r.name === current);
    if (!alias || alias.type !== 'CNAME') break;
    cnames.push([current, alias.target]);
    current = alias.target;
  }
  const records = answer.records.filter((r): r is Extract<ResourceRecord, { type: T }> => r.type === type && r.name === current);
  return { records, cnames };
}
