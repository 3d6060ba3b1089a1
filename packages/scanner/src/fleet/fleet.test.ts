/**
 * Scans every configuration of the loopback fleet (Debian's Prosody and ejabberd) and
 * checks each one's findings and grade, the JSON schema of real reports, and the CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCommand, type CliIo } from '../cli.ts';
import { scanReportJsonSchema } from '../report/schema.ts';
import type { Grade, ScanReport, TargetReport } from '../report/types.ts';
import { renderReportText } from '../report/render-text.ts';
import { scanDomains } from '../scan/scan-domain.ts';
import { servicesAvailable } from './services.ts';
import { startTestFleet, SUPPORTED, type FleetConfig, type FleetServer, type TestFleet } from './test-fleet.ts';

const hasProsody = servicesAvailable('scanner fleet (prosody)', ['prosody', 'openssl']);
const hasEjabberd = servicesAvailable('scanner fleet (ejabberd)', ['ejabberd', 'erl', 'openssl']);
const servers: FleetServer[] = [...(hasProsody ? ['prosody' as const] : []), ...(hasEjabberd ? ['ejabberd' as const] : [])];

interface Expectation {
  grade: Grade;
  grades?: Partial<Record<'c2s' | 's2s', Grade>>;
  /** Finding codes that must appear on some target of the given mode (or any). */
  findings?: [string, ('c2s' | 's2s')?][];
  check?: (r: ScanReport) => void;
}

const codesOf = (r: ScanReport, mode?: 'c2s' | 's2s') => r.targets.filter((t) => !mode || t.endpoint.mode === mode).flatMap((t) => t.findings.map((f) => f.code));
const direct = (r: ScanReport) => r.targets.filter((t) => t.endpoint.transport === 'directtls');

const EXPECTED: Record<FleetConfig, Expectation> = {
  good: {
    grade: 'A', grades: { c2s: 'A', s2s: 'A' },
    check: (r) => {
      for (const t of r.targets) {
        expect(t.identity?.matched).toBe(true);
        expect(t.tls?.trust.trusted).toBe(true);
        expect(t.tls?.protocols).toMatchObject({ TLSv1: false, 'TLSv1.1': false, 'TLSv1.2': true, 'TLSv1.3': true });
        expect(t.tls?.chain.map((c) => c.isCa)).toEqual([false, true]);
        expect(t.tls?.tls12Ciphers.every((c) => c.forwardSecrecy)).toBe(true);
        expect(t.tls?.tls13Ciphers.length).toBeGreaterThan(0);
      }
      if (fleet!.ipv6 && r.domain.endsWith('.prosody.test')) expect(r.targets.filter((t) => t.endpoint.family === 6).map((t) => t.endpoint.address)).toEqual(['::1', '::1']);
      expect(codesOf(r).filter((c) => ['identity-mismatch', 'untrusted-issuer', 'tls1.0'].includes(c))).toEqual([]);
    },
  },
  dane: {
    grade: 'A+', grades: { c2s: 'A+', s2s: 'A+' },
    check: (r) => {
      expect(r.targets.length).toBe(4);
      for (const t of r.targets) expect(t.dane).toMatchObject({ dnssecValidated: true, matched: true });
    },
  },
  'wrong-identity': {
    grade: 'T', findings: [['identity-mismatch', 'c2s'], ['identity-mismatch', 's2s']],
    check: (r) => {
      expect(r.gradeIgnoringTrust).not.toBe('T');
      expect(r.targets.every((t) => t.identity?.matched === false)).toBe(true);
    },
  },
  'self-signed': { grade: 'T', findings: [['untrusted-self-signed', 'c2s'], ['untrusted-self-signed', 's2s']] },
  expired: { grade: 'T', findings: [['certificate-expired', 'c2s'], ['certificate-expired', 's2s']] },
  'tls1.0': {
    grade: 'B', findings: [['tls1.0', 'c2s'], ['tls1.1', 'c2s']],
    check: (r) => expect(r.targets.find((t) => t.endpoint.mode === 'c2s')?.tls?.protocols.TLSv1).toBe(true),
  },
  'starttls-optional': { grade: 'B', findings: [['starttls-not-required', 'c2s']] },
  'plain-before-tls': { grade: 'F', grades: { c2s: 'F' }, findings: [['plain-before-tls', 'c2s']] },
  'dialback-only': { grade: 'B', grades: { c2s: 'A', s2s: 'B' }, findings: [['s2s-dialback-only', 's2s']] },
  'srv-target-only': {
    grade: 'T', findings: [['identity-mismatch', 'c2s'], ['identity-mismatch', 's2s']],
    check: (r) => {
      for (const t of r.targets) expect(t.identity?.problems.map((p) => p.code)).toContain('matches-srv-target-only');
    },
  },
  'dane-delegated': {
    grade: 'A+', grades: { c2s: 'A+', s2s: 'A+' },
    check: (r) => {
      for (const t of r.targets) expect(t.identity).toMatchObject({ matched: true, method: 'delegated-dns-id' });
    },
  },
  'direct-tls': {
    grade: 'A',
    check: (r) => {
      expect(direct(r).length).toBeGreaterThan(0);
      for (const t of direct(r)) {
        expect(t.reachable).toBe(true);
        expect(t.grade.grade).toBe('A');
        expect(t.identity?.matched).toBe(true);
      }
    },
  },
};

