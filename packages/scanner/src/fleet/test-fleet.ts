/**
 * A scannable XMPP network on loopback for tests and benchmarks: a test CA, Prosody and
 * (optionally) ejabberd serving one virtual host per configuration, and a DNS server that
 * answers SRV, A and TLSA for them. Other packages' tests use `startTestFleet()` to get a
 * domain they can scan with `{ resolver: fleet.resolver, extraCa: [fleet.caPem] }`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCertificate } from '../cert/x509.ts';
import type { ResourceRecord } from '../dns/wire.ts';
import type { ClientCertificate } from '../scan/scan-endpoint.ts';
import { createTestCa, issueTestCertificate, type CertificateSpec, type TestCa, type TestCertificate } from './certs.ts';
import { startTestDnsServer, type TestDnsServer } from './dns-server.ts';
import { startEjabberd, type EjabberdInstance } from './ejabberd.ts';
import { ipv6LoopbackAvailable } from './ports.ts';
import { startProsody, type ProsodyHostConfig, type ProsodyInstance } from './prosody.ts';

export const FLEET_CONFIGS = [
  'good', 'dane', 'wrong-identity', 'self-signed', 'expired', 'tls1.0', 'starttls-optional', 'plain-before-tls', 'dialback-only', 'direct-tls',
  'srv-target-only', 'dane-delegated',
] as const;
export type FleetConfig = (typeof FLEET_CONFIGS)[number];
export type FleetServer = 'prosody' | 'ejabberd';

/**
 * Configurations each server can express. ejabberd always offers SASL EXTERNAL after TLS
 * (no dialback-only) and picks certificates by the XMPP domain, so it cannot serve one that
 * names only the SRV target host.
 */
export const SUPPORTED: Record<FleetServer, readonly FleetConfig[]> = {
  prosody: FLEET_CONFIGS,
  ejabberd: ['good', 'wrong-identity', 'self-signed', 'expired', 'tls1.0', 'starttls-optional', 'direct-tls'],
};

export interface FleetDomain {
  domain: string;
  server: FleetServer;
  config: FleetConfig;
}

export interface TestFleetOptions {
  servers?: FleetServer[];
  /** Extra Prosody virtual hosts (`bench0.prosody.test`…) with the good configuration. */
  benchHosts?: number;
  /** Also serve the good Prosody domain on ::1 (default: when the machine has IPv6 loopback). */
  ipv6?: boolean;
}

export interface TestFleet {
  /** `host:port` of the fleet's DNS server, for `--resolver`. */
  resolver: string;
  caPem: string;
  caFile: string;
  /** A client certificate for `scanner.fleet.test`, trusted by the fleet's servers (s2s SASL EXTERNAL probes). */
  clientCertificate: ClientCertificate;
  domains: FleetDomain[];
  benchDomains: string[];
  /** Whether the good Prosody domain also has an AAAA record (::1). */
  ipv6: boolean;
  /** The domain of one configuration on one server. */
  domain: (server: FleetServer, config: FleetConfig) => string;
  dns: TestDnsServer;
  prosody: ProsodyInstance | null;
  ejabberd: EjabberdInstance | null;
  stop: () => Promise<void>;
}

export const FLEET_CLIENT_DOMAIN = 'scanner.fleet.test';

const fleetDomain = (server: FleetServer, config: FleetConfig) => `${config.replace('.', '')}.${server}.test`;

function certSpec(domain: string, config: FleetConfig): Omit<CertificateSpec, 'name'> {
  const names = { dnsNames: [domain], srvNames: [`_xmpp-client.${domain}`, `_xmpp-server.${domain}`], xmppAddrs: [domain], extendedKeyUsage: ['serverAuth', 'clientAuth'] as ('serverAuth' | 'clientAuth')[] };
  switch (config) {
    case 'wrong-identity':
      return { ...names, dnsNames: ['elsewhere.test'], srvNames: ['_xmpp-client.elsewhere.test'], xmppAddrs: ['elsewhere.test'] };
    case 'self-signed':
      return { ...names, selfSigned: true };
    case 'expired':
      return { ...names, startDate: '20200101000000Z', endDate: '20210101000000Z' };
    case 'tls1.0':
      return { ...names, keyType: 'rsa2048' };
    case 'srv-target-only':
    case 'dane-delegated':
      // What a hosting provider often deploys: a certificate for its own host, not for the customer's domain.
      return { dnsNames: [`xmpp.${domain}`], extendedKeyUsage: ['serverAuth', 'clientAuth'] };
    default:
      return names;
  }
}

