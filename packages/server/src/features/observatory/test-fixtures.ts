import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScanReport } from '@xmppsec/scanner';

/** Real reports of the test fleet (see fixtures/SOURCE.md), for the pure modules' tests. */
export const FIXTURE_CONFIGS = ['good', 'dane', 'tls10', 'starttls-optional', 'plain-before-tls', 'dialback-only', 'wrong-identity', 'expired', 'direct-tls'] as const;
export type FixtureConfig = (typeof FIXTURE_CONFIGS)[number];

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureReport(config: FixtureConfig): ScanReport {
  return JSON.parse(readFileSync(join(dir, `report-${config}.json`), 'utf8')) as ScanReport;
}
