import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from '../../cli/command.ts';
import { formatIssue, issue, type Issue } from './issues.ts';
import { MAX_RECORD_BYTES, parseJsonText, readBoundedFile } from './json-text.ts';
import { validateCveRecord } from './validate-record.ts';

const USAGE = `Usage: xmppsec cve validate [--json] [--quiet] <file>...

Checks CVE JSON 5 record files against the official CVE record schema (the newest release
shipped with xmppsec, or the one matching the record's dataVersion) and the CVE Program's rules
the schema cannot express: one English description per language tag, CVSS vectors that parse and
agree with their scores and severities, no whitespace-only text. Needs no database.

Prints OK or the problems of each file, each naming the field. Exit status: 0 when every file is
valid, 1 when any is not, 2 on a usage error.

Options:
  --json     one JSON report on stdout: [{file, valid, cveId, state, schemaVersion, errors, warnings}]
  --quiet    print only invalid files (and warnings of valid ones are not printed)
  --help     show this text
`;

export interface FileReport {
  file: string;
  valid: boolean;
  cveId?: string;
  state?: string;
  dataVersion?: string;
  schemaVersion?: string;
  errors: Issue[];
  warnings: Issue[];
}

export async function validateFile(file: string, maxBytes = MAX_RECORD_BYTES): Promise<FileReport> {
  const read = await readBoundedFile(file, maxBytes);
  if (!read.ok) return { file, valid: false, errors: [issue('(file)', read.message, read.tooLarge ? 'TOO_LARGE' : 'NOT_JSON')], warnings: [] };
  const parsed = parseJsonText(read.bytes, maxBytes);
  if (!parsed.ok) return { file, valid: false, errors: [parsed.issue], warnings: [] };
  const result = validateCveRecord(parsed.value);
  const report: FileReport = { file, valid: result.valid, schemaVersion: result.schemaVersion, errors: result.errors, warnings: result.warnings };
  if (result.cveId !== undefined) report.cveId = result.cveId;
  if (result.state !== undefined) report.state = result.state;
  if (result.dataVersion !== undefined) report.dataVersion = result.dataVersion;
  return report;
}

function describe(r: FileReport): string {
  const what = [r.cveId, r.state, r.schemaVersion ? `schema ${r.schemaVersion}` : undefined].filter((x) => x !== undefined).join(', ');
  return what === '' ? r.file : `${r.file} (${what})`;
}

export const cveValidateCommand: CliCommand = {
  name: 'validate',
  summary: 'check CVE JSON 5 record files against the official schema and the CVE rules',
  usage: USAGE,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean' } },
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (parsed.values.help) {
      io.out(USAGE);
      return 0;
    }
    const files = parsed.positionals;
    if (files.length === 0) throw new UsageError('cve validate needs at least one file (see --help)');
    const reports: FileReport[] = [];
    for (const [i, file] of files.entries()) {
      if (io.interactive && files.length > 1) io.err(`\rvalidating ${i + 1}/${files.length}`);
      reports.push(await validateFile(file));
    }
    if (io.interactive && files.length > 1) io.err('\r\x1b[K');
    const invalid = reports.filter((r) => !r.valid).length;
    if (parsed.values.json) {
      io.out(`${JSON.stringify(reports, null, 2)}\n`);
    } else {
      for (const r of reports) {
        if (r.valid) {
          if (parsed.values.quiet) continue;
          io.out(`OK       ${describe(r)}\n`);
          for (const w of r.warnings) io.out(`  warning: ${formatIssue(w)}\n`);
        } else {
          io.out(`INVALID  ${describe(r)}\n`);
          for (const e of r.errors) io.out(`  error:   ${formatIssue(e)}\n`);
          for (const w of r.warnings) io.out(`  warning: ${formatIssue(w)}\n`);
        }
      }
      if (reports.length > 1) io.out(`${reports.length - invalid} valid, ${invalid} invalid\n`);
    }
    return invalid > 0 ? 1 : 0;
  },
};
