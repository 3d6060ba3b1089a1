/**
 * Everything the scanner observes at one endpoint: the main stream probe, then (in
 * parallel, through the shared limiter) TLS version probes, cipher suite enumeration,
 * legacy probes, TLSA records and, for s2s, the features offered to a client certificate.
 */
import type { SecureContext } from 'node:tls';
import { certificateInfo, parseCertificate, type ParsedCertificate } from '../cert/x509.ts';
import type { DnsClient } from '../dns/client.ts';
import { matchIdentity } from '../identity/match-identity.ts';
import type { DaneObservation, Endpoint, LimitHit, StreamFeatures, TargetReport, TlsObservation } from '../report/types.ts';
import { classifyCipher } from '../tls/cipher-suites.ts';
import { matchTlsa, tlsaName } from '../tls/dane.ts';
import { buildClientHello } from '../tls/raw-hello.ts';
import { probeHandshake, probeRawHello, probeStream, type HandshakeOutcome, type ProbeTarget, type TlsParams } from '../xmpp/probe.ts';
import type { ConnectionLimits } from '../xmpp/stream-session.ts';
import type { Limiter } from './limiter.ts';
import { enumerateTls12, enumerateTls13, minDh, probeLegacy, probeVersions } from './tls-probes.ts';

export interface ClientCertificate {
  /** The domain the certificate is valid for; sent as the s2s stream's `from`. */
  domain: string;
  certPem: string;
  keyPem: string;
}

export interface EndpointContext {
  domain: string;
  limiter: Limiter;
  limits: ConnectionLimits;
  /** Connections are not started after this instant (ms since epoch). */
  deadline: number;
  s2sFrom: string;
  mainContext: SecureContext;
  clientCertificate: ClientCertificate | null;
  dns: DnsClient;
  /** Whether the SRV answer that named this endpoint carried the AD bit. */
  srvSecure: boolean;
  onProbe: (probe: string) => void;
}


