/**
 * The connections a scan makes to one endpoint: the main stream probe (features before and
 * after TLS) and short handshake-only probes for versions and cipher suites.
 */
import { createSecureContext, type SecureContext, type TLSSocket } from 'node:tls';
import type { StreamFeatures, Transport } from '../report/types.ts';
import { certificatesFromServerFlight } from '../tls/certificate-message.ts';
import { readServerAnswer, type HelloAnswer } from '../tls/raw-hello.ts';
import { parseFeatures } from './features.ts';
import { openSession, ProbeError, type ConnectionLimits, type SessionTarget, type StreamSession } from './stream-session.ts';

export interface ProbeTarget extends SessionTarget {
  transport: Transport;
}

export interface TlsParams {
  minVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
  maxVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
  ciphers?: string;
  secureContext?: SecureContext;
  requestOCSP?: boolean;
  /** PEM client certificate and key (s2s probes that present one). */
  cert?: string;
  key?: string;
  /** Collect the certificate chain (default true); enumeration probes skip it. */
  chain?: boolean;
}

export interface TlsFacts {
  version: string;
  cipher: string;
  standardName: string | null;
  alpn: string | null;
  ephemeral: { type: string; name: string | null; size: number | null } | null;
  ocspStapled: boolean;
  chainDer: Uint8Array[];
  chainAsSent: boolean;
  authorized: boolean;
  authorizationError: string | null;
}

export interface StreamProbeResult {
  headerFrom: string | null;
  headerVersion: string | null;
  featuresBeforeTls: StreamFeatures | null;
  featuresAfterTls: StreamFeatures | null;
  tls: TlsFacts | null;
  error: ProbeError | null;
}

function readTlsFacts(socket: TLSSocket, session: StreamSession, wantChain: boolean): TlsFacts {
  const cipher = socket.getCipher();
  const eph = socket.getEphemeralKeyInfo();
  const sent = wantChain ? certificatesFromServerFlight(session.handshakeBytes()) : null;
  let chainDer = sent ?? [];
  if (!sent && wantChain) {
    // TLS 1.3: the Certificate message is encrypted; rebuild from what OpenSSL kept, without the local root it adds.
    const seen = new Set<string>();
    for (let c = socket.getPeerCertificate(true); c && c.raw && !seen.has(c.fingerprint256); c = c.issuerCertificate) {
      seen.add(c.fingerprint256);
      chainDer.push(new Uint8Array(c.raw));
      if (c.issuerCertificate === c) break;
    }
    if (chainDer.length > 1 && socket.authorized) chainDer = chainDer.slice(0, -1);
  }
  const authError = socket.authorizationError as unknown;
  return {
    version: socket.getProtocol() ?? 'unknown',
    cipher: cipher.name,
    standardName: cipher.standardName ?? null,
    alpn: typeof socket.alpnProtocol === 'string' ? socket.alpnProtocol : null,
    ephemeral: eph && 'type' in eph && eph.type ? { type: eph.type, name: eph.name ?? null, size: eph.size ?? null } : null,
    ocspStapled: session.ocspStapled(),
    chainDer,
    chainAsSent: sent !== null,
    authorized: socket.authorized,
    authorizationError: authError == null ? null : authError instanceof Error ? ((authError as Error & { code?: string }).code ?? authError.message) : String(authError),
  };
}

const probeContexts = new Map<string, SecureContext>();

/** Enumeration probes repeat a few parameter sets many times: build each TLS context once. */
function probeContext(params: TlsParams): SecureContext {
  const key = `${params.minVersion ?? ''}|${params.maxVersion ?? ''}|${params.ciphers ?? ''}`;
  let ctx = probeContexts.get(key);
  if (!ctx) {
    ctx = createSecureContext({
      ...(params.minVersion ? { minVersion: params.minVersion } : {}),
      ...(params.maxVersion ? { maxVersion: params.maxVersion } : {}),
      ...(params.ciphers ? { ciphers: params.ciphers } : {}),
    });
    if (probeContexts.size > 500) probeContexts.clear();
    probeContexts.set(key, ctx);
  }
  return ctx;
}

