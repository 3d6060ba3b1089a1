/**
 * Debian's Prosody as a test peer: one process per call, bound to 127.0.0.1 on ports of
 * its own, running as root (`run_as_root`), in the foreground, with its own data directory.
 * Each virtual host can carry its own certificate and settings, so one process serves
 * many configurations side by side.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, waitForPort } from './ports.ts';

export type LuaValue = string | number | boolean | LuaValue[] | { [key: string]: LuaValue };

export interface ProsodyHostConfig {
  domain: string;
  certPath: string;
  keyPath: string;
  /** Extra keys for the host's `ssl` table, e.g. `{ protocol: 'tlsv1+' }`. */
  ssl?: Record<string, LuaValue>;
  /** Other per-host options, e.g. `{ c2s_require_encryption: false }`. */
  options?: Record<string, LuaValue>;
}

export interface ProsodyOptions {
  dir: string;
  hosts: ProsodyHostConfig[];
  /** Trust anchors for verifying peers' certificates (s2s). */
  caFile?: string;
  directTls?: boolean;
  /** Listen on ::1 as well as 127.0.0.1. */
  ipv6?: boolean;
  globalOptions?: Record<string, LuaValue>;
}

export interface ProsodyInstance {
  ports: { c2s: number; s2s: number; c2sDirectTls: number | null; s2sDirectTls: number | null };
  logPath: string;
  stop: () => Promise<void>;
}

function lua(value: LuaValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `{ ${value.map(lua).join(', ')} }`;
  return `{ ${Object.entries(value).map(([k, v]) => `${k} = ${lua(v)}`).join('; ')} }`;
}

function options(o: Record<string, LuaValue>, indent = ''): string {
  return Object.entries(o).map(([k, v]) => `${indent}${k} = ${lua(v)}`).join('\n');
}

export async function startProsody(opts: ProsodyOptions): Promise<ProsodyInstance> {
  await mkdir(join(opts.dir, 'data'), { recursive: true });
  const ports = {
    c2s: await freePort(), s2s: await freePort(),
    c2sDirectTls: opts.directTls ? await freePort() : null, s2sDirectTls: opts.directTls ? await freePort() : null,
  };
  const logPath = join(opts.dir, 'prosody.log');
  const global: Record<string, LuaValue> = {
    run_as_root: true,
    daemonize: false,
    pidfile: join(opts.dir, 'prosody.pid'),
    data_path: join(opts.dir, 'data'),
    interfaces: opts.ipv6 ? ['127.0.0.1', '::1'] : ['127.0.0.1'],
    local_interfaces: opts.ipv6 ? ['127.0.0.1', '::1'] : ['127.0.0.1'],
    c2s_ports: [ports.c2s],
    s2s_ports: [ports.s2s],
    ...(ports.c2sDirectTls ? { c2s_direct_tls_ports: [ports.c2sDirectTls], s2s_direct_tls_ports: [ports.s2sDirectTls as number] } : {}),
    http_ports: [],
    https_ports: [],
    modules_enabled: ['tls', 'saslauth', 'dialback', 'disco', 'ping'],
    authentication: 'internal_hashed',
    log: { info: logPath, error: logPath },
    s2s_secure_auth: false,
    ...(opts.caFile ? { ssl: { cafile: opts.caFile } } : {}),
    ...opts.globalOptions,
  };
  const hostBlocks = opts.hosts.map((h) => {
    const ssl: Record<string, LuaValue> = { certificate: h.certPath, key: h.keyPath, ...(opts.caFile ? { cafile: opts.caFile } : {}), ...h.ssl };
    return [
      `VirtualHost ${JSON.stringify(h.domain)}`,
      options({ ssl, c2s_direct_tls_ssl: ssl, s2s_direct_tls_ssl: ssl, ...h.options }, '  '),
    ].join('\n');
  });
  const configPath = join(opts.dir, 'prosody.cfg.lua');
  await writeFile(configPath, `${options(global)}\n\n${hostBlocks.join('\n\n')}\n`);

  const child: ChildProcess = spawn('/usr/bin/prosody', ['--config', configPath, '-F'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let exited: string | null = null;
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.on('exit', (code, signal) => { exited = `prosody exited (${code ?? signal}): ${stderr.slice(-2000)}`; });
  try {
    await waitForPort(ports.c2s, 20_000, () => exited);
    await waitForPort(ports.s2s, 5_000, () => exited);
    if (ports.c2sDirectTls) await waitForPort(ports.c2sDirectTls, 5_000, () => exited);
  } catch (error) {
    child.kill('SIGKILL');
    const log = await readFile(logPath, 'utf8').catch(() => '');
    throw new Error(`${(error as Error).message}\n${log.slice(-3000)}`);
  }
  return {
    ports,
    logPath,
    stop: () => new Promise<void>((resolve) => {
      if (exited !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => { clearTimeout(timer); resolve(); });
      child.kill('SIGTERM');
    }),
  };
}
