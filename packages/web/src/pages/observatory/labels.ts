import type { Tone } from '../../components/ui.tsx';
import type { Grade } from './report-types.ts';

/** Best first, as the scanner orders them; T (trust or identity failure) sits just above F. */
export const GRADE_ORDER: readonly Grade[] = ['A+', 'A', 'B', 'C', 'D', 'E', 'T', 'F'];

export const GRADE_MEANING: Record<Grade, string> = {
  'A+': 'excellent: TLS 1.3, no warnings and DNSSEC-validated DANE',
  A: 'good',
  B: 'adequate, with weaknesses to fix',
  C: 'weak',
  D: 'poor',
  E: 'very poor',
  T: 'not trusted: the certificate chain or identity fails',
  F: 'failing: no usable encryption or credentials exposed',
};

/** A CSS-friendly name for a grade's colour class. */
export const gradeClass = (grade: Grade | null) => (grade === null ? 'grade-none' : `grade-${grade === 'A+' ? 'aplus' : grade.toLowerCase()}`);

export const SEVERITY: Record<'info' | 'warning' | 'error' | 'critical', { label: string; tone: Tone }> = {
  critical: { label: 'critical', tone: 'bad' },
  error: { label: 'error', tone: 'bad' },
  warning: { label: 'warning', tone: 'warn' },
  info: { label: 'note', tone: 'info' },
};

export const MODE_LABEL = { c2s: 'client-to-server', s2s: 'server-to-server', both: 'client and server connections' } as const;

/** The statistics the API reports (its schema types them as a string-keyed record). */
export type MetricName = 'tls-below-1.2' | 'dane' | 'no-dane' | 'certificate-expired' | 'trust-failure' | 'identity-failure' | 'starttls-not-required' | 'plain-before-tls' | 'dialback-only' | 'no-channel-binding' | 'open-registration';

/** Each network statistic in words, and which way is good. */
export const METRICS: Record<MetricName, { label: string; goodWhenHigh: boolean }> = {
  dane: { label: 'DANE on every TLS target (DNSSEC-validated)', goodWhenHigh: true },
  'no-dane': { label: 'No DANE on some target', goodWhenHigh: false },
  'certificate-expired': { label: 'An expired certificate', goodWhenHigh: false },
  'trust-failure': { label: 'A certificate chain that does not validate', goodWhenHigh: false },
  'identity-failure': { label: 'A certificate that does not name the domain', goodWhenHigh: false },
  'starttls-not-required': { label: 'STARTTLS offered but not required', goodWhenHigh: false },
  'tls-below-1.2': { label: 'Accepts SSL 3.0, TLS 1.0 or TLS 1.1', goodWhenHigh: false },
  'plain-before-tls': { label: 'Offers PLAIN before TLS', goodWhenHigh: false },
  'dialback-only': { label: 'Dialback only (no SASL EXTERNAL) for s2s', goodWhenHigh: false },
  'no-channel-binding': { label: 'No channel binding (-PLUS) offered', goodWhenHigh: false },
  'open-registration': { label: 'Open in-band registration', goodWhenHigh: false },
};
