import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { loadScanConfig, parseResolverAddress } from './scan-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'xmppsec-scan-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CERT = `-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUX\n-----END CERTIFICATE-----\n`;

describe('scan configuration from the environment', () => {
  it('has polite defaults and no resolver, CA or client certificate', () => {
    expect(loadScanConfig({})).toEqual({
      resolver: undefined, extraCa: [], timeoutMs: 60_000, connectionsPerScan: 8, concurrency: 4, reuseMinutes: 10, requestsPerHour: 30,
      addressIntervalSeconds: 30, allowPrivateTargets: false, clientCertificate: undefined,
    });
    expect(loadConfig({}).scan.concurrency).toBe(4);
  });

  it('reads every setting', () => {
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, `junk\n${CERT}${CERT}`);
    const keyFile = join(dir, 'client.key');
    writeFileSync(keyFile, '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n');
    const config = loadScanConfig({
      XMPPSEC_SCAN_RESOLVER: '127.0.0.1:5353', XMPPSEC_SCAN_CA_FILE: caFile, XMPPSEC_SCAN_TIMEOUT_SECONDS: '20', XMPPSEC_SCAN_CONNECTIONS: '4',
      XMPPSEC_SCAN_CONCURRENCY: '2', XMPPSEC_SCAN_REUSE_MINUTES: '0', XMPPSEC_SCAN_REQUESTS_PER_HOUR: '5', XMPPSEC_SCAN_ADDRESS_INTERVAL_SECONDS: '0',
      XMPPSEC_SCAN_ALLOW_PRIVATE: 'true', XMPPSEC_SCAN_CLIENT_CERT_FILE: caFile, XMPPSEC_SCAN_CLIENT_KEY_FILE: keyFile, XMPPSEC_SCAN_CLIENT_DOMAIN: 'scanner.example.org',
    });
    expect(config).toMatchObject({ resolver: '127.0.0.1:5353', timeoutMs: 20_000, connectionsPerScan: 4, concurrency: 2, reuseMinutes: 0, requestsPerHour: 5, addressIntervalSeconds: 0, allowPrivateTargets: true });
    expect(config.extraCa).toEqual([CERT.trim(), CERT.trim()]);
    expect(config.clientCertificate?.domain).toBe('scanner.example.org');
    expect(config.clientCertificate?.keyPem).toContain('PRIVATE KEY');
  });

  it('refuses bad values with the variable named', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ XMPPSEC_SCAN_RESOLVER: 'dns.example.org:53' }, /XMPPSEC_SCAN_RESOLVER/],
      [{ XMPPSEC_SCAN_RESOLVER: '127.0.0.1:99999' }, /XMPPSEC_SCAN_RESOLVER/],
      [{ XMPPSEC_SCAN_CA_FILE: join(dir, 'missing.pem') }, /XMPPSEC_SCAN_CA_FILE: cannot read/],
      [{ XMPPSEC_SCAN_TIMEOUT_SECONDS: '0' }, /XMPPSEC_SCAN_TIMEOUT_SECONDS must be a whole number from 1 to 600/],
      [{ XMPPSEC_SCAN_CONCURRENCY: '2.5' }, /XMPPSEC_SCAN_CONCURRENCY/],
      [{ XMPPSEC_SCAN_REQUESTS_PER_HOUR: '-1' }, /XMPPSEC_SCAN_REQUESTS_PER_HOUR/],
      [{ XMPPSEC_SCAN_ALLOW_PRIVATE: 'yes' }, /XMPPSEC_SCAN_ALLOW_PRIVATE must be true or false/],
      [{ XMPPSEC_SCAN_CLIENT_DOMAIN: 'scanner.example.org' }, /go together/],
    ];
    for (const [env, message] of bad) expect(() => loadScanConfig(env), JSON.stringify(env)).toThrow(message);
    const notPem = join(dir, 'not.pem');
    writeFileSync(notPem, 'hello');
    expect(() => loadScanConfig({ XMPPSEC_SCAN_CA_FILE: notPem })).toThrow(/holds no PEM certificate/);
  });

  it('parses resolver addresses in both families', () => {
    expect(parseResolverAddress('127.0.0.1')).toEqual({ host: '127.0.0.1', port: 53 });
    expect(parseResolverAddress('127.0.0.1:5353')).toEqual({ host: '127.0.0.1', port: 5353 });
    expect(parseResolverAddress('[::1]:5353')).toEqual({ host: '::1', port: 5353 });
    expect(parseResolverAddress('::1')).toEqual({ host: '::1', port: 53 });
    for (const bad of ['', 'localhost', '[::1', '1.2.3.4:', '1.2.3.4:0', '[nope]:53']) expect(() => parseResolverAddress(bad), bad).toThrow(/IP address/);
  });
});
