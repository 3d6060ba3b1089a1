import { setTimeout as sleep } from 'node:timers/promises';
import { renderReportText, type ScanMode } from '@xmppsec/scanner';
import { cliActor } from '../../authz/actor.ts';
import { dataDirOption, helpOption, jsonOption, parseCommandArgs } from '../../cli/args.ts';
import { type CliCommand, type CliIo, printUsage, UsageError } from '../../cli/command.ts';
import { AppError } from '../../errors.ts';
import type { Runtime } from '../../runtime.ts';
import { DATABASE_NOTE, withRuntime } from '../../cli/with-runtime.ts';
import type { ScanView, Share, Statistics } from './service.ts';
import { STATISTIC_NAMES, TLS_VERSION_NAMES } from './service.ts';

/**
 * `xmppsec observatory …`: queue scans in the server's database and wait for them, print the
 * network statistics, manage the opt-out list. (`xmppsec scan` is the database-free scanner.)
 */

const POLL_MS = 500;

/** Opens the database without starting scans in the background: this command decides when to run them. */
const withDatabase = <T>(io: CliIo, dataDir: string | undefined, work: (runtime: Runtime) => Promise<T>) => withRuntime(io, dataDir, work, { workers: false });

const SCAN_USAGE = `Usage: xmppsec observatory scan <domain>... [--mode c2s|s2s|both] [--wait] [--force] [--json] [--data-dir DIR]

Queues scans of the domains in the server's database, as a request through the API would. A
domain scanned in the last minutes (XMPPSEC_SCAN_REUSE_MINUTES) gets its recent result unless
--force is given. Opted-out domains are refused.

Options:
  --mode M          c2s, s2s or both (default both)
  --wait            run the queued scans in this process and wait for them; print each report
  --timeout S       with --wait, give up after S seconds (default 600)
  --force           scan again even when a recent result exists
  --json            print the scans as JSON
  --data-dir DIR    the embedded database

Without --wait the scans run in the server's workers (within a minute). The scanner's settings come
from the environment: XMPPSEC_SCAN_RESOLVER, XMPPSEC_SCAN_CA_FILE, XMPPSEC_SCAN_TIMEOUT_SECONDS, …
${DATABASE_NOTE}`;

type Observatory = Runtime['services']['observatory'];

/** Runs due scans in this process (again and again: paced scans come due later) while printing their progress. */
async function waitForScans(io: CliIo, observatory: Observatory, outcomes: { scan?: ScanView }[], lastSeq: Map<string, number>, timeoutSeconds: number): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  const stop = new AbortController();
  const worker = (async () => {
    while (!stop.signal.aborted) {
      await observatory.drain();
      await sleep(POLL_MS * 4, undefined, { signal: stop.signal }).catch(() => undefined);
    }
  })();
  try {
    for (;;) {
      let pending = 0;
      for (const outcome of outcomes) {
        if (!outcome.scan || outcome.scan.status === 'done' || outcome.scan.status === 'failed') continue;
        const fresh = await observatory.getScan(cliActor, outcome.scan.id, { afterSeq: lastSeq.get(outcome.scan.id) ?? 0 });
        for (const event of fresh.events) io.err(`${fresh.domain}: ${event.message}\n`);
        if (fresh.events.length > 0) lastSeq.set(fresh.id, fresh.events.at(-1)!.seq);
        outcome.scan = fresh;
        if (fresh.status === 'queued' || fresh.status === 'running') pending++;
      }
      if (pending === 0) return;
      if (Date.now() > deadline) {
        io.err(`Gave up waiting after ${timeoutSeconds} s; ${pending} scan(s) are still queued or running.\n`);
        return;
      }
      await sleep(POLL_MS);
    }
  } finally {
    stop.abort();
    await worker;
  }
}

