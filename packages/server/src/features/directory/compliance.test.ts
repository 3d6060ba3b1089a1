import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPLIANCE_SUITES_DIR, ComplianceSuiteError, loadComplianceSuites } from './compliance-suite-files.ts';
import { evaluateCompliance, rolesForCategories } from './compliance.ts';
import type { ComplianceSuite, DeclaredSupport } from './compliance.ts';
import { parseDoap } from './doap-parser.ts';
import type { XepSupportStatus } from './doap-vocabulary.ts';
import { DOAP_FIXTURES, FIXTURES, doapFixtureFiles } from './test-helpers.ts';
import { parseSpecReference, parseXepList } from './xep-list.ts';

const suites = await loadComplianceSuites();
const cs2023 = suites.find((s) => s.id === 'cs-2023')!;

/** Declares every provider the suite names, with the given status, except those left out. */
function declareAll(suite: ComplianceSuite, status: XepSupportStatus = 'complete', except: string[] = [], overrides: Record<string, XepSupportStatus> = {}): DeclaredSupport {
  const providers = new Set(suite.categories.flatMap((c) => c.features.flatMap((f) => f.providers)));
  const xeps: { number: number; status: XepSupportStatus }[] = [];
  const rfcs: number[] = [];
  for (const p of providers) {
    if (except.includes(p)) continue;
    const ref = parseSpecReference(p);
    if (ref.xep !== null) xeps.push({ number: ref.xep, status: overrides[p] ?? status });
    if (ref.rfc !== null) rfcs.push(ref.rfc);
  }
  return { xeps, rfcs };
}

function level(result: ReturnType<typeof evaluateCompliance>, category: string, role: 'server' | 'client', lvl: 'core' | 'advanced') {
  return result.categories.find((c) => c.id === category)!.levels.find((l) => l.role === role && l.level === lvl)!;
}

