import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, UsageError } from '../../cli/command.ts';
import type { CliCommand } from '../../cli/command.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { createDirectoryCommands } from './directory-commands.ts';
import { DOAP_FIXTURES, doapFixtureFiles, FIXTURES } from './test-helpers.ts';

const backends = await testBackends();
const MAIN = fileURLToPath(new URL('../../main.ts', import.meta.url));
const softwareJson = join(FIXTURES, 'software.json');
const xeplist = join(FIXTURES, 'xeplist.xml');
const listed = JSON.parse(readFileSync(softwareJson, 'utf8')) as { name: string }[];
const listEntries = listed.length;
const listNames = new Set(listed.map((e) => e.name.toLowerCase()));

describe.each(backends)('xmppsec directory commands on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let commands: Record<string, CliCommand>;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    commands = Object.fromEntries(createDirectoryCommands((_io, _dataDir, work) => work(ctx.services.directory)).map((c) => [c.name, c]));
    const doap = readFileSync(join(DOAP_FIXTURES, 'libstrophe.doap'));
    server = http.createServer((req, res) => (req.url === '/libstrophe.doap' ? res.writeHead(200, { 'content-type': 'application/xml' }).end(doap) : res.writeHead(404).end()));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await ctx.close();
    await handle.close();
  });

  const run = async (name: string, args: string[]) => {
    const io = memoryIo();
    const code = await commands[name]!.run(args, io);
    return { code, out: io.stdout(), err: io.stderr() };
  };

  it('prints usage for --help and refuses bad arguments', async () => {
    for (const name of Object.keys(commands)) {
      const help = await run(name, ['--help']);
      expect(help.code, name).toBe(0);
      expect(help.out).toMatch(/^Usage: xmppsec directory /);
    }
    await expect(run('import-list', [])).rejects.toBeInstanceOf(UsageError);
    await expect(run('import-list', ['/nonexistent/software.json'])).rejects.toThrow(/cannot read/);
    await expect(run('import-list', ['/dev/zero'])).rejects.toThrow(/larger than/);
    await expect(run('import-doap', [])).rejects.toBeInstanceOf(UsageError);
    await expect(run('import-doap', ['--project', 'x', 'a.doap', 'b.doap'])).rejects.toThrow(/one file/);
    await expect(run('list', ['--maintenance', 'sleepy'])).rejects.toThrow(/--maintenance must be one of/);
    await expect(run('list', ['--xep', 'abc'])).rejects.toThrow(/--xep must be/);
    await expect(run('refresh', ['--colour'])).rejects.toThrow(/Unknown option/);
  });

  it('imports the software list, the XEP list and DOAP files, with a summary', async () => {
    const list = await run('import-list', [softwareJson]);
    expect(list.code).toBe(0);
    // One name appears twice in the real list: the second entry is a warning, not a second project.
    expect(list.out).toBe(`${listEntries} entries: ${listNames.size} new, 0 updated, 0 unchanged, 0 no longer listed; ${listEntries - listNames.size} problem(s).\n`);
    expect(list.err).toMatch(/warning: entry \d+ \(".+"\): the name also appears as entry \d+/);
    const again = await run('import-list', ['--json', softwareJson]);
    expect(JSON.parse(again.out)).toMatchObject({ entries: listEntries, created: [], unchanged: listNames.size });

    const xeps = await run('import-xeps', [xeplist]);
    expect(xeps.code).toBe(0);
    expect(xeps.out).toMatch(/^\d+ XEPs: \d+ new, 0 updated, 0 unchanged/);

    const files = doapFixtureFiles().map((f) => join(DOAP_FIXTURES, f));
    const doap = await run('import-doap', files);
    expect(doap.code, doap.out).toBe(0);
    expect(doap.err.split('\n').filter(Boolean)).toHaveLength(files.length);
    expect(doap.out).toContain(`${files.length} file(s): ${files.length} imported and usable, 0 not.`);
    expect(doap.out).toMatch(/prosody\.doap → prosody-im: new snapshot, project updated; 0 error\(s\), \d+ warning\(s\)/);
  });

  it('reports unusable and unreadable files and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xmppsec-doap-'));
    const broken = join(dir, 'broken.doap');
    writeFileSync(broken, readFileSync(join(DOAP_FIXTURES, 'gajim.doap'), 'utf8').slice(0, 2000));
    const result = await run('import-doap', ['--json', '--project', 'gajim', broken]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).imported[0].result).toMatchObject({ slug: 'gajim', usable: false, applied: false });
    const missing = await run('import-doap', [join(dir, 'missing.doap')]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/missing\.doap → FAILED unreadable: cannot read/);
  });

  it('imports from a URL only with --allow-private-addresses for loopback, and refreshes', async () => {
    const refused = await run('import-doap', [`${base}/libstrophe.doap`]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/FAILED doap_fetch_failed: .*private or loopback/);
    const fetched = await run('import-doap', ['--allow-private-addresses', `${base}/libstrophe.doap`]);
    expect(fetched.code, fetched.out).toBe(0);
    expect(fetched.out).toMatch(/→ libstrophe: known snapshot seen again, project already up to date/);
    // libstrophe's DOAP URL is now the local one: refresh fetches it, as the daily job does.
    await ctx.services.directory.updateProject((await ctx.createUser('team')).actor, 'libstrophe', { doapUrl: `${base}/libstrophe.doap` });
    const refreshed = await run('refresh', ['--json', '--allow-private-addresses', '--project', 'libstrophe']);
    expect(refreshed.code).toBe(0);
    expect(JSON.parse(refreshed.out)).toMatchObject({ checked: 1, unchanged: 1 });
    expect(refreshed.err).toMatch(/\[1\/1\] libstrophe: unchanged/);
    const guarded = await run('refresh', ['--project', 'libstrophe']);
    expect(guarded.out).toMatch(/libstrophe: FAILED blocked-address/);
  });

  it('lists projects as a table and as JSON', async () => {
    const text = await run('list', ['--xep', 'XEP-0280']);
    expect(text.code).toBe(0);
    const lines = text.out.trim().split('\n');
    const json = await run('list', ['--json', '--xep', '280']);
    const projects = JSON.parse(json.out).projects as { slug: string; xepCount: number }[];
    expect(projects.length).toBeGreaterThan(3);
    expect(lines.at(-1)).toBe(`${projects.length} project(s)`);
    for (const project of projects) expect(text.out).toMatch(new RegExp(`^${project.slug} +\\w+ +${project.xepCount} XEPs`, 'm'));
    const all = JSON.parse((await run('list', ['--json'])).out).projects as unknown[];
    expect(all.length).toBeGreaterThanOrEqual(listNames.size);
  });
});

describe('xmppsec directory as a process on the embedded database', () => {
  it('imports the XEP list into a data directory and lists projects from it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xmppsec-directory-'));
    const exec = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [MAIN, 'directory', ...args, '--data-dir', dataDir], { env: { ...process.env, XMPPSEC_LOG_LEVEL: 'warn' } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
        child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
        const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`xmppsec directory ${args.join(' ')} did not finish: ${stderr}`)); }, 90_000);
        child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
      });
    const imported = await exec(['import-doap', join(DOAP_FIXTURES, 'kaidan.doap')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/kaidan\.doap → kaidan \(new project\): new snapshot, project updated/);
    const listed = await exec(['list', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout).projects).toEqual([expect.objectContaining({ slug: 'kaidan', hasDoap: true })]);
  }, 120_000);
});
