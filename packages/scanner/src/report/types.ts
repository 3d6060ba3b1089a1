/** The scan report: facts observed per target, then findings and grades derived from them. */
import type { CertificateInfo } from '../cert/x509.ts';
import type { IdentityResult, XmppMode } from '../identity/match-identity.ts';

export type { XmppMode };
export type ScanMode = XmppMode | 'both';
export type Transport = 'starttls' | 'directtls';

export const GRADES = ['A+', 'A', 'B', 'C', 'D', 'E', 'T', 'F'] as const;
export type Grade = (typeof GRADES)[number];
/** Letters that a cap can impose (T is not a cap level but a verdict of its own). */
export type LetterGrade = Exclude<Grade, 'T'>;

export type TlsVersionName = 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
export const TLS_VERSIONS: readonly TlsVersionName[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

export interface Endpoint {
  mode: XmppMode;
  transport: Transport;
  /** The host connected to: the SRV target or, without SRV, the domain. */
  host: string;
  port: number;
  address: string;
  family: 4 | 6;
  source: 'srv' | 'fallback';
  priority: number | null;
  weight: number | null;
}

export interface StreamFeatures {
  starttls: 'none' | 'offered' | 'required';
  mechanisms: string[];
  compression: string[];
  dialback: boolean;
  /** Namespaces of every feature child, for the record. */
  namespaces: string[];
}

export interface StreamObservation {
  /** The `from` the server put in its stream header. */
  headerFrom: string | null;
  headerVersion: string | null;
  featuresBeforeTls: StreamFeatures | null;
  featuresAfterTls: StreamFeatures | null;
  /** Features after TLS when the scanner presented a client certificate (s2s, optional). */
  featuresWithClientCertificate: StreamFeatures | null;
  /** A `<stream:error>` condition the server sent, if any. */
  streamError: string | null;
}

export interface CipherSuite {
  /** OpenSSL name. */
  name: string;
  /** IANA name when known. */
  standardName: string | null;
  forwardSecrecy: boolean;
  aead: boolean;
  /** Symmetric strength in bits (0 for NULL ciphers). */
  bits: number;
  weakness: 'null' | 'anonymous' | 'export' | 'des' | 'rc4' | '3des' | null;
}

export interface KeyExchange {
  type: string;
  name: string | null;
  size: number | null;
}

export interface TrustResult {
  trusted: boolean;
  /** OpenSSL's verification error code (e.g. DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED). */
  error: string | null;
}

export interface TlsObservation {
  version: string;
  cipher: CipherSuite;
  alpn: string | null;
  keyExchange: KeyExchange | null;
  /** Smallest finite-field DH group seen across all handshakes (DHE suites), if any. */
  dhGroupBits: number | null;
  /** true accepted, false refused, null not tested or inconclusive. */
  protocols: Record<TlsVersionName, boolean | null>;
  /** Every accepted TLS 1.2 suite (found by elimination), plus legacy suites found with hand-built hellos. */
  tls12Ciphers: CipherSuite[];
  serverCipherOrder: boolean | null;
  tls13Ciphers: string[];
  ocspStapled: boolean;
  /** TLS-level (DEFLATE) compression accepted; null when not determined. */
  compression: boolean | null;
  /** The certificate chain in the order the server sent it. */
  chain: CertificateInfo[];
  trust: TrustResult;
}

export interface TlsaRecord {
  usage: number;
  selector: number;
  matchingType: number;
  data: string;
}

export interface DaneObservation {
  name: string;
  records: TlsaRecord[];
  /** The resolver set AD on the TLSA answer. */
  dnssecValidated: boolean;
  /** Whether any usable record matched the chain; null when there is nothing to match. */
  matched: boolean | null;
}

export interface LimitHit {
  limit: 'total-time' | 'idle-time' | 'bytes' | 'depth' | 'element-size' | 'header-size' | 'forbidden-xml' | 'malformed-xml';
  phase: string;
  detail: string;
}

export type Severity = 'info' | 'warning' | 'error' | 'critical';

export interface FindingFix {
  prosody: string;
  ejabberd: string;
  general: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  title: string;
  detail: string;
  /** The best grade this finding still allows; 'T' for trust and identity failures. */
  cap: Grade | null;
  fix: FindingFix;
}

export interface GradeCap {
  grade: Grade;
  code: string;
  reason: string;
}

export interface TargetGrade {
  /** null when the target could not be reached. */
  grade: Grade | null;
  /** The grade if trust and identity problems were solved. */
  gradeIgnoringTrust: Grade | null;
  score: number | null;
  scoreParts: { protocol: number; keyExchange: number; cipher: number } | null;
  caps: GradeCap[];
}

export interface TargetReport {
  id: string;
  endpoint: Endpoint;
  reachable: boolean;
  connectError: string | null;
  stream: StreamObservation | null;
  tls: TlsObservation | null;
  identity: IdentityResult | null;
  dane: DaneObservation | null;
  limitHits: LimitHit[];
  durationMs: number;
  findings: Finding[];
  grade: TargetGrade;
}

export interface SrvRecordInfo {
  service: string;
  priority: number;
  weight: number;
  port: number;
  target: string;
}

export interface DnsObservation {
  resolver: string;
  /** Per service (e.g. `_xmpp-client._tcp`): the records in connection order, or null on lookup failure. */
  srv: Record<string, SrvRecordInfo[] | null>;
  /** Which SRV answers carried the AD bit. */
  srvDnssec: Record<string, boolean>;
  /** CNAMEs met while resolving, alias → canonical. */
  cnames: Record<string, string>;
  addresses: Record<string, { a: string[]; aaaa: string[] }>;
  errors: string[];
}

export interface ScanReport {
  schemaVersion: 1;
  scanner: { name: '@xmppsec/scanner'; version: string };
  domain: string;
  /** What the user typed, when it differs from `domain` (e.g. a U-label IDN). */
  input: string;
  modes: XmppMode[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  dns: DnsObservation;
  targets: TargetReport[];
  findings: Finding[];
  grade: Grade | null;
  gradeIgnoringTrust: Grade | null;
  grades: Record<XmppMode, Grade | null>;
}
