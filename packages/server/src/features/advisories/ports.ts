import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** What publication needs from the CVE records feature. */
export interface CaseCveRecords {
  /** The case's CVE IDs, each with what would stop its record from being published (empty when ready). */
  check(db: Db, caseId: string): Promise<{ cveId: string; problems: string[] }[]>;
  /** Marks the case's records published at the instant, inside the publishing transaction; returns their IDs. */
  markPublished(trx: Transaction<Database>, caseId: string, at: Date): Promise<string[]>;
  /** Sends one record to CVE Services (outside any transaction); idempotent. */
  push(cveId: string): Promise<'published' | 'updated' | 'not_configured'>;
  /** Whether records go to CVE Services at all (reads the database: call it outside transactions). */
  cveServicesConfigured(): Promise<boolean>;
}
