import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Shared by the directory's tests: fixture paths, python3 as an independent reference, a seeded PRNG. */

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const DOAP_FIXTURES = fileURLToPath(new URL('./fixtures/doap/', import.meta.url));

export function doapFixtureFiles(): string[] {
  return readdirSync(DOAP_FIXTURES).filter((f) => f.endsWith('.doap')).sort();
}

let pythonChecked: boolean | undefined;

/**
 * Whether python3 is here. Outside CI a missing python3 skips the tests that use it as a
 * reference, loudly; with CI=true it is a failure.
 */
export function hasPython(): boolean {
  if (pythonChecked === undefined) {
    pythonChecked = spawnSync('python3', ['--version']).status === 0;
    if (!pythonChecked) {
      if (process.env.CI === 'true') throw new Error('python3 is required in CI for the directory reference tests');
      console.warn('\n*** python3 not found: SKIPPING the directory tests that compare with xml.etree ***\n');
    }
  }
  return pythonChecked;
}

/** Runs a python3 script with arguments and parses its JSON output. */
export function python<T>(script: string, args: string[] = [], input?: string): T {
  const out = execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...(input === undefined ? {} : { input }) });
  return JSON.parse(out) as T;
}

export { seededRandom } from '../../util/seeded-random.ts';
