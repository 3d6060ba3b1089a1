import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, UserActor } from '../../authz/actor.ts';
import { anonymous, cliActor } from '../../authz/actor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { validateCsaf } from './csaf.ts';
import { addProject, countRows } from './db-test-helpers.ts';
import type { CveDraft } from './draft.ts';
import { validateOsv } from './osv.ts';
import type { CveService } from './service.ts';
import { sampleDraft, TEST_CNA } from './test-fixtures.ts';
import { validateCveRecord } from './validate-record.ts';

const backends = await testBackends();

async function failure(promise: Promise<unknown>): Promise<{ code: string; status: number; message: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; status: number; message: string };
  }
  throw new Error('expected a failure');
}

describe.each(backends)('CVE records on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let cve: CveService;
  let team: UserActor;
  let admin: UserActor;
  let maintainer: UserActor;
  const visitor: Actor = anonymous();

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    cve = ctx.services.cve;
    team = (await ctx.createUser('team')).actor;
    admin = (await ctx.createUser('admin')).actor;
    maintainer = (await ctx.createUser('maintainer')).actor;
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  it('needs the CNA identity before IDs are reserved; only admins change the settings, and the key never comes back', async () => {
    expect(await failure(cve.reserve(team))).toMatchObject({ code: 'cve_cna_not_configured', status: 409 });
    expect(await failure(cve.updateSettings(team, { shortName: 'XSF' }))).toMatchObject({ status: 403 });
    expect(await failure(cve.updateSettings(admin, { orgId: 'not-a-uuid' }))).toMatchObject({ code: 'invalid_cve_settings', message: expect.stringContaining('orgId') });
    expect(await failure(cve.updateSettings(admin, { poolStart: 12 }))).toMatchObject({ code: 'invalid_cve_settings', message: expect.stringContaining('poolStart') });
    expect(await failure(cve.updateSettings(admin, { unknown: 1 }))).toMatchObject({ code: 'invalid_cve_settings' });
    const view = await cve.updateSettings(admin, { shortName: TEST_CNA.shortName, orgId: TEST_CNA.orgId, apiKey: 'very-secret-key' });
    expect(view).toMatchObject({ shortName: 'XSF', orgId: TEST_CNA.orgId, poolStart: 1000, apiKeySource: 'settings', idSource: 'local', identityComplete: true });
    expect(JSON.stringify(view)).not.toContain('very-secret-key');
    expect(JSON.stringify(await cve.settings(team))).not.toContain('very-secret-key');
    const events = await handle.db.selectFrom('audit_events').selectAll().where('action', '=', 'cve.settings_change').execute();
    expect(JSON.stringify(events)).not.toContain('very-secret-key');
    expect(events.at(-1)?.details).toEqual({ changed: ['shortName', 'orgId', 'apiKey'] });
    await cve.updateSettings(admin, { apiKey: null });
    expect((await cve.settings(team)).apiKeySource).toBeNull();
    expect(await failure(cve.settings(visitor))).toMatchObject({ status: 401 });
  });

  it('reserves sequential IDs per year from the local pool, from its configurable start, skipping numbers in use', async () => {
    expect(await cve.reserve(team, { amount: 3 })).toEqual({ ids: ['CVE-2026-1000', 'CVE-2026-1001', 'CVE-2026-1002'], source: 'local', remainingQuota: null });
    expect((await cve.reserve(team, { year: 2025 })).ids).toEqual(['CVE-2025-1000']);
    await cve.updateSettings(admin, { poolStart: 5000 });
    const imported = JSON.parse(JSON.stringify((await import('./test-fixtures.ts')).fixtureRecords()[0]!.record)) as { cveMetadata: { cveId: string } };
    imported.cveMetadata.cveId = 'CVE-2026-5001';
    expect((await cve.importRecords(team, [{ name: 'taken.json', value: imported }])).imported).toBe(1);
    expect((await cve.reserve(team, { amount: 2 })).ids).toEqual(['CVE-2026-5000', 'CVE-2026-5002']);
    await cve.updateSettings(admin, { poolStart: 1000 });
    // Lowering the start never hands out a number twice.
    expect((await cve.reserve(team)).ids).toEqual(['CVE-2026-5003']);
    expect(await failure(cve.reserve(team, { amount: 51 }))).toMatchObject({ code: 'invalid_amount' });
    expect(await failure(cve.reserve(team, { year: 2031 }))).toMatchObject({ code: 'invalid_year' });
    expect(await failure(cve.reserve(maintainer))).toMatchObject({ status: 403 });
    const audit = await handle.db.selectFrom('audit_events').select(['details']).where('action', '=', 'cve.reserve').orderBy('seq').execute();
    expect(audit[0]?.details).toEqual({ ids: ['CVE-2026-1000', 'CVE-2026-1001', 'CVE-2026-1002'], source: 'local' });
  });

  it('saves invalid drafts with their issues naming the fields, keeps every revision, and refuses to publish them', async () => {
    const id = 'CVE-2026-1000';
    const broken = { ...sampleDraft(), description: '', metrics: [{ vector: 'CVSS:3.1/AV:N/AC:X' }] };
    const saved = await cve.saveDraft(team, id, { draft: broken, note: 'first try' });
    expect(saved.team?.draftValid).toBe(false);
    const paths = saved.team?.draftIssues.errors.map((e) => e.path);
    expect(paths).toContain('description');
    expect(paths).toContain('metrics[0].vector');
    expect(await failure(cve.publishRecord(team, id))).toMatchObject({ code: 'cve_draft_invalid', status: 409, message: expect.stringContaining('description') });

    const good = await cve.saveDraft(team, id, { draft: sampleDraft(), expectedRevision: 1 });
    expect(good.team).toMatchObject({ draftValid: true, draftRevision: 2, revisionCount: 2, unpublishedChanges: true, editable: true });
    expect(await failure(cve.saveDraft(team, id, { draft: sampleDraft(), expectedRevision: 1 }))).toMatchObject({ code: 'cve_draft_conflict', status: 409 });
    const revisions = await cve.revisions(team, id);
    expect(revisions.map((r) => [r.number, r.kind, r.valid, r.reason])).toEqual([
      [1, 'draft', false, 'first try'],
      [2, 'draft', true, null],
    ]);
    const built = (await cve.revision(team, id, 2)).record;
    expect(validateCveRecord(built).valid).toBe(true);
    expect(built?.cveMetadata).toMatchObject({ cveId: id, assignerOrgId: TEST_CNA.orgId, state: 'PUBLISHED' });

    // Both revisions have drafts; the first could not be built, so their drafts are compared.
    const draftDiff = await cve.diff(team, id, 1, 2);
    expect(draftDiff.basis).toBe('draft');
    expect(draftDiff.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['description', 'metrics[0].vector']));
    expect(await failure(cve.diff(team, id))).toMatchObject({ code: 'cve_not_released' });
    expect(await failure(cve.saveDraft(team, 'CVE-2026-9999', { draft: sampleDraft() }))).toMatchObject({ code: 'cve_not_in_pool', status: 404 });
    expect(await failure(cve.saveDraft(team, 'CVE-26-1', { draft: sampleDraft() }))).toMatchObject({ code: 'invalid_cve_id', status: 400 });
    expect(await failure(cve.saveDraft(maintainer, id, { draft: sampleDraft() }))).toMatchObject({ status: 403 });
    const audit = await handle.db.selectFrom('audit_events').select(['details']).where('action', '=', 'cve.draft_save').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    // Field names and counts only: a draft's text is embargoed.
    expect(JSON.stringify(audit.details)).not.toContain('libexpat');
  });

  it('publishes once, does nothing the second time, and shows field-level changes before updating', async () => {
    const id = 'CVE-2026-1000';
    ctx.clock.advance(60_000);
    expect(await cve.publishRecord(team, id, { note: 'initial' })).toEqual({ cveId: id, outcome: 'published', revision: 3, viaCveServices: false });
    const before = await countRows(ctx.services);
    expect(await cve.publishRecord(team, id)).toEqual({ cveId: id, outcome: 'unchanged', revision: null, viaCveServices: false });
    expect(await countRows(ctx.services)).toEqual(before);

    const view = await cve.get(visitor, id);
    expect(view).toMatchObject({ cveId: id, state: 'PUBLISHED', public: true, title: sampleDraft().title });
    expect(view.team).toBeUndefined();
    expect(validateCveRecord(view.record).valid).toBe(true);
    expect((await cve.diff(team, id)).changes).toEqual([]);

    const changed: CveDraft = { ...sampleDraft(), references: [...sampleDraft().references, { url: 'https://example.org/writeup', tags: ['technical-description'] }] };
    ctx.clock.advance(60_000);
    await cve.saveDraft(team, id, { draft: changed });
    const pending = await cve.diff(team, id);
    expect(pending.basis).toBe('record');
    expect(pending.changes).toEqual([expect.objectContaining({ kind: 'added', path: 'containers.cna.references[2]' })]);
    // The public still sees what was published.
    expect((await cve.get(visitor, id)).record).toEqual(view.record);
    expect(await cve.publishRecord(team, id)).toMatchObject({ outcome: 'updated', revision: 5 });
    const updated = (await cve.get(visitor, id)).record!;
    expect(updated.cveMetadata.datePublished).toBe(view.record!.cveMetadata.datePublished);
    expect(updated.cveMetadata.dateUpdated).not.toBe(view.record!.cveMetadata.dateUpdated);
    expect((await cve.diff(team, id, 3, 5)).changes.map((c) => c.path)).toEqual(['containers.cna.references[2]']);
    const actions = (await handle.db.selectFrom('audit_events').select('action').where('subject_id', '=', id).orderBy('seq').execute()).map((e) => e.action);
    expect(actions).toEqual(['cve.reserve', 'cve.draft_save', 'cve.draft_save', 'cve.publish', 'cve.draft_save', 'cve.update']);
  });

  it('rejects with reasons, refuses edits to rejected records, and restores them', async () => {
    const id = 'CVE-2026-1000';
    expect(await failure(cve.rejectRecord(team, id, { reasons: [{ lang: 'de', value: 'Doppelt' }] }))).toMatchObject({ code: 'invalid_rejection', message: expect.stringContaining('English') });
    const rejected = await cve.rejectRecord(team, id, { reasons: 'This candidate is a duplicate of CVE-2026-1001.', replacedBy: ['cve-2026-1001'], note: 'duplicate' });
    expect(rejected.state).toBe('REJECTED');
    expect(validateCveRecord(rejected.record).valid).toBe(true);
    expect(rejected.record?.containers.cna).toMatchObject({ rejectedReasons: [{ lang: 'en', value: 'This candidate is a duplicate of CVE-2026-1001.' }], replacedBy: ['CVE-2026-1001'] });
    expect((await cve.get(visitor, id)).state).toBe('REJECTED');
    expect(await failure(cve.saveDraft(team, id, { draft: sampleDraft() }))).toMatchObject({ code: 'cve_record_rejected', status: 409, message: expect.stringContaining('Restore') });
    expect(await failure(cve.publishRecord(team, id))).toMatchObject({ code: 'cve_record_rejected' });
    expect(await failure(cve.restoreRecord(team, id, { reason: ' ' }))).toMatchObject({ code: 'reason_required' });
    expect(await cve.restoreRecord(team, id, { reason: 'not a duplicate after all' })).toMatchObject({ outcome: 'restored' });
    const back = await cve.get(team, id);
    expect(back.state).toBe('PUBLISHED');
    expect(back.record?.cveMetadata.state).toBe('PUBLISHED');
    expect(await failure(cve.restoreRecord(team, id, { reason: 'again' }))).toMatchObject({ code: 'cve_record_not_rejected' });
    // A reserved ID with no record can be rejected too (CVE Services: POST /reject).
    const unused = await cve.rejectRecord(team, 'CVE-2026-1002', { reasons: ['Unused: reserved by mistake.'] });
    expect(unused.record?.cveMetadata).toMatchObject({ state: 'REJECTED', cveId: 'CVE-2026-1002' });
    expect((await cve.revisions(team, id)).map((r) => r.kind)).toEqual(['draft', 'draft', 'published', 'draft', 'published', 'rejected', 'restored']);
  });

  it('drafts a record from a case for a directory project: versions from its releases, a valid record, valid OSV and CSAF', async () => {
    const project = await addProject(ctx.services, { name: 'Prosody IM', slug: 'prosody', cveVendor: 'Prosody', cveProduct: 'Prosody', repository: 'https://hg.prosody.im/prosody/', releases: ['0.11.0', '0.11.11', '0.11.12', '0.12.0', '0.12.3'] });
    const view = await cve.draftFromCase(team, {
      caseId: 'XSF-2026-001',
      title: 'Prosody: crafted stanza crashes the server',
      description: 'A crafted stanza makes Prosody crash, denying service to every user of the server.',
      affected: [{ projectSlug: project.slug, fixedIn: '0.12.3', introducedIn: '0.11.0' }],
      credits: [{ name: 'Jane Finder', type: 'finder' }],
      references: [{ url: 'https://prosody.im/security/advisory_20260601/', tags: ['vendor-advisory'] }],
      cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
      cwe: 'CWE-400',
    });
    expect(view.cveId).toBe('CVE-2026-5004');
    expect(view.team).toMatchObject({ caseId: 'XSF-2026-001', draftValid: true, source: 'local' });
    expect(view.team?.draftProjects).toEqual([{ slug: 'prosody', name: 'Prosody IM', position: 0, matchedBy: 'slug' }]);
    const draft = view.team?.draft as { affected: unknown[] };
    expect(draft.affected[0]).toEqual({
      projectSlug: 'prosody',
      vendor: 'Prosody',
      product: 'Prosody',
      repo: 'https://hg.prosody.im/prosody/',
      versionType: 'semver',
      defaultStatus: 'unaffected',
      ranges: [{ introduced: '0.11.0', fixed: '0.12.3', status: 'affected' }],
    });
    // Hand-added fields survive a redraft from the case.
    await cve.saveDraft(team, view.cveId, { draft: { ...(view.team!.draft as object), solutions: ['Upgrade to 0.12.3.'] } });
    const again = await cve.draftFromCase(team, { cveId: view.cveId, caseId: 'XSF-2026-001', title: 'Prosody: crafted stanza crashes the server', description: 'Updated description of the crash.', affected: [{ projectSlug: 'prosody', fixedIn: '0.12.3' }], references: [{ url: 'https://prosody.im/security/' }] });
    expect(again.team?.draft).toMatchObject({ description: 'Updated description of the crash.', solutions: ['Upgrade to 0.12.3.'], metrics: [{ vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }] });
    expect(await failure(cve.draftFromCase(team, { cveId: view.cveId, caseId: 'XSF-2026-999', title: 't', description: 'd', affected: [{ vendor: 'v', product: 'p', fixedIn: null }] }))).toMatchObject({ code: 'cve_record_other_case' });
    expect(await failure(cve.draftFromCase(team, { caseId: 'XSF-2026-001', title: 't', description: 'd', affected: [{ projectSlug: 'no-such-project', fixedIn: null }] }))).toMatchObject({ status: 404 });
    expect(await failure(cve.draftFromCase(team, { caseId: 'XSF-2026-001', title: 't', description: 'd', affected: [{ fixedIn: null }] }))).toMatchObject({ code: 'invalid_case_draft' });

    const preview = await cve.exportRecord(team, view.cveId, 'cve', { draft: true });
    const record = JSON.parse(preview.text) as unknown;
    expect(validateCveRecord(record)).toMatchObject({ valid: true, errors: [] });
    const osv = JSON.parse((await cve.exportRecord(team, view.cveId, 'osv', { draft: true })).text) as unknown;
    expect(validateOsv(osv)).toEqual({ valid: true, errors: [] });
    const csaf = JSON.parse((await cve.exportRecord(team, view.cveId, 'csaf', { draft: true })).text) as unknown;
    const csafResult = await validateCsaf(csaf);
    expect(csafResult.errors).toEqual([]);
    expect(csafResult.valid).toBe(true);
  });

  it('keeps a case record invisible on every public path until the case is published, then publishes it once', async () => {
    const id = 'CVE-2026-5004';
    expect(await failure(cve.publishRecord(team, id))).toMatchObject({ code: 'cve_record_embargoed', status: 409 });
    expect(await failure(cve.get(visitor, id))).toMatchObject({ status: 404 });
    expect(await failure(cve.get(maintainer, id))).toMatchObject({ status: 404 });
    for (const format of ['cve', 'osv', 'csaf'] as const) expect(await failure(cve.exportRecord(visitor, id, format))).toMatchObject({ status: 404 });
    expect((await cve.list(visitor)).records.map((r) => r.cveId)).not.toContain(id);
    expect((await cve.list(visitor, { project: 'prosody' })).records).toEqual([]);
    expect((await cve.list(team, { project: 'prosody' })).records.map((r) => r.cveId)).toEqual([id]);
    expect((await cve.exportPublic(visitor, ['cve'])).index.map((e) => e.cveId)).not.toContain(id);
    expect(await cve.recordsForCase(maintainer, 'XSF-2026-001')).toEqual([]);
    expect((await cve.recordsForCase(team, 'XSF-2026-001')).map((r) => r.cveId)).toEqual([id]);

    // The case hook lets invited maintainers read the draft; the public still sees nothing.
    const hooked = (await import('./service.ts')).createCveService({ db: handle.db, mutations: ctx.services.mutations, clock: ctx.clock, publicUrl: 'http://xmppsec.test', caseAccess: async (actor, caseId) => actor.kind === 'user' && actor.userId === maintainer.userId && caseId === 'XSF-2026-001' });
    expect((await hooked.get(maintainer, id)).team?.caseId).toBe('XSF-2026-001');
    expect(await failure(hooked.get(visitor, id))).toMatchObject({ status: 404 });

    const embargoEnd = ctx.clock.now();
    ctx.clock.advance(1000);
    expect(await failure(cve.publishForCase(team, 'XSF-2026-001', { publishedAt: new Date(ctx.clock.now().getTime() + 1) }))).toMatchObject({ code: 'publication_in_future' });
    const first = await cve.publishForCase(team, 'XSF-2026-001', { publishedAt: embargoEnd });
    expect(first).toEqual({ caseId: 'XSF-2026-001', released: [id], pushed: [{ cveId: id, outcome: 'not_configured' }], failed: [] });
    const before = await countRows(ctx.services);
    expect(await cve.publishForCase(team, 'XSF-2026-001')).toEqual(first);
    expect(await countRows(ctx.services)).toEqual(before);
    const view = await cve.get(visitor, id);
    expect(view).toMatchObject({ public: true, state: 'PUBLISHED', publishedAt: embargoEnd, projects: [{ slug: 'prosody', matchedBy: 'slug' }] });
    expect(view.record?.cveMetadata.datePublished).toBe(embargoEnd.toISOString());
    expect((await cve.list(visitor, { project: 'prosody' })).records.map((r) => r.cveId)).toEqual([id]);
    expect(validateOsv(JSON.parse((await cve.exportRecord(visitor, id, 'osv')).text)).valid).toBe(true);
    expect((await validateCsaf(JSON.parse((await cve.exportRecord(visitor, id, 'csaf')).text))).valid).toBe(true);
    // Public now: later updates go through publishRecord; the case link cannot be taken back.
    expect(await cve.publishRecord(team, id)).toMatchObject({ outcome: 'unchanged' });
    expect(await failure(cve.linkCase(team, id, null))).toMatchObject({ code: 'cve_record_public' });
  });

  it("implements the advisory feature's port: problems, release inside the caller's transaction, push", async () => {
    const port = cve.caseRecords;
    const [ready, broken] = (await cve.reserve(team, { amount: 2 })).ids as [string, string];
    await cve.linkCase(team, ready, 'XSF-2026-002');
    await cve.saveDraft(team, ready, { draft: sampleDraft() });
    await cve.linkCase(team, broken, 'XSF-2026-002');
    await cve.saveDraft(team, broken, { draft: { ...sampleDraft(), references: [] } });
    const problems = await port.check(handle.db, 'XSF-2026-002');
    expect(problems).toEqual([
      { cveId: ready, problems: [] },
      { cveId: broken, problems: ['references: needs at least one reference'] },
    ]);
    const at = ctx.clock.now();
    // Not ready: the publishing transaction rolls back, and with it everything.
    const before = await countRows(ctx.services);
    await expect(ctx.services.mutations.run(cliActor, async (trx) => ({ result: await port.markPublished(trx, 'XSF-2026-002', at), audit: { action: 'test.publish' } }))).rejects.toMatchObject({ code: 'cve_record_not_ready' });
    expect(await countRows(ctx.services)).toEqual(before);
    await cve.rejectRecord(team, broken, { reasons: 'Not a vulnerability after all.' });
    expect(await failure(cve.get(visitor, broken))).toMatchObject({ status: 404 });
    expect((await port.check(handle.db, 'XSF-2026-002')).flatMap((p) => p.problems)).toEqual([]);
    const ids = await ctx.services.mutations.run(cliActor, async (trx) => ({ result: await port.markPublished(trx, 'XSF-2026-002', at), audit: { action: 'test.publish' } }));
    expect(ids).toEqual([ready, broken]);
    expect((await cve.get(visitor, ready)).state).toBe('PUBLISHED');
    expect((await cve.get(visitor, broken)).state).toBe('REJECTED');
    expect(await port.push(ready)).toBe('not_configured');
    expect(await port.cveServicesConfigured()).toBe(false);
  });
});
