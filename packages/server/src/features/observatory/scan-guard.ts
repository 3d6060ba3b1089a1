import { Resolver } from 'node:dns/promises';
import type { ScanMode, ScanReport } from '@xmppsec/scanner';
import { addressAllowed, isLoopbackAddress, underTest, type AddressRule } from './address-policy.ts';
import { parseResolverAddress } from './scan-config.ts';

/** A scan the observatory will not run; the message tells the requester why. */
export class ScanRefusedError extends Error {
  override name = 'ScanRefusedError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const SERVICES = {
  c2s: { starttls: '_xmpp-client._tcp', directtls: '_xmpps-client._tcp' },
  s2s: { starttls: '_xmpp-server._tcp', directtls: '_xmpps-server._tcp' },
} as const;

/** Under a test runner, DNS must go to a resolver on loopback (the fleet's), never the system's. */
export function assertResolverAllowed(resolver: string | undefined, env: NodeJS.ProcessEnv = process.env): void {
  if (!underTest(env)) return;
  if (resolver === undefined || !isLoopbackAddress(parseResolverAddress(resolver).host)) {
    throw new ScanRefusedError('scan_resolver_not_loopback', `Under tests the scanner may only use a resolver on loopback (the test fleet's), not ${resolver ?? 'the system resolver'}.`);
  }
}

/**
 * Resolves what the scanner is about to connect to and refuses when an address breaks the rule.
 * The scanner resolves again for itself, so `disallowedAddresses` checks its report afterwards
 * too; this check keeps it from connecting at all in the ordinary case. DNS failures are left
 * for the scanner to report.
 */
export async function preflightAddresses(domain: string, mode: ScanMode, options: { resolver: string | undefined; rule: AddressRule; timeoutMs?: number }): Promise<void> {
  if (options.rule === 'any') return;
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 2000, tries: 2 });
  if (options.resolver) {
    const { host, port } = parseResolverAddress(options.resolver);
    resolver.setServers([host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`]);
  }
  const modes = mode === 'both' ? (['c2s', 's2s'] as const) : [mode];
  const hosts = new Set<string>();
  await Promise.all(modes.flatMap((m) => [SERVICES[m].starttls, SERVICES[m].directtls].map(async (service) => {
    const records = await resolver.resolveSrv(`${service}.${domain}`).catch(() => []);
    for (const record of records) if (record.name !== '' && record.name !== '.') hosts.add(record.name.toLowerCase());
    if (records.length === 0 && service.startsWith('_xmpp-')) hosts.add(domain);
  })));
  const addresses: string[] = [];
  await Promise.all([...hosts].map(async (host) => {
    const [v4, v6] = await Promise.all([resolver.resolve4(host).catch(() => []), resolver.resolve6(host).catch(() => [])]);
    addresses.push(...v4, ...v6);
  }));
  refuseIfDisallowed(domain, addresses, options.rule);
}

/** The target addresses in a finished report that the rule forbids. */
export function disallowedAddresses(report: Pick<ScanReport, 'targets'>, rule: AddressRule): string[] {
  return [...new Set(report.targets.map((t) => t.endpoint.address))].filter((address) => !addressAllowed(address, rule));
}

export function refuseIfDisallowed(domain: string, addresses: readonly string[], rule: AddressRule): void {
  const bad = [...new Set(addresses)].filter((address) => !addressAllowed(address, rule));
  if (bad.length === 0) return;
  const what = rule === 'loopback-only' ? 'outside loopback (tests may only scan the loopback test fleet)' : 'on a private, loopback or otherwise non-public network';
  throw new ScanRefusedError('scan_target_not_allowed', `${domain} points at ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ' …' : ''}, ${what}: the observatory does not scan there.`);
}
