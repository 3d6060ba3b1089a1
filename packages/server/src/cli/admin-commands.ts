import { verifyAuditChain } from '../audit/audit.ts';
import { cliActor } from '../authz/actor.ts';
import { backupDatabase, restoreDatabase } from '../db/backup.ts';
import { ROLES } from '../features/accounts/tables.ts';
import type { Role } from '../features/accounts/tables.ts';
import { dataDirOption, helpOption, jsonOption, parseCommandArgs } from './args.ts';
import type { CliCommand, CliIo } from './command.ts';
import { printUsage, UsageError } from './command.ts';
import { DATABASE_NOTE, withRuntime } from './with-runtime.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Create or update the database schema',
  usage: `Usage: xmppsec migrate [--data-dir DIR]\n\nApplies every pending migration (serve does this too on start). ${DATABASE_NOTE}`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...helpOption, ...dataDirOption }, false);
    if (values.help) return printUsage(io, this.usage);
    await withRuntime(io, values['data-dir'], async () => {});
    io.out('The database schema is up to date.\n');
    return 0;
  },
};

export const userCommand: CliCommand = {
  name: 'user',
  summary: 'Add, list and disable accounts',
  usage: `Usage:
  xmppsec user add --email EMAIL --role ROLE [--name NAME]   prints a one-time setup link
  xmppsec user list [--json]
  xmppsec user disable --email EMAIL                          ends its sessions, revokes its tokens
  xmppsec user reset --email EMAIL [--clear-totp]             a new setup link (lost password or device)

Roles: ${ROLES.join(', ')}. Admin and team accounts must enrol a second factor (TOTP) at first sign-in.
Options: --data-dir DIR. ${DATABASE_NOTE}`,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values } = parseCommandArgs(rest, { ...helpOption, ...jsonOption, ...dataDirOption, email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, 'clear-totp': { type: 'boolean' } }, false);
    if (values.help || action === '--help' || action === '-h' || action === undefined) return printUsage(io, this.usage);
    switch (action) {
      case 'add': {
        if (!values.email) throw new UsageError('user add needs --email.');
        if (!values.role || !(ROLES as readonly string[]).includes(values.role)) throw new UsageError(`user add needs --role, one of ${ROLES.join(', ')}.`);
        const { user, setupLink } = await withRuntime(io, values['data-dir'], (runtime) =>
          runtime.services.accounts.createUser(cliActor, { email: values.email!, role: values.role as Role, displayName: values.name }),
        );
        if (values.json) io.out(`${JSON.stringify({ id: user.id, email: user.email, role: user.role, setupLink })}\n`);
        else io.out(`Created ${user.role} account ${user.email}.\nOne-time setup link (valid 7 days; share it privately):\n${setupLink}\n`);
        return 0;
      }
      case 'list': {
        const users = await withRuntime(io, values['data-dir'], (runtime) => runtime.services.accounts.listUsers(cliActor));
        if (values.json) {
          io.out(`${JSON.stringify(users)}\n`);
        } else {
          for (const user of users) {
            io.out(`${user.email.padEnd(36)} ${user.role.padEnd(10)} ${user.disabled ? 'disabled' : user.totpEnabled ? 'active, TOTP' : 'active'}\n`);
          }
          io.out(`${users.length} account(s)\n`);
        }
        return 0;
      }
      case 'disable': {
        if (!values.email) throw new UsageError('user disable needs --email.');
        const user = await withRuntime(io, values['data-dir'], (runtime) => runtime.services.accounts.disableUser(cliActor, values.email!));
        io.out(`Disabled ${user.email}: its sessions ended and its API tokens are revoked.\n`);
        return 0;
      }
      case 'reset': {
        if (!values.email) throw new UsageError('user reset needs --email.');
        const link = await withRuntime(io, values['data-dir'], (runtime) => runtime.services.accounts.issueSetupLink(cliActor, values.email!, { clearTotp: Boolean(values['clear-totp']) }));
        io.out(`One-time setup link for ${values.email} (valid 7 days; share it privately):\n${link}\n`);
        return 0;
      }
      default:
        throw new UsageError(`Unknown action "user ${action}". Try xmppsec user --help.`);
    }
  },
};

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Verify the audit log\'s hash chain',
  usage: `Usage: xmppsec audit verify [--json] [--data-dir DIR]

Recomputes the hash of every audit event in order. Exits 1 and names the first broken event when a
row was edited, inserted or deleted behind the application's back. Prints the head hash: keep it
somewhere else to also detect removal of the newest events. ${DATABASE_NOTE}`,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values } = parseCommandArgs(rest, { ...helpOption, ...jsonOption, ...dataDirOption }, false);
    if (values.help || action === undefined || action === '--help' || action === '-h') return printUsage(io, this.usage);
    if (action !== 'verify') throw new UsageError(`Unknown action "audit ${action}". Try xmppsec audit --help.`);
    const verdict = await withRuntime(io, values['data-dir'], (runtime) => verifyAuditChain(runtime.services.db));
    if (values.json) io.out(`${JSON.stringify(verdict)}\n`);
    else if (verdict.ok) io.out(`OK: ${verdict.events} audit events, chain intact. Head hash ${verdict.headHash}\n`);
    else io.out(`BROKEN at event #${verdict.firstBroken!.seq}: ${verdict.firstBroken!.reason}. ${verdict.events - 1} events before it check out.\n`);
    return verdict.ok ? 0 : 1;
  },
};

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write the whole database to a file',
  usage: `Usage: xmppsec backup FILE [--data-dir DIR]

Writes every row of every table to FILE (gzip-compressed JSON lines), in one consistent snapshot.
The same format serves both backends: a backup of the embedded database restores into PostgreSQL
and back. ${DATABASE_NOTE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...helpOption, ...dataDirOption });
    if (values.help) return printUsage(io, this.usage);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('backup needs exactly one FILE.');
    const summary = await withRuntime(io, values['data-dir'], (runtime) => backupDatabase(runtime.services.db, file, progress(io, 'Backing up')));
    io.out(`Wrote ${file}: ${describeCounts(summary.tables)}.\n`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Replace the database with a backup',
  usage: `Usage: xmppsec restore FILE [--force] [--data-dir DIR]

Replaces the whole database with FILE, in one transaction: a damaged file changes nothing. Refuses
a database that holds data unless --force is given. Stop serve first when using the embedded database.
${DATABASE_NOTE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...helpOption, ...dataDirOption, force: { type: 'boolean' } });
    if (values.help) return printUsage(io, this.usage);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new UsageError('restore needs exactly one FILE.');
    const summary = await withRuntime(io, values['data-dir'], (runtime) => restoreDatabase(runtime.services.db, file, { force: Boolean(values.force) }, progress(io, 'Restoring')));
    io.out(`Restored ${file}: ${describeCounts(summary.tables)}.\n`);
    return 0;
  },
};

function progress(io: CliIo, verb: string) {
  return (table: string, rows: number) => {
    if (io.interactive) io.err(`\r\x1b[2K${verb} ${table}: ${rows} rows`);
  };
}

function describeCounts(tables: Record<string, number>): string {
  const total = Object.values(tables).reduce((sum, count) => sum + count, 0);
  return `${total} rows in ${Object.keys(tables).length} tables`;
}
