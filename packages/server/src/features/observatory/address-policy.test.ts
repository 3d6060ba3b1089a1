import { describe, expect, it } from 'vitest';
import { addressAllowed, addressRuleFor, isLoopbackAddress, isPublicAddress, underTest } from './address-policy.ts';

describe('address policy', () => {
  it('knows loopback in both families, also inside IPv4-mapped IPv6', () => {
    for (const a of ['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1']) expect(isLoopbackAddress(a), a).toBe(true);
    for (const a of ['128.0.0.1', '10.0.0.1', '::2', 'fe80::1', '::ffff:8.8.8.8', 'not an address', '']) expect(isLoopbackAddress(a), a).toBe(false);
  });

  it('tells public addresses from private, link-local, shared, documentation and multicast ones', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '94.130.1.2', '2a01:4f8::1', '2001:4860:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808']) expect(isPublicAddress(a), a).toBe(true);
    for (const a of [
      '0.0.0.0', '10.2.3.4', '100.64.0.1', '127.0.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1', '192.0.2.1', '198.18.0.1',
      '198.51.100.7', '203.0.113.9', '224.0.0.1', '255.255.255.255', '::', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '2001:db8::1',
      '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', 'garbage',
    ]) expect(isPublicAddress(a), a).toBe(false);
    expect(isPublicAddress('172.32.0.1')).toBe(true);
  });

  it('applies the rule: loopback only, public only, or any address', () => {
    expect(addressAllowed('127.0.0.1', 'loopback-only')).toBe(true);
    expect(addressAllowed('8.8.8.8', 'loopback-only')).toBe(false);
    expect(addressAllowed('8.8.8.8', 'public-only')).toBe(true);
    expect(addressAllowed('192.168.0.1', 'public-only')).toBe(false);
    expect(addressAllowed('192.168.0.1', 'any')).toBe(true);
    expect(addressAllowed('nonsense', 'any')).toBe(false);
  });

  it('is loopback-only under a test runner whatever the configuration, public-only otherwise by default', () => {
    expect(underTest()).toBe(true);
    expect(addressRuleFor(true)).toBe('loopback-only');
    expect(addressRuleFor(false, {})).toBe('public-only');
    expect(addressRuleFor(true, {})).toBe('any');
    expect(addressRuleFor(true, { NODE_ENV: 'test' })).toBe('loopback-only');
  });
});
