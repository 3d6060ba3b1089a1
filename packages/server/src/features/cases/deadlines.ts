import { DAY_MS, utcText } from '../../clock.ts';

/** The team's service levels, from DESIGN.md and the issue: written once, used by the dashboard and the reminder job. */
export const ACKNOWLEDGE_WITHIN_MS = 3 * DAY_MS;
export const MAINTAINER_RESPONSE_WITHIN_MS = 14 * DAY_MS;
export const DEFAULT_EMBARGO_MS = 90 * DAY_MS;
export const EMBARGO_REMINDERS = [
  { label: '7 days', beforeMs: 7 * DAY_MS },
  { label: '1 day', beforeMs: DAY_MS },
] as const;

export type DeadlineKind = 'acknowledge_report' | 'maintainer_response' | 'embargo_reminder';

export interface Deadline {
  kind: DeadlineKind;
  /** Stable across runs: a reminder is sent once per key. Embargo reminders include the instant, so moving the embargo re-arms them. */
  key: string;
  dueAt: Date;
  overdue: boolean;
  caseId: string | null;
  reportId: string | null;
  projectKey: string | null;
  label: string;
}

export function reportAcknowledgementDeadline(report: { id: string; reference: string; received_at: Date; acknowledged_at: Date | null; status: string }, now: Date): Deadline | undefined {
  if (report.acknowledged_at !== null || report.status !== 'new') return undefined;
  const dueAt = new Date(report.received_at.getTime() + ACKNOWLEDGE_WITHIN_MS);
  return { kind: 'acknowledge_report', key: `ack:${report.id}`, dueAt, overdue: dueAt <= now, caseId: null, reportId: report.id, projectKey: null, label: `Acknowledge report ${report.reference}` };
}

export function maintainerResponseDeadline(project: { case_id: string; project_key: string; display_name: string; response_due_at: Date | null; first_response_at: Date | null }, now: Date): Deadline | undefined {
  if (project.response_due_at === null || project.first_response_at !== null) return undefined;
  return {
    kind: 'maintainer_response',
    key: `response:${project.case_id}:${project.project_key}`,
    dueAt: project.response_due_at,
    overdue: project.response_due_at <= now,
    caseId: project.case_id,
    reportId: null,
    projectKey: project.project_key,
    label: `${project.display_name} has not answered on ${project.case_id}`,
  };
}

/** The embargo reminders that have come due and whose embargo has not yet ended. */
export function dueEmbargoReminders(kase: { id: string; embargo_at: Date | null; state: string }, now: Date): Deadline[] {
  if (kase.embargo_at === null || kase.embargo_at <= now || !['coordinating', 'scheduled', 'triage'].includes(kase.state)) return [];
  return EMBARGO_REMINDERS.filter((reminder) => now.getTime() >= kase.embargo_at!.getTime() - reminder.beforeMs).map((reminder) => ({
    kind: 'embargo_reminder' as const,
    key: `embargo:${reminder.label}:${kase.id}:${kase.embargo_at!.toISOString()}`,
    dueAt: new Date(kase.embargo_at!.getTime() - reminder.beforeMs),
    overdue: false,
    caseId: kase.id,
    reportId: null,
    projectKey: null,
    label: `The embargo on ${kase.id} ends in ${reminder.label} (${utcText(kase.embargo_at!)})`,
  }));
}
