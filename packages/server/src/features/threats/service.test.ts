import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, UserActor } from '../../authz/actor.ts';
import { anonymous, cliActor } from '../../authz/actor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { parseXepList } from '../directory/xep-list.ts';
import type { Threat } from './model.ts';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { importRegister, threatToYaml } from './register-yaml.ts';
import { createThreatService, seedThreatRegister } from './service.ts';
import type { ThreatService, XepDirectory } from './service.ts';
import { int, randomThreat, randomTree, seededRandom } from './test-generators.ts';

const backends = await testBackends();

const seedFiles = await readRegisterDir(SEED_DIR);
const seedThreats = importRegister(seedFiles).threats;
const DRAFTS = seedThreats.filter((t) => t.status === 'draft').map((t) => t.slug);
const seedThreat = (slug: string): Threat => structuredClone(seedThreats.find((t) => t.slug === slug)!);

describe.each(backends)('threat register on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let threats: ThreatService;
  let team: UserActor;
  let reporter: UserActor;
  const visitor: Actor = anonymous();

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    threats = ctx.services.threats;
    team = (await ctx.createUser('team')).actor;
    reporter = (await ctx.createUser('reporter')).actor;
    const lines: string[] = [];
    await seedThreatRegister(threats, (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(/^Threat register: loaded 12 threats, published version 1 with 9 reviewed ones\.$/)]);
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  const counts = async () => ({
    threats: Number((await handle.db.selectFrom('threats').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    revisions: Number((await handle.db.selectFrom('threat_revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    versions: Number((await handle.db.selectFrom('register_versions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    events: Number((await handle.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  });

  it('seeds once: every seed threat is stored, the reviewed ones published as version 1', async () => {
    await seedThreatRegister(threats, () => expect.fail('a second seed must do nothing'));
    const all = await threats.list(team);
    expect(all.map((t) => t.slug).sort()).toEqual(seedThreats.map((t) => t.slug).sort());
    for (const summary of all) expect(summary.threat).toEqual(seedThreat(summary.slug));
    const v1 = await threats.version(visitor, 1);
    expect(v1.threatCount).toBe(seedThreats.length - DRAFTS.length);
    expect(v1.threats.map((t) => t.slug)).not.toContain(DRAFTS[0]);
    expect(v1.changes).toBeNull();
    expect(v1.publishedBy).toBeNull();
    expect((await threats.version(team, 1)).publishedBy).toBe('job seed');
  });

  it('renders the published seed to HTML and Markdown with an SVG tree per threat, drafts left out', async () => {
    const html = await threats.render(visitor, { format: 'html', stylesheetHref: '/api/v1/register.css' });
    const published = seedThreats.filter((t) => t.status !== 'draft');
    expect(html.version).toBe(1);
    expect(html.document.match(/<svg /g)).toHaveLength(published.length);
    expect(html.document).toContain('<link rel="stylesheet" href="/api/v1/register.css">');
    for (const t of published) expect(html.document).toContain(`id="threat-${t.slug}"`);
    for (const slug of DRAFTS) expect(html.document).not.toContain(`threat-${slug}`);
    const md = await threats.render(visitor, { format: 'md' });
    expect(md.document).toMatch(/^# XMPP threat register\n\nVersion 1 · published 2026-06-01 · 9 threats/);
    expect(md.document.match(/<svg /g)).toHaveLength(published.length);

    // The team's working register, drafts included: every seed threat with its tree.
    const working = await threats.preview(team, { format: 'md', includeDrafts: true });
    expect(working.document.match(/<svg /g)).toHaveLength(seedThreats.length);
    expect(working.document).toContain('Version 2 (unpublished, with drafts)');
    const workingHtml = await threats.preview(team, { format: 'html', includeDrafts: true });
    expect(workingHtml.document.match(/<svg /g)).toHaveLength(seedThreats.length);
    await expect(threats.preview(visitor, { format: 'html' })).rejects.toMatchObject({ status: 401 });
    await expect(threats.preview(reporter, { format: 'html' })).rejects.toMatchObject({ status: 403 });
  });

  it('lists the register by priority and hides drafts from everyone but the team', async () => {
    const forTeam = await threats.list(team);
    const forPublic = await threats.list(visitor);
    const forReporter = await threats.list(reporter);
    expect(forTeam).toHaveLength(seedThreats.length);
    expect(forPublic.map((t) => t.slug)).toEqual(forTeam.filter((t) => t.threat.status !== 'draft').map((t) => t.slug));
    expect(forReporter.map((t) => t.slug)).toEqual(forPublic.map((t) => t.slug));
    const scores = forTeam.filter((t) => t.threat.status !== 'retired').map((t) => t.priority.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(forPublic.every((t) => t.latestRevision === null)).toBe(true);
    expect(forTeam.every((t) => t.latestRevision === t.revision)).toBe(true);
    expect((await threats.list(visitor, { tag: 'tls' })).every((t) => t.threat.tags.includes('tls'))).toBe(true);
    expect(await threats.list(visitor, { status: 'draft' })).toEqual([]);
    for (const slug of DRAFTS) {
      await expect(threats.get(visitor, slug)).rejects.toMatchObject({ status: 404, code: 'not_found' });
      await expect(threats.get(reporter, slug)).rejects.toMatchObject({ status: 404 });
      await expect(threats.revisions(visitor, slug)).rejects.toMatchObject({ status: 404 });
      await expect(threats.revision(visitor, slug, 1)).rejects.toMatchObject({ status: 404 });
      await expect(threats.diff(visitor, slug, 1, 1)).rejects.toMatchObject({ status: 404 });
      expect((await threats.get(team, slug)).threat.status).toBe('draft');
    }
  });

  it('editing a threat creates a revision whose diff is shown, and keeps who and why', async () => {
    const before = await threats.get(team, 'starttls-stripping');
    expect(before.revision).toBe(1);
    const edited = structuredClone(before.threat);
    edited.damage = 'medium';
    const leaf = edited.tree.nodes.find((n) => n.id === 'server-accepts-plain')!;
    leaf.estimate = { likelihood: 0.2, cost: 0, skill: 'none' };
    edited.tree.nodes.find((n) => n.id === 'remove-offer')!.mitigations![0]!.deployed = true;
    const eventsBefore = (await counts()).events;
    const after = await threats.edit(team, 'starttls-stripping', { threat: edited, baseRevision: 1, reason: 'Fewer servers accept plain s2s now' });
    expect(after.revision).toBe(2);
    expect(after.threat.damage).toBe('medium');
    expect(after.priority).toEqual({ priority: 'medium', score: 4 });
    expect((await counts()).events).toBe(eventsBefore + 1);
    const event = await handle.db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'threat.edit', actor_id: team.userId, details: { slug: 'starttls-stripping', revision: 2, fields: ['tree', 'damage'] } });

    const revisions = await threats.revisions(team, 'starttls-stripping');
    expect(revisions.map((r) => [r.number, r.reason, r.author])).toEqual([
      [1, 'The register shipped with xmppsec', 'job seed'],
      [2, 'Fewer servers accept plain s2s now', team.email],
    ]);
    expect(revisions[1]!.changes).toEqual(['Attack tree: 2 changed', 'Damage: high → medium']);
    expect((await threats.revisions(visitor, 'starttls-stripping')).map((r) => r.author)).toEqual([null, null]);

    const diff = await threats.diff(visitor, 'starttls-stripping', 1, 2);
    expect(diff.text).toContain('~ Damage: "high" → "medium"');
    expect(diff.text).toContain('~ node server-accepts-plain:');
    expect(diff.text).toContain('estimate: "likelihood 0.3, cost 0, skill none" → "likelihood 0.2, cost 0, skill none"');
    expect(diff.lines).toContainEqual({ op: '-', line: 'damage: high' });
    expect(diff.lines).toContainEqual({ op: '+', line: 'damage: medium' });
    const backwards = await threats.diff(visitor, 'starttls-stripping', 2, 1);
    expect(backwards.text).toContain('~ Damage: "medium" → "high"');
    expect((await threats.diff(visitor, 'starttls-stripping', 2, 2)).diff.changes).toEqual([]);

    const old = await threats.get(visitor, 'starttls-stripping', { revision: 1 });
    expect(old.threat).toEqual(seedThreat('starttls-stripping'));
    const detail = await threats.revision(visitor, 'starttls-stripping', 2);
    expect(detail.yaml).toBe(threatToYaml(after.threat));
    await expect(threats.revision(visitor, 'starttls-stripping', 3)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a stale edit with a clear conflict, and writes nothing', async () => {
    const current = await threats.get(team, 'eavesdropping');
    const one = { ...current.threat, gap: `${current.threat.gap}\n\nFirst editor's addition.` };
    const two = { ...current.threat, gap: `${current.threat.gap}\n\nSecond editor's addition.` };
    await threats.edit(team, 'eavesdropping', { threat: one, baseRevision: current.revision, reason: 'first' });
    const before = await counts();
    const stale = threats.edit(team, 'eavesdropping', { threat: two, baseRevision: current.revision, reason: 'second' });
    await expect(stale).rejects.toMatchObject({
      status: 409,
      code: 'revision_conflict',
      details: { baseRevision: current.revision, currentRevision: current.revision + 1 },
    });
    await expect(stale).rejects.toThrow(/based on revision 1 of "eavesdropping", but it is at revision 2 now/);
    await expect(threats.setStatus(team, 'eavesdropping', { status: 'retired', baseRevision: current.revision, reason: 'x' })).rejects.toMatchObject({ code: 'revision_conflict' });
    expect(await counts()).toEqual(before);

    // Two editors saving at the same moment from the same base: exactly one wins.
    const base = current.revision + 1;
    const results = await Promise.allSettled([
      threats.edit(team, 'eavesdropping', { threat: { ...one, damage: 'low' }, baseRevision: base, reason: 'race a' }),
      threats.edit(team, 'eavesdropping', { threat: { ...one, damage: 'medium' }, baseRevision: base, reason: 'race b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect(lost?.reason).toMatchObject({ code: 'revision_conflict' });
    expect((await threats.get(team, 'eavesdropping')).revision).toBe(base + 1);
  });

  it('creates a slug once even when two editors add it at the same moment', async () => {
    const doc = { ...seedThreat('presence-leaks'), slug: 'twin' };
    const results = await Promise.allSettled([threats.create(team, { threat: doc, reason: 'a' }), threats.create(team, { threat: doc, reason: 'b' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toMatchObject({ status: 409, code: 'threat_exists' });
    expect(await threats.revisions(team, 'twin')).toHaveLength(1);
  });

  it('rejects a malformed tree with a message naming the node, and writes nothing', async () => {
    const before = await counts();
    const broken = seedThreat('amplification');
    broken.tree.nodes.find((n) => n.id === 'room-flood')!.children = ['join-busy-room', 'no-such-step'];
    const edit = threats.edit(team, 'amplification', { threat: broken, baseRevision: 1, reason: 'typo' });
    await expect(edit).rejects.toMatchObject({ status: 400, code: 'invalid_threat' });
    await expect(edit).rejects.toThrow('node "room-flood" refers to child "no-such-step", which is not defined');

    const yaml = seedFiles.get('amplification.yaml')!.replace('slug: amplification', 'slug: amplification-2').replace(/likelihood: 0\.(\d+)/, 'likelihood: 7');
    const create = threats.create(team, { yaml, reason: 'copy' });
    await expect(create).rejects.toMatchObject({ code: 'invalid_threat', details: { issues: [expect.objectContaining({ code: 'bad-estimate', line: expect.any(Number) })] } });
    await expect(create).rejects.toThrow(/node "[a-z-]+": tree\.nodes\[\d+\]\.estimate\.likelihood: likelihood is a probability between 0 and 1/);

    const files = new Map(seedFiles);
    files.set('amplification.yaml', seedFiles.get('amplification.yaml')!.replace('children: [join-busy-room, no-room-rate-limit]', 'children: [join-busy-room, no-such-step]'));
    files.set('new-threat.yaml', threatToYaml({ ...seedThreat('presence-leaks'), slug: 'new-threat' }));
    const imported = threats.importFiles(team, files);
    await expect(imported).rejects.toMatchObject({ status: 400, code: 'invalid_register' });
    await expect(imported).rejects.toThrow(/nothing was imported\. First: amplification\.yaml:\d+:\d+: node "room-flood" refers to child "no-such-step"/);
    expect(await counts()).toEqual(before);
    await expect(threats.get(team, 'new-threat')).rejects.toMatchObject({ status: 404 });
  });

  it('validates everything else a caller can send', async () => {
    const base = await threats.get(team, 'presence-leaks');
    const doc = base.threat;
    const before = await counts();
    const cases: [() => Promise<unknown>, string][] = [
      [() => threats.edit(team, 'presence-leaks', { threat: doc, baseRevision: base.revision, reason: '' }), 'reason_required'],
      [() => threats.edit(team, 'presence-leaks', { threat: doc, baseRevision: base.revision, reason: '   ' }), 'reason_required'],
      [() => threats.edit(team, 'presence-leaks', { threat: doc, baseRevision: base.revision, reason: 'x'.repeat(1001) }), 'reason_too_long'],
      [() => threats.edit(team, 'presence-leaks', { threat: doc, baseRevision: base.revision, reason: 'bell\u0007' }), 'invalid_reason'],
      [() => threats.edit(team, 'presence-leaks', { threat: doc, baseRevision: 0, reason: 'x' }), 'invalid_base_revision'],
      [() => threats.edit(team, 'presence-leaks', { threat: doc, baseRevision: base.revision, reason: 'same' }), 'no_changes'],
      [() => threats.edit(team, 'presence-leaks', { threat: doc, yaml: 'slug: x', baseRevision: base.revision, reason: 'x' }), 'invalid_request'],
      [() => threats.edit(team, 'presence-leaks', { baseRevision: base.revision, reason: 'x' }), 'invalid_request'],
      [() => threats.edit(team, 'presence-leaks', { threat: { ...doc, slug: 'renamed' }, baseRevision: base.revision, reason: 'x' }), 'slug_mismatch'],
      [() => threats.edit(team, 'presence-leaks', { threat: { ...doc, colour: 'red' }, baseRevision: base.revision, reason: 'x' }), 'invalid_threat'],
      [() => threats.edit(team, 'presence-leaks', { threat: 'not an object', baseRevision: base.revision, reason: 'x' }), 'invalid_threat'],
      [() => threats.edit(team, 'presence-leaks', { yaml: 'a: [unclosed', baseRevision: base.revision, reason: 'x' }), 'invalid_threat'],
      [() => threats.edit(team, 'presence-leaks', { yaml: `gap: "${'x'.repeat(600_000)}"`, baseRevision: base.revision, reason: 'x' }), 'invalid_threat'],
      [() => threats.edit(team, 'no-such-threat', { threat: { ...doc, slug: 'no-such-threat' }, baseRevision: 1, reason: 'x' }), 'not_found'],
      [() => threats.create(team, { threat: doc, reason: 'again' }), 'threat_exists'],
      [() => threats.setStatus(team, 'presence-leaks', { status: 'draft', baseRevision: base.revision, reason: 'x' }), 'no_changes'],
      [() => threats.setStatus(team, 'presence-leaks', { status: 'published' as never, baseRevision: base.revision, reason: 'x' }), 'invalid_status'],
      [() => threats.linkCase(team, 'presence-leaks', { caseId: '../etc' }), 'invalid_case_id'],
      [() => threats.linkCase(team, 'no-such-threat', { caseId: 'case-1' }), 'not_found'],
      [() => threats.unlinkCase(team, 'presence-leaks', 'case-never-linked'), 'not_found'],
      [() => threats.publish(team, { notes: 'x'.repeat(5001) }), 'notes_too_long'],
      [() => threats.render(visitor, { format: 'html', version: 99 }), 'not_found'],
      [() => threats.version(visitor, 99), 'not_found'],
    ];
    for (const [call, code] of cases) await expect(call(), code).rejects.toMatchObject({ code });
    expect(await counts()).toEqual(before);
  });

  it('lets only the team write', async () => {
    const doc = seedThreat('presence-leaks');
    for (const actor of [visitor, reporter]) {
      const status = actor.kind === 'anonymous' ? 401 : 403;
      await expect(threats.create(actor, { threat: { ...doc, slug: 'mine' }, reason: 'x' })).rejects.toMatchObject({ status });
      await expect(threats.edit(actor, 'presence-leaks', { threat: doc, baseRevision: 1, reason: 'x' })).rejects.toMatchObject({ status });
      await expect(threats.setStatus(actor, 'presence-leaks', { status: 'reviewed', baseRevision: 1, reason: 'x' })).rejects.toMatchObject({ status });
      await expect(threats.publish(actor)).rejects.toMatchObject({ status });
      await expect(threats.importFiles(actor, seedFiles)).rejects.toMatchObject({ status });
      await expect(threats.exportFiles(actor)).rejects.toMatchObject({ status });
      await expect(threats.linkCase(actor, 'presence-leaks', { caseId: 'c1' })).rejects.toMatchObject({ status });
      expect(() => threats.previewTree(actor, 'root: a')).toThrow(expect.objectContaining({ status }));
    }
  });

  it('shows the public the last reviewed revision while the team reworks a draft', async () => {
    const reviewed = await threats.get(team, 'directory-harvesting');
    await threats.setStatus(team, 'directory-harvesting', { status: 'draft', baseRevision: reviewed.revision, reason: 'Rework the tree' });
    const rework = { ...(await threats.get(team, 'directory-harvesting')).threat, gap: 'Secret work in progress.' };
    await threats.edit(team, 'directory-harvesting', { threat: rework, baseRevision: reviewed.revision + 1, reason: 'Draft text' });
    const seen = await threats.get(visitor, 'directory-harvesting');
    expect(seen.revision).toBe(reviewed.revision);
    expect(seen.threat.gap).not.toContain('Secret');
    expect((await threats.list(visitor)).find((t) => t.slug === 'directory-harvesting')?.threat.gap).not.toContain('Secret');
    expect((await threats.revisions(visitor, 'directory-harvesting')).map((r) => r.number)).toEqual([reviewed.revision]);
    await expect(threats.get(visitor, 'directory-harvesting', { revision: reviewed.revision + 2 })).rejects.toMatchObject({ status: 404 });
    await expect(threats.diff(visitor, 'directory-harvesting', reviewed.revision, reviewed.revision + 2)).rejects.toMatchObject({ status: 404 });
    expect((await threats.revisions(team, 'directory-harvesting')).map((r) => r.status)).toEqual(['reviewed', 'draft', 'draft']);
    // Publishing takes the last reviewed revision, so the draft does not leak into the register either.
    const preview = await threats.preview(team, { format: 'md' });
    expect(preview.document).not.toContain('Secret work in progress');
    await threats.setStatus(team, 'directory-harvesting', { status: 'reviewed', baseRevision: reviewed.revision + 2, reason: 'Reviewed again' });
    expect((await threats.get(visitor, 'directory-harvesting')).threat.gap).toBe('Secret work in progress.');
  });

  it('publishes numbered versions, keeps every past one exactly, and lists the changes', async () => {
    await threats.setStatus(team, 'amplification', { status: 'reviewed', baseRevision: 1, reason: 'Reviewed at the SIG meeting' });
    const v2 = await threats.publish(team, { notes: 'Amplification reviewed' });
    expect(v2.number).toBe(2);
    expect(v2.publishedBy).toBe(team.email);
    expect(v2.changes?.previous).toBe(1);
    expect(v2.changes?.added).toEqual(['amplification']);
    expect(v2.changes?.changed.map((c) => c.slug)).toEqual(['directory-harvesting', 'eavesdropping', 'starttls-stripping']);
    await expect(threats.publish(team)).rejects.toMatchObject({ status: 409, code: 'register_unchanged' });

    const current = await threats.render(visitor, { format: 'md' });
    expect(current.version).toBe(2);
    expect(current.document).toContain('## Changes since version 1');
    expect(current.document).toContain('- Added: [Amplification');
    expect(current.document).toContain('- Changed: [`starttls-stripping`]');
    const first = await threats.render(visitor, { format: 'md', version: 1 });
    const original = seedThreats.filter((t) => t.status !== 'draft');
    expect(first.threats).toHaveLength(original.length);
    expect(first.document).not.toContain('Amplification');
    expect(first.document).not.toContain('Changes since');
    expect(first.document).toContain('- Damage: high'); // starttls-stripping as seeded, before the edit

    const versions = await threats.versions(visitor);
    expect(versions.map((v) => [v.number, v.threatCount, v.notes, v.publishedBy])).toEqual([
      [2, original.length + 1, 'Amplification reviewed', null],
      [1, original.length, 'The initial register shipped with xmppsec.', null],
    ]);
    const rows = await handle.db.selectFrom('audit_events').select(['action', 'details']).where('action', '=', 'register.publish').orderBy('seq').execute();
    expect(rows.map((r) => r.details)).toEqual([{ version: 1, threats: 9 }, { version: 2, threats: 10 }]);
    // History is append-only in the database itself.
    await expect(handle.db.updateTable('threat_revisions').set({ reason: 'rewritten' }).execute()).rejects.toThrow(/append-only/);
    await expect(handle.db.deleteFrom('register_versions').execute()).rejects.toThrow(/append-only/);
  });

  it('shows the observatory figure live on the threat, and as of publication in each version', async () => {
    const measured = { share: 0.231, sample: 4210, measuredAt: '2026-05-30' };
    threats.setExposureSource(async (metric) => (metric === 'starttls-not-required' ? measured : undefined));
    const view = await threats.get(visitor, 'starttls-stripping');
    expect(view.exposure).toEqual({ metric: 'starttls-not-required', figure: measured });
    const live = await threats.render(visitor, { format: 'md', liveExposure: true });
    expect(live.document).toContain('**23%** of 4,210 scanned servers (measured 2026-05-30)');
    const published = await threats.render(visitor, { format: 'md' });
    expect(published.document).not.toContain('4,210');

    const next = { ...view.threat, recommendation: `${view.threat.recommendation}\n\nRevisit when the share drops below 10%.` };
    await threats.edit(team, 'starttls-stripping', { threat: next, baseRevision: view.revision, reason: 'Add a target' });
    await threats.publish(team);
    threats.setExposureSource(async () => ({ share: 0.05, sample: 5000, measuredAt: '2026-06-30' }));
    const v3 = await threats.render(visitor, { format: 'html', version: 3 });
    expect(v3.document).toContain('<strong>23%</strong> of 4,210 scanned servers');
    expect((await threats.get(visitor, 'starttls-stripping')).exposure?.figure?.share).toBe(0.05);
    threats.setExposureSource(undefined);
    expect((await threats.get(visitor, 'starttls-stripping')).exposure).toEqual({ metric: 'starttls-not-required', figure: null });
  });

  it('links cases, shown to the public only once the case feature says they are public', async () => {
    await threats.linkCase(team, 'message-spoofing', { caseId: 'case-2026-001', note: 'Carbons spoofing in a client' });
    await threats.linkCase(team, 'message-spoofing', { caseId: 'case-2026-002' });
    await expect(threats.linkCase(team, 'message-spoofing', { caseId: 'case-2026-002' })).rejects.toMatchObject({ status: 409, code: 'case_already_linked' });
    expect((await threats.get(visitor, 'message-spoofing')).cases).toEqual([]);
    expect(await threats.threatsForCase(visitor, 'case-2026-001')).toEqual([]);
    expect((await threats.get(team, 'message-spoofing')).cases).toEqual([
      { caseId: 'case-2026-001', note: 'Carbons spoofing in a client', public: false },
      { caseId: 'case-2026-002', note: '', public: false },
    ]);
    threats.setCaseVisibility(async (ids) => ids.filter((id) => id === 'case-2026-001'));
    expect((await threats.get(visitor, 'message-spoofing')).cases).toEqual([{ caseId: 'case-2026-001', note: 'Carbons spoofing in a client', public: true }]);
    expect(await threats.threatsForCase(visitor, 'case-2026-001')).toEqual([{ slug: 'message-spoofing', name: seedThreat('message-spoofing').name }]);
    expect(await threats.threatsForCase(visitor, 'case-2026-002')).toEqual([]);
    expect(await threats.threatsForCase(team, 'case-2026-002')).toEqual([{ slug: 'message-spoofing', name: seedThreat('message-spoofing').name }]);
    await threats.unlinkCase(team, 'message-spoofing', 'case-2026-001');
    expect((await threats.get(visitor, 'message-spoofing')).cases).toEqual([]);
    threats.setCaseVisibility(undefined);
  });

  it('resolves XEP links against the directory\'s XEP list, and reads "unknown" before it is loaded', async () => {
    const linked = seedThreat('dialback-impersonation').links.xeps;
    const before = await threats.get(visitor, 'dialback-impersonation');
    expect(before.xeps).toEqual(linked.map((number) => ({ number, title: null, status: null })));
    const xml = await readFile(new URL('../directory/fixtures/xeplist.xml', import.meta.url), 'utf8');
    await ctx.services.directory.importXeps(cliActor, xml);
    const list = new Map(parseXepList(xml).xeps.filter((x) => x.accepted && x.number !== null).map((x) => [x.number!, x]));
    const after = await threats.get(visitor, 'dialback-impersonation');
    expect(after.xeps).toEqual(linked.map((number) => ({ number, title: list.get(number)?.title ?? null, status: list.get(number)?.status ?? null })));
    expect(after.xeps.find((x) => x.number === 220)?.title).toBe('Server Dialback');
    // Another directory can be plugged in.
    const other = createWithDirectory(ctx);
    expect((await other.get(visitor, 'dialback-impersonation')).xeps.find((x) => x.number === 220)).toEqual({ number: 220, title: 'Server Dialback (injected)', status: 'Final' });
  });

  it('imports and exports the register: files in, the same files out', async () => {
    const fresh = await createTestContext(await backend.open());
    try {
      const service = fresh.services.threats;
      const summary = await service.importFiles(cliActor, seedFiles);
      expect(summary.created).toHaveLength(seedThreats.length);
      const exported = await service.exportFiles(cliActor);
      const yamlFiles = new Map([...seedFiles].filter(([name]) => name.endsWith('.yaml')));
      expect(exported).toEqual(yamlFiles);
      const again = await service.importFiles(cliActor, exported);
      expect(again).toMatchObject({ created: [], revised: [], unchanged: [...yamlFiles.keys()].map((n) => n.replace('.yaml', '')) });
      const changed = new Map(exported);
      changed.set('sasl-downgrade.yaml', exported.get('sasl-downgrade.yaml')!.replace('damage: high', 'damage: medium'));
      changed.delete('presence-leaks.yaml');
      const third = await service.importFiles(cliActor, changed, { reason: 'Pull request #12' });
      expect(third.revised).toEqual(['sasl-downgrade']);
      expect(third.notInFiles).toEqual(['presence-leaks']);
      const revisions = await service.revisions(cliActor, 'sasl-downgrade');
      expect(revisions.map((r) => [r.number, r.reason, r.author])).toEqual([
        [1, 'Imported from YAML files', 'command line'],
        [2, 'Pull request #12', 'command line'],
      ]);
      expect((await service.exportFiles(cliActor)).get('sasl-downgrade.yaml')).toBe(changed.get('sasl-downgrade.yaml'));
      await expect(service.render(anonymous(), { format: 'html' })).rejects.toMatchObject({ status: 404, message: 'No version of the register has been published yet.' });
    } finally {
      await fresh.close();
    }
  });

  it('stores generated threats with awkward text and gives them back unchanged', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = seededRandom(seed);
      const threat = randomThreat(random, `generated-${seed}`, randomTree(random, { nodes: int(random, 1, 30), shareProbability: 0.2 }));
      const created = await threats.create(team, { threat, reason: `generated ${seed}` });
      expect(created.threat, `seed ${seed}`).toEqual(threat);
      const viaYaml = { ...threat, slug: `generated-${seed}-yaml` };
      expect((await threats.create(team, { yaml: threatToYaml(viaYaml), reason: 'yaml' })).threat, `seed ${seed}`).toEqual(viaYaml);
    }
  });
});

function createWithDirectory(ctx: TestContext): ThreatService {
  const xepDirectory: XepDirectory = async (numbers) => new Map(numbers.filter((n) => n === 220).map((n) => [n, { title: 'Server Dialback (injected)', status: 'Final' }]));
  return createThreatService({ db: ctx.services.db, mutations: ctx.services.mutations, clock: ctx.clock, xepDirectory });
}
