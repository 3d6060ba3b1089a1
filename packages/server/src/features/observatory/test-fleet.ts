import { accessSync, constants } from 'node:fs';
import { startTestFleet, type TestFleet } from '@xmppsec/scanner/test-fleet';
import { loadScanConfig, type ScanConfig } from './scan-config.ts';

const NEEDED: [string, string][] = [['prosody', '/usr/bin/prosody'], ['openssl', '/usr/bin/openssl']];

function present(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The scanner's loopback fleet (Prosody only, IPv4 only, to keep scans few and short), or
 * undefined after a loud message when Prosody or openssl is missing; under CI=true that is an error.
 */
export async function startFleetOrSkip(suite: string): Promise<TestFleet | undefined> {
  const missing = NEEDED.filter(([, path]) => !present(path)).map(([name]) => name);
  if (missing.length > 0) {
    const message = `${suite}: missing ${missing.join(', ')}; install Debian's packages (see .ci/run)`;
    if (process.env.CI === 'true') throw new Error(`${message} — required under CI`);
    console.warn(`\n!!! SKIPPING ${message}\n`);
    return undefined;
  }
  return startTestFleet({ servers: ['prosody'], ipv6: false });
}

/** Scan settings that point at the fleet: its resolver, its CA, its client certificate, no pause between scans. */
export function fleetScanConfig(fleet: TestFleet, overrides: Partial<ScanConfig> = {}): ScanConfig {
  return { ...loadScanConfig({}), resolver: fleet.resolver, extraCa: [fleet.caPem], clientCertificate: fleet.clientCertificate, addressIntervalSeconds: 0, timeoutMs: 30_000, ...overrides };
}
