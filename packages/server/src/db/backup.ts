import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../errors.ts';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

/**
 * Backups are logical: one JSON line per row, gzip-compressed, the same format for PGlite and
 * PostgreSQL, so a backup of one restores into the other. PostgreSQL itself converts every value
 * (row_to_json out, json_populate_recordset in), so types round-trip exactly.
 */
const FORMAT = 'xmppsec-backup';
const FORMAT_VERSION = 1;
const PAGE = 500;

interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

export interface BackupSummary {
  tables: Record<string, number>;
  migrations: string[];
}

type Db = Kysely<Database> | Transaction<Database>;

export async function backupDatabase(db: Kysely<Database>, file: string, onProgress: (table: string, rows: number) => void = () => {}): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const counts: Record<string, number> = {};
  try {
    await db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      const tables = await tablesInLoadOrder(trx);
      const applied = await appliedMigrations(trx);
      const header: BackupHeader = { format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), migrations: applied, tables };
      async function* lines() {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          let count = 0;
          const order = await primaryKeyColumns(trx, table);
          for (let offset = 0; ; offset += PAGE) {
            const orderBy = order.length > 0 ? order.map((column) => `t.${quoteIdent(column)}`).join(', ') : 't.ctid';
            const { rows } = await sql<{ j: string }>`SELECT row_to_json(t)::text AS j FROM ${sql.table(table)} t ORDER BY ${sql.raw(orderBy)} LIMIT ${PAGE} OFFSET ${offset}`.execute(trx);
            for (const row of rows) yield `{"t":${JSON.stringify(table)},"r":${row.j}}\n`;
            count += rows.length;
            counts[table] = count;
            onProgress(table, count);
            if (rows.length < PAGE) break;
          }
        }
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
      return applied;
    });
    renameSync(partial, file);
    const header = await readHeader(file);
    return { tables: counts, migrations: header.migrations };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Replaces the whole database with the backup: the schema is rebuilt up to the backup's migration,
 * the rows are loaded, then newer migrations run. One transaction: a bad file changes nothing.
 */
export async function restoreDatabase(db: Kysely<Database>, file: string, options: { force: boolean }, onProgress: (table: string, rows: number) => void = () => {}): Promise<BackupSummary> {
  const header = await readHeader(file);
  const unknown = header.migrations.filter((name) => !(name in migrations));
  if (unknown.length > 0) throw new AppError('backup_too_new', 400, `This backup was made by a newer xmppsec (migrations ${unknown.join(', ')} are unknown here). Upgrade first.`);
  if (!options.force && (await hasData(db))) {
    throw new AppError('database_not_empty', 409, 'The database already holds data. Restoring replaces all of it: add --force to do so.');
  }
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    await sql`DROP SCHEMA IF EXISTS pgboss CASCADE`.execute(trx);
    await sql`DROP SCHEMA public CASCADE`.execute(trx);
    await sql`CREATE SCHEMA public`.execute(trx);
    const target = header.migrations.at(-1);
    if (target) await runMigrator(trx, (migrator) => migrator.migrateTo(target));
    await sql`SET CONSTRAINTS ALL DEFERRED`.execute(trx);
    const known = new Set(await tablesInLoadOrder(trx));
    let batch: { table: string; rows: string[] } | undefined;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      await sql`INSERT INTO ${sql.table(batch.table)} SELECT * FROM json_populate_recordset(NULL::${sql.table(batch.table)}, ${`[${batch.rows.join(',')}]`}::json)`.execute(trx);
      const count = (counts[batch.table] ?? 0) + batch.rows.length;
      counts[batch.table] = count;
      onProgress(batch.table, count);
      batch.rows = [];
    };
    let first = true;
    for await (const line of readLines(file)) {
      if (first) { first = false; continue; }
      if (line.trim() === '') continue;
      const { table, rowJson } = parseRowLine(line);
      if (!known.has(table)) throw new AppError('backup_corrupt', 400, `The backup names a table "${table}" that its own schema does not have.`);
      if (batch?.table !== table) {
        await flush();
        batch = { table, rows: [] };
      }
      batch.rows.push(rowJson);
      if (batch.rows.length >= PAGE) await flush();
    }
    await flush();
    await resetIdentitySequences(trx);
    await runMigrator(trx, (migrator) => migrator.migrateToLatest());
  });
  return { tables: counts, migrations: header.migrations };
}

function parseRowLine(line: string): { table: string; rowJson: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new AppError('backup_corrupt', 400, 'The backup has a line that is not JSON: the file is damaged.');
  }
  const record = parsed as { t?: unknown; r?: unknown };
  if (typeof record.t !== 'string' || typeof record.r !== 'object' || record.r === null) throw new AppError('backup_corrupt', 400, 'The backup has a line without a table and a row.');
  return { table: record.t, rowJson: JSON.stringify(record.r) };
}

async function readHeader(file: string): Promise<BackupHeader> {
  for await (const line of readLines(file)) {
    let header: Partial<BackupHeader>;
    try {
      header = JSON.parse(line) as Partial<BackupHeader>;
    } catch {
      break;
    }
    if (header.format !== FORMAT || header.version !== FORMAT_VERSION || !Array.isArray(header.migrations)) break;
    return header as BackupHeader;
  }
  throw new AppError('not_a_backup', 400, `${file} is not an xmppsec backup.`);
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not_a_backup', 400, `${file} cannot be read as a gzip-compressed xmppsec backup: ${(error as Error).message}`);
  } finally {
    input.destroy();
  }
}

async function runMigrator(db: Db, step: (migrator: Migrator) => ReturnType<Migrator['migrateToLatest']>): Promise<void> {
  const migrator = new Migrator({ db: db as Kysely<Database>, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error } = await step(migrator);
  if (error) throw error;
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((row) => row.name);
}

async function hasData(db: Db): Promise<boolean> {
  const tables = await tablesInLoadOrder(db);
  for (const table of tables) {
    const { rows } = await sql<{ present: boolean }>`SELECT EXISTS (SELECT 1 FROM ${sql.table(table)}) AS present`.execute(db);
    if (rows[0]?.present) return true;
  }
  return false;
}

/** The application's tables, parents before children (by foreign key), migrations' own tables left out. */
async function tablesInLoadOrder(db: Db): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_migration%'
    ORDER BY table_name`.execute(db);
  const { rows: edges } = await sql<{ child: string; parent: string }>`
    SELECT tc.table_name AS child, ccu.table_name AS parent
    FROM information_schema.table_constraints tc
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`.execute(db);
  const parents = new Map<string, Set<string>>(tables.map((table) => [table.name, new Set<string>()]));
  for (const edge of edges) if (edge.child !== edge.parent) parents.get(edge.child)?.add(edge.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (placed.has(name) || path.has(name)) return;
    path.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, path);
    path.delete(name);
    placed.add(name);
    ordered.push(name);
  };
  for (const table of tables) visit(table.name, new Set());
  return ordered;
}

async function primaryKeyColumns(db: Db, table: string): Promise<string[]> {
  const { rows } = await sql<{ column: string }>`
    SELECT kcu.column_name AS column FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    WHERE tc.table_schema = 'public' AND tc.table_name = ${table} AND tc.constraint_type = 'PRIMARY KEY'
    ORDER BY kcu.ordinal_position`.execute(db);
  return rows.map((row) => row.column);
}

async function resetIdentitySequences(db: Db): Promise<void> {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')`.execute(db);
  for (const { table, column } of rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), COALESCE((SELECT max(${sql.ref(column)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
