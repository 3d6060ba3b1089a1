import type { Migration } from 'kysely/migration';
import * as foundation from './0001-foundation.ts';

/**
 * Every migration, in order. Names sort: each feature owns a range of numbers
 * (0001 foundation, 0100 directory, 0200 CVE, 0300 cases, 0400 observatory, 0500 threats).
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
};
