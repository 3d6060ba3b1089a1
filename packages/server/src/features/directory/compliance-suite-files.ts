import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { complianceSuiteSchema } from './compliance.ts';
import type { ComplianceSuite } from './compliance.ts';

export const COMPLIANCE_SUITES_DIR = fileURLToPath(new URL('./compliance-suites/', import.meta.url));

/** A suite file that cannot be used; names the file and what is wrong in it. */
export class ComplianceSuiteError extends Error {
  override name = 'ComplianceSuiteError';
  readonly code = 'invalid-compliance-suite';
}

/** Every `*.json` suite in `dir`, validated, oldest year first. */
export async function loadComplianceSuites(dir: string = COMPLIANCE_SUITES_DIR): Promise<ComplianceSuite[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const suites: ComplianceSuite[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (err) {
      throw new ComplianceSuiteError(`${file}: not valid JSON (${(err as Error).message})`);
    }
    const parsed = complianceSuiteSchema.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new ComplianceSuiteError(`${file}: ${issues}`);
    }
    if (suites.some((s) => s.id === parsed.data.id)) throw new ComplianceSuiteError(`${file}: suite id ${parsed.data.id} is used twice`);
    suites.push(parsed.data);
  }
  return suites.sort((a, b) => a.year - b.year);
}
