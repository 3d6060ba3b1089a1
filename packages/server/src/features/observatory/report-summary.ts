import type { Grade, ScanReport, StreamFeatures, TargetReport, XmppMode } from '@xmppsec/scanner';
import type { FindingDigest, ObservatoryScanTargetsTable, ScanChanges } from './tables.ts';

/**
 * What the database keeps of a report besides the report itself: one row of facts per target
 * (what statistics count) and the list of findings (what history compares). Pure.
 */

export type TargetSummary = Omit<ObservatoryScanTargetsTable, 'scan_id'>;

const REGISTER_FEATURE = 'http://jabber.org/features/iq-register';

export function summariseTarget(target: TargetReport): TargetSummary {
  const { endpoint, tls, stream } = target;
  const codes = new Set(target.findings.map((f) => f.code));
  const before = stream?.featuresBeforeTls ?? null;
  const after = stream?.featuresAfterTls ?? null;
  const starttls = endpoint.transport === 'starttls' && before ? before.starttls : null;
  const c2sFeatures = endpoint.mode === 'c2s' ? [before, after].filter((f): f is StreamFeatures => f !== null) : [];
  return {
    target_id: target.id,
    mode: endpoint.mode,
    transport: endpoint.transport,
    host: endpoint.host,
    port: endpoint.port,
    address: endpoint.address,
    family: endpoint.family,
    reachable: target.reachable,
    grade: target.grade.grade,
    tls_version: tls?.version ?? null,
    sslv3: tls ? tls.protocols.SSLv3 : null,
    tls10: tls ? tls.protocols.TLSv1 : null,
    tls11: tls ? tls.protocols['TLSv1.1'] : null,
    tls12: tls ? tls.protocols['TLSv1.2'] : null,
    tls13: tls ? tls.protocols['TLSv1.3'] : null,
    dane: tls && target.dane ? target.dane.dnssecValidated && target.dane.matched === true : null,
    certificate_expired: tls ? codes.has('certificate-expired') : null,
    trust_failure: tls ? !tls.trust.trusted : null,
    identity_failure: target.identity ? !target.identity.matched : null,
    starttls,
    starttls_not_required: starttls === null ? null : starttls !== 'required',
    plain_before_tls: before ? codes.has('plain-before-tls') : null,
    dialback_only: endpoint.mode === 's2s' && stream?.featuresWithClientCertificate ? codes.has('s2s-dialback-only') : null,
    channel_binding: endpoint.mode === 'c2s' && after && after.mechanisms.length > 0 ? after.mechanisms.some((m) => m.toUpperCase().endsWith('-PLUS')) : null,
    registration: c2sFeatures.length > 0 ? c2sFeatures.some((f) => f.namespaces.includes(REGISTER_FEATURE)) : null,
  };
}

export const summariseTargets = (report: ScanReport): TargetSummary[] => report.targets.map(summariseTarget);

/** Every finding once, with the modes it was seen in (domain-level findings have none). */
export function digestFindings(report: ScanReport): FindingDigest[] {
  const byCode = new Map<string, FindingDigest>();
  const add = (finding: { code: string; severity: string; title: string }, mode: XmppMode | null) => {
    const entry = byCode.get(finding.code) ?? { code: finding.code, severity: finding.severity, title: finding.title, modes: [] };
    if (mode && !entry.modes.includes(mode)) entry.modes.push(mode);
    byCode.set(finding.code, entry);
  };
  for (const finding of report.findings) add(finding, null);
  for (const target of report.targets) for (const finding of target.findings) add(finding, target.endpoint.mode);
  return [...byCode.values()].map((d) => ({ ...d, modes: [...d.modes].sort() })).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * What changed between two consecutive scans: findings that appeared or went away, per mode
 * (TLS 1.0 fixed on s2s but not on c2s shows as removed for s2s), and the grade.
 */
export function diffScans(previous: { id: string; grade: Grade | null; findings: readonly FindingDigest[] }, next: { grade: Grade | null; findings: readonly FindingDigest[] }): ScanChanges {
  const keyed = (digests: readonly FindingDigest[]) => {
    const map = new Map<string, { digest: FindingDigest; mode: XmppMode | null }>();
    for (const d of digests) for (const mode of d.modes.length > 0 ? d.modes : [null]) map.set(`${d.code}@${mode ?? ''}`, { digest: d, mode });
    return map;
  };
  const before = keyed(previous.findings);
  const after = keyed(next.findings);
  const regroup = (entries: { digest: FindingDigest; mode: XmppMode | null }[]): FindingDigest[] => {
    const out = new Map<string, FindingDigest>();
    for (const { digest, mode } of entries) {
      const entry = out.get(digest.code) ?? { code: digest.code, severity: digest.severity, title: digest.title, modes: [] };
      if (mode) entry.modes.push(mode);
      out.set(digest.code, entry);
    }
    return [...out.values()].map((d) => ({ ...d, modes: d.modes.sort() })).sort((a, b) => a.code.localeCompare(b.code));
  };
  return {
    previousScanId: previous.id,
    gradeFrom: previous.grade,
    gradeTo: next.grade,
    added: regroup([...after].filter(([key]) => !before.has(key)).map(([, value]) => value)),
    removed: regroup([...before].filter(([key]) => !after.has(key)).map(([, value]) => value)),
  };
}
