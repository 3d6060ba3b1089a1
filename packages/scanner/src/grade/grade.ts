/**
 * Turns observed facts into findings and grades. Pure: the same report and instant always
 * give the same result. The rules are documented in packages/scanner/GRADING.md.
 */
import type { CertificateInfo } from '../cert/x509.ts';
import type {
  Finding, Grade, GradeCap, LetterGrade, ScanReport, TargetGrade, TargetReport, TlsObservation, TlsVersionName, XmppMode,
} from '../report/types.ts';
import { CATALOG, type FindingCode } from './catalog.ts';

/** Worst first: F is worse than T because a T server still encrypts. */
const RANK: Record<Grade, number> = { F: 0, T: 1, E: 2, D: 3, C: 4, B: 5, A: 6, 'A+': 7 };

export function compareGrades(a: Grade, b: Grade): number {
  return RANK[a] - RANK[b];
}

export function worstGrade(grades: readonly (Grade | null)[]): Grade | null {
  let worst: Grade | null = null;
  for (const g of grades) if (g !== null && (worst === null || RANK[g] < RANK[worst])) worst = g;
  return worst;
}

/** True when `grade` is at least `threshold` (for --fail-below). */
export function gradeAtLeast(grade: Grade | null, threshold: Grade): boolean {
  return grade !== null && RANK[grade] >= RANK[threshold];
}

export function finding(code: FindingCode, detail: string): Finding {
  const entry = CATALOG[code];
  return { code, severity: entry.severity, title: entry.title, detail, cap: entry.cap, fix: entry.fix };
}

const DAY = 86_400_000;
const PROTOCOL_SCORE: Record<TlsVersionName, number> = { SSLv3: 80, TLSv1: 90, 'TLSv1.1': 95, 'TLSv1.2': 100, 'TLSv1.3': 100 };
const PLAINTEXT_MECHANISMS = new Set(['PLAIN', 'LOGIN']);

function letterForScore(score: number): LetterGrade {
  if (score >= 80) return 'A';
  if (score >= 65) return 'B';
  if (score >= 50) return 'C';
  if (score >= 35) return 'D';
  if (score >= 20) return 'E';
  return 'F';
}

/** RSA-equivalent strength, so RSA, EC and DH keys land on one scale (NIST SP 800-57). */
function equivalentBits(type: string, bits: number): number {
  if (type === 'rsa' || type === 'rsa-pss' || type === 'dsa' || type === 'DH') return bits;
  if (bits >= 500) return 15360;
  if (bits >= 384) return 7680;
  if (bits >= 250) return 3072;
  if (bits >= 224) return 2048;
  return 1024;
}

function keyScore(bits: number): number {
  if (bits < 512) return 20;
  if (bits < 1024) return 40;
  if (bits < 2048) return 80;
  if (bits < 4096) return 90;
  return 100;
}

function cipherScore(bits: number): number {
  if (bits === 0) return 0;
  if (bits < 128) return 20;
  if (bits < 256) return 80;
  return 100;
}

function scoreTls(tls: TlsObservation): NonNullable<TargetGrade['scoreParts']> {
  const accepted = (Object.keys(tls.protocols) as TlsVersionName[]).filter((v) => tls.protocols[v] === true);
  const versions = accepted.length > 0 ? accepted : (PROTOCOL_SCORE[tls.version as TlsVersionName] !== undefined ? [tls.version as TlsVersionName] : []);
  const pScores = versions.map((v) => PROTOCOL_SCORE[v]);
  const protocol = pScores.length > 0 ? (Math.max(...pScores) + Math.min(...pScores)) / 2 : 0;

  const leaf = tls.chain[0];
  const strengths: number[] = [];
  if (leaf) strengths.push(equivalentBits(leaf.publicKey.type, leaf.publicKey.bits));
  if (tls.keyExchange?.size) strengths.push(equivalentBits(tls.keyExchange.type, tls.keyExchange.size));
  if (tls.dhGroupBits !== null) strengths.push(tls.dhGroupBits);
  const anonymous = tls.tls12Ciphers.some((c) => c.weakness === 'anonymous') || tls.cipher.weakness === 'anonymous';
  const keyExchange = anonymous || strengths.length === 0 ? 0 : keyScore(Math.min(...strengths));

  const bits = [tls.cipher.bits, ...tls.tls12Ciphers.map((c) => c.bits)];
  const cipher = (cipherScore(Math.max(...bits)) + cipherScore(Math.min(...bits))) / 2;
  return { protocol, keyExchange, cipher };
}

