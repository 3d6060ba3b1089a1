import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../authz/actor.ts';
import { anonymous, jobActor } from '../../authz/actor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { validateCsaf } from './csaf.ts';
import { addProject, configureCna, countRows } from './db-test-helpers.ts';
import { jsonEqual } from './diff.ts';
import { normaliseCveRecord } from './normalise.ts';
import { validateOsv } from './osv.ts';
import { damageRecord } from './record-variations.ts';
import { seededRandom } from '../../util/seeded-random.ts';
import type { CveService, ImportFileResult } from './service.ts';
import { fixtureRecords } from './test-fixtures.ts';
import { validateCveRecord } from './validate-record.ts';

const backends = await testBackends();
const fixtures = fixtureRecords();

describe.each(backends)('importing and exporting CVE records on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let cve: CveService;
  let team: UserActor;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    cve = ctx.services.cve;
    team = (await ctx.createUser('team')).actor;
    await configureCna(ctx.services);
    await addProject(ctx.services, { name: 'Openfire', cveVendor: 'igniterealtime', cveProduct: 'Openfire' });
    await addProject(ctx.services, { name: 'Prosody IM', slug: 'prosody', cveProduct: 'prosody' });
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  it('imports every real record and exports it back byte for byte, linked to the directory projects it names', async () => {
    const report = await cve.importRecords(team, fixtures.map((f) => ({ name: f.file, content: readFileSync(f.path) })));
    expect(report).toMatchObject({ imported: fixtures.length, skipped: 0, rejected: 0 });
    const byId = new Map(report.files.map((f) => [f.cveId, f]));
    expect(byId.get('CVE-2023-32315')).toMatchObject({ status: 'imported', projects: ['openfire'] });
    expect(byId.get('CVE-2022-0217')).toMatchObject({ status: 'imported', projects: ['prosody'] });
    // 'n/a' vendor and product name nothing in the directory.
    expect(byId.get('CVE-2021-41055')).toMatchObject({ status: 'imported', projects: [] });
    for (const f of fixtures) {
      const exported = await cve.exportRecord(anonymous(), f.record.cveMetadata.cveId, 'cve');
      expect(jsonEqual(JSON.parse(exported.text), f.record), f.file).toBe(true);
      // Nothing to normalise in CVE List records: the file comes back as it was.
      expect(exported.text, f.file).toBe(f.text);
      expect(validateOsv(JSON.parse((await cve.exportRecord(anonymous(), f.record.cveMetadata.cveId, 'osv')).text)), f.file).toEqual({ valid: true, errors: [] });
      const csaf = await validateCsaf(JSON.parse((await cve.exportRecord(anonymous(), f.record.cveMetadata.cveId, 'csaf')).text));
      expect(csaf.errors, f.file).toEqual([]);
    }
    const openfire = await cve.list(anonymous(), { project: 'openfire' });
    expect(openfire.records.map((r) => r.cveId)).toEqual(['CVE-2023-32315']);
    expect((await cve.get(anonymous(), 'CVE-2023-32315')).projects).toEqual([{ slug: 'openfire', name: 'Openfire', position: 0, matchedBy: 'vendor_product' }]);
    const bulk = await cve.exportPublic(anonymous(), ['cve', 'osv', 'csaf']);
    expect(bulk.index.map((e) => e.cveId)).toEqual(['CVE-2023-32315', 'CVE-2023-28686', 'CVE-2022-0217', 'CVE-2021-41055']);
    expect(bulk.files.map((f) => f.path)).toContain('csaf/cve-2023-32315.json');
    expect(bulk.files.find((f) => f.path === 'cve/CVE-2022-0217.json')?.text).toBe(fixtures.find((f) => f.file === 'CVE-2022-0217.json')!.text);
  });

  it('skips duplicate IDs and says so; refuses to edit imported records of other CNAs', async () => {
    const before = await countRows(ctx.services);
    const again = await cve.importRecords(team, [
      { name: 'again.json', content: fixtures[0]!.text },
      { name: 'twice-a.json', value: { ...fixtures[1]!.record, cveMetadata: { ...fixtures[1]!.record.cveMetadata, cveId: 'CVE-2020-9999' } } },
      { name: 'twice-b.json', value: { ...fixtures[1]!.record, cveMetadata: { ...fixtures[1]!.record.cveMetadata, cveId: 'CVE-2020-9999' } } },
    ]);
    expect(again.files).toEqual([
      { name: 'again.json', status: 'skipped', cveId: fixtures[0]!.record.cveMetadata.cveId, reason: `${fixtures[0]!.record.cveMetadata.cveId} was imported before: skipped (duplicate ID).` },
      expect.objectContaining({ name: 'twice-a.json', status: 'imported', cveId: 'CVE-2020-9999' }),
      { name: 'twice-b.json', status: 'skipped', cveId: 'CVE-2020-9999', reason: 'CVE-2020-9999 appears earlier in this import: skipped (duplicate ID).' },
    ]);
    expect((await countRows(ctx.services)).ids).toBe(before.ids + 1);
    await expect(cve.saveDraft(team, 'CVE-2023-32315', { draft: {} })).rejects.toMatchObject({ code: 'cve_record_imported', message: expect.stringContaining('GitHub_M') });
    await expect(cve.publishRecord(team, 'CVE-2023-32315')).rejects.toMatchObject({ code: 'cve_record_imported' });
    await expect(cve.rejectRecord(team, 'CVE-2023-32315', { reasons: 'x' })).rejects.toMatchObject({ code: 'cve_record_imported' });
  });

  it('imports old converted records: dataVersion 5.0, timestamps without a zone, padded strings (trimmed, and reported)', async () => {
    const base = structuredClone(fixtures.find((f) => f.file === 'CVE-2021-41055.json')!.record) as unknown as { dataVersion: string; cveMetadata: Record<string, string>; containers: { cna: { descriptions: { value: string }[] } } };
    base.dataVersion = '5.0';
    base.cveMetadata.cveId = 'CVE-2021-0001';
    base.cveMetadata.dateUpdated = '2021-10-11T02:40:43';
    base.containers.cna.descriptions[0]!.value = `  ${base.containers.cna.descriptions[0]!.value}\n`;
    const report = await cve.importRecords(team, [{ name: 'old.json', content: JSON.stringify(base) }]);
    expect(report.files[0]).toMatchObject({ status: 'imported', normalised: ['/containers/cna/descriptions/0/value'] });
    const exported = JSON.parse((await cve.exportRecord(anonymous(), 'CVE-2021-0001', 'cve')).text) as unknown;
    // The documented normalisation (normalise.ts) and nothing else.
    expect(exported).toEqual(normaliseCveRecord(base).value);
    expect((exported as { dataVersion: string }).dataVersion).toBe('5.0');
    expect((await cve.get(anonymous(), 'CVE-2021-0001')).publishedAt?.toISOString()).toBe('2021-10-11T02:40:43.000Z');
  });

  it('rejects bad files with the field paths, and imports nothing of them', async () => {
    const before = await countRows(ctx.services);
    const wrongTypes = structuredClone(fixtures[0]!.record) as unknown as { cveMetadata: { cveId: string }; containers: { cna: { descriptions: unknown; affected: unknown[] } } };
    wrongTypes.cveMetadata.cveId = 'CVE-2024-0002';
    wrongTypes.containers.cna.descriptions = 42;
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const report = await cve.importRecords(team, [
      { name: 'broken.json', content: '{"dataType": "CVE_RECORD", ' },
      { name: 'types.json', content: JSON.stringify(wrongTypes) },
      { name: 'huge.json', content: `{"pad": "${'x'.repeat(9 * 1024 * 1024)}"}` },
      { name: 'deep.json', value: deep },
      { name: 'array.json', content: '[]' },
      { name: 'latin1.json', content: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]) },
      { name: 'value-list', value: [fixtures[0]!.record] },
    ]);
    expect(report).toMatchObject({ imported: 0, skipped: 0, rejected: 7 });
    const errors = (name: string) => (report.files.find((f) => f.name === name) as Extract<ImportFileResult, { status: 'rejected' }>).errors;
    expect(errors('broken.json')[0]).toMatchObject({ code: 'NOT_JSON', message: expect.stringContaining('not valid JSON') });
    expect(errors('types.json').map((e) => e.path)).toContain('containers.cna.descriptions');
    expect(report.files.find((f) => f.name === 'types.json')).toMatchObject({ cveId: 'CVE-2024-0002' });
    expect(errors('huge.json')[0]).toMatchObject({ code: 'TOO_LARGE' });
    expect(errors('deep.json')[0]).toMatchObject({ code: 'TOO_DEEP' });
    expect(errors('array.json')[0]?.message).toContain('JSON object');
    expect(errors('latin1.json')[0]?.message).toContain('UTF-8');
    expect(errors('value-list')[0]?.message).toContain('JSON object');
    expect(await countRows(ctx.services)).toEqual(before);
  });

  it('imports each generated damaged record whole or not at all (seeded fuzz)', async () => {
    const random = seededRandom(4242);
    let imported = 0;
    const before = await countRows(ctx.services);
    for (let i = 0; i < 60; i++) {
      const base = structuredClone(fixtures[i % fixtures.length]!.record) as unknown as { cveMetadata: { cveId: string } };
      base.cveMetadata.cveId = `CVE-2019-${String(10000 + i)}`;
      const { record, damage } = damageRecord(base, random);
      const report = await cve.importRecords(team, [{ name: damage, value: record }]);
      const result = report.files[0]!;
      if (result.status === 'imported') {
        imported++;
        const stored = (await cve.get(team, result.cveId)).record;
        expect(validateCveRecord(stored).valid, damage).toBe(true);
        expect(stored, damage).toEqual(normaliseCveRecord(record).value);
      } else if (result.status === 'rejected') {
        expect(result.errors.length, damage).toBeGreaterThan(0);
      }
    }
    const after = await countRows(ctx.services);
    expect(after.ids - before.ids).toBe(imported);
    expect(after.revisions - before.revisions).toBe(imported);
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(60);
  });
});

describe.each(backends)('seeding a fresh database on $name', (backend) => {
  it('loads the bundled real records once, linked to the seeded directory', async () => {
    const handle = await backend.open();
    const ctx = await createTestContext(handle);
    try {
      const lines: string[] = [];
      await ctx.services.directory.seedIfEmpty(jobActor('seed'));
      expect(await ctx.services.cve.seedIfEmpty(jobActor('seed'), (line) => lines.push(line))).toBe(true);
      expect(lines).toEqual([`CVE records: imported ${fixtures.length} published records about XMPP software (1 linked to directory projects).`]);
      expect((await ctx.services.cve.get(anonymous(), 'CVE-2023-32315')).projects).toEqual([expect.objectContaining({ slug: 'openfire', matchedBy: 'name' })]);
      expect(await ctx.services.cve.seedIfEmpty(jobActor('seed'), () => expect.fail('a second seed must do nothing'))).toBe(false);
    } finally {
      await ctx.close();
      await handle.close();
    }
  });
});
