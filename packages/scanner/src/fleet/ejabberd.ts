/**
 * Debian's ejabberd as a test peer, started straight through `erl` (not ejabberdctl, which
 * wants its system user and directories) with its own config, spool and log directories,
 * listening on 127.0.0.1 only. Listeners carry per-port TLS settings, so one process serves
 * several configurations; each virtual host gets the certificate matching its name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, waitForPort } from './ports.ts';

export interface EjabberdListener {
  name: string;
  module: 'ejabberd_c2s' | 'ejabberd_s2s_in';
  /** Raw YAML option lines for the listener (indented by the caller-free builder). */
  options: Record<string, string | boolean | string[]>;
}

export interface EjabberdOptions {
  dir: string;
  hosts: string[];
  /** PEM files holding certificate chain and key together. */
  certfiles: string[];
  caFile?: string;
  listeners: EjabberdListener[];
  globalOptions?: Record<string, string | boolean | string[]>;
}

export interface EjabberdInstance {
  ports: Record<string, number>;
  logDir: string;
  stop: () => Promise<void>;
}

/** Where Debian installs ejabberd's Erlang libraries, or null. */
export function findEjabberdLibs(): string | null {
  for (const base of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    try {
      if (readdirSync(base).some((d) => /^ejabberd-\d/.test(d))) return base;
    } catch {
      continue;
    }
  }
  return null;
}

function yaml(value: string | boolean | string[]): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export async function startEjabberd(opts: EjabberdOptions): Promise<EjabberdInstance> {
  const libs = findEjabberdLibs();
  if (!libs) throw new Error('ejabberd libraries not found');
  const spool = join(opts.dir, 'spool');
  const logDir = join(opts.dir, 'log');
  await mkdir(spool, { recursive: true });
  await mkdir(logDir, { recursive: true });
  const ports: Record<string, number> = {};
  for (const l of opts.listeners) ports[l.name] = await freePort();
  const lines = [
    'hosts:', ...opts.hosts.map((h) => `  - ${JSON.stringify(h)}`),
    'loglevel: info',
    'certfiles:', ...opts.certfiles.map((c) => `  - ${JSON.stringify(c)}`),
    ...(opts.caFile ? [`ca_file: ${JSON.stringify(opts.caFile)}`] : []),
    'auth_method: internal',
    'acme:', '  auto: false',
    'modules:', '  mod_disco: {}', '  mod_ping: {}',
    ...Object.entries(opts.globalOptions ?? {}).map(([k, v]) => `${k}: ${yaml(v)}`),
    'listen:',
    ...opts.listeners.flatMap((l) => [
      '  -', `    port: ${ports[l.name]}`, '    ip: "127.0.0.1"', `    module: ${l.module}`,
      ...Object.entries(l.options).map(([k, v]) => `    ${k}: ${yaml(v)}`),
    ]),
  ];
  const configPath = join(opts.dir, 'ejabberd.yml');
  await writeFile(configPath, lines.join('\n') + '\n');
  const child: ChildProcess = spawn('/usr/bin/erl', ['-noinput', '-noshell', '-mnesia', 'dir', JSON.stringify(spool), '-s', 'ejabberd'], {
    cwd: opts.dir,
    env: { ...process.env, ERL_LIBS: libs, EJABBERD_CONFIG_PATH: configPath, EJABBERD_LOG_PATH: logDir, HOME: opts.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited: string | null = null;
  child.stdout?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  child.stderr?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  child.on('exit', (code, signal) => { exited = `ejabberd exited (${code ?? signal}): ${output}`; });
  try {
    for (const port of Object.values(ports)) await waitForPort(port, 30_000, () => exited);
  } catch (error) {
    child.kill('SIGKILL');
    const log = await readFile(join(logDir, 'ejabberd.log'), 'utf8').catch(() => '');
    throw new Error(`${(error as Error).message}\n${output}\n${log.slice(-3000)}`);
  }
  return {
    ports,
    logDir,
    stop: () => new Promise<void>((resolve) => {
      if (exited !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => { clearTimeout(timer); resolve(); });
      child.kill('SIGTERM');
    }),
  };
}
