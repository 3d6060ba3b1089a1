import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from '../main.ts';
import { memoryIo } from './command.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

function run(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, XMPPSEC_LOG_LEVEL: 'warn', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`xmppsec ${args.join(' ')} did not finish: ${stderr}`)); }, timeoutMs);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('xmppsec command line', () => {
  it('lists its commands, and every command has --help', async () => {
    const io = memoryIo();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const command of COMMANDS) {
      expect(io.stdout()).toContain(command.name);
      const help = memoryIo();
      expect(await runCli([command.name, '--help'], help), command.name).toBe(0);
      expect(help.stdout()).toMatch(/Usage/);
    }
    const unknown = memoryIo();
    expect(await runCli(['frobnicate'], unknown)).toBe(2);
    expect(unknown.stderr()).toContain('unknown command "frobnicate"');
    const badFlag = memoryIo();
    expect(await runCli(['serve', '--colour'], badFlag)).toBe(2);
    expect(badFlag.stderr()).toMatch(/Unknown option '--colour'/);
  });

  it('serves on the embedded database, refuses a second process on the same directory, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xmppsec-serve-'));
    const port = await freePort();
    const server = spawn(process.execPath, [MAIN, 'serve', '--port', String(port), '--data-dir', dataDir, '--no-seed'], { env: { ...process.env, XMPPSEC_LOG_LEVEL: 'warn' } });
    let stderr = '';
    let exited = false;
    server.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    server.on('exit', () => { exited = true; });
    try {
      const until = Date.now() + 50_000;
      let ready = false;
      while (!ready && !exited && Date.now() < until) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.status === 200, () => false);
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(ready, stderr).toBe(true);

      const second = await run(['serve', '--port', String(await freePort()), '--data-dir', dataDir]);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toMatch(/in use by another xmppsec process \(PID \d+\)/);
    } finally {
      if (!exited) {
        server.kill('SIGTERM');
        await new Promise((resolve) => server.on('close', resolve));
      }
    }
    expect(stderr).toContain('stopping');
    expect(stderr).toMatch(/No account has been set up yet.*\n.*\/setup#token=xsu_/);
    // The lock is released on a clean stop: the CLI can open the directory now.
    const listed = await run(['user', 'list', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/admin@localhost\s+admin/);
    expect(listed.stdout).toContain('1 account(s)');
  });

  it('adds users and verifies the audit chain, naming an event edited by hand', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xmppsec-audit-'));
    const added = await run(['user', 'add', '--email', 'lead@example.org', '--role', 'team', '--data-dir', dataDir]);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/\/setup#token=xsu_/);
    expect((await run(['user', 'add', '--email', 'second@example.org', '--role', 'maintainer', '--data-dir', dataDir])).code).toBe(0);
    const badRole = await run(['user', 'add', '--email', 'x@example.org', '--role', 'boss', '--data-dir', dataDir]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/--role, one of admin, team, maintainer, reporter/);

    const ok = await run(['audit', 'verify', '--data-dir', dataDir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/OK: 2 audit events/);

    // Tamper as someone with direct database access would.
    const { openDatabase } = await import('../db/database.ts');
    const { sql } = await import('kysely');
    const handle = await openDatabase({ kind: 'pglite', dataDir });
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(handle.db);
    const first = await handle.db.selectFrom('audit_events').select('seq').orderBy('seq').limit(1).executeTakeFirstOrThrow();
    await sql`UPDATE audit_events SET details = '{"email": "someone-else@example.org", "role": "admin"}' WHERE seq = ${first.seq}`.execute(handle.db);
    await handle.close();

    const broken = await run(['audit', 'verify', '--data-dir', dataDir]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at event #${first.seq}`);
    const json = await run(['audit', 'verify', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, firstBroken: { seq: first.seq } });
  });

  it('worker refuses the embedded database', async () => {
    const io = memoryIo({});
    expect(await runCli(['worker'], io)).toBe(2);
    expect(io.stderr()).toMatch(/needs PostgreSQL/);
  });
});
