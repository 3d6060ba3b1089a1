import { open } from 'node:fs/promises';
import { cliActor } from '../../authz/actor.ts';
import { dataDirOption, helpOption, jsonOption, parseCommandArgs } from '../../cli/args.ts';
import type { CliCommand, CliIo } from '../../cli/command.ts';
import { printUsage, UsageError } from '../../cli/command.ts';
import { DATABASE_NOTE, withRuntime } from '../../cli/with-runtime.ts';
import { AppError } from '../../errors.ts';
import { MAINTENANCE_STATES } from './maintenance-status.ts';
import type { MaintenanceState } from './maintenance-status.ts';
import type { ProjectSummary } from './queries.ts';
import type { DirectoryService, DoapImportResult, RefreshOutcome } from './service.ts';

/** `xmppsec directory …`: import and refresh the software directory from the command line. */

/** Runs `work` with the directory service of the configured database (tests pass their own). */
export type WithDirectory = <T>(io: CliIo, dataDir: string | undefined, work: (directory: DirectoryService) => Promise<T>) => Promise<T>;

const MAX_LIST_BYTES = 16 * 1024 * 1024;
const MAX_DOAP_BYTES = 2 * 1024 * 1024;

const withConfiguredDirectory: WithDirectory = (io, dataDir, work) => withRuntime(io, dataDir, (runtime) => work(runtime.services.directory));

