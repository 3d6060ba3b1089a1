import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import { DAY_MS } from '../../clock.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { startSmtpServer } from '../../testing/smtp-server.ts';
import type { TestSmtpServer } from '../../testing/smtp-server.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { directoryJobs } from './jobs.ts';
import { compareVersions } from './version-order.ts';
import { DOAP_FIXTURES, doapFixtureFiles, FIXTURES, hasPython, python } from './test-helpers.ts';

const backends = await testBackends();

/** Read with ElementTree, independently of our parser: each file's project name and its XEPs (first entry per number) with status. */
const DECLARED = String.raw`
import sys, json, re, xml.etree.ElementTree as ET
D = '{http://usefulinc.com/ns/doap#}'
X = '{https://linkmauve.fr/ns/xmpp-doap#}'
R = '{http://www.w3.org/1999/02/22-rdf-syntax-ns#}'
out = {}
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    project = next(root.iter(D + 'Project'))
    xeps = {}
    for sx in root.iter(X + 'SupportedXep'):
        ref = sx.find(X + 'xep')
        m = re.search(r'xep-(\d{4})\.html', (ref.get(R + 'resource') or '') if ref is not None else '')
        if not m: continue
        n = int(m.group(1))
        if n in xeps: continue
        status = sx.findtext(X + 'status')
        xeps[n] = status.strip() if status else None
    out[project.findtext(D + 'name').strip()] = {str(k): v for k, v in xeps.items()}
print(json.dumps(out))
`;

const doapFiles = doapFixtureFiles().map((file) => join(DOAP_FIXTURES, file));
const softwareList = JSON.parse(readFileSync(join(FIXTURES, 'software.json'), 'utf8')) as { name: string; doap: string | null }[];

