import type { ApiResponse } from '../../../api/client.ts';
import type { Tone } from '../../../components/ui.tsx';

export type RecordDetail = ApiResponse<'/api/v1/cve/records/{id}', 'get'>;
export type RecordSummary = ApiResponse<'/api/v1/cve/records', 'get'>['records'][number];
export type CveState = RecordSummary['state'];
export type Change = ApiResponse<'/api/v1/cve/records/{id}/diff', 'get'>['changes'][number];

export const CVE_STATE: Record<CveState, { label: string; tone: Tone }> = {
  RESERVED: { label: 'reserved', tone: 'warn' },
  PUBLISHED: { label: 'published', tone: 'ok' },
  REJECTED: { label: 'rejected', tone: 'muted' },
};
export const CVE_STATES = Object.keys(CVE_STATE) as CveState[];

export const recordLink = (id: string) => `/console/cve/${encodeURIComponent(id)}`;

/** A JSON value for a diff cell: strings as they are, the rest as compact JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