function chainFindings(chain: CertificateInfo[], now: Date, mode: XmppMode, out: Finding[]): void {
  const leaf = chain[0];
  if (!leaf) return;
  const k = leaf.publicKey;
  if ((k.type === 'rsa' || k.type === 'rsa-pss' || k.type === 'dsa') && k.bits < 1024) out.push(finding('key-broken', `${k.type.toUpperCase()} ${k.bits} bits`));
  else if ((k.type === 'rsa' || k.type === 'rsa-pss' || k.type === 'dsa') && k.bits < 2048) out.push(finding('key-too-small', `${k.type.toUpperCase()} ${k.bits} bits; 2048 is the minimum`));
  else if (k.type === 'ec' && k.bits < 224) out.push(finding('key-too-small', `EC ${k.curve ?? ''} ${k.bits} bits`));
  chain.forEach((cert, i) => {
    if (i > 0 && cert.selfIssued) return; // a root's own signature is never checked
    const which = i === 0 ? 'leaf certificate' : `chain certificate ${i} (${cert.subject})`;
    if (cert.signatureHash === 'md5' || cert.signatureHash === 'md2') out.push(finding('signature-md5', `${which}: ${cert.signatureAlgorithm}`));
    else if (cert.signatureHash === 'sha1') out.push(finding('signature-sha1', `${which}: ${cert.signatureAlgorithm}`));
  });
  const notAfter = new Date(leaf.notAfter).getTime();
  const notBefore = new Date(leaf.notBefore).getTime();
  const daysLeft = Math.floor((notAfter - now.getTime()) / DAY);
  if (now.getTime() > notAfter) out.push(finding('certificate-expired', `expired on ${leaf.notAfter} (${-daysLeft} days ago)`));
  else if (now.getTime() < notBefore) out.push(finding('certificate-not-yet-valid', `valid from ${leaf.notBefore}`));
  else if (daysLeft < 30) out.push(finding('expires-soon', `expires on ${leaf.notAfter}, in ${daysLeft} days`));
  if ((notAfter - notBefore) / DAY > 398) out.push(finding('long-validity', `valid for ${Math.round((notAfter - notBefore) / DAY)} days`));
  const eku = leaf.extendedKeyUsage;
  if (mode === 's2s' && eku !== null && !eku.includes('clientAuth') && !eku.includes('anyExtendedKeyUsage')) {
    out.push(finding('eku-no-client-auth', `extended key usage: ${eku.join(', ')}`));
  }
}

function trustFindings(tls: TlsObservation, out: Finding[]): void {
  if (tls.trust.trusted) return;
  const error = tls.trust.error ?? 'unknown';
  if (error === 'CERT_HAS_EXPIRED' || error === 'CERT_NOT_YET_VALID') return; // reported from the dates
  if (error === 'DEPTH_ZERO_SELF_SIGNED_CERT' || error === 'SELF_SIGNED_CERT_IN_CHAIN') out.push(finding('untrusted-self-signed', error));
  else if (error === 'INVALID_PURPOSE') out.push(finding('untrusted-purpose', error));
  else out.push(finding('untrusted-issuer', error));
}

function cipherFindings(tls: TlsObservation, out: Finding[]): void {
  const accepted = [tls.cipher, ...tls.tls12Ciphers.filter((c) => c.name !== tls.cipher.name)];
  const names = (w: string) => accepted.filter((c) => c.weakness === w).map((c) => c.name).join(', ');
  if (names('null')) out.push(finding('cipher-null', names('null')));
  if (names('anonymous')) out.push(finding('cipher-anonymous', names('anonymous')));
  if (names('export')) out.push(finding('cipher-export', names('export')));
  const weak = accepted.filter((c) => c.bits > 0 && c.bits < 112 && c.weakness !== 'export').map((c) => c.name);
  if (weak.length > 0) out.push(finding('cipher-weak', weak.join(', ')));
  if (names('rc4')) out.push(finding('cipher-rc4', names('rc4')));
  if (names('3des')) out.push(finding('cipher-3des', names('3des')));
  if (!tls.cipher.forwardSecrecy) out.push(finding('no-forward-secrecy', `negotiated ${tls.cipher.name}`));
  else {
    const nonFs = tls.tls12Ciphers.filter((c) => !c.forwardSecrecy).map((c) => c.name);
    if (nonFs.length > 0) out.push(finding('non-fs-ciphers', nonFs.join(', ')));
  }
  if (!tls.cipher.aead) out.push(finding('no-aead', `negotiated ${tls.cipher.name}`));
  else {
    const cbc = tls.tls12Ciphers.filter((c) => !c.aead && c.weakness === null).map((c) => c.name);
    if (cbc.length > 0) out.push(finding('cbc-ciphers', cbc.join(', ')));
  }
  const dh = tls.dhGroupBits ?? (tls.keyExchange?.type === 'DH' ? tls.keyExchange.size : null);
  if (dh !== null && dh < 1024) out.push(finding('broken-dh', `${dh}-bit group`));
  else if (dh !== null && dh < 2048) out.push(finding('weak-dh', `${dh}-bit group`));
}

