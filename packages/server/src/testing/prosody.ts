import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Debian's Prosody as the XMPP server that receives xmppsec's notifications in tests: one virtual
 * host with a group chat component, bound to 127.0.0.1 on a free port, plain-text c2s (loopback only).
 */
export interface TestProsody {
  service: string;
  domain: string;
  mucDomain: string;
  register(username: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

export function prosodyAvailable(): boolean {
  return existsSync('/usr/bin/prosody') && existsSync('/usr/bin/prosodyctl');
}

/** Skips loudly outside CI when Prosody is missing; under CI=true its absence fails the test run. */
export function prosodyOrSkip(): boolean {
  if (prosodyAvailable()) return true;
  if (process.env.CI === 'true') throw new Error('CI=true but Debian\'s prosody is not installed (apt-get install prosody).');
  console.warn('\n*** SKIPPING XMPP delivery tests: Debian\'s prosody is not installed. ***\n');
  return false;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startTestProsody(domain = 'xmppsec.test'): Promise<TestProsody> {
  const dir = mkdtempSync(join(tmpdir(), 'xmppsec-prosody-'));
  const port = await freePort();
  const config = join(dir, 'prosody.cfg.lua');
  const log = join(dir, 'prosody.log');
  writeFileSync(
    config,
    `run_as_root = true
pidfile = ${JSON.stringify(join(dir, 'prosody.pid'))}
data_path = ${JSON.stringify(join(dir, 'data'))}
certificates = ${JSON.stringify(dir)}
interfaces = { "127.0.0.1" }
c2s_ports = { ${port} }
s2s_ports = {}
http_ports = {}
https_ports = {}
modules_enabled = { "saslauth", "disco", "ping", "roster", "offline" }
authentication = "internal_plain"
c2s_require_encryption = false
allow_unencrypted_plain_auth = true
log = { info = ${JSON.stringify(log)}, error = ${JSON.stringify(log)} }
VirtualHost ${JSON.stringify(domain)}
Component ${JSON.stringify(`rooms.${domain}`)} "muc"
`,
  );
  mkdirSync(join(dir, 'data'));
  const child = spawn('prosody', ['--config', config, '-F'], { stdio: 'ignore' });
  const until = Date.now() + 20_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) break;
    if (Date.now() > until || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`Prosody did not start: ${existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : 'no log'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    service: `xmpp://127.0.0.1:${port}`,
    domain,
    mucDomain: `rooms.${domain}`,
    async register(username, password) {
      await run('prosodyctl', ['--config', config, 'register', username, domain, password]);
      return `${username}@${domain}`;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
