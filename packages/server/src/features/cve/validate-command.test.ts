import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryIo, UsageError } from '../../cli/command.ts';
import { fixtureRecords } from './test-fixtures.ts';
import { cveValidateCommand, type FileReport } from './validate-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'xmppsec-cve-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function openfire(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- edits parsed JSON
  return structuredClone(fixtureRecords().find((f) => f.file === 'CVE-2023-32315.json')?.record) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await cveValidateCommand.run(args, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('xmppsec cve validate', () => {
  it('reports every real record valid', async () => {
    const { code, out } = await run(...fixtureRecords().map((f) => f.path));
    expect(code).toBe(0);
    expect(out).toMatch(/^OK {7}\S+CVE-2021-41055\.json \(CVE-2021-41055, PUBLISHED, schema 5\.2\.0\)$/m);
    expect(out.trim().split('\n').at(-1)).toBe('4 valid, 0 invalid');
  });

  it('fails a copy without an English description, naming the field', async () => {
    const record = openfire();
    record.containers.cna.descriptions[0].lang = 'fr';
    const file = write('no-english.json', JSON.stringify(record));
    const { code, out } = await run(file);
    expect(code).toBe(1);
    expect(out).toContain(`INVALID  ${file} (CVE-2023-32315, PUBLISHED, schema 5.2.0)\n  error:   containers.cna.descriptions: needs an entry with lang 'en'\n`);
  });

  it('fails a malformed CVSS vector, naming the field', async () => {
    const record = openfire();
    record.containers.cna.metrics[0].cvssV3_1.vectorString = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:L/AV:P';
    const { code, out } = await run(write('bad-cvss.json', JSON.stringify(record)));
    expect(code).toBe(1);
    expect(out).toContain("error:   containers.cna.metrics[0].cvssV3_1.vectorString: is not a valid CVSS vector: metric 'AV' appears more than once");
  });

  it('reports each file on its own: one bad file makes the exit status 1', async () => {
    const good = fixtureRecords()[0]?.path ?? '';
    const { code, out } = await run(good, write('broken.json', '{"dataType": "CVE_RECORD"'), join(dir, 'missing.json'), dir);
    expect(code).toBe(1);
    expect(out).toMatch(/^OK /m);
    expect(out).toMatch(/broken\.json\n {2}error: {3}\(record\): is not valid JSON: /);
    expect(out).toContain(`error:   (file): cannot read ${join(dir, 'missing.json')}: no such file`);
    expect(out).toContain(`error:   (file): cannot read ${dir}: is a directory`);
    expect(out).toContain('1 valid, 3 invalid');
  });

  it('refuses wrong types and huge files with a clear error', async () => {
    const { out: typesOut } = await run(write('list.json', '[1, 2]'), write('number.json', '7'));
    expect(typesOut.match(/\(record\): must be a JSON object/g)).toHaveLength(2);
    const huge = write('huge.json', Buffer.alloc(9 * 1024 * 1024, 0x20));
    const { code, out } = await run(huge);
    expect(code).toBe(1);
    expect(out).toContain(`${huge} is larger than 8.0 MiB`);
    const { out: zeroOut } = await run('/dev/zero');
    expect(zeroOut).toContain('/dev/zero is larger than 8.0 MiB');
  });

  it('--json prints one machine-readable report', async () => {
    const record = openfire();
    record.containers.cna.title = 7;
    const bad = write('bad-title.json', JSON.stringify(record));
    const { code, out } = await run('--json', fixtureRecords()[0]?.path ?? '', bad);
    expect(code).toBe(1);
    const reports = JSON.parse(out) as FileReport[];
    expect(reports.map((r) => r.valid)).toEqual([true, false]);
    expect(reports[1]).toMatchObject({ file: bad, cveId: 'CVE-2023-32315', errors: [{ path: 'containers.cna.title', code: 'SCHEMA', message: 'must be a string, not a number (7)' }] });
  });

  it('--quiet prints only invalid files', async () => {
    const { code, out } = await run('--quiet', ...fixtureRecords().map((f) => f.path));
    expect(code).toBe(0);
    expect(out).toBe('4 valid, 0 invalid\n');
  });

  it('--help prints the usage; no files or an unknown option is a usage error', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: xmppsec cve validate');
    await expect(run()).rejects.toThrow(UsageError);
    await expect(run('--bogus', 'x.json')).rejects.toThrow(UsageError);
  });
});
