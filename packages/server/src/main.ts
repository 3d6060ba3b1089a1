#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { auditCommand, backupCommand, migrateCommand, restoreCommand, userCommand } from './cli/admin-commands.ts';
import type { CliCommand, CliIo } from './cli/command.ts';
import { processIo, UsageError } from './cli/command.ts';
import { commandGroup } from './cli/command-group.ts';
import { serveCommand, workerCommand } from './cli/serve-commands.ts';
import { scanCommand } from '@xmppsec/scanner';
import { reportsListCommand, reportsShowCommand, teamKeyCommand } from './features/cases/case-commands.ts';
import { cveCommands } from './features/cve/cve-commands.ts';
import { cveValidateCommand } from './features/cve/validate-command.ts';
import { directoryCommands } from './features/directory/directory-commands.ts';
import { doapCommand } from './features/directory/doap-check-command.ts';
import { observatoryCommands } from './features/observatory/observatory-commands.ts';
import { threatsCommands } from './features/threats/threats-commands.ts';
import { AppError } from './errors.ts';

export const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  workerCommand,
  migrateCommand,
  userCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
  commandGroup('reports', 'List vulnerability reports and read encrypted ones', [reportsListCommand, reportsShowCommand]),
  teamKeyCommand,
  doapCommand,
  commandGroup('cve', 'Validate, import and export CVE records', [cveValidateCommand, ...cveCommands]),
  scanCommand,
  commandGroup('directory', 'Import, refresh and list the software directory', directoryCommands),
  commandGroup('threats', 'Validate and render the threat register', threatsCommands),
  commandGroup('observatory', 'Queue scans in the database, print network statistics, manage opt-outs', observatoryCommands),
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `xmppsec — the security hub of the XMPP ecosystem

Usage: xmppsec <command> [options]    (xmppsec <command> --help for details)

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}
`;
}

/** Runs one command line; returns the exit code. Errors a user caused print one line, never a stack. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`xmppsec: unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`xmppsec ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(`xmppsec ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  // Output piped into `head` and the like: a closed pipe ends the command quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
