import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../authz/actor.ts';
import type { Clock } from '../clock.ts';
import { json } from './json.ts';
import type { Mutations } from './mutations.ts';
import type { Database } from './schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Run-time settings (CNA identity, the team's OpenPGP key, publication channels, …) as JSON values. */
export async function readSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function writeSetting(trx: Transaction<Database>, key: string, value: unknown, now: Date): Promise<void> {
  await trx
    .insertInto('settings')
    .values({ key, value: json(value), updated_at: now })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: json(value), updated_at: now }))
    .execute();
}

/** A random secret for signing (proof-of-work challenges, …), made on first use and kept in the database. */
export async function serverSecret(deps: { db: Kysely<Database>; mutations: Mutations; clock: Clock }, actor: Actor): Promise<string> {
  const existing = await readSetting<string>(deps.db, 'server_secret');
  if (existing) return existing;
  return deps.mutations.run(actor, async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: 'server_secret', value: json(randomBytes(32).toString('base64url')), updated_at: deps.clock.now() })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
    const value = (await readSetting<string>(trx, 'server_secret'))!;
    return { result: value, audit: { action: 'settings.server_secret_created' } };
  });
}
