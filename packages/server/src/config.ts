import { resolve } from 'node:path';
import { badRequest } from './errors.ts';
import { loadScanConfig, type ScanConfig } from './features/observatory/scan-config.ts';

/** Everything the process reads from its environment, typed once. CLI flags override these. */
export interface Config {
  host: string;
  port: number;
  /** Where the embedded database (and nothing else) lives; ignored with DATABASE_URL. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** The address people use to reach the web interface; links in e-mails point here. */
  publicUrl: string;
  /** Cookies get the Secure flag when the public address is https. */
  secureCookies: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the directory data and the threat register into an empty database on first start. */
  seed: boolean;
  /** Run the job workers in this process (embedded mode always does). */
  workers: boolean;
  smtp: { url: string; from: string } | undefined;
  /** xmppsec's own XMPP account for notifications, and the group chat that hears of advisories. */
  xmpp: { service: string; jid: string; password: string; room: string | undefined } | undefined;
  /** The CVE Services API key; kept out of the database when given here. */
  cveApiKey: string | undefined;
  /** Proof-of-work difficulty for anonymous reports, in leading zero bits (about 2^bits hashes). */
  powBits: number;
  /** Requests per minute and address for anonymous callers (signed-in callers get ten times that). */
  rateLimitPerMinute: number;
  /** Observatory scans: resolver, extra CA, timeouts, pace (env XMPPSEC_SCAN_*; see features/observatory/README.md). */
  scan: ScanConfig;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv, overrides: Partial<Config> = {}): Config {
  const host = overrides.host ?? env.XMPPSEC_HOST ?? '127.0.0.1';
  const port = overrides.port ?? parsePort(env.XMPPSEC_PORT ?? '8080');
  const publicUrl = (overrides.publicUrl ?? env.XMPPSEC_PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(/\/+$/, '');
  const logLevel = overrides.logLevel ?? env.XMPPSEC_LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw badRequest('invalid_config', `XMPPSEC_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  return {
    host,
    port,
    dataDir: resolve(overrides.dataDir ?? env.XMPPSEC_DATA_DIR ?? './data'),
    databaseUrl: overrides.databaseUrl ?? (env.DATABASE_URL || undefined),
    publicUrl,
    secureCookies: overrides.secureCookies ?? publicUrl.startsWith('https://'),
    logLevel: logLevel as Config['logLevel'],
    seed: overrides.seed ?? env.XMPPSEC_SEED !== 'false',
    workers: overrides.workers ?? env.XMPPSEC_WORKERS !== 'false',
    xmpp: overrides.xmpp ?? (env.XMPPSEC_XMPP_JID && env.XMPPSEC_XMPP_PASSWORD ? { service: env.XMPPSEC_XMPP_SERVICE ?? `xmpp://${env.XMPPSEC_XMPP_JID.split('@')[1]}:5222`, jid: env.XMPPSEC_XMPP_JID, password: env.XMPPSEC_XMPP_PASSWORD, room: env.XMPPSEC_XMPP_ROOM || undefined } : undefined),
    cveApiKey: overrides.cveApiKey ?? (env.XMPPSEC_CVE_API_KEY || undefined),
    powBits: overrides.powBits ?? positiveInteger(env.XMPPSEC_POW_BITS ?? '18', 'XMPPSEC_POW_BITS'),
    rateLimitPerMinute: overrides.rateLimitPerMinute ?? positiveInteger(env.XMPPSEC_RATE_LIMIT_PER_MINUTE ?? '600', 'XMPPSEC_RATE_LIMIT_PER_MINUTE'),
    scan: overrides.scan ?? loadScanConfig(env),
    smtp: overrides.smtp ?? (env.XMPPSEC_SMTP_URL ? { url: env.XMPPSEC_SMTP_URL, from: env.XMPPSEC_MAIL_FROM ?? 'xmppsec <security@localhost>' } : undefined),
  };
}

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw badRequest('invalid_config', `${name} must be a positive whole number, not "${text}".`);
  return value;
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw badRequest('invalid_port', `"${text}" is not a TCP port (0–65535).`);
  return port;
}