const scanAction: CliCommand = {
  name: 'scan',
  summary: 'Queue scans of domains (and with --wait, run them and print the reports)',
  usage: SCAN_USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption, mode: { type: 'string' }, wait: { type: 'boolean' }, force: { type: 'boolean' }, timeout: { type: 'string' } });
    if (values.help) return printUsage(io, this.usage);
    if (positionals.length === 0) throw new UsageError('observatory scan needs at least one domain.');
    const mode = values.mode ?? 'both';
    if (mode !== 'c2s' && mode !== 's2s' && mode !== 'both') throw new UsageError(`--mode is c2s, s2s or both, not "${mode}".`);
    const timeoutSeconds = values.timeout === undefined ? 600 : Number(values.timeout);
    if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1) throw new UsageError(`--timeout takes whole seconds, not "${values.timeout}".`);

    return withDatabase(io, values['data-dir'], async ({ services }) => {
      const { observatory } = services;
      const outcomes: { domain: string; scan?: ScanView; reused?: string | null; error?: { code: string; message: string } }[] = [];
      const lastSeq = new Map<string, number>();
      for (const domain of positionals) {
        try {
          const result = await observatory.requestScan(cliActor, { domain, mode: mode as ScanMode, ...(values.force ? { force: true } : {}) });
          outcomes.push({ domain, scan: result.scan, reused: result.reused });
          lastSeq.set(result.scan.id, result.scan.events.at(-1)?.seq ?? 0);
          io.err(`${result.scan.domain}: ${result.reused === 'recent' ? `scanned recently (scan ${result.scan.id})` : result.reused === 'in-progress' ? `already ${result.scan.status} (scan ${result.scan.id})` : `queued (scan ${result.scan.id})`}\n`);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          outcomes.push({ domain, error: { code: error.code, message: error.message } });
          io.err(`${domain}: ${error.message}\n`);
        }
      }
      if (values.wait) await waitForScans(io, observatory, outcomes, lastSeq, timeoutSeconds);
      if (values.json) {
        io.out(`${JSON.stringify(outcomes.map((o) => ({ domain: o.scan?.domain ?? o.domain, reused: o.reused ?? null, error: o.error ?? o.scan?.error ?? null, scan: o.scan ?? null })))}\n`);
      } else {
        for (const o of outcomes) {
          if (!o.scan) continue;
          if (o.scan.status === 'done' && o.scan.report && values.wait) io.out(renderReportText(o.scan.report, { colour: false, verbose: false }));
          io.out(`${o.scan.domain}: ${o.scan.status}${o.scan.status === 'done' ? `, grade ${o.scan.grade ?? 'none (no server reached)'}` : ''}${o.scan.error ? ` — ${o.scan.error.message}` : ''} (scan ${o.scan.id})\n`);
        }
      }
      const failed = outcomes.some((o) => o.error || o.scan?.status === 'failed' || (values.wait && o.scan?.status !== 'done'));
      return failed ? 1 : 0;
    });
  },
};

const STATS_USAGE = `Usage: xmppsec observatory stats [--json] [--data-dir DIR]

Network statistics over the latest completed scan of every domain (opted-out domains left out):
grades, accepted TLS versions, DANE, certificate and identity failures, STARTTLS not required, …
${DATABASE_NOTE}`;

const percent = (s: Share) => (s.share === null ? '   –  ' : `${(s.share * 100).toFixed(1).padStart(5)}%`);

function renderStatistics(stats: Statistics): string {
  const lines = [`${stats.domains} domain(s), latest scan ${stats.measuredAt ? stats.measuredAt.toISOString() : 'never'}`, '', 'Grades:'];
  for (const [grade, s] of Object.entries(stats.grades)) if (s.count > 0) lines.push(`  ${grade.padEnd(12)} ${String(s.count).padStart(6)}  ${percent(s)}`);
  lines.push('', 'TLS versions accepted (share of domains where measured):');
  for (const version of TLS_VERSION_NAMES) lines.push(`  ${version.padEnd(12)} ${String(stats.tlsVersions[version].count).padStart(6)} of ${String(stats.tlsVersions[version].sample).padEnd(6)} ${percent(stats.tlsVersions[version])}`);
  lines.push('', 'Findings (share of domains where measured):');
  for (const name of STATISTIC_NAMES) lines.push(`  ${name.padEnd(22)} ${String(stats.metrics[name].count).padStart(6)} of ${String(stats.metrics[name].sample).padEnd(6)} ${percent(stats.metrics[name])}`);
  return `${lines.join('\n')}\n`;
}

