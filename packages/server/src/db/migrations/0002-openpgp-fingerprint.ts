import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

/** The fingerprint of a user's OpenPGP key, kept beside the key so it can be shown without parsing. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, ['ALTER TABLE users ADD COLUMN openpgp_fingerprint text']);
}
