import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveAffectedRange } from './affected-range.ts';
import type { AffectedRange } from './affected-range.ts';
import { parseDoap } from './doap-parser.ts';
import { DOAP_FIXTURES, FIXTURES, hasPython, python } from './test-helpers.ts';

const releases = (...revisions: string[]) => revisions.map((revision) => ({ revision }));

describe('deriveAffectedRange', () => {
  it('derives a semver range between introduced and fixed', () => {
    const range = deriveAffectedRange({ releases: releases('0.11.11', '0.11.12', '0.11.13', '0.12.0', '0.12.1', '13.0.0'), fixedIn: '0.12.0', introducedIn: '0.11.12' });
    expect(range).toMatchObject({
      versionType: 'semver',
      order: 'known',
      affected: ['0.11.12', '0.11.13'],
      unaffected: ['0.11.11', '0.12.0', '0.12.1', '13.0.0'],
      unknown: [],
      notes: [],
    });
    expect(range.cveVersions).toEqual([{ version: '0.11.12', status: 'affected', versionType: 'semver', lessThan: '0.12.0' }]);
  });

  it('uses 0 as the start when only the fix is known, and custom for non-semver versions', () => {
    const range = deriveAffectedRange({ releases: releases('0.33', '0.33.1', '0.34', '0.34.1'), fixedIn: '0.34' });
    expect(range.affected).toEqual(['0.33', '0.33.1']);
    expect(range.cveVersions).toEqual([{ version: '0', status: 'affected', versionType: 'custom', lessThan: '0.34' }]);
  });

  it('lists releases that cannot be ordered against the fix as unknown', () => {
    const range = deriveAffectedRange({ releases: releases('1.0', '1.1', 'r500', 'nightly'), fixedIn: '1.1' });
    expect(range.order).toBe('unknown');
    expect(range.affected).toEqual(['1.0']);
    expect(range.unknown).toEqual([{ revision: 'r500', against: '1.1' }, { revision: 'nightly', against: '1.1' }]);
    expect(range.cveVersions).toContainEqual({ version: 'r500', status: 'unknown' });
  });

  it('does not build a range when the bounds cannot be ordered, listing versions instead', () => {
    const range = deriveAffectedRange({ releases: releases('r10', 'r20', '1.0'), fixedIn: '1.0', introducedIn: 'r10' });
    expect(range.order).toBe('unknown');
    expect(range.notes[0]).toContain('cannot be determined');
    expect(range.cveVersions.every((v) => !('lessThan' in v))).toBe(true);
  });

  it('refuses an introduced version after the fix', () => {
    const range = deriveAffectedRange({ releases: releases('1.0', '2.0'), fixedIn: '1.0', introducedIn: '2.0' });
    expect(range.order).toBe('unknown');
    expect(range.affected).toEqual([]);
    expect(range.notes[0]).toContain('not before');
  });

  it('marks everything from the introducing version on as affected when there is no fix yet', () => {
    const range = deriveAffectedRange({ releases: releases('1.0', '2.0'), fixedIn: null, introducedIn: '2.0' });
    expect(range.affected).toEqual(['2.0']);
    expect(range.cveVersions).toEqual([{ version: '2.0', status: 'affected', versionType: 'custom', lessThan: '*' }]);
  });

  it('says when a bound is not among the releases on record', () => {
    const range = deriveAffectedRange({ releases: releases('1.0.0'), fixedIn: '1.0.1' });
    expect(range.notes).toEqual(['1.0.1 (fixed) is not among the releases on record']);
    expect(range.affected).toEqual(['1.0.0']);
  });

  it('works on the real Movim release list (with its duplicate 0.12)', () => {
    const project = parseDoap(readFileSync(join(DOAP_FIXTURES, 'movim.doap'))).project!;
    const range = deriveAffectedRange({ releases: project.releases, fixedIn: '0.29.1', introducedIn: '0.22' });
    expect(range.order).toBe('known');
    expect(range.affected).toEqual(['0.29', '0.28', '0.27.1', '0.27', '0.26', '0.25.1', '0.25', '0.24.1', '0.24', '0.23', '0.22.5', '0.22.3', '0.22.2', '0.22.1', '0.22']);
    expect(range.affected.length + range.unaffected.length).toBe(new Set(project.releases.map((r) => r.revision)).size);
  });
});

const VALIDATE = String.raw`
import sys, json
from jsonschema import Draft7Validator
bundle = json.load(open(sys.argv[1]))
validator = Draft7Validator({'$ref': '#/definitions/product', 'definitions': bundle['definitions']})
out = []
for versions in json.load(sys.stdin):
    product = {'vendor': 'Example', 'product': 'Example', 'defaultStatus': 'unaffected', 'versions': versions}
    out.append([e.message for e in validator.iter_errors(product)])
print(json.dumps(out))
`;

const hasJsonSchema = hasPython() && spawnSync('python3', ['-c', 'import jsonschema']).status === 0;
if (hasPython() && !hasJsonSchema) {
  if (process.env.CI === 'true') throw new Error('python3-jsonschema is required in CI');
  console.warn('\n*** python3 jsonschema not found: SKIPPING the CVE schema check of affected ranges ***\n');
}

describe.skipIf(!hasJsonSchema)('deriveAffectedRange output against the official CVE JSON 5 schema', () => {
  it('produces versions entries that the schema accepts, in every case', () => {
    const cases: AffectedRange[] = [
      deriveAffectedRange({ releases: releases('0.11.12', '0.12.0'), fixedIn: '0.12.0', introducedIn: '0.11.12' }),
      deriveAffectedRange({ releases: releases('0.33', '0.34'), fixedIn: '0.34' }),
      deriveAffectedRange({ releases: releases('1.0', 'r500'), fixedIn: '1.1' }),
      deriveAffectedRange({ releases: releases('r10', '1.0'), fixedIn: '1.0', introducedIn: 'r10' }),
      deriveAffectedRange({ releases: releases('1.0', '2.0'), fixedIn: null }),
    ];
    const errors = python<string[][]>(VALIDATE, [join(FIXTURES, 'CVE_Record_Format_bundled.json')], JSON.stringify(cases.map((c) => c.cveVersions)));
    expect(errors).toEqual(cases.map(() => []));
    // The check itself can fail: a range without versionType is invalid.
    const bad = python<string[][]>(VALIDATE, [join(FIXTURES, 'CVE_Record_Format_bundled.json')], JSON.stringify([[{ version: '1', status: 'affected', lessThan: '2' }]]));
    expect(bad[0]!.length).toBeGreaterThan(0);
  });
});
