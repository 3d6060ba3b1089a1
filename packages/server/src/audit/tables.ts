import type { Generated } from 'kysely';

export const VIAS = ['web', 'api', 'cli', 'job'] as const;
export type Via = (typeof VIAS)[number];

export interface AuditEventsTable {
  seq: Generated<number>;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  via: Via;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

export interface AuditTables {
  audit_events: AuditEventsTable;
}
