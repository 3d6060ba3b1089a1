/**
 * DNS discovery for one domain: SRV for the chosen modes (STARTTLS and direct TLS), the
 * RFC 6120 fallback to the domain itself, A and AAAA for every target host, CNAMEs noted.
 */
import { DnsError, formatResolver, recordsOf, type DnsClient } from '../dns/client.ts';
import { orderSrv, serviceDisabled } from '../dns/srv-order.ts';
import type { DnsObservation, Endpoint, Finding, SrvRecordInfo, XmppMode } from '../report/types.ts';
import { finding } from '../grade/grade.ts';

export const SERVICES = {
  c2s: { starttls: '_xmpp-client._tcp', directtls: '_xmpps-client._tcp', fallbackPort: 5222 },
  s2s: { starttls: '_xmpp-server._tcp', directtls: '_xmpps-server._tcp', fallbackPort: 5269 },
} as const;

export interface Discovery {
  dns: DnsObservation;
  endpoints: Endpoint[];
  findings: Finding[];
}

export async function discover(domain: string, modes: readonly XmppMode[], dns: DnsClient, random: () => number = Math.random): Promise<Discovery> {
  const obs: DnsObservation = { resolver: formatResolver(dns.resolver), srv: {}, srvDnssec: {}, cnames: {}, addresses: {}, errors: [] };
  const findings: Finding[] = [];
  const planned: Omit<Endpoint, 'address' | 'family'>[] = [];

  const lookups = modes.flatMap((mode) => (['starttls', 'directtls'] as const).map((transport) => ({ mode, transport, service: SERVICES[mode][transport] })));
  await Promise.all(lookups.map(async ({ mode, transport, service }) => {
    const name = `${service}.${domain}`;
    let records: SrvRecordInfo[] | null = null;
    try {
      const answer = await dns.query(name, 'SRV');
      obs.srvDnssec[service] = answer.authenticData;
      const { records: srv, cnames } = recordsOf(answer, name, 'SRV');
      for (const [from, to] of cnames) obs.cnames[from] = to;
      records = orderSrv(srv, random).map((r) => ({ service, priority: r.priority, weight: r.weight, port: r.port, target: r.target }));
    } catch (error) {
      obs.errors.push(`${name} SRV: ${(error as Error).message}`);
      findings.push(finding('dns-error', `${name} SRV: ${(error as Error).message}`));
    }
    obs.srv[service] = records;
    if (records && serviceDisabled(records)) {
      findings.push(finding('srv-disabled', `${name} has the "." target: ${mode} ${transport} is declared unavailable`));
      return;
    }
    if (records && records.length > 0) {
      for (const r of records) planned.push({ mode, transport, host: r.target, port: r.port, source: 'srv', priority: r.priority, weight: r.weight });
    } else if (transport === 'starttls' && !(records === null)) {
      findings.push(finding('no-srv', `no ${name} SRV records; using ${domain}:${SERVICES[mode].fallbackPort}`));
      planned.push({ mode, transport, host: domain, port: SERVICES[mode].fallbackPort, source: 'fallback', priority: null, weight: null });
    } else if (transport === 'starttls' && records === null) {
      planned.push({ mode, transport, host: domain, port: SERVICES[mode].fallbackPort, source: 'fallback', priority: null, weight: null });
    }
  }));

  const hosts = [...new Set(planned.map((p) => p.host))];
  await Promise.all(hosts.map(async (host) => {
    const entry = { a: [] as string[], aaaa: [] as string[] };
    for (const type of ['A', 'AAAA'] as const) {
      try {
        const { records, cnames } = recordsOf(await dns.query(host, type), host, type);
        for (const [from, to] of cnames) {
          if (obs.cnames[from] === to) continue;
          obs.cnames[from] = to;
          if (planned.some((p) => p.host === from && p.source === 'srv')) {
            findings.push(finding('srv-target-cname', `${from} is a CNAME for ${to}; RFC 2782 requires SRV targets to be address records`));
          }
        }
        (type === 'A' ? entry.a : entry.aaaa).push(...records.map((r) => r.address));
      } catch (error) {
        if (!(error instanceof DnsError)) throw error;
        obs.errors.push(`${host} ${type}: ${error.message}`);
        findings.push(finding('dns-error', `${host} ${type}: ${error.message}`));
      }
    }
    obs.addresses[host] = entry;
    if (entry.a.length + entry.aaaa.length === 0) findings.push(finding('dns-error', `${host} has no A or AAAA records`));
  }));

  const endpoints: Endpoint[] = [];
  const seen = new Set<string>();
  for (const p of planned) {
    const addrs = obs.addresses[p.host] ?? { a: [], aaaa: [] };
    for (const [address, family] of [...addrs.a.map((a) => [a, 4] as const), ...addrs.aaaa.map((a) => [a, 6] as const)]) {
      const key = `${p.mode}|${p.transport}|${p.host}|${p.port}|${address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      endpoints.push({ ...p, address, family });
    }
  }
  return { dns: obs, endpoints, findings };
}