function connectionOptions(target: ProbeTarget, params: TlsParams) {
  const own = params.cert && params.key;
  return {
    servername: target.domain,
    ALPNProtocols: target.transport === 'directtls' ? [target.mode === 'c2s' ? 'xmpp-client' : 'xmpp-server'] : [],
    ...(own ? { cert: params.cert, key: params.key } : { secureContext: params.secureContext ?? probeContext(params) }),
    requestOCSP: params.requestOCSP ?? false,
  };
}

/** Opens the stream, reads the features, negotiates TLS, restarts the stream and reads the features again. */
export async function probeStream(target: ProbeTarget, params: TlsParams, limits: ConnectionLimits): Promise<StreamProbeResult> {
  const result: StreamProbeResult = { headerFrom: null, headerVersion: null, featuresBeforeTls: null, featuresAfterTls: null, tls: null, error: null };
  let session: StreamSession | null = null;
  try {
    session = await openSession(target, limits);
    let socket: TLSSocket;
    if (target.transport === 'starttls') {
      const open = await session.openStream();
      result.headerFrom = open.header.from ?? null;
      result.headerVersion = open.header.version ?? null;
      result.featuresBeforeTls = parseFeatures(open.features);
      if (result.featuresBeforeTls.starttls === 'none') return result;
      socket = await session.startTls(connectionOptions(target, params));
    } else {
      socket = await session.directTls(connectionOptions(target, params));
    }
    result.tls = readTlsFacts(socket, session, params.chain ?? true);
    const reopened = await session.openStream();
    result.headerFrom ??= reopened.header.from ?? null;
    result.headerVersion ??= reopened.header.version ?? null;
    result.featuresAfterTls = parseFeatures(reopened.features);
  } catch (error) {
    result.error = error instanceof ProbeError ? error : new ProbeError('PROTOCOL', (error as Error).message);
  } finally {
    session?.close();
  }
  return result;
}

export type HandshakeOutcome = { ok: true; facts: TlsFacts } | { ok: false; error: ProbeError };

/** Only the TLS handshake (after STARTTLS when needed), for version and cipher enumeration. */
export async function probeHandshake(target: ProbeTarget, params: TlsParams, limits: ConnectionLimits): Promise<HandshakeOutcome> {
  let session: StreamSession | null = null;
  try {
    session = await openSession(target, limits);
    if (target.transport === 'starttls') {
      const open = await session.openStream();
      if (parseFeatures(open.features).starttls === 'none') return { ok: false, error: new ProbeError('PROTOCOL', 'STARTTLS not offered') };
    }
    const socket = target.transport === 'starttls'
      ? await session.startTls(connectionOptions(target, params))
      : await session.directTls(connectionOptions(target, params));
    return { ok: true, facts: readTlsFacts(socket, session, params.chain ?? true) };
  } catch (error) {
    return { ok: false, error: error instanceof ProbeError ? error : new ProbeError('PROTOCOL', (error as Error).message) };
  } finally {
    session?.close();
  }
}

/**
 * Sends one hand-built ClientHello and reads the server's first answer. Returns null when
 * the answer is inconclusive (a limit hit, or no TLS at all).
 */
export async function probeRawHello(target: ProbeTarget, hello: Uint8Array, limits: ConnectionLimits): Promise<HelloAnswer | null> {
  let session: StreamSession | null = null;
  try {
    session = await openSession(target, limits);
    if (target.transport === 'starttls') {
      const open = await session.openStream();
      if (parseFeatures(open.features).starttls === 'none') return null;
    }
    const { bytes, error } = await session.rawHello(hello, target.transport === 'starttls', (b) => readServerAnswer(b).kind !== 'incomplete');
    if (error?.hit) return null;
    const answer = readServerAnswer(bytes);
    // A server that closes without a word has refused as surely as one that sends an alert.
    return answer.kind === 'incomplete' ? { kind: 'alert', description: -1 } : answer;
  } catch {
    return null;
  } finally {
    session?.close();
  }
}