describe('compliance suites as data', () => {
  it('loads the 2022 and 2023 suites, oldest first', () => {
    expect(suites.map((s) => [s.id, s.xep])).toEqual([['cs-2022', 459], ['cs-2023', 479]]);
    expect(cs2023.categories.map((c) => c.id)).toEqual(['core', 'web', 'im', 'mobile', 'av']);
  });

  it('names only XEPs that exist in the real XEP list, with the suites themselves listed there', () => {
    const list = parseXepList(readFileSync(join(FIXTURES, 'xeplist.xml')));
    const numbered = new Map(list.xeps.filter((x) => x.number !== null).map((x) => [x.number!, x]));
    for (const suite of suites) {
      expect(numbered.get(suite.xep)?.title).toBe(suite.title);
      expect(numbered.get(suite.xep)?.lastRevision?.version).toBe(suite.xepVersion);
      for (const p of suite.categories.flatMap((c) => c.features.flatMap((f) => f.providers))) {
        const ref = parseSpecReference(p);
        if (ref.xep !== null) expect(numbered.has(ref.xep), p).toBe(true);
      }
    }
  });

  it('loads a new suite from a new data file, and rejects a broken one naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suites-'));
    try {
      copyFileSync(join(COMPLIANCE_SUITES_DIR, 'cs-2023.json'), join(dir, 'cs-2023.json'));
      const next = { ...cs2023, id: 'cs-2030', year: 2030, title: 'Future suite', xep: 9999 };
      writeFileSync(join(dir, 'cs-2030.json'), JSON.stringify(next));
      expect((await loadComplianceSuites(dir)).map((s) => s.id)).toEqual(['cs-2023', 'cs-2030']);

      const broken = (levels: Record<string, string>) => JSON.stringify({ ...next, id: 'cs-2031', categories: [{ id: 'im', name: 'IM', includes: ['core'], features: [{ feature: 'x', providers: ['XEP-0045'], levels }] }] });
      const fine = { server: 'required', client: 'required', advancedServer: 'required', advancedClient: 'required' };
      writeFileSync(join(dir, 'cs-2031.json'), broken({ ...fine, server: 'maybe' }));
      const badLevel = await loadComplianceSuites(dir).catch((e: unknown) => e);
      expect(badLevel).toBeInstanceOf(ComplianceSuiteError);
      expect(String(badLevel)).toMatch(/cs-2031\.json: .*levels\.server/);
      writeFileSync(join(dir, 'cs-2031.json'), broken(fine));
      expect(String(await loadComplianceSuites(dir).catch((e: unknown) => e))).toMatch(/cs-2031\.json: .*unknown category core/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('evaluateCompliance', () => {
  it('meets every level when everything is declared complete', () => {
    const result = evaluateCompliance(cs2023, declareAll(cs2023));
    for (const c of result.categories) for (const l of c.levels) expect(l, `${c.id} ${l.role} ${l.level}`).toMatchObject({ state: 'met', missing: [], partial: [] });
  });

  it('names the missing feature in its category and leaves the others met', () => {
    const result = evaluateCompliance(cs2023, declareAll(cs2023, 'complete', ['XEP-0280']));
    expect(level(result, 'im', 'client', 'core')).toMatchObject({
      state: 'not-met',
      missing: [{ category: 'im', feature: 'Outbound Message Synchronization', providers: ['XEP-0280'] }],
    });
    expect(level(result, 'core', 'client', 'core').state).toBe('met');
    expect(level(result, 'mobile', 'client', 'advanced').state).toBe('met');
  });

  it('requires the core features in every category', () => {
    const result = evaluateCompliance(cs2023, declareAll(cs2023, 'complete', ['XEP-0030']));
    for (const c of result.categories) {
      expect(level(result, c.id, 'server', 'core').missing).toContainEqual({ category: 'core', feature: 'Feature discovery', providers: ['XEP-0030'] });
    }
  });

  it('separates the core and advanced levels', () => {
    const result = evaluateCompliance(cs2023, declareAll(cs2023, 'complete', ['XEP-0198']));
    expect(level(result, 'im', 'client', 'core').state).toBe('met');
    expect(level(result, 'im', 'client', 'advanced').missing.map((m) => m.feature)).toEqual(['Stream Management']);
    expect(level(result, 'mobile', 'client', 'core').state).toBe('not-met');
  });

  it('counts partial support separately and ignores planned, removed and similar statuses', () => {
    const partial = evaluateCompliance(cs2023, declareAll(cs2023, 'complete', [], { 'XEP-0045': 'partial' }));
    expect(level(partial, 'im', 'server', 'core')).toMatchObject({ state: 'met-partially', partial: [{ feature: 'Group Chat', providers: ['XEP-0045'] }] });
    for (const status of ['planned', 'removed', 'deprecated', 'wontfix'] as const) {
      const r = evaluateCompliance(cs2023, declareAll(cs2023, 'complete', [], { 'XEP-0045': status }));
      expect(level(r, 'im', 'server', 'core').state, status).toBe('not-met');
    }
  });

  it('lets a web client pick one connection mechanism but not a web server', () => {
    const result = evaluateCompliance(cs2023, declareAll(cs2023, 'complete', ['XEP-0206']));
    expect(level(result, 'web', 'client', 'core').state).toBe('met');
    expect(level(result, 'web', 'server', 'core').missing).toEqual([{ category: 'web', feature: 'Web Connection Mechanisms', providers: ['XEP-0206'] }]);
  });

  it('on the real projects, lists as missing exactly what they do not declare', () => {
    for (const file of doapFixtureFiles()) {
      const project = parseDoap(readFileSync(join(DOAP_FIXTURES, file))).project!;
      const declared = new Map(project.supportedXeps.map((x) => [x.number, x.status]));
      const result = evaluateCompliance(cs2023, { xeps: project.supportedXeps, rfcs: project.rfcs }, rolesForCategories(project.categories));
      for (const c of result.categories) {
        for (const l of c.levels) {
          for (const gap of l.missing) {
            for (const p of gap.providers) {
              const ref = parseSpecReference(p);
              const status = ref.xep !== null ? declared.get(ref.xep) : undefined;
              expect(status === 'complete', `${file} ${c.id} ${p}`).toBe(false);
              if (ref.rfc !== null && gap.providers.length === 1) expect(project.rfcs.includes(ref.rfc), `${file} ${p}`).toBe(false);
            }
          }
          if (l.state === 'met') expect(l.missing).toEqual([]);
        }
      }
    }
  });

  it('takes roles from the directory categories', () => {
    expect(rolesForCategories(['xmpp', 'server'])).toEqual(['server']);
    expect(rolesForCategories(['library'])).toEqual(['client']);
    expect(rolesForCategories(['tool'])).toEqual(['server', 'client']);
  });
});