describe.each(backends)('software directory on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    handle = await backend.open();
    smtp = await startSmtpServer();
    ctx = await createTestContext(handle, { smtp: { url: smtp.url, from: 'xmppsec <security@xmppsec.test>' } });
    expect(await ctx.services.directory.seedIfEmpty(cliActor)).toBe(true);
  });
  afterAll(async () => {
    await ctx.services.outbox.idle();
    await ctx.close();
    await smtp.close();
    await handle.close();
  });

  const directory = () => ctx.services.directory;
  const projectByName = async (name: string) => {
    const { projects } = await directory().listProjects(anonymous(), { q: name, limit: 500 });
    const found = projects.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`no project named ${name}`);
    return directory().getProject(anonymous(), found.slug);
  };

  it('imports the software list, the DOAP files and the XEP list, and seeds only once', async () => {
    const names = new Set(softwareList.map((entry) => entry.name.toLowerCase()));
    const { total } = await directory().listProjects(anonymous(), { limit: 1 });
    expect(total).toBe(names.size);
    const inScope = await directory().listProjects(anonymous(), { inScope: true, limit: 1 });
    expect(inScope.total).toBe(new Set(softwareList.filter((e) => e.doap).map((e) => e.name.toLowerCase())).size);
    const withDoap = (await directory().listProjects(anonymous(), { limit: 500 })).projects.filter((p) => p.hasDoap);
    expect(withDoap).toHaveLength(doapFiles.length);
    const xeps = await directory().listXeps(anonymous(), { limit: 1 });
    const listed = (readFileSync(join(FIXTURES, 'xeplist.xml'), 'utf8').match(/<xep accepted="true">/g) ?? []).length;
    expect(xeps.total).toBe(listed);
    expect(await directory().seedIfEmpty(cliActor)).toBe(false);
    const events = await ctx.services.audit.list(cliActor, { action: 'directory.' });
    expect(events.events.map((e) => e.action).sort()).toEqual(['directory.list_import', 'directory.xep_list_import']);
  });

  describe.skipIf(!hasPython())('against an independent reading of the DOAP files', () => {
    const declared = hasPython() ? python<Record<string, Record<string, string | null>>>(DECLARED, doapFiles) : {};

    it('stores the XEPs each DOAP file declares, with their status', async () => {
      for (const [name, xeps] of Object.entries(declared)) {
        const project = await projectByName(name);
        expect(project.xeps.map((x) => x.number), name).toEqual(Object.keys(xeps).map(Number).sort((a, b) => a - b));
        for (const x of project.xeps) expect(x.rawStatus, `${name} XEP-${x.number}`).toBe(xeps[String(x.number)]);
      }
    });

    it('GET /api/v1/xeps/280 lists every project that declares XEP-0280 with its status', async () => {
      const app = await ctx.app();
      const response = await app.inject({ method: 'GET', url: '/api/v1/xeps/280' });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ number: number; title: string; status: string; implementations: { name: string; slug: string; status: string | null; version: string | null }[] }>();
      expect(body.number).toBe(280);
      expect(body.title).toMatch(/Carbons/);
      const expected = Object.entries(declared).filter(([, xeps]) => '280' in xeps).map(([name, xeps]) => [name, xeps['280']]).sort();
      expect(expected.length).toBeGreaterThan(3);
      expect(body.implementations.map((i) => [i.name, i.status]).sort()).toEqual(expected);
      // The filter on the project list agrees.
      const list = await app.inject({ method: 'GET', url: '/api/v1/projects?xep=280&xepStatus=complete' });
      expect(list.json<{ total: number }>().total).toBe(expected.filter(([, status]) => status === 'complete').length);
    });
  });

  it('re-importing the same file keeps one snapshot and changes nothing', async () => {
    const before = await projectByName('Kaidan');
    const again = await directory().importDoap(cliActor, { content: readFileSync(join(DOAP_FIXTURES, 'kaidan.doap')), source: 'kaidan.doap' });
    expect(again).toMatchObject({ slug: before.slug, newSnapshot: false, applied: false, usable: true });
    const after = await directory().getProject(anonymous(), before.slug);
    expect(after.snapshots).toHaveLength(1);
    expect(after.releases).toEqual(before.releases);
  });

  it('keeps every distinct DOAP version; a broken one never wipes good data and shows its problem', async () => {
    const original = readFileSync(join(DOAP_FIXTURES, 'movim.doap'), 'utf8');
    const before = await projectByName('Movim');
    // A new, still usable version: one release fewer.
    const trimmed = original.replace(/<release>\s*<Version>\s*<revision>0\.34\.1<\/revision>[\s\S]*?<\/release>/, '');
    expect(trimmed).not.toBe(original);
    const changed = await directory().importDoap(cliActor, { content: trimmed, source: 'movim-trimmed.doap', slug: before.slug });
    expect(changed).toMatchObject({ newSnapshot: true, applied: true, usable: true });
    const middle = await directory().getProject(anonymous(), before.slug);
    expect(middle.releases.length).toBe(before.releases.length - 1);
    expect(middle.newestRelease?.version).not.toBe('0.34.1');
    expect(middle.doapChangedAt).toEqual(ctx.clock.now());

    // Broken: the XML ends half-way.
    ctx.clock.advance(DAY_MS);
    const broken = await directory().importDoap(cliActor, { content: original.slice(0, original.length / 2), source: 'movim-broken.doap', slug: before.slug });
    expect(broken).toMatchObject({ newSnapshot: true, applied: false, usable: false });
    const after = await directory().getProject(anonymous(), before.slug);
    expect(after.releases).toEqual(middle.releases);
    expect(after.xeps).toEqual(middle.xeps);
    expect(after.snapshots.map((s) => [s.usable, s.current])).toEqual([[false, false], [true, true], [true, false]]);
    expect(after.hasDoapProblem).toBe(true);
    expect(after.problems[0]).toMatchObject({ source: 'doap', code: 'unusable-doap', snapshotId: broken.snapshotId });
    expect(after.problems.some((p) => p.code === 'xml-malformed' && p.line !== null)).toBe(true);

    // The original comes back (a revert upstream): its old snapshot is current again, the problem is gone.
    ctx.clock.advance(DAY_MS);
    const reverted = await directory().importDoap(cliActor, { content: original, source: 'movim.doap', slug: before.slug });
    expect(reverted).toMatchObject({ newSnapshot: false, applied: true });
    const restored = await directory().getProject(anonymous(), before.slug);
    expect(restored.releases).toEqual(before.releases);
    expect(restored.hasDoapProblem).toBe(false);
    expect(restored.snapshots).toHaveLength(3);
    const snapshot = await directory().getSnapshot(anonymous(), before.slug, broken.snapshotId);
    expect(snapshot.rawText).toBe(original.slice(0, original.length / 2));
    expect(snapshot.usable).toBe(false);
  });

  it('imports any fuzzed or hostile DOAP content as a report, never a crash', async () => {
    const project = await directory().createProject(cliActor, { name: 'Fuzz Target' });
    const original = readFileSync(join(DOAP_FIXTURES, 'prosody.doap'), 'utf8');
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const inputs = [
      '',
      '\u0000\u0000<rdf:RDF/>',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      `<a>${'<b>'.repeat(5000)}`,
      new Uint8Array([0xff, 0xfe, 0x00, 0x3c, 0x00]),
    ];
    for (let i = 0; i < 15; i++) {
      const at = Math.floor(random() * original.length);
      inputs.push(original.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + original.slice(at + Math.floor(random() * 50)));
    }
    for (const content of inputs) {
      const result = await directory().importDoap(cliActor, { content, source: 'fuzz', slug: project.slug });
      expect(result.slug).toBe(project.slug);
      if (!result.usable) expect(result.problems.length).toBeGreaterThan(0);
    }
    await expect(directory().importDoap(cliActor, { content: '<nothing/>', source: 'anonymous.doap' })).rejects.toMatchObject({ code: 'doap_unmatched', status: 400 });
  });

  it('renames a slug; the old slug keeps resolving, over HTTP too, and cannot be taken by another project', async () => {
    const team = await ctx.signIn('team');
    const app = await ctx.app();
    const before = await projectByName('Converse.js');
    const renamed = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${before.slug}`, headers: team.headers, payload: { slug: 'conversejs' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<{ slug: string; formerSlugs: string[] }>()).toMatchObject({ slug: 'conversejs', formerSlugs: [before.slug] });
    const old = await app.inject({ method: 'GET', url: `/api/v1/projects/${before.slug}` });
    expect(old.statusCode).toBe(200);
    expect(old.json<{ slug: string }>().slug).toBe('conversejs');
    expect(old.headers['content-location']).toBe('/api/v1/projects/conversejs');
    expect((await directory().affectedRange(anonymous(), before.slug, { fixedIn: null })).project.slug).toBe('conversejs');
    const other = await projectByName('Gajim');
    await expect(directory().updateProject(cliActor, other.slug, { slug: before.slug })).rejects.toMatchObject({ code: 'slug_taken', status: 409 });
    await expect(directory().createProject(cliActor, { name: 'Squatter', slug: before.slug })).rejects.toMatchObject({ code: 'slug_taken' });
    // Renaming back takes the old slug out of the history.
    await directory().updateProject(cliActor, 'conversejs', { slug: before.slug });
    expect((await directory().getProject(anonymous(), 'conversejs')).formerSlugs).toEqual(['conversejs']);
    const audit = await ctx.services.audit.list(cliActor, { action: 'project.update', subjectId: before.id });
    expect(audit.events.map((e) => e.details.renamedFrom)).toEqual(['conversejs', before.slug]);
  });

  it('a maintainer confirms a project through the e-mailed link: status changes, audit shows it', async () => {
    const maintainer = await ctx.createUser('maintainer', 'dev@conversations.example');
    const project = await projectByName('Conversations');
    expect(project.maintenance).toBe('unconfirmed');
    await directory().linkMaintainer(cliActor, project.slug, { email: maintainer.email, contactEmail: 'security@conversations.example', xmppAddress: 'dev@conversations.example', securityContact: true });

    const requested = await directory().requestConfirmations(jobActor('directory.confirmation-requests'));
    expect(requested.requested).toEqual([{ slug: project.slug, recipients: 1 }]);
    const mail = await smtp.waitFor((m) => m.to.includes('security@conversations.example'));
    expect(mail.subject).toBe('Please confirm that Conversations is still maintained');
    const link = /http:\/\/xmppsec\.test\/directory\/confirm#token=(xdc_[\w-]+)/.exec(mail.text);
    expect(link, mail.text).not.toBeNull();
    const token = link![1]!;
    // Hashed at rest: the token itself is nowhere in the database.
    const stored = await handle.db.selectFrom('directory_confirmations').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
    await ctx.services.outbox.idle();
    const outboxRows = await handle.db.selectFrom('mail_outbox').select(['text_body', 'status']).where('purpose', '=', 'directory.confirmation').execute();
    expect(outboxRows).toEqual([{ text_body: '', status: 'sent' }]);

    const app = await ctx.app();
    const preview = await app.inject({ method: 'POST', url: '/api/v1/confirmations/preview', payload: { token } });
    expect(preview.json()).toMatchObject({ slug: project.slug, name: 'Conversations' });
    const confirmed = await app.inject({ method: 'POST', url: '/api/v1/confirmations', payload: { token } });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const after = await directory().getProject(anonymous(), project.slug);
    expect(after.maintenance).toBe('active');
    expect(after.lastConfirmedAt).toEqual(ctx.clock.now());
    expect(after.maintenanceStatus.signals.find((s) => s.kind === 'confirmation')).toMatchObject({ fresh: true, ageDays: 0 });

    const again = await app.inject({ method: 'POST', url: '/api/v1/confirmations', payload: { token } });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: { code: 'invalid_confirmation_link' } });

    const team = await ctx.signIn('team');
    const audit = await app.inject({ method: 'GET', url: `/api/v1/audit?action=project.confirm&subjectId=${project.id}`, headers: team.headers });
    const events = audit.json<{ events: { actorId: string; actorLabel: string; details: { method: string; slug: string } }[] }>().events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: maintainer.actor.userId, actorLabel: maintainer.email, details: { method: 'email_link', slug: project.slug } });

    // Not asked again within the year; asked again once the confirmation is 11 months old.
    expect((await directory().requestConfirmations(cliActor)).requested).toEqual([]);
    ctx.clock.advance(335 * DAY_MS);
    expect((await directory().requestConfirmations(cliActor)).requested.map((r) => r.slug)).toEqual([project.slug]);
    expect((await directory().requestConfirmations(cliActor)).requested).toEqual([]);
    await ctx.services.outbox.idle();
    // An expired link no longer works.
    ctx.clock.advance(31 * DAY_MS);
    const latest = await smtp.waitFor((m) => m.to.includes('security@conversations.example') && !m.text.includes(token));
    const expiredToken = /#token=(xdc_[\w-]+)/.exec(latest.text)![1]!;
    await expect(directory().confirmByToken(anonymous(), expiredToken)).rejects.toMatchObject({ code: 'invalid_confirmation_link' });
    ctx.clock.set('2026-06-01T12:00:00Z');
  });

  it('lets maintainers edit only their own projects, and only the fields DOAP does not carry', async () => {
    const mine = await ctx.signIn('maintainer');
    const app = await ctx.app();
    const project = await projectByName('Prosody IM');
    const otherProject = await projectByName('ejabberd');
    await directory().linkMaintainer(cliActor, project.slug, { email: mine.email });

    const edit = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${project.slug}`, headers: mine.headers, payload: { securityContact: 'https://prosody.im/security', cveVendor: 'Prosody', packageName: 'prosody', packageCollectionUrl: 'https://packages.debian.org' } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ securityContact: 'https://prosody.im/security', cve: { vendor: 'Prosody', packageName: 'prosody' } });
    const product = await directory().productFor(anonymous(), project.slug);
    expect(product).toMatchObject({ vendor: 'Prosody', product: 'Prosody IM', collectionURL: 'https://packages.debian.org', packageName: 'prosody', repo: 'https://hg.prosody.im/trunk/' });

    const listing = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${project.slug}`, headers: mine.headers, payload: { inScope: false } });
    expect(listing.statusCode).toBe(403);
    const foreign = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${otherProject.slug}`, headers: mine.headers, payload: { notes: 'mine now' } });
    expect(foreign.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/v1/projects/${otherProject.slug}/maintainers`, headers: mine.headers })).statusCode).toBe(403);

    // Their own contact details, yes; someone else's entry, no.
    const maintainers = await app.inject({ method: 'GET', url: `/api/v1/projects/${project.slug}/maintainers`, headers: mine.headers });
    expect(maintainers.json<{ maintainers: { userId: string }[] }>().maintainers.map((m) => m.userId)).toEqual([mine.actor.userId]);
    const own = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${project.slug}/maintainers/${mine.actor.userId}`, headers: mine.headers, payload: { xmppAddress: 'me@prosody.example', openpgpKey: 'AAAA BBBB CCCC DDDD EEEE FFFF 0000 1111 2222 3333' } });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<{ maintainers: { openpgpKey: string }[] }>().maintainers[0]!.openpgpKey).toBe('AAAABBBBCCCCDDDDEEEEFFFF0000111122223333');
    const colleague = await ctx.createUser('maintainer');
    await directory().linkMaintainer(cliActor, project.slug, { email: colleague.email });
    const theirs = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${project.slug}/maintainers/${colleague.actor.userId}`, headers: mine.headers, payload: { xmppAddress: 'hijack@evil.example' } });
    expect(theirs.statusCode).toBe(403);

    // The public sees the count, not the contacts; the maintainer sees them on their project.
    const publicView = await app.inject({ method: 'GET', url: `/api/v1/projects/${project.slug}` });
    expect(publicView.json()).toMatchObject({ maintainerCount: 2 });
    expect(publicView.json()).not.toHaveProperty('maintainers');
    expect((await app.inject({ method: 'GET', url: `/api/v1/projects/${project.slug}`, headers: mine.headers })).json<{ maintainers: unknown[] }>().maintainers).toHaveLength(2);
    expect((await app.inject({ method: 'GET', url: '/api/v1/projects?mine=true', headers: mine.headers })).json<{ projects: { slug: string }[] }>().projects.map((p) => p.slug)).toEqual([project.slug]);

    // Signed in, a maintainer confirms their own project but not another.
    expect((await app.inject({ method: 'POST', url: `/api/v1/projects/${project.slug}/confirm`, headers: mine.headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/v1/projects/${otherProject.slug}/confirm`, headers: mine.headers })).statusCode).toBe(403);

    await expect(directory().linkMaintainer(cliActor, project.slug, { email: mine.email })).rejects.toMatchObject({ code: 'already_linked' });
    const reporter = await ctx.createUser('reporter');
    await expect(directory().linkMaintainer(cliActor, project.slug, { email: reporter.email })).rejects.toMatchObject({ code: 'not_a_maintainer' });
    await directory().unlinkMaintainer(cliActor, project.slug, colleague.actor.userId);
    expect((await directory().listMaintainers(cliActor, project.slug)).map((m) => m.userId)).toEqual([mine.actor.userId]);
    expect(await directory().projectsMaintainedBy(mine.actor, mine.actor.userId)).toEqual([project.slug]);
  });

  it('lists archival candidates with evidence; only the team archives, and archived projects drop out', async () => {
    const candidates = await directory().archivalCandidates(cliActor);
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      expect(candidate.maintenance.state).toBe('quiet');
      expect(candidate.maintenance.reasons[0]).toMatch(/no signal in the last 24 months/);
    }
    const target = candidates[0]!;
    await expect(directory().archiveProject(await ctx.createUser('maintainer').then((u) => u.actor), target.slug, 'gone')).rejects.toMatchObject({ status: 403 });
    const archived = await directory().archiveProject(cliActor, target.slug, 'no release, no answer since 2019');
    expect(archived).toMatchObject({ archived: true, maintenance: 'archived', archivedReason: 'no release, no answer since 2019' });
    await expect(directory().archiveProject(cliActor, target.slug, 'again')).rejects.toMatchObject({ code: 'already_archived' });
    expect((await directory().archivalCandidates(cliActor)).map((c) => c.slug)).not.toContain(target.slug);
    expect((await directory().listProjects(anonymous(), { maintenance: 'archived' })).projects.map((p) => p.slug)).toEqual([target.slug]);
    const back = await directory().unarchiveProject(cliActor, target.slug);
    expect(back.archived).toBe(false);
    const actions = (await ctx.services.audit.list(cliActor, { subjectId: archived.id })).events.map((e) => e.action);
    expect(actions).toEqual(['project.unarchive', 'project.archive']);
  });

  it("derives affected ranges from a project's releases, saying when the order is unknown", async () => {
    const kaidan = await projectByName('Kaidan');
    const revisions = kaidan.releases.map((r) => r.revision!).filter(Boolean);
    const sorted = [...revisions].sort((a, b) => Number(compareVersions(a, b)));
    const fixedIn = sorted[sorted.length - 2]!;
    const introducedIn = sorted[3]!;
    const range = await directory().affectedRange(anonymous(), kaidan.slug, { fixedIn, introducedIn });
    expect(range.order).toBe('known');
    expect(range.releasesOnRecord).toBe(kaidan.releases.length);
    expect(range.affected.sort((a, b) => Number(compareVersions(a, b)))).toEqual(sorted.slice(3, sorted.length - 2));
    expect(range.cveVersions).toEqual([{ version: introducedIn, status: 'affected', versionType: 'semver', lessThan: fixedIn }]);
    const unknown = await directory().affectedRange(anonymous(), kaidan.slug, { fixedIn: 'nightly-2024' });
    expect(unknown.order).toBe('unknown');
    expect(unknown.unknown.length).toBe(revisions.length);
    await expect(directory().affectedRange(anonymous(), 'no-such-project', { fixedIn: '1.0' })).rejects.toMatchObject({ status: 404 });
  });

  it('shows compliance levels per project from the suites', async () => {
    const prosody = await projectByName('Prosody IM');
    expect(prosody.compliance.map((c) => c.suite)).toEqual(['cs-2022', 'cs-2023']);
    const core = prosody.compliance[1]!.categories.find((c) => c.id === 'core')!;
    expect(core.levels.map((l) => l.role)).toContain('server');
    expect(core.levels.every((l) => l.role === 'server')).toBe(true);
    const libstrophe = await projectByName('libstrophe');
    const levels = libstrophe.compliance.flatMap((c) => c.categories.flatMap((cat) => cat.levels));
    expect(levels.every((l) => l.state === 'not-met' && l.missing.length > 0)).toBe(true);
  });

  it('schedules its jobs, which run as the job actor and leave their audit trail', async () => {
    const jobs = directoryJobs(directory());
    expect(jobs.map((job) => [job.name, job.cron])).toEqual([
      ['directory.refresh-doap', '17 3 * * *'],
      ['directory.confirmation-requests', '0 9 * * 1'],
      ['directory.xep-health-mail', '0 7 1 * *'],
    ]);
    const maintainer = await ctx.createUser('maintainer');
    const smack = await projectByName('Smack');
    await directory().linkMaintainer(cliActor, smack.slug, { email: maintainer.email });
    await jobs.find((job) => job.name === 'directory.confirmation-requests')!.handler({});
    await smtp.waitFor((m) => m.to.includes(maintainer.email) && m.subject.includes('Smack'));
    const events = await ctx.services.audit.list(cliActor, { action: 'project.confirmation_request', subjectId: smack.id });
    expect(events.events[0]).toMatchObject({ actorLabel: 'job directory.confirmation-requests', via: 'job', details: { slug: smack.slug, recipients: 1 } });
  });

  it('reports XEP health and mails it to the configured recipients', async () => {
    const report = await directory().xepHealth(anonymous());
    expect(report.dueForDeferral.length).toBeGreaterThan(0);
    for (const candidate of report.advancementCandidates) expect(candidate.completeImplementations.length).toBeGreaterThanOrEqual(2);
    expect(await directory().mailXepHealthReport(jobActor('directory.xep-health-mail'))).toEqual({ sent: false, recipients: 0 });
    await expect(directory().setXepHealthRecipients(cliActor, ['not-an-address'])).rejects.toMatchObject({ code: 'invalid_email' });
    await directory().setXepHealthRecipients(cliActor, ['council@xmpp.example', 'editor@xmpp.example']);
    expect(await directory().mailXepHealthReport(jobActor('directory.xep-health-mail'))).toEqual({ sent: true, recipients: 2 });
    const mail = await smtp.waitFor((m) => m.subject.startsWith('XEP health report'));
    expect(mail.to.sort()).toEqual(['council@xmpp.example', 'editor@xmpp.example']);
    expect(mail.text).toContain(`Experimental XEPs due for deferral (no revision for 12 months): ${report.dueForDeferral.length}`);
  });
});
