import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { UsageError } from '../../cli/command.ts';
import type { CliCommand, CliIo } from '../../cli/command.ts';
import { parseDoap } from './doap-parser.ts';
import { summariseDoap } from './doap-summary.ts';
import type { DoapSummary } from './doap-summary.ts';
import type { DoapProblem, DoapProject } from './doap-types.ts';
import { safeFetch } from './safe-fetch.ts';
import type { SafeFetchOptions } from './safe-fetch.ts';
import { DEFAULT_XML_LIMITS } from './xml-tree.ts';

export interface DoapCheckResult {
  source: string;
  /** For URLs: where the file came from after redirects. */
  fetched?: { url: string; redirects: string[] };
  /** The file could not be read or fetched at all. */
  error?: { code: string; message: string };
  usable: boolean;
  summary: DoapSummary | null;
  problems: DoapProblem[];
  project: DoapProject | null;
}

export interface DoapCommandDeps {
  fetchOptions?: SafeFetchOptions;
  maxBytes?: number;
}

const USAGE = `Usage: xmppsec doap check <file|url>... [--json]

Checks DOAP files (XEP-0453) the way the XMPP software directory reads them. For each file
prints its name, categories, programming languages, repository, releases (count, newest with
its date), supported XEPs by status, RFCs, and every problem with its line.

Arguments:
  <file|url>   a local file, or an http(s) URL fetched with a timeout, a size cap and a
               redirect limit

Options:
  --json       print one JSON document with every file's result
  -h, --help   print this help

Exit status: 0 when every file is usable, 1 when at least one is not, 2 on bad arguments.
`;

function isUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}

/** Reads at most maxBytes + 1 bytes, so a huge (or endless, like /dev/zero) file costs nothing. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, 64 * 1024 * 1024));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function failed(source: string, code: string, message: string, fetched?: DoapCheckResult['fetched']): DoapCheckResult {
  return { source, ...(fetched ? { fetched } : {}), error: { code, message }, usable: false, summary: null, problems: [], project: null };
}

export async function checkDoapSource(source: string, deps: DoapCommandDeps = {}): Promise<DoapCheckResult> {
  const maxBytes = deps.maxBytes ?? DEFAULT_XML_LIMITS.maxBytes;
  let bytes: Uint8Array;
  let fetched: DoapCheckResult['fetched'];
  if (isUrl(source)) {
    const res = await safeFetch(source, { maxBytes, ...deps.fetchOptions });
    fetched = { url: res.url, redirects: res.redirects };
    if (res.kind === 'failed') return failed(source, res.reason, res.message, fetched);
    if (res.kind === 'not-modified') return failed(source, 'not-modified', 'the server answered 304 Not Modified to an unconditional request', fetched);
    bytes = res.body;
  } else {
    try {
      bytes = await readBounded(source, maxBytes);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return failed(source, e.code ?? 'read-failed', `cannot read ${source}: ${e.message}`);
    }
  }
  const report = parseDoap(bytes, { limits: { maxBytes } });
  return {
    source,
    ...(fetched ? { fetched } : {}),
    usable: report.usable,
    summary: report.project ? summariseDoap(report.project) : null,
    problems: report.problems,
    project: report.project,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function list(values: readonly (string | number)[]): string {
  return values.length === 0 ? '—' : values.join(', ');
}

export function formatDoapCheck(result: DoapCheckResult): string {
  const lines = [`== ${result.source}`];
  if (result.fetched && result.fetched.url !== result.source) lines.push(`fetched from: ${result.fetched.url}`);
  if (result.error) {
    lines.push(`usable:      no — ${result.error.code}: ${result.error.message}`);
    return `${lines.join('\n')}\n`;
  }
  const s = result.summary;
  lines.push(`name:        ${s?.name ?? '(none)'}`);
  lines.push(`usable:      ${result.usable ? 'yes' : 'no'}`);
  if (s) {
    const newest = s.releases.newest;
    const newestText = newest ? `, newest ${newest.revision ?? '(no revision)'} (${newest.created ?? 'no date'})` : '';
    const statuses = Object.entries(s.xeps.byStatus)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${status === 'unspecified' ? 'no status' : status} ${n}`);
    lines.push(`categories:  ${list(s.categories)}`);
    lines.push(`languages:   ${list(s.programmingLanguages)}`);
    lines.push(`repository:  ${s.repository ?? '—'}`);
    lines.push(`releases:    ${s.releases.count}${newestText}`);
    lines.push(`XEPs:        ${s.xeps.total}${statuses.length ? ` (${statuses.join(', ')})` : ''}`);
    lines.push(`RFCs:        ${s.rfcs.length}${s.rfcs.length ? ` (${s.rfcs.map((n) => `RFC ${n}`).join(', ')})` : ''}`);
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  lines.push(`problems:    ${result.problems.length} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`);
  for (const p of result.problems) {
    const at = p.column === undefined ? `${p.line}` : `${p.line}:${p.column}`;
    lines.push(`  line ${at}  ${p.severity}  ${p.code}: ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}

async function runCheck(args: string[], io: CliIo, deps: DoapCommandDeps): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError('doap check needs at least one file or URL');

  const results: DoapCheckResult[] = [];
  for (const source of parsed.positionals) {
    if (isUrl(source)) io.err(`fetching ${source}\n`);
    results.push(await checkDoapSource(source, deps));
  }
  const usable = results.filter((r) => r.usable).length;
  if (parsed.values.json) {
    io.out(`${JSON.stringify({ usable: usable === results.length, files: results }, null, 2)}\n`);
  } else {
    io.out(results.map(formatDoapCheck).join('\n'));
    io.out(`\n${plural(results.length, 'file')} checked, ${usable} usable\n`);
  }
  return usable === results.length ? 0 : 1;
}

export function createDoapCommand(deps: DoapCommandDeps = {}): CliCommand {
  return {
    name: 'doap',
    summary: 'Check DOAP files (XEP-0453) as the software directory reads them',
    usage: USAGE,
    async run(args, io) {
      const [sub, ...rest] = args;
      if (sub === '--help' || sub === '-h' || sub === 'help') {
        io.out(USAGE);
        return 0;
      }
      if (sub === undefined) throw new UsageError('missing subcommand; try: xmppsec doap check <file|url>...');
      if (sub !== 'check') throw new UsageError(`unknown doap subcommand "${sub}"; try: xmppsec doap check <file|url>...`);
      return runCheck(rest, io, deps);
    },
  };
}

/** The CLI runs on the user's own machine, where checking a file served on localhost is legitimate. */
export const doapCommand = createDoapCommand({ fetchOptions: { allowPrivateAddresses: true } });
