import type { ApiResponse } from '../../api/client.ts';

export type DomainView = ApiResponse<'/api/v1/observatory/domains/{domain}', 'get'>;
export type ScanView = ApiResponse<'/api/v1/observatory/scans/{id}', 'get'>;
export type Statistics = ApiResponse<'/api/v1/observatory/statistics', 'get'>;
export type Grade = NonNullable<DomainView['grade']>;
export type Explanation = NonNullable<DomainView['explanation']>;
export type FixAdvice = Explanation['fixes'][number];
export type HistoryEntry = DomainView['history'][number];

/**
 * The parts of the scanner's report (JSON schema: @xmppsec/scanner/scan-report.schema.json) that
 * the pages show. The API types the report as unknown, so it is read through `targetsOf`, which
 * keeps only well-formed targets.
 */
export interface TargetFinding {
  code: string;
  severity: 'info' | 'warning' | 'error' | 'critical';
  title: string;
  detail: string;
  cap: Grade | null;
}

export interface TargetCertificate {
  subject: string;
  issuer: string;
  notAfter: string;
  signatureAlgorithm: string;
  publicKey: { type: string; bits: number };
}

export interface Target {
  id: string;
  endpoint: { mode: 'c2s' | 's2s'; transport: 'starttls' | 'directtls'; host: string; port: number; address: string };
  reachable: boolean;
  connectError: string | null;
  stream: { featuresBeforeTls: { starttls: 'none' | 'offered' | 'required'; mechanisms: string[] } | null; featuresAfterTls: { mechanisms: string[]; dialback: boolean } | null } | null;
  tls: {
    version: string;
    cipher: { name: string; forwardSecrecy: boolean };
    protocols: Record<string, boolean | null>;
    chain: TargetCertificate[];
    trust: { trusted: boolean; error: string | null };
  } | null;
  identity: { matched: boolean; method: string | null; matchedValue: string | null } | null;
  dane: { dnssecValidated: boolean; matched: boolean | null } | null;
  findings: TargetFinding[];
  grade: { grade: Grade | null; caps: { grade: Grade; code: string; reason: string }[] };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function targetsOf(report: unknown): Target[] {
  if (!isObject(report) || !Array.isArray(report.targets)) return [];
  return report.targets.filter(
    (target): target is Target => isObject(target) && typeof target.id === 'string' && isObject(target.endpoint) && Array.isArray(target.findings) && isObject(target.grade),
  );
}
