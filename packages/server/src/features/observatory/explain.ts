import { compareGrades, type FindingFix, type Grade, type ScanReport, type Severity } from '@xmppsec/scanner';

/**
 * The operator's view of a report: why the grade is what it is (every cap, with the targets it
 * applies to) and what to fix, most severe first, with the concrete change for Prosody and
 * ejabberd. Pure.
 */

export interface GradeReason {
  code: string;
  /** The best grade this cap allows. */
  grade: Grade;
  reason: string;
  targets: string[];
}

export interface FixAdvice {
  code: string;
  severity: Severity;
  title: string;
  cap: Grade | null;
  fix: FindingFix;
  /** What was observed, per distinct detail (at most five). */
  details: string[];
  /** Target ids, empty for domain-level findings. */
  targets: string[];
}

export interface Explanation {
  reasons: GradeReason[];
  /** Findings that cap the grade or warn, most severe first. */
  fixes: FixAdvice[];
  /** Informational findings (no effect on the grade). */
  notes: FixAdvice[];
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, error: 1, warning: 2, info: 3 };
const MAX_DETAILS = 5;

export function explainReport(report: ScanReport): Explanation {
  const reasons = new Map<string, GradeReason>();
  for (const target of report.targets) {
    for (const cap of target.grade.caps) {
      const entry = reasons.get(cap.code) ?? { code: cap.code, grade: cap.grade, reason: cap.reason, targets: [] };
      if (!entry.targets.includes(target.id)) entry.targets.push(target.id);
      reasons.set(cap.code, entry);
    }
  }

  const advice = new Map<string, FixAdvice>();
  const add = (finding: ScanReport['findings'][number], targetId: string | null) => {
    const entry = advice.get(finding.code) ?? { code: finding.code, severity: finding.severity, title: finding.title, cap: finding.cap, fix: finding.fix, details: [], targets: [] };
    if (finding.detail && !entry.details.includes(finding.detail) && entry.details.length < MAX_DETAILS) entry.details.push(finding.detail);
    if (targetId && !entry.targets.includes(targetId)) entry.targets.push(targetId);
    advice.set(finding.code, entry);
  };
  for (const finding of report.findings) add(finding, null);
  for (const target of report.targets) for (const finding of target.findings) add(finding, target.id);

  const bySeverity = (a: FixAdvice, b: FixAdvice) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || capOrder(a.cap, b.cap) || a.code.localeCompare(b.code);
  const all = [...advice.values()].sort(bySeverity);
  return {
    reasons: [...reasons.values()].sort((a, b) => compareGrades(a.grade, b.grade) || a.code.localeCompare(b.code)),
    fixes: all.filter((f) => f.cap !== null || f.severity !== 'info'),
    notes: all.filter((f) => f.cap === null && f.severity === 'info'),
  };
}

/** Findings with a lower cap first; those without a cap last. */
function capOrder(a: Grade | null, b: Grade | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareGrades(a, b);
}