const statsAction: CliCommand = {
  name: 'stats',
  summary: 'Print the network statistics',
  usage: STATS_USAGE,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption }, false);
    if (values.help) return printUsage(io, this.usage);
    const stats = await withDatabase(io, values['data-dir'], ({ services }) => services.observatory.statistics(cliActor));
    io.out(values.json ? `${JSON.stringify({ ...stats, measuredAt: stats.measuredAt?.toISOString() ?? null })}\n` : renderStatistics(stats));
    return 0;
  },
};

const OPT_OUT_USAGE = `Usage:
  xmppsec observatory opt-out add <domain> [--reason TEXT]   refuse scans of the domain, hide its results
                                                             (also confirms an operator's pending request)
  xmppsec observatory opt-out remove <domain>                end an opt-out or turn down a request
  xmppsec observatory opt-out list [--pending] [--json]

Options: --data-dir DIR. ${DATABASE_NOTE}`;

const optOutAction: CliCommand = {
  name: 'opt-out',
  summary: 'Add, remove and list domains whose operators asked not to be scanned',
  usage: OPT_OUT_USAGE,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseCommandArgs(rest, { ...helpOption, ...jsonOption, ...dataDirOption, reason: { type: 'string' }, pending: { type: 'boolean' } });
    if (values.help || action === undefined || action === '--help' || action === '-h') return printUsage(io, this.usage);
    const dataDir = values['data-dir'];
    switch (action) {
      case 'add': {
        const [domain] = positionals;
        if (positionals.length !== 1 || domain === undefined) throw new UsageError('opt-out add takes one domain.');
        const optOut = await withDatabase(io, dataDir, ({ services }) => services.observatory.addOptOut(cliActor, { domain, ...(values.reason !== undefined ? { reason: values.reason } : {}) }));
        io.out(`${optOut.domain} is opted out: its scans are refused and its results hidden.\n`);
        return 0;
      }
      case 'remove': {
        const [domain] = positionals;
        if (positionals.length !== 1 || domain === undefined) throw new UsageError('opt-out remove takes one domain.');
        await withDatabase(io, dataDir, ({ services }) => services.observatory.removeOptOut(cliActor, domain));
        io.out(`${domain} may be scanned again.\n`);
        return 0;
      }
      case 'list': {
        if (positionals.length > 0) throw new UsageError('opt-out list takes no domain.');
        const list = await withDatabase(io, dataDir, ({ services }) => services.observatory.listOptOuts(cliActor, values.pending ? { status: 'pending' } : {}));
        if (values.json) {
          io.out(`${JSON.stringify(list.map((o) => ({ ...o, requestedAt: o.requestedAt.toISOString(), decidedAt: o.decidedAt?.toISOString() ?? null })))}\n`);
        } else {
          for (const o of list) io.out(`${o.domain.padEnd(40)} ${o.status.padEnd(8)} ${o.requestedAt.toISOString().slice(0, 10)} ${o.contact || '-'}${o.reason ? `  ${o.reason.replace(/\s+/g, ' ').slice(0, 80)}` : ''}\n`);
          io.out(`${list.length} opt-out(s)\n`);
        }
        return 0;
      }
      default:
        throw new UsageError(`Unknown action "observatory opt-out ${action}". Try xmppsec observatory opt-out --help.`);
    }
  },
};

export const observatoryCommands: readonly CliCommand[] = [scanAction, statsAction, optOutAction];
