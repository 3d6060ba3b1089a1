import type { ApiResponse } from '../../../api/client.ts';
import type { Tone } from '../../../components/ui.tsx';

export type Case = ApiResponse<'/api/v1/cases/{id}', 'get'>;
export type CaseSummary = ApiResponse<'/api/v1/cases', 'get'>['cases'][number];
export type CaseState = Case['state'];
export type CaseRole = Case['participants'][number]['role'];
export type CaseProject = Case['projects'][number];
export type Post = ApiResponse<'/api/v1/cases/{id}/posts', 'get'>['posts'][number];
export type Severity = NonNullable<Case['severity']>;
export type ProjectStatus = CaseProject['status'];

export const CASE_STATE: Record<CaseState, { label: string; tone: Tone }> = {
  triage: { label: 'triage', tone: 'warn' },
  coordinating: { label: 'coordinating', tone: 'info' },
  scheduled: { label: 'scheduled for publication', tone: 'info' },
  published: { label: 'published', tone: 'ok' },
  closed: { label: 'closed', tone: 'muted' },
  rejected: { label: 'rejected', tone: 'muted' },
};
export const CASE_STATES = Object.keys(CASE_STATE) as CaseState[];

/** The states a person may move a case to by hand (the server checks the same rule). */
export const MANUAL_TRANSITIONS: Record<CaseState, readonly CaseState[]> = {
  triage: ['coordinating', 'rejected'],
  coordinating: ['triage', 'rejected'],
  scheduled: ['coordinating'],
  published: ['closed'],
  closed: [],
  rejected: ['triage'],
};

export const CASE_ROLE: Record<CaseRole, string> = {
  coordinator: 'coordinator',
  reporter: 'reporter',
  maintainer: 'maintainer',
  observer: 'observer',
};
export const CASE_ROLES = Object.keys(CASE_ROLE) as CaseRole[];

export const SEVERITIES: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];

/** What a maintainer states; "not yet assessed" stays its own answer, never "not affected". */
export const STATUS_CHOICES: readonly { value: ProjectStatus; label: string }[] = [
  { value: 'not_assessed', label: 'Not yet assessed' },
  { value: 'affected', label: 'Affected' },
  { value: 'not_affected', label: 'Not affected' },
  { value: 'fixed', label: 'Fixed' },
  { value: 'wont_fix', label: 'Won\u2019t fix' },
];

export const GENERAL_THREAD = 'general';

export const caseLink = (id: string) => `/console/cases/${encodeURIComponent(id)}`;
