import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export type Runtime = 'preact' | 'react';

/**
 * Runs `vite build` in a child process (the package's own build, as `npm run build` does) for a
 * project directory, into outDir. The UI's project is packages/web; the size benchmark builds
 * other small projects the same way.
 */
export function runViteBuild(options: { outDir: string; runtime?: Runtime; projectDir?: string }): void {
  const viteBin = join(dirname(createRequire(join(WEB_ROOT, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
  const { XMPPSEC_WEB_RUNTIME: _runtime, XMPPSEC_WEB_OUT_DIR: _out, ...env } = process.env;
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: options.projectDir ?? WEB_ROOT,
    env: { ...env, XMPPSEC_WEB_OUT_DIR: options.outDir, ...(options.runtime === 'react' ? { XMPPSEC_WEB_RUNTIME: 'react' } : {}) },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`vite build failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}
