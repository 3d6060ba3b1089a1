/**
 * `xmppsec scan <domain>…`: scans, prints a report (or JSON), shows progress on stderr and
 * exits non-zero with --fail-below when a domain grades worse than asked.
 */
import { parseArgs } from 'node:util';
import { gradeAtLeast } from './grade/grade.ts';
import { DomainNameError, normaliseDomain } from './identity/domain-name.ts';
import { renderReportText } from './report/render-text.ts';
import { GRADES, type Grade, type ScanMode, type ScanReport } from './report/types.ts';
import { scanDomains, ScanOptionsError, type ScanProgressEvent } from './scan/scan-domain.ts';
import { DnsError } from './dns/client.ts';

/** Structurally identical to the server's CliIo/CliCommand (packages/server/src/cli/command.ts); the scanner does not depend on the server. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  interactive: boolean;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

const USAGE = `Usage: xmppsec scan [options] <domain>…

Probe and grade the XMPP service of each domain: DNS (SRV, DNSSEC, DANE), STARTTLS and
direct TLS, TLS versions and ciphers, certificate chain and XMPP identity, SASL before and
after TLS, dialback and SASL EXTERNAL.

Options:
  --mode c2s|s2s|both     which side to scan (default both)
  --resolver HOST:PORT    DNS resolver to query (default: the system's first)
  --ca-file FILE          extra trust anchors (PEM), e.g. for private networks
  --concurrency N         simultaneous connections (default 8)
  --timeout SECONDS       budget per domain (default 60)
  --fail-below GRADE      exit 1 when a domain grades worse than GRADE (${GRADES.join(' ')})
  --json                  print the reports as JSON (schema: @xmppsec/scanner/scan-report.schema.json)
  --quiet                 no progress on stderr
  -h, --help              show this help
`;

class CliUsageError extends Error {
  override name = 'UsageError';
}

function positiveNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliUsageError(`--${name} needs a positive number, not ${JSON.stringify(value)}`);
  return n;
}

function progressPrinter(io: CliIo, total: number) {
  let probes = 0;
  let done = 0;
  let lastDraw = 0;
  return (event: ScanProgressEvent) => {
    if (event.type === 'probe-done') probes++;
    if (event.type === 'domain-done') {
      done++;
      const line = `${event.domain}: ${event.grade ?? 'no grade'} in ${(event.durationMs / 1000).toFixed(1)} s (${done}/${total})`;
      io.err(io.interactive ? `\r\x1b[2K${line}\n` : `${line}\n`);
      return;
    }
    if (io.interactive && Date.now() - lastDraw > 80) {
      lastDraw = Date.now();
      io.err(`\r\x1b[2Kscanning ${total - done} domain(s): ${probes} probes done`);
    }
  };
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mode: { type: 'string' }, resolver: { type: 'string' }, 'ca-file': { type: 'string' }, concurrency: { type: 'string' },
        timeout: { type: 'string' }, 'fail-below': { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  try {
    if (positionals.length === 0) throw new CliUsageError('name at least one domain to scan');
    const mode = (values.mode ?? 'both') as ScanMode;
    if (!['c2s', 's2s', 'both'].includes(mode)) throw new CliUsageError(`--mode must be c2s, s2s or both, not ${JSON.stringify(values.mode)}`);
    const failBelow = values['fail-below'] as Grade | undefined;
    if (failBelow !== undefined && !GRADES.includes(failBelow)) throw new CliUsageError(`--fail-below must be one of ${GRADES.join(' ')}`);
    const concurrency = positiveNumber(values.concurrency, 'concurrency', 8);
    if (!Number.isInteger(concurrency)) throw new CliUsageError('--concurrency must be a whole number');
    const timeoutMs = positiveNumber(values.timeout, 'timeout', 60) * 1000;
    const domains = positionals.map((d) => normaliseDomain(d));

    const reports: ScanReport[] = await scanDomains(domains, {
      mode, concurrency, timeoutMs,
      ...(values.resolver ? { resolver: values.resolver } : {}),
      ...(values['ca-file'] ? { caFile: values['ca-file'] } : {}),
      ...(values.quiet ? {} : { onProgress: progressPrinter(io, domains.length) }),
    });
    if (values.json) {
      io.out(`${JSON.stringify(reports, null, 2)}\n`);
    } else {
      const colour = io.interactive && !io.env.NO_COLOR;
      io.out(reports.map((r) => renderReportText(r, { colour })).join('\n'));
    }
    if (failBelow !== undefined) {
      const failing = reports.filter((r) => !gradeAtLeast(r.grade, failBelow));
      if (failing.length > 0) {
        io.err(`xmppsec: below ${failBelow}: ${failing.map((r) => `${r.domain} (${r.grade ?? 'no grade'})`).join(', ')}\n`);
        return 1;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof DomainNameError || error instanceof ScanOptionsError || (error instanceof DnsError && error.code === 'DNS_BAD_RESOLVER')) {
      return usageError(io, error.message);
    }
    throw error;
  }
}

function usageError(io: CliIo, message: string): number {
  io.err(`xmppsec: ${message}\n${USAGE.split('\n')[0]}\n`);
  return 2;
}

export const scanCommand: CliCommand = {
  name: 'scan',
  summary: 'Probe and grade the XMPP service of one or more domains',
  usage: USAGE,
  run,
};
