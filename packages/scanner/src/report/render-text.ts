/** The human-readable report: summary, DNS, one section per target, then findings with fixes. */
import type { Finding, Grade, ScanReport, TargetReport } from './types.ts';

export interface RenderOptions {
  colour: boolean;
  /** Show informational findings too (default true). */
  verbose?: boolean;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', blue: '\x1b[34m', magenta: '\x1b[35m' } as const;
type Style = keyof typeof ANSI;

const GRADE_STYLE: Record<Grade, Style> = { 'A+': 'green', A: 'green', B: 'yellow', C: 'yellow', D: 'magenta', E: 'magenta', T: 'red', F: 'red' };
const SEVERITY_MARK = { critical: ['✗', 'red'], error: ['✗', 'red'], warning: ['!', 'yellow'], info: ['·', 'dim'] } as const;

function targetLabel(t: TargetReport): string {
  const e = t.endpoint;
  return `${e.mode} ${e.transport === 'starttls' ? 'STARTTLS' : 'direct TLS'} ${e.host}:${e.port} (${e.address})`;
}

function daysLeft(notAfter: string, now: Date): number {
  return Math.floor((new Date(notAfter).getTime() - now.getTime()) / 86_400_000);
}

export function renderReportText(report: ScanReport, options: RenderOptions): string {
  const c = (style: Style, text: string) => (options.colour ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const g = (grade: Grade | null) => (grade === null ? c('dim', 'none') : c('bold', c(GRADE_STYLE[grade], grade)));
  const verbose = options.verbose ?? true;
  const now = new Date(report.startedAt);
  const out: string[] = [];

  out.push(`${c('bold', report.domain)}${report.input !== report.domain ? ` (${report.input})` : ''}  grade ${g(report.grade)}` +
    `  ${report.modes.map((m) => `${m} ${g(report.grades[m])}`).join('  ')}  ${(report.durationMs / 1000).toFixed(1)} s`);
  if (report.gradeIgnoringTrust !== null && report.gradeIgnoringTrust !== report.grade) {
    out.push(`  with the trust and identity problems fixed: ${g(report.gradeIgnoringTrust)}`);
  }

  out.push('', c('bold', `DNS`) + c('dim', ` (resolver ${report.dns.resolver})`));
  for (const [service, records] of Object.entries(report.dns.srv).sort()) {
    const secure = report.dns.srvDnssec[service] ? c('green', ' DNSSEC') : '';
    if (records === null) out.push(`  ${service.padEnd(20)} ${c('red', 'lookup failed')}`);
    else if (records.length === 0) out.push(`  ${service.padEnd(20)} ${c('dim', 'none')}`);
    else for (const r of records) out.push(`  ${service.padEnd(20)} ${r.priority} ${r.weight} ${r.port} ${r.target}${secure}`);
  }
  for (const [alias, canonical] of Object.entries(report.dns.cnames)) out.push(`  CNAME ${alias} → ${canonical}`);

  for (const t of report.targets) {
    out.push('', `${c('bold', targetLabel(t))}  ${g(t.grade.grade)}${t.grade.score !== null ? c('dim', `  score ${t.grade.score}`) : ''}`);
    if (!t.reachable) {
      out.push(`  ${c('red', 'unreachable')}: ${t.connectError ?? ''}`);
      continue;
    }
    const s = t.stream;
    if (s?.featuresBeforeTls) {
      const f = s.featuresBeforeTls;
      out.push(`  before TLS  STARTTLS ${f.starttls}${f.mechanisms.length ? `; SASL ${f.mechanisms.join(' ')}` : ''}${f.dialback ? '; dialback' : ''}`);
    }
    if (s?.featuresAfterTls) {
      const f = s.featuresAfterTls;
      out.push(`  after TLS   SASL ${f.mechanisms.join(' ') || 'none'}${f.dialback ? '; dialback' : ''}${f.compression.length ? `; compression ${f.compression.join(' ')}` : ''}`);
    }
    if (s?.featuresWithClientCertificate) {
      const f = s.featuresWithClientCertificate;
      out.push(`  with cert   SASL ${f.mechanisms.join(' ') || 'none'}${f.dialback ? '; dialback' : ''}`);
    }
    const tls = t.tls;
    if (tls) {
      const accepted = Object.entries(tls.protocols).filter(([, v]) => v === true).map(([k]) => k);
      const refused = Object.entries(tls.protocols).filter(([, v]) => v === false).map(([k]) => k);
      out.push(`  TLS         ${tls.version} ${tls.cipher.name}${tls.keyExchange ? `, ${tls.keyExchange.name ?? tls.keyExchange.type}${tls.keyExchange.size ? ` ${tls.keyExchange.size}` : ''}` : ''}${tls.alpn ? `, ALPN ${tls.alpn}` : ''}`);
      out.push(`  versions    accepted ${accepted.join(' ') || 'none'}; refused ${refused.join(' ') || 'none'}`);
      if (tls.tls12Ciphers.length) {
        out.push(`  TLS 1.2     ${tls.tls12Ciphers.map((x) => (x.weakness || !x.forwardSecrecy ? c('yellow', x.name) : x.name)).join(' ')}${tls.serverCipherOrder === true ? c('dim', ' (server order)') : tls.serverCipherOrder === false ? c('dim', ' (client order)') : ''}`);
      }
      if (tls.tls13Ciphers.length) out.push(`  TLS 1.3     ${tls.tls13Ciphers.join(' ')}`);
      const leaf = tls.chain[0];
      if (leaf) {
        const left = daysLeft(leaf.notAfter, now);
        out.push(`  certificate ${leaf.subject || '(empty subject)'}; ${leaf.publicKey.type.toUpperCase()} ${leaf.publicKey.curve ?? leaf.publicKey.bits}; ${leaf.signatureAlgorithm}; ` +
          `${left < 0 ? c('red', `expired ${-left} days ago`) : `${left} days left`}; ${tls.trust.trusted ? c('green', 'trusted') : c('red', `untrusted (${tls.trust.error})`)}`);
        const sans = leaf.subjectAltNames;
        out.push(`  names       ${[...sans.dnsNames.map((n) => `DNS:${n}`), ...sans.srvNames.map((n) => `SRV:${n}`), ...sans.xmppAddrs.map((n) => `XMPP:${n}`)].join(' ') || c('dim', 'no subjectAltName identities')}`);
        out.push(`  chain       ${tls.chain.length} certificate(s) sent${tls.ocspStapled ? '; OCSP stapled' : ''}`);
      }
      const id = t.identity;
      if (id) out.push(`  identity    ${id.matched ? c('green', `matches ${id.reference} by ${id.method} ${JSON.stringify(id.matchedValue)}`) : c('red', `does not match ${id.reference}`)}`);
      if (t.dane && t.dane.records.length > 0) {
        out.push(`  DANE        ${t.dane.records.length} TLSA at ${t.dane.name}; ${t.dane.dnssecValidated ? 'DNSSEC-validated' : 'not validated'}; ${t.dane.matched ? c('green', 'matches') : c('red', 'no match')}`);
      }
    }
    for (const cap of t.grade.caps) out.push(`  cap ${g(cap.grade)}       ${cap.reason}`);
  }

  // One entry per finding code, listing the targets it concerns, so a fix is printed once.
  const grouped = new Map<string, { finding: Finding; where: string[] }>();
  const add = (f: Finding, where: string) => {
    const entry = grouped.get(f.code) ?? { finding: f, where: [] };
    entry.where.push(where);
    grouped.set(f.code, entry);
  };
  for (const f of report.findings) add(f, `domain: ${f.detail}`);
  for (const t of report.targets) for (const f of t.findings) add(f, `${t.endpoint.mode} ${t.endpoint.host}:${t.endpoint.port}: ${f.detail}`);
  const order = { critical: 0, error: 1, warning: 2, info: 3 } as const;
  const entries = [...grouped.values()].filter((e) => verbose || e.finding.severity !== 'info').sort((a, b) => order[a.finding.severity] - order[b.finding.severity]);
  if (entries.length > 0) out.push('', c('bold', 'Findings'));
  for (const { finding, where } of entries) {
    const [mark, style] = SEVERITY_MARK[finding.severity];
    out.push(`  ${c(style, mark)} ${c(finding.severity === 'info' ? 'dim' : 'bold', finding.title)}${finding.cap ? ` (caps at ${finding.cap})` : ''}`);
    for (const w of [...new Set(where)].slice(0, 6)) out.push(c('dim', `      ${w}`));
    if (finding.severity !== 'info') {
      out.push(`      Prosody:  ${finding.fix.prosody}`, `      ejabberd: ${finding.fix.ejabberd}`);
    }
  }
  return out.join('\n') + '\n';
}