/** Where a server behaves differently from Prosody on the same configuration. */
const EJABBERD_OVERRIDES: Partial<Record<FleetConfig, Expectation>> = {
  // ejabberd offers PLAIN (and more) on a listener that does not require STARTTLS.
  'starttls-optional': { grade: 'F', grades: { c2s: 'F', s2s: 'A' }, findings: [['starttls-not-required', 'c2s'], ['plain-before-tls', 'c2s']] },
  // The TLS 1.0 listener is c2s only; s2s stays modern.
  'tls1.0': { grade: 'B', grades: { c2s: 'B', s2s: 'A' }, findings: [['tls1.0', 'c2s'], ['tls1.1', 'c2s']] },
};

function compileSchema(schema: object) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // ajv-formats is CommonJS: its plugin is the module's `default` under Node's ESM interop.
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}

let fleet: TestFleet | null = null;
let reports = new Map<string, ScanReport>();

beforeAll(async () => {
  if (servers.length === 0) return;
  fleet = await startTestFleet({ servers });
  const all = await scanDomains(fleet.domains.map((d) => d.domain), {
    resolver: fleet.resolver, extraCa: [fleet.caPem], clientCertificate: fleet.clientCertificate, concurrency: 12,
  });
  reports = new Map(all.map((r) => [r.domain, r]));
});
afterAll(async () => { await fleet?.stop(); });

for (const server of ['prosody', 'ejabberd'] as const) {
  describe.skipIf(!servers.includes(server))(`${server} configurations`, () => {
    for (const config of SUPPORTED[server]) {
      it(`${config}: expected findings and grade`, () => {
        const report = reports.get(fleet!.domain(server, config));
        expect(report).toBeDefined();
        const r = report as ScanReport;
        const e = (server === 'ejabberd' ? EJABBERD_OVERRIDES[config] : undefined) ?? EXPECTED[config];
        const summary = r.targets.map((t: TargetReport) => `${t.id} ${t.grade.grade} ${t.findings.map((f) => f.code).join(',')}`).join('\n');
        expect(r.targets.length, summary).toBeGreaterThan(0);
        expect(r.targets.every((t) => t.reachable), summary).toBe(true);
        expect(r.grade, summary).toBe(e.grade);
        for (const [mode, g] of Object.entries(e.grades ?? {})) expect(r.grades[mode as 'c2s' | 's2s'], `${mode}\n${summary}`).toBe(g);
        for (const [code, mode] of e.findings ?? []) expect(codesOf(r, mode), `${code} ${mode ?? ''}\n${summary}`).toContain(code);
        for (const t of r.targets) {
          for (const f of t.findings.filter((x) => x.cap !== null)) {
            expect(t.grade.caps.some((c) => c.code === f.code), `${f.code} has its cap listed`).toBe(true);
          }
        }
        e.check?.(r);
      });
    }
  });
}

