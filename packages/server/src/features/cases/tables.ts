export const REPORT_STATUSES = ['new', 'accepted', 'merged', 'closed_duplicate', 'closed_not_vulnerability', 'closed_out_of_scope'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const CASE_STATES = ['triage', 'coordinating', 'scheduled', 'published', 'closed', 'rejected'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CASE_ROLES = ['coordinator', 'reporter', 'maintainer', 'observer'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

/** "Not yet assessed" is a status of its own: silence is never shown as "not affected". */
export const PROJECT_STATUSES = ['not_assessed', 'affected', 'not_affected', 'fixed', 'wont_fix'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const POST_VISIBILITIES = ['team', 'shared'] as const;
export type PostVisibility = (typeof POST_VISIBILITIES)[number];

export const POST_KINDS = ['message', 'contact_log', 'event'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export interface ReportProject {
  /** The directory's slug when the reporter chose a listed project. */
  slug: string | null;
  name: string;
}

export interface ReportsTable {
  id: string;
  reference: string;
  tracking_hash: string;
  reporter_name: string;
  reporter_email: string;
  reporter_xmpp: string | null;
  reporter_user_id: string | null;
  title: string;
  projects: ReportProject[];
  description: string | null;
  steps: string | null;
  impact: string | null;
  disclosure_plans: string | null;
  credit_consent: boolean;
  credit_as: string | null;
  /** An ASCII-armoured OpenPGP message for the team's key; the plain text fields are then empty. */
  encrypted_body: string | null;
  status: ReportStatus;
  case_id: string | null;
  triage_reason: string | null;
  received_at: Date;
  acknowledged_at: Date | null;
  triaged_at: Date | null;
}

export interface ReportAttachmentsTable {
  id: string;
  report_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Uint8Array;
  created_at: Date;
}

export interface ReportMessagesTable {
  id: string;
  report_id: string;
  /** 'reporter' for the reporter's own messages through the tracking link, 'team' for the replies. */
  from_side: 'reporter' | 'team';
  author_label: string;
  body: string;
  created_at: Date;
}

export interface CaseSequencesTable {
  year: number;
  last: number;
}

export interface CasesTable {
  id: string;
  title: string;
  summary: string;
  severity: Severity | null;
  state: CaseState;
  embargo_at: Date | null;
  /** Maintainers see the other projects' statuses only when the coordinators share them. */
  statuses_shared: boolean;
  /** Optimistic concurrency: every change names the version it was based on. */
  version: number;
  created_at: Date;
  accepted_at: Date;
  published_at: Date | null;
  closed_at: Date | null;
  close_reason: string | null;
}

export interface CaseParticipantsTable {
  id: string;
  case_id: string;
  user_id: string;
  role: CaseRole;
  /** For maintainers: the project they speak for. */
  project_key: string | null;
  added_at: Date;
}

export interface CaseProjectsTable {
  case_id: string;
  /** The directory slug, or `unlisted:<name>` for a project that is not in the directory. */
  project_key: string;
  project_slug: string | null;
  display_name: string;
  status: ProjectStatus;
  statement: string;
  introduced_in: string | null;
  fixed_in: string | null;
  fixed_versions: string[];
  invited_at: Date | null;
  response_due_at: Date | null;
  first_response_at: Date | null;
  updated_at: Date;
}

export interface CasePostsTable {
  id: string;
  case_id: string;
  /** 'general', or a project_key: each affected project has its own thread. */
  thread: string;
  visibility: PostVisibility;
  kind: PostKind;
  author_id: string | null;
  author_label: string;
  body: string;
  created_at: Date;
}

export interface CaseEmbargoChangesTable {
  id: string;
  case_id: string;
  from_at: Date | null;
  to_at: Date | null;
  reason: string;
  changed_by: string;
  changed_at: Date;
}

export interface CaseVulnerabilitiesTable {
  id: string;
  case_id: string;
  title: string;
  cve_id: string | null;
  created_at: Date;
}

export interface RemindersSentTable {
  key: string;
  sent_at: Date;
}

export interface PowChallengesUsedTable {
  id: string;
  expires_at: Date;
}

export interface CaseTables {
  reports: ReportsTable;
  report_attachments: ReportAttachmentsTable;
  report_messages: ReportMessagesTable;
  case_sequences: CaseSequencesTable;
  cases: CasesTable;
  case_participants: CaseParticipantsTable;
  case_projects: CaseProjectsTable;
  case_posts: CasePostsTable;
  case_embargo_changes: CaseEmbargoChangesTable;
  case_vulnerabilities: CaseVulnerabilitiesTable;
  reminders_sent: RemindersSentTable;
  pow_challenges_used: PowChallengesUsedTable;
}

