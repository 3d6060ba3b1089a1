import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `CREATE TABLE advisories (
      id text PRIMARY KEY,
      case_id text NOT NULL UNIQUE REFERENCES cases(id),
      state text NOT NULL CHECK (state IN ('draft', 'approved', 'published')),
      draft jsonb NOT NULL,
      approved_at timestamptz,
      approved_by text,
      published_at timestamptz,
      revision integer NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE INDEX advisories_published_at ON advisories (published_at)`,
    `CREATE TABLE advisory_revisions (
      advisory_id text NOT NULL REFERENCES advisories(id),
      revision integer NOT NULL,
      content jsonb NOT NULL,
      note text NOT NULL,
      published_at timestamptz NOT NULL,
      PRIMARY KEY (advisory_id, revision)
    )`,
    `CREATE TABLE publication_steps (
      id text PRIMARY KEY,
      advisory_id text NOT NULL REFERENCES advisories(id),
      revision integer NOT NULL,
      step text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      done_at timestamptz,
      UNIQUE (advisory_id, revision, step)
    )`,
    `CREATE TABLE subscribers (
      id text PRIMARY KEY,
      email text NOT NULL,
      openpgp_key text,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      confirmed_at timestamptz
    )`,
    `CREATE UNIQUE INDEX subscribers_email ON subscribers (lower(email))`,
  ]);
}
