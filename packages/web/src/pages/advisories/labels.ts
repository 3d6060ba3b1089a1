import type { ApiResponse } from '../../api/client.ts';
import type { Tone } from '../../components/ui.tsx';

export type Advisory = ApiResponse<'/api/v1/advisories/{id}', 'get'>;
export type AdvisoryContent = Advisory['content'];
export type ProjectStatus = AdvisoryContent['projects'][number]['status'];
export type Severity = NonNullable<AdvisoryContent['severity']>;

/** "Not yet assessed" is never shown as "not affected". */
export const PROJECT_STATUS: Record<ProjectStatus, { label: string; tone: Tone }> = {
  not_assessed: { label: 'not yet assessed', tone: 'muted' },
  affected: { label: 'affected', tone: 'bad' },
  not_affected: { label: 'not affected', tone: 'ok' },
  fixed: { label: 'fixed', tone: 'ok' },
  wont_fix: { label: "won't fix", tone: 'warn' },
};

export const SEVERITY: Record<Severity, { label: string; tone: Tone }> = {
  none: { label: 'none', tone: 'muted' },
  low: { label: 'low', tone: 'info' },
  medium: { label: 'medium', tone: 'warn' },
  high: { label: 'high', tone: 'bad' },
  critical: { label: 'critical', tone: 'bad' },
};

export const cveUrl = (id: string) => `https://www.cve.org/CVERecord?id=${encodeURIComponent(id)}`;
