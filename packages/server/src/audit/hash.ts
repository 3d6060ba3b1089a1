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

export interface HashedFields {
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  via: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: unknown;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

export function eventHash(fields: HashedFields): string {
  return createHash('sha256')
    .update(canonicalJson({ ...fields, at: fields.at.toISOString() }))
    .digest('hex');
}