/** Reads at most `maxBytes`, so a huge or endless file (/dev/zero) is refused without reading it all. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new UsageError(`${path} is larger than ${maxBytes} bytes; not read.`);
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}

const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function describeImport(result: DoapImportResult): string {
  const what = result.newSnapshot ? 'new snapshot' : 'known snapshot seen again';
  const effect = result.applied ? 'project updated' : result.usable ? 'project already up to date' : 'NOT usable, project data kept';
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  return `${result.slug}${result.projectCreated ? ' (new project)' : ''}: ${what}, ${effect}; ${errors} error(s), ${warnings} warning(s)`;
}

function describeOutcome(outcome: RefreshOutcome): string {
  switch (outcome.kind) {
    case 'changed':
      return `${outcome.slug}: changed — ${describeImport(outcome.import)}`;
    case 'unchanged':
      return `${outcome.slug}: unchanged`;
    case 'not-modified':
      return `${outcome.slug}: not modified (304)`;
    case 'failed':
      return `${outcome.slug}: FAILED ${outcome.reason}: ${outcome.message}`;
  }
}

export function createDirectoryCommands(withDirectory: WithDirectory = withConfiguredDirectory): CliCommand[] {
  const importList: CliCommand = {
    name: 'import-list',
    summary: "Import xmpp.org's software list (software.json)",
    usage: `Usage: xmppsec directory import-list <software.json> [--base-url URL] [--json] [--data-dir DIR]

Creates a project for every new entry, updates the list fields (name, DOAP URL, URL, categories,
platforms) of known ones and marks projects that left the list. Hosted DOAP paths ("/hosted-doap/…")
resolve against --base-url (default https://xmpp.org/). ${DATABASE_NOTE}`,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption, 'base-url': { type: 'string' } });
      if (values.help) return printUsage(io, this.usage);
      if (positionals.length !== 1) throw new UsageError('import-list needs exactly one file: the software list (software.json).');
      const text = new TextDecoder().decode(await readBounded(positionals[0]!, MAX_LIST_BYTES));
      const result = await withDirectory(io, values['data-dir'], (directory) => directory.importSoftwareList(cliActor, text, values['base-url'] ? { baseUrl: values['base-url'] } : {}));
      for (const problem of result.problems) io.err(`${problem.severity}: ${problem.message}\n`);
      if (values.json) io.out(json(result));
      else io.out(`${result.entries} entries: ${result.created.length} new, ${result.updated.length} updated, ${result.unchanged} unchanged, ${result.delisted.length} no longer listed; ${result.problems.length} problem(s).\n`);
      return 0;
    },
  };

  const importDoap: CliCommand = {
    name: 'import-doap',
    summary: 'Import DOAP files or URLs (each distinct version is kept as a snapshot)',
    usage: `Usage: xmppsec directory import-doap <file|url>... [--project SLUG] [--allow-private-addresses] [--json] [--data-dir DIR]

Imports each DOAP file into the project it belongs to (--project, else the project whose DOAP URL
or name matches; a new project otherwise). A broken file is kept as a snapshot and shown as a
problem, but never replaces the data of the last good one. URLs are fetched with a timeout, a size
cap and a redirect limit; loopback and private addresses only with --allow-private-addresses.
Exit status: 0 when every file was imported and usable, 1 otherwise. ${DATABASE_NOTE}`,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption, project: { type: 'string' }, 'allow-private-addresses': { type: 'boolean' } });
      if (values.help) return printUsage(io, this.usage);
      if (positionals.length === 0) throw new UsageError('import-doap needs at least one file or URL.');
      if (values.project !== undefined && positionals.length > 1) throw new UsageError('--project names the project of one file; give one file with it.');
      const results: ({ source: string; result: DoapImportResult } | { source: string; error: { code: string; message: string } })[] = [];
      await withDirectory(io, values['data-dir'], async (directory) => {
        for (const [index, source] of positionals.entries()) {
          io.err(`[${index + 1}/${positionals.length}] ${source}\n`);
          try {
            const result = isUrl(source)
              ? await directory.importDoapUrl(cliActor, source, { slug: values.project, allowPrivateAddresses: values['allow-private-addresses'] === true })
              : await directory.importDoap(cliActor, { content: await readBounded(source, MAX_DOAP_BYTES), source, slug: values.project });
            results.push({ source, result });
            if (!values.json) io.out(`${source} → ${describeImport(result)}\n`);
          } catch (error) {
            if (!(error instanceof AppError) && !(error instanceof UsageError)) throw error;
            const code = error instanceof AppError ? error.code : 'unreadable';
            results.push({ source, error: { code, message: error.message } });
            if (!values.json) io.out(`${source} → FAILED ${code}: ${error.message}\n`);
          }
        }
      });
      const good = results.filter((r) => 'result' in r && r.result.usable).length;
      if (values.json) io.out(json({ imported: results }));
      else io.out(`${results.length} file(s): ${good} imported and usable, ${results.length - good} not.\n`);
      return good === results.length ? 0 : 1;
    },
  };

  const importXeps: CliCommand = {
    name: 'import-xeps',
    summary: 'Import the XEP list (xeplist.xml)',
    usage: `Usage: xmppsec directory import-xeps <xeplist.xml> [--json] [--data-dir DIR]

Stores number, title, status, type, last revision, short name, tags and supersedes/superseded-by
of every numbered XEP. A list that cannot be read completely changes nothing. ${DATABASE_NOTE}`,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption });
      if (values.help) return printUsage(io, this.usage);
      if (positionals.length !== 1) throw new UsageError('import-xeps needs exactly one file: the XEP list (xeplist.xml).');
      const content = await readBounded(positionals[0]!, MAX_LIST_BYTES);
      const result = await withDirectory(io, values['data-dir'], (directory) => directory.importXeps(cliActor, content));
      for (const problem of result.problems) io.err(`line ${problem.line}: ${problem.severity}: ${problem.message}\n`);
      if (values.json) io.out(json(result));
      else io.out(`${result.total} XEPs: ${result.added} new, ${result.updated} updated, ${result.unchanged} unchanged; ${result.problems.length} problem(s).\n`);
      return 0;
    },
  };

  const refresh: CliCommand = {
    name: 'refresh',
    summary: "Fetch every project's DOAP file now (what the daily job does)",
    usage: `Usage: xmppsec directory refresh [--project SLUG]... [--allow-private-addresses] [--json] [--data-dir DIR]

Fetches the DOAP file of every project that has a DOAP URL (or only the named ones), with
conditional requests, a timeout, a size cap and a redirect limit. New content becomes a snapshot;
failures are recorded on the project with their reason. Exit status 0 even when some URLs fail
(they are listed); 2 on bad arguments. ${DATABASE_NOTE}`,
    async run(args, io) {
      const { values } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption, project: { type: 'string', multiple: true }, 'allow-private-addresses': { type: 'boolean' } }, false);
      if (values.help) return printUsage(io, this.usage);
      const summary = await withDirectory(io, values['data-dir'], (directory) =>
        directory.refresh(cliActor, {
          ...(values.project ? { slugs: values.project } : {}),
          allowPrivateAddresses: values['allow-private-addresses'] === true,
          onProgress: (outcome, done, total) => io.err(`[${done}/${total}] ${describeOutcome(outcome)}\n`),
        }),
      );
      if (values.json) io.out(json(summary));
      else {
        for (const outcome of summary.outcomes.filter((o) => o.kind === 'failed' || o.kind === 'changed')) io.out(`${describeOutcome(outcome)}\n`);
        io.out(`${summary.checked} DOAP file(s) checked: ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.notModified} not modified, ${summary.failed} failed.\n`);
      }
      return 0;
    },
  };

  const list: CliCommand = {
    name: 'list',
    summary: 'List the projects in the directory',
    usage: `Usage: xmppsec directory list [--category C] [--maintenance STATE] [--xep N] [--json] [--data-dir DIR]

STATE is one of ${MAINTENANCE_STATES.join(', ')}. ${DATABASE_NOTE}`,
    async run(args, io) {
      const { values } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption, category: { type: 'string' }, maintenance: { type: 'string' }, xep: { type: 'string' } }, false);
      if (values.help) return printUsage(io, this.usage);
      if (values.maintenance !== undefined && !(MAINTENANCE_STATES as readonly string[]).includes(values.maintenance)) throw new UsageError(`--maintenance must be one of ${MAINTENANCE_STATES.join(', ')}.`);
      const xep = values.xep === undefined ? undefined : Number(values.xep.replace(/^xep-?/i, ''));
      if (xep !== undefined && !(Number.isInteger(xep) && xep >= 1 && xep <= 9999)) throw new UsageError('--xep must be a XEP number (1–9999).');
      const projects = await withDirectory(io, values['data-dir'], async (directory) => {
        const all: ProjectSummary[] = [];
        for (;;) {
          const page = await directory.listProjects(cliActor, { category: values.category, maintenance: values.maintenance as MaintenanceState | undefined, xep, limit: 500, offset: all.length });
          all.push(...page.projects);
          if (page.projects.length === 0 || all.length >= page.total) return all;
        }
      });
      if (values.json) {
        io.out(json({ projects }));
        return 0;
      }
      const width = Math.min(32, Math.max(4, ...projects.map((p) => p.slug.length)));
      for (const p of projects) {
        const release = p.newestRelease ? `${p.newestRelease.version ?? '?'}${p.newestRelease.date ? ` (${p.newestRelease.date})` : ''}` : '—';
        const flags = [p.archived ? 'archived' : '', p.inScope ? '' : 'out of scope', p.hasDoapProblem ? 'DOAP problem' : ''].filter(Boolean).join(', ');
        io.out(`${p.slug.padEnd(width)}  ${p.maintenance.padEnd(11)}  ${String(p.xepCount).padStart(3)} XEPs  ${release}${flags ? `  [${flags}]` : ''}\n`);
      }
      io.out(`${projects.length} project(s)\n`);
      return 0;
    },
  };

  return [importList, importDoap, importXeps, refresh, list];
}

export const directoryCommands = createDirectoryCommands();
