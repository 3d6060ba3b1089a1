import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { ClientCertificate } from '@xmppsec/scanner';
import { badRequest } from '../../errors.ts';

/** How the server's scans run: where DNS goes, what else to trust, and how politely to probe. */
export interface ScanConfig {
  /** `host:port` of the recursive resolver (an address, not a name); the system's resolver when unset. */
  resolver: string | undefined;
  /** Extra trust anchors (PEM certificates), e.g. a private network's CA. */
  extraCa: string[];
  /** Budget for one domain. */
  timeoutMs: number;
  /** Simultaneous connections within one scan. */
  connectionsPerScan: number;
  /** Scans running at once across all workers. */
  concurrency: number;
  /** A domain scanned this recently gets its recent result instead of a new scan (0: never). */
  reuseMinutes: number;
  /** Scan requests per requester (signed-in user or client address) and hour. */
  requestsPerHour: number;
  /** At least this long between two scans that reach the same server address (0: no pause). */
  addressIntervalSeconds: number;
  /** Allow targets on loopback, private and link-local addresses (never in tests, where only loopback is allowed). */
  allowPrivateTargets: boolean;
  /** Presented on one extra s2s probe to see whether SASL EXTERNAL is offered (dialback-only detection). */
  clientCertificate: ClientCertificate | undefined;
}

export const SCAN_ENV = {
  resolver: 'XMPPSEC_SCAN_RESOLVER',
  caFile: 'XMPPSEC_SCAN_CA_FILE',
  timeout: 'XMPPSEC_SCAN_TIMEOUT_SECONDS',
  connections: 'XMPPSEC_SCAN_CONNECTIONS',
  concurrency: 'XMPPSEC_SCAN_CONCURRENCY',
  reuse: 'XMPPSEC_SCAN_REUSE_MINUTES',
  requests: 'XMPPSEC_SCAN_REQUESTS_PER_HOUR',
  interval: 'XMPPSEC_SCAN_ADDRESS_INTERVAL_SECONDS',
  allowPrivate: 'XMPPSEC_SCAN_ALLOW_PRIVATE',
  clientCert: 'XMPPSEC_SCAN_CLIENT_CERT_FILE',
  clientKey: 'XMPPSEC_SCAN_CLIENT_KEY_FILE',
  clientDomain: 'XMPPSEC_SCAN_CLIENT_DOMAIN',
} as const;

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function loadScanConfig(env: NodeJS.ProcessEnv): ScanConfig {
  const resolver = env[SCAN_ENV.resolver] || undefined;
  if (resolver !== undefined) parseResolverAddress(resolver);
  return {
    resolver,
    extraCa: env[SCAN_ENV.caFile] ? readCertificates(env[SCAN_ENV.caFile]!, SCAN_ENV.caFile) : [],
    timeoutMs: whole(env, SCAN_ENV.timeout, 60, 1, 600) * 1000,
    connectionsPerScan: whole(env, SCAN_ENV.connections, 8, 1, 64),
    concurrency: whole(env, SCAN_ENV.concurrency, 4, 1, 256),
    reuseMinutes: whole(env, SCAN_ENV.reuse, 10, 0, 10_080),
    requestsPerHour: whole(env, SCAN_ENV.requests, 30, 1, 100_000),
    addressIntervalSeconds: whole(env, SCAN_ENV.interval, 30, 0, 86_400),
    allowPrivateTargets: flag(env, SCAN_ENV.allowPrivate),
    clientCertificate: clientCertificate(env),
  };
}

/** Splits `host:port`, `[v6]:port` or a bare address (port 53); the host must be an IP address. */
export function parseResolverAddress(spec: string): { host: string; port: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(spec);
  const plain = /^([^:]+)(?::(\d+))?$/.exec(spec);
  const host = bracketed?.[1] ?? plain?.[1] ?? (isIP(spec) === 6 ? spec : undefined);
  const portText = bracketed?.[2] ?? plain?.[2];
  const port = portText === undefined ? 53 : Number(portText);
  if (host === undefined || isIP(host) === 0 || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw badRequest('invalid_config', `${SCAN_ENV.resolver} must be an IP address with an optional port (127.0.0.1:5353, [::1]:53), not "${spec}".`);
  }
  return { host, port };
}

function readCertificates(path: string, name: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw badRequest('invalid_config', `${name}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const blocks = text.match(PEM_CERTIFICATE);
  if (!blocks) throw badRequest('invalid_config', `${name}: ${path} holds no PEM certificate.`);
  return blocks;
}

function clientCertificate(env: NodeJS.ProcessEnv): ClientCertificate | undefined {
  const certFile = env[SCAN_ENV.clientCert];
  const keyFile = env[SCAN_ENV.clientKey];
  const domain = env[SCAN_ENV.clientDomain];
  if (!certFile && !keyFile && !domain) return undefined;
  if (!certFile || !keyFile || !domain) {
    throw badRequest('invalid_config', `${SCAN_ENV.clientCert}, ${SCAN_ENV.clientKey} and ${SCAN_ENV.clientDomain} go together: set all three or none.`);
  }
  let keyPem: string;
  try {
    keyPem = readFileSync(keyFile, 'utf8');
  } catch (error) {
    throw badRequest('invalid_config', `${SCAN_ENV.clientKey}: cannot read ${keyFile} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(keyPem)) throw badRequest('invalid_config', `${SCAN_ENV.clientKey}: ${keyFile} holds no PEM private key.`);
  return { domain, certPem: readCertificates(certFile, SCAN_ENV.clientCert).join('\n'), keyPem };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw badRequest('invalid_config', `${name} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const text = env[name];
  if (text === undefined || text === '' || text === 'false') return false;
  if (text === 'true') return true;
  throw badRequest('invalid_config', `${name} must be true or false, not "${text}".`);
}
