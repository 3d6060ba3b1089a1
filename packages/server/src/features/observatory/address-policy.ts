import { BlockList, isIP } from 'node:net';

/**
 * Which server addresses a scan may connect to. Anyone can ask for a scan, so without a rule the
 * observatory would probe internal networks for whoever names a domain whose SRV records point
 * there. Tests may reach loopback only (the fleet), production only public addresses unless the
 * operator allows private ones (a scanner inside a private network).
 */
export type AddressRule = 'loopback-only' | 'public-only' | 'any';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

// Not reachable on, or not meant for, the public Internet (IANA special-purpose registries).
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['2002::', 16],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped or NAT64 (64:ff9b::/96) IPv6 address, judged as itself. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match) return match[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return undefined;
  const high = Number.parseInt(hex[1]!, 16);
  const low = Number.parseInt(hex[2]!, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

export function isLoopbackAddress(address: string): boolean {
  const inner = embeddedIpv4(address);
  if (inner !== undefined) return isLoopbackAddress(inner);
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const inner = embeddedIpv4(address);
  if (inner !== undefined) return isPublicAddress(inner);
  const family = isIP(address);
  return family !== 0 && !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export function addressAllowed(address: string, rule: AddressRule): boolean {
  switch (rule) {
    case 'loopback-only':
      return isLoopbackAddress(address);
    case 'public-only':
      return isPublicAddress(address);
    case 'any':
      return isIP(address) !== 0;
  }
}

/** Under a test runner the scanner may talk to loopback only, whatever the configuration says. */
export function underTest(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VITEST === 'true' || env.NODE_ENV === 'test';
}

export function addressRuleFor(allowPrivateTargets: boolean, env: NodeJS.ProcessEnv = process.env): AddressRule {
  if (underTest(env)) return 'loopback-only';
  return allowPrivateTargets ? 'any' : 'public-only';
}
