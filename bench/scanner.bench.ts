/**
 * XMPP scanner speed on a loopback fleet (Debian's Prosody with many virtual hosts): domains
 * per minute and time per domain at concurrency 1 and 50, a single full c2s+s2s scan, and,
 * side by side on the same c2s target, Debian's testssl.sh (`--starttls xmpp`) for the time to
 * a TLS verdict (protocols, certificate and trust, server preferences, ciphers per protocol).
 * Run: node bench/scanner.bench.ts [virtual-hosts]
 */
import { execFile, spawnSync } from 'node:child_process';
import { scanDomain, scanDomains, type ScanReport } from '../packages/scanner/src/index.ts';
import { startTestFleet } from '../packages/scanner/src/fleet/test-fleet.ts';

const hosts = Number(process.argv[2] ?? 50);
const TESTSSL_TIMEOUT_S = 40;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

// IPv4 only, so the c2s scan and testssl.sh look at exactly one and the same target.
const fleet = await startTestFleet({ servers: ['prosody'], benchHosts: hosts, ipv6: false });
const common = { resolver: fleet.resolver, extraCa: [fleet.caPem] };
const good = fleet.domain('prosody', 'good');
try {
  await scanDomain(good, common); // warm-up: TLS contexts, JIT

  const single: number[] = [];
  let singleReport: ScanReport | null = null;
  for (let i = 0; i < 5; i++) {
    singleReport = await scanDomain(good, common);
    single.push(singleReport.durationMs);
  }
  const connections = singleReport?.targets.length ?? 0;

  const fleetRuns: { concurrency: number; seconds: number; perDomainMs: number; grades: string }[] = [];
  for (const concurrency of [1, 50]) {
    const t0 = performance.now();
    const reports = await scanDomains(fleet.benchDomains, { ...common, concurrency });
    const seconds = (performance.now() - t0) / 1000;
    const grades = [...new Set(reports.map((r) => r.grade))].join(',');
    fleetRuns.push({ concurrency, seconds, perDomainMs: (seconds * 1000) / reports.length, grades });
  }

  const c2sOnly: number[] = [];
  for (let i = 0; i < 3; i++) c2sOnly.push((await scanDomain(good, { ...common, mode: 'c2s' })).durationMs);

  let testssl: { seconds: number; finished: boolean } | null = null;
  if (spawnSync('testssl', ['--version']).status !== null) {
    const port = fleet.prosody?.ports.c2s as number;
    const t0 = performance.now();
    // -n none: no DNS; no --phone-out: no OCSP/CRL fetching, so nothing leaves the machine.
    const args = ['--quiet', '--color', '0', '--warnings', 'off', '-n', 'none', '--ip', '127.0.0.1', '--add-ca', fleet.caFile,
      '--starttls', 'xmpp', '--xmpphost', good, '-p', '-S', '-P', '-E', `127.0.0.1:${port}`];
    const finished = await new Promise<boolean>((resolve) => {
      execFile('testssl', args, { timeout: TESTSSL_TIMEOUT_S * 1000, maxBuffer: 1 << 24 }, (error) => {
        resolve(!(error && (error as { killed?: boolean }).killed));
      });
    });
    testssl = { seconds: (performance.now() - t0) / 1000, finished };
  } else {
    console.warn('testssl not found: no baseline row');
  }

  console.log(`XMPP scanner on loopback: Prosody with ${hosts} virtual hosts (+ fleet), ${connections} targets per full domain scan\n`);
  const rows: string[][] = [['what', 'time', 'domains/min', 'ratio']];
  rows.push(['xmppsec full c2s+s2s scan, one domain (median of 5)', `${median(single)} ms`, (60_000 / median(single)).toFixed(0), '']);
  for (const r of fleetRuns) {
    rows.push([`xmppsec ${hosts} domains, concurrency ${r.concurrency} (grades ${r.grades})`, `${r.seconds.toFixed(2)} s, ${r.perDomainMs.toFixed(0)} ms/domain`, (hosts / r.seconds * 60).toFixed(0), '']);
  }
  const ours = median(c2sOnly);
  rows.push(['xmppsec c2s target only (median of 3)', `${ours} ms`, '', '1']);
  if (testssl) {
    const label = testssl.finished ? `${testssl.seconds.toFixed(1)} s` : `> ${TESTSSL_TIMEOUT_S} s (stopped)`;
    rows.push(['testssl.sh --starttls xmpp -p -S -P -E, same c2s target', label, '', `${(testssl.seconds * 1000 / ours).toFixed(0)}x slower`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
} finally {
  await fleet.stop();
}