function protocolFindings(tls: TlsObservation, out: Finding[]): void {
  const p = tls.protocols;
  if (p.SSLv3 === true) out.push(finding('sslv3', 'the server completed an SSL 3.0 handshake'));
  if (p.TLSv1 === true) out.push(finding('tls1.0', 'the server completed a TLS 1.0 handshake'));
  if (p['TLSv1.1'] === true) out.push(finding('tls1.1', 'the server completed a TLS 1.1 handshake'));
  if (p['TLSv1.2'] === false && p['TLSv1.3'] !== true) out.push(finding('no-tls1.2', 'neither TLS 1.2 nor 1.3 accepted'));
  if (p['TLSv1.3'] === false) out.push(finding('no-tls1.3', 'the server refused TLS 1.3'));
  if (tls.compression === true) out.push(finding('tls-compression', 'the server chose DEFLATE compression'));
}

function streamFindings(target: TargetReport, out: Finding[]): void {
  const s = target.stream;
  if (!s) return;
  const before = s.featuresBeforeTls;
  if (before) {
    const plain = before.mechanisms.filter((m) => PLAINTEXT_MECHANISMS.has(m.toUpperCase()));
    if (plain.length > 0) out.push(finding('plain-before-tls', `mechanisms offered on the unencrypted stream: ${before.mechanisms.join(' ')}`));
    else if (before.mechanisms.length > 0) out.push(finding('sasl-before-tls', `mechanisms offered on the unencrypted stream: ${before.mechanisms.join(' ')}`));
    if (before.starttls === 'none') out.push(finding('no-tls', 'the stream features offer no <starttls/>'));
    else if (before.starttls === 'offered') out.push(finding('starttls-not-required', 'the <starttls/> feature has no <required/> child'));
  }
  const compression = [...(before?.compression ?? []), ...(s.featuresAfterTls?.compression ?? [])];
  if (compression.length > 0) out.push(finding('stream-compression', `methods: ${[...new Set(compression)].join(', ')}`));
  const withCert = s.featuresWithClientCertificate;
  if (target.endpoint.mode === 's2s' && withCert && !withCert.mechanisms.some((m) => m.toUpperCase() === 'EXTERNAL')) {
    out.push(finding('s2s-dialback-only', `with a valid client certificate the server offered ${withCert.dialback ? 'dialback' : 'no authentication'} and no SASL EXTERNAL`));
  }
}

function identityFindings(target: TargetReport, out: Finding[]): void {
  const id = target.identity;
  if (!id) return;
  if (!id.matched) {
    const leaf = target.tls?.chain[0];
    const names = leaf
      ? [...leaf.subjectAltNames.dnsNames.map((n) => `DNS:${JSON.stringify(n)}`), ...leaf.subjectAltNames.srvNames.map((n) => `SRV:${JSON.stringify(n)}`),
        ...leaf.subjectAltNames.xmppAddrs.map((n) => `XmppAddr:${JSON.stringify(n)}`), ...leaf.commonNames.map((n) => `CN:${JSON.stringify(n)}`)].join(' ')
      : '';
    out.push(finding('identity-mismatch', `${id.reference} (${id.mode}) is not among the certificate's identities: ${names || 'none'}`));
  } else if (id.legacyCn) {
    out.push(finding('identity-cn-only', `matched subject CN ${JSON.stringify(id.matchedValue)}; the certificate has no subjectAltName identities`));
  }
  for (const p of id.problems) out.push(finding('identity-problem', `${p.code}: ${JSON.stringify(p.value)}: ${p.message}`));
}

