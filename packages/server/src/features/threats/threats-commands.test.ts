import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, UsageError } from '../../cli/command.ts';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { threatsRenderCommand, threatsValidateCommand } from './threats-commands.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'xmppsec-threats-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('xmppsec threats validate', () => {
  it('accepts the seed register', async () => {
    const io = memoryIo();
    expect(await threatsValidateCommand.run([SEED_DIR], io)).toBe(0);
    const count = (await readRegisterDir(SEED_DIR)).size;
    expect(io.stdout()).toBe(`${count} threats valid\n`);
  });

  it('rejects a malformed tree with file, line and the node named; exit 1', async () => {
    const dir = join(work, 'broken');
    await mkdir(dir);
    const good = (await readRegisterDir(SEED_DIR)).get('amplification.yaml')!;
    await writeFile(join(dir, 'amplification.yaml'), good.replace('children: [join-busy-room, no-room-rate-limit]', 'children: [join-busy-room, no-such-step]'));
    const io = memoryIo();
    expect(await threatsValidateCommand.run([dir], io)).toBe(1);
    const line = good.split('\n').findIndex((l) => l.includes('children: [join-busy-room, no-room-rate-limit]')) + 1;
    expect(io.stderr()).toContain(`${join(dir, 'amplification.yaml')}:${line}:`);
    expect(io.stderr()).toContain('node "room-flood" refers to child "no-such-step", which is not defined [unknown-node]');
    expect(io.stdout()).toContain('1 file with errors, 0 valid');

    const json = memoryIo();
    expect(await threatsValidateCommand.run(['--json', join(dir, 'amplification.yaml')], json)).toBe(1);
    const report = JSON.parse(json.stdout()) as { ok: boolean; errors: { issues: { code: string; node?: string; line?: number }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.errors[0]!.issues).toContainEqual(expect.objectContaining({ code: 'unknown-node', node: 'room-flood', line }));
  });

  it('reports usage errors and prints help', async () => {
    await expect(threatsValidateCommand.run([], memoryIo())).rejects.toThrow(UsageError);
    await expect(threatsValidateCommand.run([join(work, 'missing')], memoryIo())).rejects.toThrow(/no such file or folder/);
    const io = memoryIo();
    expect(await threatsValidateCommand.run(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: xmppsec threats validate');
  });
});

describe('xmppsec threats render', () => {
  it('renders the seed to an HTML file', async () => {
    const out = join(work, 'register.html');
    const io = memoryIo();
    expect(await threatsRenderCommand.run(['--format', 'html', '--out', out, '--version', '4'], io)).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<title>XMPP threat register, version 4</title>');
    expect(html).toContain('<style>');
    expect(io.stderr()).toMatch(/wrote register\.html: \d+ threats/);
  });

  it('renders Markdown with SVG files beside it and the changes since a previous folder', async () => {
    const previous = join(work, 'previous');
    await mkdir(previous);
    for (const [name, text] of await readRegisterDir(SEED_DIR)) {
      if (name !== 'amplification.yaml') await writeFile(join(previous, name), text);
    }
    const out = join(work, 'md', 'register.md');
    await mkdir(join(work, 'md'));
    const io = memoryIo();
    const code = await threatsRenderCommand.run(
      ['--format', 'md', '--out', out, '--images', join(work, 'md', 'trees'), '--previous', previous, '--previous-version', '3'],
      io,
    );
    expect(code).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toContain('](trees/starttls-stripping.svg)');
    expect(md).toContain('## Changes since version 3');
    expect(md).toContain('- Added: [Amplification');
    const svgs = await readdir(join(work, 'md', 'trees'));
    expect(svgs).toContain('starttls-stripping.svg');
  });

  it('writes to standard output and refuses bad options', async () => {
    const io = memoryIo();
    expect(await threatsRenderCommand.run(['--format', 'md', '--stylesheet', 'x.css'], io).catch((e: unknown) => e)).toBeInstanceOf(UsageError);
    await expect(threatsRenderCommand.run(['--format', 'pdf'], memoryIo())).rejects.toThrow('--format is html or md');
    await expect(threatsRenderCommand.run(['--bogus'], memoryIo())).rejects.toThrow(UsageError);
    await expect(threatsRenderCommand.run(['--dir', join(work, 'nowhere')], memoryIo())).rejects.toThrow(/no such folder/);
    const md = memoryIo();
    expect(await threatsRenderCommand.run(['--format', 'md', '--dir', SEED_DIR], md)).toBe(0);
    expect(md.stdout()).toMatch(/^# XMPP threat register/);
  });
});
