import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runViteBuild, WEB_ROOT } from '../../scripts/vite-build.ts';

export { WEB_ROOT };
export const DIST = join(WEB_ROOT, 'dist');
const CACHE_DIR = join(WEB_ROOT, '../../node_modules/.cache/xmppsec');
const HASH_FILE = join(CACHE_DIR, 'web-build-hash');
const LOCK_DIR = join(CACHE_DIR, 'web-build.lock');
const INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'src', 'public'];

/**
 * Builds the UI into packages/web/dist unless the build there is of the current sources. Test
 * files run in parallel workers, so the build is guarded by a lock directory (mkdir is atomic).
 */
export async function ensureWebBuild(): Promise<string> {
  const hash = sourceHash();
  if (isCurrent(hash)) return DIST;
  mkdirSync(CACHE_DIR, { recursive: true });
  await acquireLock();
  try {
    if (!isCurrent(hash)) {
      runViteBuild({ outDir: DIST });
      writeFileSync(HASH_FILE, hash);
    }
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
  return DIST;
}

function isCurrent(hash: string): boolean {
  return existsSync(join(DIST, 'index.html')) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8') === hash;
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(path.slice(WEB_ROOT.length)).update('\0').update(readFileSync(path));
    }
  };
  for (const input of INPUTS) visit(join(WEB_ROOT, input));
  return hash.digest('hex');
}

async function acquireLock(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK_DIR);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than a build could take was left by a killed process.
      if (Date.now() - statSync(LOCK_DIR, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(LOCK_DIR, { recursive: true, force: true });
      if (attempt > 3000) throw new Error(`Timed out waiting for ${LOCK_DIR}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
