/**
 * Finds the external programs the fleet needs. Outside CI a missing one makes tests skip
 * loudly; with CI=true it is a failure (the caller decides through `requireOrSkip`).
 */
import { accessSync, constants } from 'node:fs';

const CANDIDATES: Record<string, string[]> = {
  prosody: ['/usr/bin/prosody'],
  ejabberd: ['/usr/sbin/ejabberdctl'],
  erl: ['/usr/bin/erl'],
  dnsmasq: ['/usr/sbin/dnsmasq'],
  openssl: ['/usr/bin/openssl'],
  testssl: ['/usr/bin/testssl', '/usr/bin/testssl.sh'],
};

export type ServiceName = keyof typeof CANDIDATES;

export function findService(name: ServiceName): string | null {
  for (const path of CANDIDATES[name] ?? []) {
    try {
      accessSync(path, constants.R_OK);
      return path;
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * True when every named service is present. When some are missing it prints a loud
 * message and returns false, or throws under CI=true where skipping is not allowed.
 */
export function servicesAvailable(suite: string, names: ServiceName[]): boolean {
  const missing = names.filter((n) => findService(n) === null);
  if (missing.length === 0) return true;
  const message = `${suite}: missing ${missing.join(', ')}; install Debian's packages (see .ci/run)`;
  if (process.env.CI === 'true') throw new Error(`${message} — required under CI`);
  console.warn(`\n!!! SKIPPING ${message}\n`);
  return false;
}
