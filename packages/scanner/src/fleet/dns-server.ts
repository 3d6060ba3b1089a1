/**
 * An authoritative-and-recursive-looking DNS server on loopback for tests: answers A, AAAA,
 * SRV, TLSA and CNAME from a record list over UDP and TCP, can set the AD bit on chosen
 * names (standing in for a validating resolver) and can force TCP fallback.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server, type Socket } from 'node:net';
import { decodeMessage, encodeResponse, RCODE, RR, type ResourceRecord } from '../dns/wire.ts';

export interface TestDnsServerOptions {
  records: ResourceRecord[];
  /** Names (lower case) whose answers carry the AD bit. */
  secureNames?: Iterable<string>;
  /** Answer UDP queries with TC set and no records, so clients must use TCP. */
  truncateUdp?: boolean;
  host?: string;
}

export interface TestDnsServer {
  host: string;
  port: number;
  /** `host:port`, as `--resolver` takes it. */
  address: string;
  records: ResourceRecord[];
  secureNames: Set<string>;
  queries: { name: string; type: number; transport: 'udp' | 'tcp' }[];
  stop: () => Promise<void>;
}

export async function startTestDnsServer(options: TestDnsServerOptions): Promise<TestDnsServer> {
  const host = options.host ?? '127.0.0.1';
  const state: TestDnsServer = {
    host, port: 0, address: '', records: options.records, secureNames: new Set(options.secureNames ?? []), queries: [],
    stop: async () => {},
  };

  function answer(packet: Uint8Array, transport: 'udp' | 'tcp'): Uint8Array | null {
    let query;
    try {
      query = decodeMessage(packet);
    } catch {
      return null;
    }
    const q = query.questions[0];
    if (!q || query.response) return null;
    state.queries.push({ ...q, transport });
    if (transport === 'udp' && options.truncateUdp) return encodeResponse({ id: query.id, question: q, answers: [], truncated: true });
    const answers: ResourceRecord[] = [];
    let name = q.name;
    for (let hops = 0; hops < 8; hops++) {
      const cname = state.records.find((r) => r.name === name && r.type === 'CNAME');
      if (!cname || cname.type !== 'CNAME' || q.type === RR.CNAME) break;
      answers.push(cname);
      name = cname.target;
    }
    answers.push(...state.records.filter((r) => r.name === name && RR[r.type as keyof typeof RR] === q.type));
    const known = state.records.some((r) => r.name === name || r.name.endsWith(`.${name}`));
    return encodeResponse({
      id: query.id, question: q, answers,
      rcode: answers.length > 0 || known ? RCODE.NOERROR : RCODE.NXDOMAIN,
      authenticData: state.secureNames.has(q.name),
    });
  }

  const newUdp = (): UdpSocket => {
    const socket = createSocket('udp4');
    socket.on('message', (msg, rinfo) => {
      const reply = answer(new Uint8Array(msg), 'udp');
      if (reply) socket.send(reply, rinfo.port, rinfo.address);
    });
    return socket;
  };
  let udp = newUdp();
  const sockets = new Set<Socket>();
  const tcp: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buf = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const len = buf.readUInt16BE(0);
        const reply = answer(new Uint8Array(buf.subarray(2, 2 + len)), 'tcp');
        buf = buf.subarray(2 + len);
        if (reply) {
          const prefix = Buffer.alloc(2);
          prefix.writeUInt16BE(reply.length);
          socket.write(Buffer.concat([prefix, reply]));
        }
      }
    });
  });

  // UDP and TCP must share a port number; retry if TCP finds it taken.
  for (let attempt = 0; ; attempt++) {
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(0, host, () => { udp.off('error', reject); resolve(); });
    });
    const port = udp.address().port;
    const ok = await new Promise<boolean>((resolve) => {
      tcp.once('error', () => resolve(false));
      tcp.listen(port, host, () => resolve(true));
    });
    if (ok) {
      state.port = port;
      break;
    }
    if (attempt > 20) throw new Error('could not bind UDP and TCP on one port');
    await new Promise<void>((resolve) => udp.close(() => resolve()));
    udp = newUdp();
  }
  state.address = `${host}:${state.port}`;
  state.stop = async () => {
    for (const s of sockets) s.destroy();
    await Promise.all([
      new Promise<void>((resolve) => udp.close(() => resolve())),
      new Promise<void>((resolve) => tcp.close(() => resolve())),
    ]);
  };
  return state;
}
