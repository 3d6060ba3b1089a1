/** Scans whole domains: discovery, every endpoint, grading. */
import { readFile } from 'node:fs/promises';
import { createDnsClient, parseResolver } from '../dns/client.ts';
import { gradeReport } from '../grade/grade.ts';
import { normaliseDomain } from '../identity/domain-name.ts';
import type { Grade, ScanMode, ScanReport, TargetReport, XmppMode } from '../report/types.ts';
import { mainSecureContext } from '../tls/trust.ts';
import { DEFAULT_LIMITS, type ConnectionLimits } from '../xmpp/stream-session.ts';
import { discover } from './discover.ts';
import { createLimiter, type Limiter } from './limiter.ts';
import { scanEndpoint, type ClientCertificate } from './scan-endpoint.ts';

export const SCANNER_VERSION = '0.1.0';

export type ScanProgressEvent =
  | { type: 'domain-start'; domain: string }
  | { type: 'dns-done'; domain: string; targets: number }
  | { type: 'probe-done'; domain: string; target: string; probe: string; done: number }
  | { type: 'target-done'; domain: string; target: string; grade: Grade | null }
  | { type: 'domain-done'; domain: string; grade: Grade | null; durationMs: number };

export interface ScanOptions {
  mode?: ScanMode;
  /** `host:port` of the recursive resolver; the system's first resolver otherwise. */
  resolver?: string;
  /** A PEM file of extra trust anchors. */
  caFile?: string;
  /** Extra trust anchors as PEM strings. */
  extraCa?: string[];
  /** Budget for one domain; no new connection starts after it. */
  timeoutMs?: number;
  /** Simultaneous connections. */
  concurrency?: number;
  onProgress?: (event: ScanProgressEvent) => void;
  clock?: () => Date;
  /** The `from` of s2s streams. */
  s2sFrom?: string;
  /** Presented on one extra s2s probe to see whether the server offers SASL EXTERNAL. */
  clientCertificate?: ClientCertificate;
  limits?: Partial<ConnectionLimits>;
  /** Per-attempt DNS timeout. */
  dnsTimeoutMs?: number;
  /** RFC 2782 weighted choice; injectable for reproducible order. */
  random?: () => number;
}

export class ScanOptionsError extends Error {
  override name = 'ScanOptionsError';
  readonly code = 'SCAN_OPTIONS_INVALID';
}

const DEFAULT_S2S_FROM = 'scanner.xmppsec.invalid';

function modesOf(mode: ScanMode = 'both'): XmppMode[] {
  if (mode === 'both') return ['c2s', 's2s'];
  if (mode === 'c2s' || mode === 's2s') return [mode];
  throw new ScanOptionsError(`mode must be c2s, s2s or both, not ${JSON.stringify(mode)}`);
}

interface Prepared {
  extraCa: string[];
  limiter: Limiter;
}

async function prepare(options: ScanOptions): Promise<Prepared> {
  const extraCa = [...(options.extraCa ?? [])];
  if (options.caFile) {
    let pem: string;
    try {
      pem = await readFile(options.caFile, 'utf8');
    } catch (error) {
      throw new ScanOptionsError(`cannot read CA file ${options.caFile}: ${(error as Error).message}`);
    }
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
    if (!blocks) throw new ScanOptionsError(`${options.caFile} holds no PEM certificate`);
    extraCa.push(...blocks);
  }
  return { extraCa, limiter: createLimiter(options.concurrency ?? 8) };
}

async function scanPrepared(input: string, options: ScanOptions, prepared: Prepared): Promise<ScanReport> {
  const domain = normaliseDomain(input);
  const modes = modesOf(options.mode);
  const clock = options.clock ?? (() => new Date());
  const startedAt = clock();
  const t0 = performance.now();
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const emit = options.onProgress ?? (() => {});
  emit({ type: 'domain-start', domain });

  const dns = createDnsClient({ resolver: parseResolver(options.resolver), timeoutMs: options.dnsTimeoutMs ?? 2000 });
  const found = await discover(domain, modes, dns, options.random);
  emit({ type: 'dns-done', domain, targets: found.endpoints.length });

  const mainContext = mainSecureContext(prepared.extraCa);
  const limits: ConnectionLimits = { ...DEFAULT_LIMITS, ...options.limits, xml: { ...DEFAULT_LIMITS.xml, ...options.limits?.xml } };
  let done = 0;
  const targets: TargetReport[] = await Promise.all(found.endpoints.map(async (endpoint) => {
    const id = `${endpoint.mode}-${endpoint.transport}-${endpoint.host}:${endpoint.port}-${endpoint.address}`;
    const service = endpoint.transport === 'starttls' ? (endpoint.mode === 'c2s' ? '_xmpp-client._tcp' : '_xmpp-server._tcp') : (endpoint.mode === 'c2s' ? '_xmpps-client._tcp' : '_xmpps-server._tcp');
    const target = await scanEndpoint(endpoint, {
      domain, limiter: prepared.limiter, limits, deadline,
      s2sFrom: options.s2sFrom ?? DEFAULT_S2S_FROM,
      mainContext,
      clientCertificate: options.clientCertificate ?? null,
      dns,
      srvSecure: found.dns.srvDnssec[service] === true,
      onProbe: (probe) => emit({ type: 'probe-done', domain, target: id, probe, done: ++done }),
    });
    return target;
  }));

  const finishedAt = clock();
  const report = gradeReport({
    schemaVersion: 1,
    scanner: { name: '@xmppsec/scanner', version: SCANNER_VERSION },
    domain,
    input,
    modes,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    dns: found.dns,
    targets,
    findings: found.findings,
    grade: null,
    gradeIgnoringTrust: null,
    grades: { c2s: null, s2s: null },
  }, { now: startedAt });
  for (const t of report.targets) emit({ type: 'target-done', domain, target: t.id, grade: t.grade.grade });
  emit({ type: 'domain-done', domain, grade: report.grade, durationMs: report.durationMs });
  return report;
}

/** Probes and grades one XMPP domain. */
export async function scanDomain(domain: string, options: ScanOptions = {}): Promise<ScanReport> {
  return scanPrepared(domain, options, await prepare(options));
}

/** Scans several domains at once; `concurrency` bounds the connections across all of them. */
export async function scanDomains(domains: readonly string[], options: ScanOptions = {}): Promise<ScanReport[]> {
  const prepared = await prepare(options);
  return Promise.all(domains.map((d) => scanPrepared(d, options, prepared)));
}