function prosodyHost(domain: string, config: FleetConfig, cert: TestCertificate, foreignCaFile: string): ProsodyHostConfig {
  const host: ProsodyHostConfig = { domain, certPath: cert.chainPath, keyPath: cert.keyPath };
  switch (config) {
    case 'tls1.0':
      return { ...host, ssl: { protocol: 'tlsv1+', ciphers: 'DEFAULT:@SECLEVEL=0' } };
    case 'starttls-optional':
      return { ...host, options: { c2s_require_encryption: false, s2s_require_encryption: false } };
    case 'plain-before-tls':
      return { ...host, options: { c2s_require_encryption: false, allow_unencrypted_plain_auth: true } };
    case 'dialback-only':
      // Trusting only an unrelated CA, this host can never validate a peer's certificate: dialback is all that is left.
      return { ...host, ssl: { cafile: foreignCaFile } };
    case 'dane':
    case 'dane-delegated':
      return { ...host, ssl: { ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' } };
    default:
      return host;
  }
}

export async function startTestFleet(options: TestFleetOptions = {}): Promise<TestFleet> {
  const servers = options.servers ?? ['prosody'];
  const ipv6 = options.ipv6 ?? (await ipv6LoopbackAvailable());
  const dir = await mkdtemp(join(tmpdir(), 'xmppsec-fleet-'));
  const stops: (() => Promise<void>)[] = [() => rm(dir, { recursive: true, force: true })];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const ca: TestCa = await createTestCa(join(dir, 'ca'));
    const foreignCa = await createTestCa(join(dir, 'foreign-ca'), 'unrelated test CA');
    const client = await issueTestCertificate(ca, { name: 'client', dnsNames: [FLEET_CLIENT_DOMAIN], xmppAddrs: [FLEET_CLIENT_DOMAIN], extendedKeyUsage: ['serverAuth', 'clientAuth'] });
    const domains: FleetDomain[] = [];
    const certs = new Map<string, TestCertificate>();
    for (const server of servers) {
      for (const config of SUPPORTED[server]) {
        const domain = fleetDomain(server, config);
        domains.push({ domain, server, config });
        certs.set(domain, await issueTestCertificate(ca, { name: domain, ...certSpec(domain, config) }));
      }
    }
    const benchDomains = Array.from({ length: options.benchHosts ?? 0 }, (_, i) => `bench${i}.prosody.test`);
    const benchCert = benchDomains.length > 0
      ? await issueTestCertificate(ca, { name: 'bench', dnsNames: benchDomains, extendedKeyUsage: ['serverAuth', 'clientAuth'] })
      : null;

    const records: ResourceRecord[] = [];
    const secureNames: string[] = [];
    const srv = (service: string, domain: string, port: number) => {
      records.push({ name: `${service}.${domain}`, ttl: 60, type: 'SRV', priority: 0, weight: 10, port, target: `xmpp.${domain}` });
    };
    const address = (domain: string) => records.push({ name: `xmpp.${domain}`, ttl: 60, type: 'A', address: '127.0.0.1' });

    let prosody: ProsodyInstance | null = null;
    if (servers.includes('prosody')) {
      const hosts = domains.filter((d) => d.server === 'prosody').map((d) => prosodyHost(d.domain, d.config, certs.get(d.domain) as TestCertificate, foreignCa.certPath));
      if (benchCert) hosts.push(...benchDomains.map((domain) => ({ domain, certPath: benchCert.chainPath, keyPath: benchCert.keyPath })));
      prosody = await startProsody({
        dir: join(dir, 'prosody'), hosts, caFile: ca.certPath, directTls: true, ipv6,
        // Prosody's default Nagle setting adds ~40 ms per round trip on loopback; peers on a real network do not see that.
        globalOptions: { network_settings: { nagle: false } },
      });
      const p = prosody;
      stops.push(p.stop);
      for (const d of domains.filter((x) => x.server === 'prosody')) {
        srv('_xmpp-client._tcp', d.domain, p.ports.c2s);
        srv('_xmpp-server._tcp', d.domain, p.ports.s2s);
        if (d.config === 'direct-tls' || d.config === 'dane' || d.config === 'dane-delegated') {
          srv('_xmpps-client._tcp', d.domain, p.ports.c2sDirectTls as number);
          srv('_xmpps-server._tcp', d.domain, p.ports.s2sDirectTls as number);
        }
        address(d.domain);
        if (d.config === 'good' && ipv6) records.push({ name: `xmpp.${d.domain}`, ttl: 60, type: 'AAAA', address: '::1' });
        if (d.config === 'dane' || d.config === 'dane-delegated') {
          const spki = parseCertificate((certs.get(d.domain) as TestCertificate).der).spkiDer;
          const data = createHash('sha256').update(spki).digest('hex');
          for (const port of [p.ports.c2s, p.ports.s2s, p.ports.c2sDirectTls, p.ports.s2sDirectTls]) {
            const name = `_${port}._tcp.xmpp.${d.domain}`;
            records.push({ name, ttl: 60, type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data });
            secureNames.push(name);
          }
          for (const s of ['_xmpp-client._tcp', '_xmpp-server._tcp', '_xmpps-client._tcp', '_xmpps-server._tcp']) secureNames.push(`${s}.${d.domain}`);
        }
      }
      for (const domain of benchDomains) {
        srv('_xmpp-client._tcp', domain, p.ports.c2s);
        srv('_xmpp-server._tcp', domain, p.ports.s2s);
        address(domain);
      }
    }

    let ejabberd: EjabberdInstance | null = null;
    if (servers.includes('ejabberd')) {
      const ej = domains.filter((d) => d.server === 'ejabberd');
      const certfiles: string[] = [];
      for (const d of ej) {
        const cert = certs.get(d.domain) as TestCertificate;
        const combined = join(dir, `${d.domain}.ejabberd.pem`);
        await writeFile(combined, (await readFile(cert.chainPath, 'utf8')) + (await readFile(cert.keyPath, 'utf8')));
        certfiles.push(combined);
      }
      const modern = ['no_sslv3', 'no_tlsv1', 'no_tlsv1_1'];
      ejabberd = await startEjabberd({
        dir: join(dir, 'ejabberd'), hosts: ej.map((d) => d.domain), certfiles, caFile: ca.certPath,
        globalOptions: { s2s_use_starttls: 'required', s2s_protocol_options: modern },
        listeners: [
          { name: 'c2s', module: 'ejabberd_c2s', options: { starttls_required: true, protocol_options: modern } },
          { name: 'c2s-tls10', module: 'ejabberd_c2s', options: { starttls_required: true, protocol_options: ['no_sslv3'], ciphers: 'DEFAULT:@SECLEVEL=0' } },
          { name: 'c2s-optional', module: 'ejabberd_c2s', options: { starttls: true } },
          { name: 'c2s-direct', module: 'ejabberd_c2s', options: { tls: true, protocol_options: modern } },
          { name: 's2s', module: 'ejabberd_s2s_in', options: {} },
        ],
      });
      const e = ejabberd;
      stops.push(e.stop);
      for (const d of ej) {
        const c2sPort = d.config === 'tls1.0' ? e.ports['c2s-tls10'] : d.config === 'starttls-optional' ? e.ports['c2s-optional'] : e.ports.c2s;
        srv('_xmpp-client._tcp', d.domain, c2sPort as number);
        srv('_xmpp-server._tcp', d.domain, e.ports.s2s as number);
        if (d.config === 'direct-tls') srv('_xmpps-client._tcp', d.domain, e.ports['c2s-direct'] as number);
        address(d.domain);
      }
    }

    const dns = await startTestDnsServer({ records, secureNames });
    stops.push(dns.stop);
    return {
      resolver: dns.address,
      caPem: ca.certPem,
      caFile: ca.certPath,
      clientCertificate: { domain: FLEET_CLIENT_DOMAIN, certPem: client.certPem, keyPem: await readFile(client.keyPath, 'utf8') },
      domains,
      benchDomains,
      ipv6,
      domain: (server, config) => {
        const found = domains.find((d) => d.server === server && d.config === config);
        if (!found) throw new Error(`the fleet has no ${config} domain on ${server}`);
        return found.domain;
      },
      dns,
      prosody,
      ejabberd,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
