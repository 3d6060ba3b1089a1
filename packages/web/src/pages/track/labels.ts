import type { ApiResponse } from '../../api/client.ts';
import type { Tone } from '../../components/ui.tsx';

export type TrackedReport = ApiResponse<'/api/v1/reports/track', 'get'>;
export type ReportStatus = TrackedReport['status'];
export type CaseState = NonNullable<TrackedReport['case']>['state'];

/** The report's status in the reporter's words. */
export const REPORT_STATUS: Record<ReportStatus, { label: string; tone: Tone; explanation: string }> = {
  new: { label: 'received', tone: 'info', explanation: 'The team has your report and will assess it.' },
  accepted: { label: 'accepted', tone: 'ok', explanation: 'The team accepted the report and opened a case to coordinate the fix.' },
  merged: { label: 'merged into a case', tone: 'ok', explanation: 'The team already handles this vulnerability; your report was added to that case.' },
  closed_duplicate: { label: 'closed: duplicate', tone: 'muted', explanation: 'The report describes a vulnerability that was reported before.' },
  closed_not_vulnerability: { label: 'closed: not a vulnerability', tone: 'muted', explanation: 'The team found that this is not a security vulnerability.' },
  closed_out_of_scope: { label: 'closed: out of scope', tone: 'muted', explanation: 'The affected software is outside the scope of the XSF\'s security team.' },
};

export const CASE_STATE: Record<CaseState, { label: string; tone: Tone }> = {
  triage: { label: 'being assessed', tone: 'info' },
  coordinating: { label: 'coordinating the fix', tone: 'info' },
  scheduled: { label: 'publication scheduled', tone: 'warn' },
  published: { label: 'published', tone: 'ok' },
  closed: { label: 'closed', tone: 'muted' },
  rejected: { label: 'rejected', tone: 'muted' },
};
