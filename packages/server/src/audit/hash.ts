import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same value always hashes the same, whatever jsonb did to key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** The columns of an audit event that its hash covers: all but the hash itself. */
export interface HashedRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  via: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: unknown;
  prev_hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function eventHash(row: HashedRow): string {
  const fields = {
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    via: row.via,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
    prevHash: row.prev_hash,
  };
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}