export async function scanEndpoint(endpoint: Endpoint, ctx: EndpointContext): Promise<TargetReport> {
  const started = performance.now();
  const target: ProbeTarget = {
    address: endpoint.address, port: endpoint.port, domain: ctx.domain, mode: endpoint.mode, transport: endpoint.transport, from: ctx.s2sFrom,
  };
  const limitHits: LimitHit[] = [];
  // One entry per kind of limit and phase: a slow server would otherwise repeat it per probe.
  const noteHit = (hit: LimitHit) => {
    if (!limitHits.some((h) => h.limit === hit.limit && h.phase === hit.phase)) limitHits.push(hit);
  };
  const limitsNow = (): ConnectionLimits => ({ ...ctx.limits, totalTimeMs: Math.max(1, Math.min(ctx.limits.totalTimeMs, ctx.deadline - Date.now())) });
  const expired = () => Date.now() >= ctx.deadline;
  const handshake = async (probe: string, params: TlsParams): Promise<HandshakeOutcome | null> => {
    if (expired()) return null;
    const outcome = await ctx.limiter.run(() => probeHandshake(target, params, limitsNow()));
    ctx.onProbe(probe);
    if (!outcome.ok && outcome.error.hit) noteHit(outcome.error.hit);
    return outcome;
  };

  const report: TargetReport = {
    id: `${endpoint.mode}-${endpoint.transport}-${endpoint.host}:${endpoint.port}-${endpoint.address}`,
    endpoint, reachable: false, connectError: null, stream: null, tls: null, identity: null, dane: null, limitHits,
    durationMs: 0, findings: [], grade: { grade: null, gradeIgnoringTrust: null, score: null, scoreParts: null, caps: [] },
  };

  const main = await ctx.limiter.run(() => probeStream(target, { secureContext: ctx.mainContext, requestOCSP: true }, limitsNow()));
  ctx.onProbe('stream');
  if (main.error?.hit) noteHit(main.error.hit);
  if (main.error?.code === 'CONNECT_FAILED') {
    report.connectError = main.error.message;
    report.durationMs = Math.round(performance.now() - started);
    return report;
  }
  report.reachable = true;
  report.connectError = main.error?.message ?? null;
  report.stream = {
    headerFrom: main.headerFrom, headerVersion: main.headerVersion, featuresBeforeTls: main.featuresBeforeTls,
    featuresAfterTls: main.featuresAfterTls, featuresWithClientCertificate: null,
    streamError: main.error?.code === 'STREAM_ERROR' ? main.error.message : null,
  };
  if (!main.tls) {
    report.durationMs = Math.round(performance.now() - started);
    return report;
  }

  const rawHello = async (probe: string, spec: Parameters<typeof buildClientHello>[0]) => {
    if (expired()) return null;
    const answer = await ctx.limiter.run(() => probeRawHello(target, buildClientHello({ ...spec, serverName: ctx.domain }), limitsNow()));
    ctx.onProbe(probe);
    return answer;
  };
  const [versions, tls12, tls13, legacy, withCert, dane] = await Promise.all([
    probeVersions(handshake),
    enumerateTls12(handshake),
    enumerateTls13(handshake),
    probeLegacy(rawHello),
    endpoint.mode === 's2s' && ctx.clientCertificate ? probeWithClientCertificate(target, ctx, limitsNow) : Promise.resolve(null),
    fetchTlsa(endpoint, ctx),
  ]);
  if (report.stream && withCert) report.stream.featuresWithClientCertificate = withCert;

  // The chain as sent comes from a TLS 1.2 handshake when there was one (TLS 1.3 encrypts it).
  const sentChain = [versions.facts['TLSv1.2'], versions.facts['TLSv1.1'], versions.facts.TLSv1].find((f) => f?.chainAsSent)?.chainDer ?? main.tls.chainDer;
  const parsed: ParsedCertificate[] = [];
  for (const der of sentChain) {
    try {
      parsed.push(parseCertificate(der));
    } catch {
      break;
    }
  }
  const leaf = parsed[0];
  const tls: TlsObservation = {
    version: main.tls.version,
    cipher: classifyCipher(main.tls.cipher, main.tls.standardName),
    alpn: main.tls.alpn,
    keyExchange: main.tls.ephemeral,
    dhGroupBits: minDh([main.tls, ...tls12.facts]),
    protocols: { SSLv3: legacy.sslv3, ...versions.accepted },
    tls12Ciphers: [...tls12.accepted, ...legacy.suites],
    serverCipherOrder: tls12.serverOrder,
    tls13Ciphers: tls13,
    ocspStapled: main.tls.ocspStapled,
    compression: legacy.compression,
    chain: parsed.map(certificateInfo),
    trust: { trusted: main.tls.authorized, error: main.tls.authorized ? null : main.tls.authorizationError },
  };
  report.tls = tls;

  if (dane) {
    const m = matchTlsa(dane.records, parsed, main.tls.authorized);
    dane.matched = dane.records.length > 0 ? m.matched : null;
    report.dane = dane;
  }
  if (leaf) {
    const delegationProven = endpoint.source === 'srv' && ctx.srvSecure && report.dane?.dnssecValidated === true && report.dane.matched === true;
    report.identity = matchIdentity(ctx.domain, endpoint.mode, { ...leaf.subjectAltNames, commonNames: leaf.commonNames }, {
      delegatedNames: delegationProven ? [endpoint.host] : [],
      unprovenTargets: endpoint.source === 'srv' ? [endpoint.host] : [],
    });
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

async function probeWithClientCertificate(target: ProbeTarget, ctx: EndpointContext, limits: () => ConnectionLimits): Promise<StreamFeatures | null> {
  const cert = ctx.clientCertificate;
  if (!cert || Date.now() >= ctx.deadline) return null;
  const r = await ctx.limiter.run(() => probeStream({ ...target, from: cert.domain }, { cert: cert.certPem, key: cert.keyPem }, limits()));
  ctx.onProbe('s2s client certificate');
  return r.featuresAfterTls;
}

async function fetchTlsa(endpoint: Endpoint, ctx: EndpointContext): Promise<DaneObservation | null> {
  const name = tlsaName(endpoint.host, endpoint.port);
  try {
    const answer = await ctx.dns.query(name, 'TLSA');
    const records = answer.records.filter((r) => r.type === 'TLSA' && r.name === name.toLowerCase())
      .map((r) => (r.type === 'TLSA' ? { usage: r.usage, selector: r.selector, matchingType: r.matchingType, data: r.data } : null))
      .filter((r): r is NonNullable<typeof r> => r !== null);
    return { name, records, dnssecValidated: answer.authenticData, matched: null };
  } catch {
    return { name, records: [], dnssecValidated: false, matched: null };
  }
}
