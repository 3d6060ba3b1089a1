import type { ApiResponse } from '../../api/client.ts';
import type { Tone } from '../../components/ui.tsx';

export type ProjectSummary = ApiResponse<'/api/v1/projects', 'get'>['projects'][number];
export type Project = ApiResponse<'/api/v1/projects/{slug}', 'get'>;
export type Maintenance = ProjectSummary['maintenance'];
export type SupportStatus = NonNullable<Project['xeps'][number]['status']>;

/** Every maintenance state the API knows; the Record type fails to compile when it adds one. */
export const MAINTENANCE: Record<Maintenance, { label: string; tone: Tone; description: string }> = {
  active: { label: 'active', tone: 'ok', description: 'A release, a change of its DOAP file or a confirmation by its maintainers within two years.' },
  quiet: { label: 'quiet', tone: 'warn', description: 'No sign of life for two years.' },
  unconfirmed: { label: 'unconfirmed', tone: 'warn', description: 'Its maintainers have not confirmed it for 13 months.' },
  archived: { label: 'archived', tone: 'muted', description: 'Archived by the security team.' },
};
export const MAINTENANCE_STATES = Object.keys(MAINTENANCE) as Maintenance[];

export const SUPPORT: Record<SupportStatus, { label: string; short: string; tone: Tone }> = {
  complete: { label: 'complete', short: 'complete', tone: 'ok' },
  partial: { label: 'partial', short: 'partial', tone: 'info' },
  planned: { label: 'planned', short: 'planned', tone: 'muted' },
  deprecated: { label: 'deprecated', short: 'deprecated', tone: 'warn' },
  removed: { label: 'removed', short: 'removed', tone: 'bad' },
  wontfix: { label: "won't implement", short: "won't", tone: 'muted' },
};
export const SUPPORT_STATUSES = Object.keys(SUPPORT) as SupportStatus[];

export const CATEGORIES = ['client', 'server', 'library', 'component', 'tool', 'integrated-platform'] as const;

export const xepName = (number: number) => `XEP-${String(number).padStart(4, '0')}`;
export const xepSpecUrl = (number: number) => `https://xmpp.org/extensions/xep-${String(number).padStart(4, '0')}.html`;
export const rfcSpecUrl = (number: number) => `https://www.rfc-editor.org/rfc/rfc${number}`;
