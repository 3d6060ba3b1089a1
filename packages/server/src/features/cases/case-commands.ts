import { readFileSync } from 'node:fs';
import { cliActor } from '../../authz/actor.ts';
import { dataDirOption, helpOption, jsonOption, parseCommandArgs } from '../../cli/args.ts';
import type { CliCommand } from '../../cli/command.ts';
import { printUsage, UsageError } from '../../cli/command.ts';
import { DATABASE_NOTE, withRuntime } from '../../cli/with-runtime.ts';
import { decryptText } from '../../crypto/openpgp.ts';
import { REPORT_STATUSES } from './tables.ts';
import type { ReportStatus } from './tables.ts';

export const reportsListCommand: CliCommand = {
  name: 'list',
  summary: 'List reports, newest first (the triage queue with --status new)',
  usage: `Usage: xmppsec reports list [--status STATUS] [--json] [--data-dir DIR]\n\nStatuses: ${REPORT_STATUSES.join(', ')}. ${DATABASE_NOTE}`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption, status: { type: 'string' } }, false);
    if (values.help) return printUsage(io, this.usage);
    if (values.status && !(REPORT_STATUSES as readonly string[]).includes(values.status)) throw new UsageError(`--status must be one of ${REPORT_STATUSES.join(', ')}.`);
    const reports = await withRuntime(io, values['data-dir'], (runtime) => runtime.services.reports.list(cliActor, { status: values.status as ReportStatus | undefined }));
    if (values.json) {
      io.out(`${JSON.stringify(reports.map(({ encryptedBody, ...report }) => ({ ...report, encrypted: encryptedBody !== null })))}\n`);
    } else {
      for (const report of reports) io.out(`${report.reference}  ${report.receivedAt.toISOString()}  ${report.status.padEnd(24)} ${report.encryptedBody ? '[encrypted] ' : ''}${report.title}\n`);
      io.out(`${reports.length} report(s)\n`);
    }
    return 0;
  },
};

export const reportsShowCommand: CliCommand = {
  name: 'show',
  summary: 'Show one report; decrypt an encrypted one with the team\'s private key',
  usage: `Usage: xmppsec reports show REFERENCE [--key PRIVATE-KEY-FILE] [--json] [--data-dir DIR]

Decryption happens here, on your machine: the server never holds the team's private key. A
protected key's passphrase is read from the XMPPSEC_KEY_PASSPHRASE environment variable. ${DATABASE_NOTE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...helpOption, ...jsonOption, ...dataDirOption, key: { type: 'string' } });
    if (values.help) return printUsage(io, this.usage);
    const [reference] = positionals;
    if (!reference || positionals.length > 1) throw new UsageError('reports show needs one report reference (R-…).');
    const report = await withRuntime(io, values['data-dir'], async (runtime) => {
      const all = await runtime.services.reports.list(cliActor);
      const found = all.find((item) => item.reference === reference || item.id === reference);
      if (!found) throw new UsageError(`There is no report ${reference}.`);
      return found;
    });
    let decrypted: string | undefined;
    if (report.encryptedBody && values.key) decrypted = await decryptText(report.encryptedBody, readFileSync(values.key, 'utf8'), io.env.XMPPSEC_KEY_PASSPHRASE);
    if (values.json) {
      io.out(`${JSON.stringify({ ...report, ...(decrypted !== undefined ? { decryptedBody: decrypted } : {}) })}\n`);
      return 0;
    }
    const field = (label: string, value: string | null) => (value ? `${label}:\n${value}\n\n` : '');
    io.out(
      `${report.reference} (${report.status}${report.caseId ? `, case ${report.caseId}` : ''}) received ${report.receivedAt.toISOString()}\n` +
        `From: ${report.reporterName} <${report.reporterEmail}>${report.reporterXmpp ? ` xmpp:${report.reporterXmpp}` : ''}\n` +
        `Projects: ${report.projects.map((project) => `${project.name}${project.slug ? ` [${project.slug}]` : ' (unlisted)'}`).join(', ')}\n` +
        `Credit: ${report.creditConsent ? report.creditAs ?? 'yes' : 'no'}\n\n` +
        `${report.title}\n\n` +
        (report.encryptedBody
          ? decrypted !== undefined
            ? `Decrypted report:\n${decrypted}\n\n`
            : 'The report is encrypted to the team\'s key: add --key with the private key to read it.\n\n'
          : field('Description', report.description) + field('Steps to reproduce', report.steps) + field('Impact', report.impact) + field('Disclosure plans', report.disclosurePlans)) +
        report.attachments.map((attachment) => `Attachment: ${attachment.filename} (${attachment.size} bytes, sha256 ${attachment.sha256})\n`).join(''),
    );
    return 0;
  },
};

export const teamKeyCommand: CliCommand = {
  name: 'team-key',
  summary: 'Set or show the team\'s OpenPGP public key for encrypted reports',
  usage: `Usage: xmppsec team-key set PUBLIC-KEY-FILE | xmppsec team-key show [--data-dir DIR]

The key is published at /.well-known/xmppsec/team-key.asc and used by the report form to encrypt
in the browser. ${DATABASE_NOTE}`,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseCommandArgs(rest, { ...helpOption, ...dataDirOption });
    if (values.help || action === undefined || action === '--help' || action === '-h') return printUsage(io, this.usage);
    if (action === 'set') {
      const [file] = positionals;
      if (!file) throw new UsageError('team-key set needs the public key file.');
      const info = await withRuntime(io, values['data-dir'], (runtime) => runtime.services.reports.setTeamKey(cliActor, readFileSync(file, 'utf8')));
      io.out(`The team's key is now ${info.fingerprint} (${info.userIds.join(', ')}).\n`);
      return 0;
    }
    if (action === 'show') {
      const info = await withRuntime(io, values['data-dir'], (runtime) => runtime.services.reports.teamKey());
      io.out(info ? `${info.fingerprint} ${info.userIds.join(', ')}\n${info.armored}\n` : 'No team key is set.\n');
      return 0;
    }
    throw new UsageError(`Unknown action "team-key ${action}".`);
  },
};
