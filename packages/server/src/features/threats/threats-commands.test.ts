import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, UsageError, type CliCommand } from '../../cli/command.ts';
import { openPostgresTestDatabase, testBackends } from '../../db/test-databases.ts';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { importRegister, threatToYaml } from './register-yaml.ts';
import {
  threatsExportCommand,
  threatsImportCommand,
  threatsPublishCommand,
  threatsRenderCommand,
  threatsValidateCommand,
} from './threats-commands.ts';

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

describe('xmppsec threats render from a folder', () => {
  it('renders the seed to an HTML file', async () => {
    const out = join(work, 'register.html');
    const io = memoryIo();
    expect(await threatsRenderCommand.run(['--format', 'html', '--out', out, '--version', '4', '--dir', SEED_DIR], io)).toBe(0);
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
      ['--format', 'md', '--dir', SEED_DIR, '--out', out, '--images', join(work, 'md', 'trees'), '--previous', previous, '--previous-version', '3'],
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

const backends = await testBackends();

interface CliDatabase {
  /** Arguments and environment that point a command at this database. */
  args: string[];
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

async function cliDatabase(name: 'pglite' | 'postgres'): Promise<CliDatabase> {
  if (name === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'xmppsec-threats-db-'));
    return { args: ['--data-dir', dataDir], env: {}, close: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const handle = await openPostgresTestDatabase();
  return { args: [], env: { DATABASE_URL: handle.connectionString! }, close: () => handle.close() };
}

describe.each(backends)('xmppsec threats with the database on $name', ({ name }) => {
  let database: CliDatabase;
  const run = async (command: CliCommand, args: string[]) => {
    const io = memoryIo(database.env);
    const code = await command.run([...args, ...database.args], io);
    return { code, out: io.stdout(), err: io.stderr() };
  };

  beforeAll(async () => {
    database = await cliDatabase(name);
  });
  afterAll(async () => {
    await database.close();
  });

  it('imports the seed folder and exports the same files', async () => {
    const imported = await run(threatsImportCommand, [SEED_DIR]);
    expect(imported.code).toBe(0);
    const seed = new Map([...(await readRegisterDir(SEED_DIR))].filter(([file]) => file.endsWith('.yaml')));
    expect(imported.out).toBe(`Imported ${SEED_DIR}: ${seed.size} added, 0 revised, 0 unchanged.\n`);
    const out = join(work, `export-${name}`);
    expect((await run(threatsExportCommand, [out])).out).toBe(`Wrote ${seed.size} threat files to ${out}.\n`);
    expect(await readRegisterDir(out)).toEqual(seed);
    const again = await run(threatsImportCommand, ['--json', out]);
    expect(JSON.parse(again.out)).toMatchObject({ ok: true, created: [], revised: [], unchanged: [...seed.keys()].map((f) => f.replace('.yaml', '')) });
  });

  it('rejects a folder with a malformed tree, naming file, line and node, and imports nothing', async () => {
    const dir = join(work, `broken-${name}`);
    await mkdir(dir);
    const good = (await readRegisterDir(SEED_DIR)).get('amplification.yaml')!;
    await writeFile(join(dir, 'amplification.yaml'), good.replace('children: [join-busy-room, no-room-rate-limit]', 'children: [join-busy-room, no-such-step]'));
    await writeFile(join(dir, 'brand-new.yaml'), threatToYaml({ ...importRegister([['amplification.yaml', good]]).threats[0]!, slug: 'brand-new' }));
    const result = await run(threatsImportCommand, [dir]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`${join(dir, 'amplification.yaml').replaceAll('.', '\\.')}:\\d+:\\d+: node "room-flood" refers to child "no-such-step", which is not defined \\[unknown-node\\]`));
    expect(result.err).toContain('has errors; nothing was imported');
    const out = join(work, `after-broken-${name}`);
    await run(threatsExportCommand, [out]);
    expect(await readdir(out)).not.toContain('brand-new.yaml');
  });

  it('publishes versions and renders them from the database', async () => {
    const first = await run(threatsPublishCommand, ['--notes', 'First']);
    expect(first.out).toBe('Published version 1 of the register with 9 threats.\n');
    await expect(run(threatsPublishCommand, [])).rejects.toMatchObject({ code: 'register_unchanged' });

    const md = await run(threatsRenderCommand, ['--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^# XMPP threat register\n\nVersion 1 · published \d{4}-\d{2}-\d{2} · 9 threats/);
    expect(md.out.match(/<svg /g)).toHaveLength(9);
    const file = join(work, `register-${name}.html`);
    expect((await run(threatsRenderCommand, ['--out', file, '--version', '1', '--stylesheet', 'register.css'])).err).toMatch(/wrote register-\w+\.html: 9 threats/);
    const html = await readFile(file, 'utf8');
    expect(html).toContain('<link rel="stylesheet" href="register.css">');
    expect(html.match(/<svg /g)).toHaveLength(9);

    const drafts = await run(threatsRenderCommand, ['--format', 'md', '--unpublished', '--drafts']);
    expect(drafts.out).toContain('Version 2 (unpublished, with drafts)');
    expect(drafts.out.match(/<svg /g)).toHaveLength(12);
    const images = join(work, `images-${name}`);
    const withImages = await run(threatsRenderCommand, ['--format', 'md', '--images', images]);
    expect(withImages.out).toContain(`](${relative(process.cwd(), images)}/starttls-stripping.svg)`);
    expect((await readdir(images)).sort()).toHaveLength(9);
    await expect(run(threatsRenderCommand, ['--version', '7'])).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses bad arguments before touching the database', async () => {
    for (const args of [
      ['--drafts'],
      ['--unpublished', '--version', '1'],
      ['--version', 'two'],
      ['--previous', SEED_DIR],
      ['--previous-version', '3'],
      ['--published', '2026-01-01'],
      ['--dir', SEED_DIR, '--unpublished'],
    ]) {
      await expect(run(threatsRenderCommand, args), args.join(' ')).rejects.toThrow(UsageError);
    }
    await expect(run(threatsImportCommand, [])).rejects.toThrow('give exactly one folder to import');
    await expect(run(threatsImportCommand, [join(work, 'missing')])).rejects.toThrow(/no such folder/);
    await expect(run(threatsImportCommand, [work, work])).rejects.toThrow(UsageError);
    await expect(run(threatsExportCommand, [])).rejects.toThrow('give exactly one folder to export to');
    await expect(run(threatsPublishCommand, ['extra'])).rejects.toThrow(UsageError);
    for (const command of [threatsImportCommand, threatsExportCommand, threatsPublishCommand]) {
      const help = await run(command, ['--help']);
      expect(help.out).toContain(`Usage: xmppsec threats ${command.name}`);
    }
  });
});
