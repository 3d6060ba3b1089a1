/**
 * `xmppsec observatory …` in-process, on an embedded database in a data directory and on
 * PostgreSQL, scanning the loopback fleet with the scanner settings taken from the environment.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestFleet } from '@xmppsec/scanner/test-fleet';
import { memoryIo } from '../../cli/command.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { openPostgresTestDatabase, testBackends } from '../../db/test-databases.ts';
import { runCli } from '../../main.ts';
import { startFleetOrSkip } from './test-fleet.ts';

const backends = await testBackends();
const fleet: TestFleet | undefined = await startFleetOrSkip('observatory commands');
afterAll(async () => fleet?.stop());

describe.skipIf(!fleet).each(backends.map((b) => b.name))('xmppsec observatory on %s', (backend) => {
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const scanEnv = { XMPPSEC_SCAN_RESOLVER: fleet!.resolver, XMPPSEC_SCAN_CA_FILE: fleet!.caFile, XMPPSEC_SCAN_ADDRESS_INTERVAL_SECONDS: '0' };
    if (backend === 'postgres') {
      const handle: DatabaseHandle = await openPostgresTestDatabase();
      env = { ...scanEnv, DATABASE_URL: handle.connectionString! };
      // The commands open their own connections; this handle only owns (and finally drops) the database.
      cleanup = () => handle.close();
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'xmppsec-observatory-cli-'));
      env = { ...scanEnv, XMPPSEC_DATA_DIR: dir };
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => cleanup());

  async function run(...args: string[]) {
    const io = memoryIo(env);
    const code = await runCli(['observatory', ...args], io);
    return { code, out: io.stdout(), err: io.stderr() };
  }

  it('scans with --wait, printing progress and the report', async () => {
    const result = await run('scan', 'good.prosody.test', '--wait');
    expect(result.err).toMatch(/good\.prosody\.test: queued \(scan [0-9a-f-]+\)/);
    expect(result.err).toMatch(/good\.prosody\.test: Found \d+ targets; probing/);
    expect(result.out).toMatch(/good\.prosody\.test: done, grade A \(scan [0-9a-f-]+\)\n$/);
    expect(result.out).toMatch(/^good\.prosody\.test {2}grade A {2}c2s A {2}s2s A/);
    expect(result.out).toContain('versions    accepted TLSv1.2 TLSv1.3');
    expect(result.code).toBe(0);
  });

  it('answers a repeated request with the recent scan, as JSON', async () => {
    const result = await run('scan', 'good.prosody.test', '--json');
    expect(result.code).toBe(0);
    const [entry] = JSON.parse(result.out) as { domain: string; reused: string; scan: { status: string; grade: string } }[];
    expect(entry).toMatchObject({ domain: 'good.prosody.test', reused: 'recent', scan: { status: 'done', grade: 'A' } });
  });

  it('prints statistics as text and JSON', async () => {
    const json = await run('stats', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ domains: 1, grades: { A: { count: 1, share: 1 } }, metrics: { 'starttls-not-required': { count: 0, sample: 1 } } });
    const text = await run('stats');
    expect(text.out).toMatch(/^1 domain\(s\)/);
    expect(text.out).toMatch(/starttls-not-required\s+0 of 1\s+0\.0%/);
  });

  it('manages the opt-out list, and refuses scans of opted-out domains', async () => {
    expect((await run('opt-out', 'add', 'tls10.prosody.test', '--reason', 'operator asked')).code).toBe(0);
    const list = await run('opt-out', 'list', '--json');
    expect(JSON.parse(list.out)).toEqual([expect.objectContaining({ domain: 'tls10.prosody.test', status: 'active', reason: 'operator asked' })]);
    const refused = await run('scan', 'tls10.prosody.test', 'starttls-optional.prosody.test', '--wait', '--json');
    expect(refused.code).toBe(1);
    const outcomes = JSON.parse(refused.out) as { domain: string; error: { code: string } | null; scan: { grade: string } | null }[];
    expect(outcomes).toEqual([
      expect.objectContaining({ domain: 'tls10.prosody.test', error: expect.objectContaining({ code: 'domain_opted_out' }), scan: null }),
      expect.objectContaining({ domain: 'starttls-optional.prosody.test', error: null, scan: expect.objectContaining({ grade: 'B' }) }),
    ]);
    expect(refused.err).toContain('asked not to be scanned');
    expect((await run('opt-out', 'remove', 'tls10.prosody.test')).code).toBe(0);
    const again = await run('opt-out', 'remove', 'tls10.prosody.test');
    expect(again).toMatchObject({ code: 1, err: expect.stringContaining('was not found') });
    expect((await run('opt-out', 'list')).out).toBe('0 opt-out(s)\n');
  });

  it('explains bad usage', async () => {
    expect(await run('scan')).toMatchObject({ code: 2, err: expect.stringContaining('at least one domain') });
    expect(await run('scan', 'example.org', '--mode', 'all')).toMatchObject({ code: 2, err: expect.stringContaining('--mode is c2s, s2s or both') });
    expect(await run('scan', 'example.org', '--bogus')).toMatchObject({ code: 2 });
    expect(await run('opt-out', 'frob')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown action') });
    expect(await run('opt-out', 'add')).toMatchObject({ code: 2 });
    const ip = await run('scan', '127.0.0.1');
    expect(ip).toMatchObject({ code: 1, err: expect.stringContaining('is an IP address') });
    for (const help of [['scan', '--help'], ['stats', '--help'], ['opt-out', '--help'], ['--help']]) {
      const result = await run(...help);
      expect(result.code, help.join(' ')).toBe(0);
      expect(result.out, help.join(' ')).toMatch(/^Usage: xmppsec observatory|^Usage:\n {2}xmppsec observatory/);
    }
  });
});