describe.skipIf(!servers.includes('prosody'))('the scan clock', () => {
  it('judges validity dates at the injected instant', async () => {
    const domain = fleet!.domain('prosody', 'expired');
    const then = new Date('2020-06-01T00:00:00Z');
    const [report] = await scanDomains([domain], { mode: 'c2s', resolver: fleet!.resolver, extraCa: [fleet!.caPem], clock: () => then });
    expect(report?.startedAt).toBe(then.toISOString());
    expect(report?.targets[0]?.findings.map((f) => f.code)).not.toContain('certificate-expired');
    expect(report?.grade).toBe('A');
  });
});

describe.skipIf(servers.length === 0)('reports from the fleet', () => {
  it('validate against the published JSON schema, which matches the code', () => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '../../scan-report.schema.json'), 'utf8'));
    expect(published, 'regenerate with: node packages/scanner/src/report/write-schema.ts').toEqual(JSON.parse(JSON.stringify(scanReportJsonSchema)));
    const validate = compileSchema(published);
    for (const r of reports.values()) expect(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors)).toBe(true);
    const broken = JSON.parse(JSON.stringify([...reports.values()][0]));
    broken.grade = 'Z';
    expect(validate(broken)).toBe(false);
  });

  it('render as text with sections, fixes and optional colour', () => {
    const r = [...reports.values()].find((x) => x.grade === 'B') as ScanReport;
    const plain = renderReportText(r, { colour: false });
    expect(plain).toContain(r.domain);
    expect(plain).toMatch(/\nDNS /);
    expect(plain).toContain('Findings');
    expect(plain).toContain('Prosody:');
    expect(plain).toContain('ejabberd:');
    expect(plain).not.toContain('\x1b[');
    expect(renderReportText(r, { colour: true })).toContain('\x1b[');
  });
});

function testIo(interactive = false): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => { out += t; }, err: (t) => { err += t; }, interactive, env: {}, stdout: () => out, stderr: () => err };
}

describe.skipIf(!servers.includes('prosody'))('xmppsec scan against the fleet', () => {
  it('prints JSON that validates, with progress on stderr', async () => {
    const io = testIo();
    const good = fleet!.domain('prosody', 'good');
    const selfSigned = fleet!.domain('prosody', 'self-signed');
    const code = await scanCommand.run(['--resolver', fleet!.resolver, '--ca-file', fleet!.caFile, '--json', good, selfSigned], io);
    expect(code).toBe(0);
    const parsed = JSON.parse(io.stdout()) as ScanReport[];
    expect(parsed.map((r) => [r.domain, r.grade])).toEqual([[good, 'A'], [selfSigned, 'T']]);
    const validate = compileSchema(scanReportJsonSchema);
    for (const r of parsed) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    expect(io.stderr()).toContain(`${good}: A`);
  });

  it('exits 1 with --fail-below when a domain grades worse, and prints a coloured report on a terminal', async () => {
    const io = testIo(true);
    const code = await scanCommand.run(['--resolver', fleet!.resolver, '--ca-file', fleet!.caFile, '--mode', 'c2s', '--fail-below', 'A', fleet!.domain('prosody', 'tls1.0')], io);
    expect(code).toBe(1);
    expect(io.stdout()).toContain('TLS 1.0 accepted');
    expect(io.stdout()).toContain('\x1b[');
    expect(io.stderr()).toMatch(/below A: tls10\.prosody\.test \(B\)/);
  });
});