function daneFindings(target: TargetReport, out: Finding[]): boolean {
  const d = target.dane;
  if (!d || d.records.length === 0) {
    out.push(finding('no-dane', d ? `no TLSA records at ${d.name}` : 'DANE not checked'));
    return false;
  }
  if (!d.dnssecValidated) {
    out.push(finding('dane-not-validated', `${d.records.length} TLSA record(s) at ${d.name}, but the resolver did not validate them (no AD bit)`));
    return false;
  }
  if (d.matched === false) {
    out.push(finding('dane-mismatch', `none of the ${d.records.length} TLSA record(s) at ${d.name} matches the chain`));
    return false;
  }
  return d.matched === true;
}

export interface GradeContext {
  now: Date;
}

/** Findings and grade of one target from its observations. */
export function gradeTarget(target: TargetReport, ctx: GradeContext): { findings: Finding[]; grade: TargetGrade } {
  const findings: Finding[] = [];
  for (const hit of target.limitHits) findings.push(finding('peer-limit', `${hit.limit} during ${hit.phase}: ${hit.detail}`));
  if (!target.reachable) {
    findings.push(finding('unreachable', target.connectError ?? 'connection failed'));
    return { findings, grade: { grade: null, gradeIgnoringTrust: null, score: null, scoreParts: null, caps: [] } };
  }
  streamFindings(target, findings);
  const tls = target.tls;
  let daneOk = false;
  let scoreParts: TargetGrade['scoreParts'] = null;
  if (tls) {
    protocolFindings(tls, findings);
    cipherFindings(tls, findings);
    trustFindings(tls, findings);
    chainFindings(tls.chain, ctx.now, target.endpoint.mode, findings);
    identityFindings(target, findings);
    daneOk = daneFindings(target, findings);
    if (!tls.ocspStapled) findings.push(finding('ocsp-not-stapled', 'no OCSP response in the handshake'));
    if (target.endpoint.transport === 'directtls' && tls.alpn === null) findings.push(finding('direct-tls-no-alpn', 'the server selected no ALPN protocol'));
    scoreParts = scoreTls(tls);
  } else if (!findings.some((f) => f.code === 'no-tls')) {
    const tlsAttempted = target.endpoint.transport === 'directtls' || (target.stream?.featuresBeforeTls?.starttls ?? 'none') !== 'none';
    const code = tlsAttempted && target.limitHits.length === 0 ? 'tls-handshake-failed' : 'stream-broken';
    findings.push(finding(code, target.connectError ?? 'no TLS session was established'));
  }

  const caps: GradeCap[] = findings.filter((f) => f.cap !== null).map((f) => ({ grade: f.cap as Grade, code: f.code, reason: `${f.title}: ${f.detail}` }));
  const score = scoreParts ? Math.round(0.3 * scoreParts.protocol + 0.3 * scoreParts.keyExchange + 0.4 * scoreParts.cipher) : null;
  let letter: Grade = score === null ? 'F' : letterForScore(score);
  if (score !== null && letter !== 'A') caps.unshift({ grade: letter, code: 'score', reason: `score ${score} of 100` });
  for (const cap of caps) if (cap.grade !== 'T' && RANK[cap.grade] < RANK[letter]) letter = cap.grade;
  const blocking = findings.filter((f) => f.severity !== 'info');
  if (letter === 'A' && tls?.protocols['TLSv1.3'] === true && daneOk && blocking.length === 0) letter = 'A+';
  const ignoringTrust = letter;
  const grade: Grade = caps.some((c) => c.grade === 'T') && letter !== 'F' ? 'T' : letter;
  return { findings, grade: { grade, gradeIgnoringTrust: ignoringTrust, score, scoreParts, caps } };
}

/** Recomputes every target's findings and grade and the domain's grades. */
export function gradeReport(report: ScanReport, ctx: Partial<GradeContext> = {}): ScanReport {
  const now = ctx.now ?? new Date(report.startedAt);
  const targets = report.targets.map((t) => ({ ...t, ...gradeTarget(t, { now }) }));
  const findings = report.findings.filter((f) => f.code !== 'no-targets');
  const graded = targets.filter((t) => t.grade.grade !== null);
  if (graded.length === 0) findings.push(finding('no-targets', 'no target could be reached, so there is no grade'));
  const byMode = (mode: XmppMode) => worstGrade(targets.filter((t) => t.endpoint.mode === mode).map((t) => t.grade.grade));
  return {
    ...report,
    targets,
    findings,
    grade: worstGrade(targets.map((t) => t.grade.grade)),
    gradeIgnoringTrust: worstGrade(targets.map((t) => t.grade.gradeIgnoringTrust)),
    grades: { c2s: byMode('c2s'), s2s: byMode('s2s') },
  };
}
