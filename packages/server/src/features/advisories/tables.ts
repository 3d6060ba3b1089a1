import type { ColumnType } from 'kysely';
import type { AdvisoryContent } from './content.ts';

export const ADVISORY_STATES = ['draft', 'approved', 'published'] as const;
export type AdvisoryState = (typeof ADVISORY_STATES)[number];

/** One advisory per case; its id is the case's id. */
export interface AdvisoriesTable {
  id: string;
  case_id: string;
  state: AdvisoryState;
  /** The draft the team edits; frozen into a revision when approved and when revised. */
  draft: ColumnType<AdvisoryContent, unknown, unknown>;
  approved_at: Date | null;
  approved_by: string | null;
  /** The public instant: the embargo's end for the first revision. Public only from then on (authz/embargo.ts). */
  published_at: Date | null;
  revision: number;
  updated_at: Date;
}

export interface AdvisoryRevisionsTable {
  advisory_id: string;
  revision: number;
  content: ColumnType<AdvisoryContent, unknown, unknown>;
  note: string;
  published_at: Date;
}

export const STEP_STATES = ['pending', 'done', 'failed'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** External publication work that runs after the publishing transaction (CVE Services), retried until done. */
export interface PublicationStepsTable {
  id: string;
  advisory_id: string;
  revision: number;
  step: string;
  status: StepState;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  done_at: Date | null;
}

export interface SubscribersTable {
  id: string;
  email: string;
  openpgp_key: string | null;
  token_hash: string;
  created_at: Date;
  confirmed_at: Date | null;
}

export interface AdvisoryTables {
  advisories: AdvisoriesTable;
  advisory_revisions: AdvisoryRevisionsTable;
  publication_steps: PublicationStepsTable;
  subscribers: SubscribersTable;
}
