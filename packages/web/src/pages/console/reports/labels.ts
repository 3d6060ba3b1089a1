import type { ApiResponse } from '../../../api/client.ts';
import type { Tone } from '../../../components/ui.tsx';

export type Report = ApiResponse<'/api/v1/reports/{id}', 'get'>;
export type ReportStatus = Report['status'];

export const REPORT_STATUS: Record<ReportStatus, { label: string; tone: Tone }> = {
  new: { label: 'new', tone: 'warn' },
  accepted: { label: 'accepted', tone: 'ok' },
  merged: { label: 'merged into a case', tone: 'ok' },
  closed_duplicate: { label: 'closed: duplicate', tone: 'muted' },
  closed_not_vulnerability: { label: 'closed: not a vulnerability', tone: 'muted' },
  closed_out_of_scope: { label: 'closed: out of scope', tone: 'muted' },
};
export const REPORT_STATUSES = Object.keys(REPORT_STATUS) as ReportStatus[];

export const CLOSE_REASONS = [
  { value: 'duplicate', label: 'Duplicate of a known issue' },
  { value: 'not_vulnerability', label: 'Not a vulnerability' },
  { value: 'out_of_scope', label: 'Out of scope (the project is not in the directory\u2019s scope)' },
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number]['value'];

/** Bytes in the units people read. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
