import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, cliActor, jobActor } from '../../authz/actor.ts';
import { DAY_MS } from '../../clock.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { createDirectoryService } from './service.ts';
import type { DirectoryService, RefreshOutcome } from './service.ts';
import { DOAP_FIXTURES } from './test-helpers.ts';

const backends = await testBackends();

const gajim = readFileSync(join(DOAP_FIXTURES, 'gajim.doap'), 'utf8');
const smack = readFileSync(join(DOAP_FIXTURES, 'smack.doap'), 'utf8');

/** A DOAP host on loopback that misbehaves on demand. */
async function startDoapHost() {
  const requests: { path: string; ifNoneMatch: string | undefined; ifModifiedSince: string | undefined }[] = [];
  const state = { changing: gajim, broken: smack };
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
    switch (path) {
      case '/etag.doap':
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
        return res.writeHead(200, { 'content-type': 'application/rdf+xml', etag: '"v1"' }).end(gajim);
      case '/lastmod.doap':
        if (req.headers['if-modified-since'] === 'Tue, 01 Apr 2025 10:00:00 GMT') return res.writeHead(304).end();
        return res.writeHead(200, { 'content-type': 'application/xml', 'last-modified': 'Tue, 01 Apr 2025 10:00:00 GMT' }).end(gajim);
      case '/changing.doap':
        return res.writeHead(200, { 'content-type': 'application/xml' }).end(state.changing);
      case '/broken.doap':
        return res.writeHead(200, { 'content-type': 'application/xml' }).end(state.broken);
      case '/slow.doap': {
        // Headers at once, then a byte now and then: only the total timeout ends it.
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.write('<?xml version="1.0"?>');
        open.add(res);
        const timer = setInterval(() => res.write(' '), 200);
        res.on('close', () => {
          clearInterval(timer);
          open.delete(res);
        });
        return;
      }
      case '/huge.doap': {
        res.writeHead(200, { 'content-type': 'application/xml' });
        open.add(res);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', pump);
        };
        res.on('close', () => open.delete(res));
        res.write('<?xml version="1.0"?><rdf:RDF>');
        return pump();
      }
      case '/loop-a':
        return res.writeHead(302, { location: '/loop-b' }).end();
      case '/loop-b':
        return res.writeHead(302, { location: '/loop-a' }).end();
      default:
        return res.writeHead(404).end('not here');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    state,
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

describe.each(backends)('DOAP refresh on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let host: Awaited<ReturnType<typeof startDoapHost>>;
  let directory: DirectoryService;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    host = await startDoapHost();
    // Loopback is refused in production; the test host lives there, with short limits.
    directory = createDirectoryService({
      db: handle.db,
      mutations: ctx.services.mutations,
      clock: ctx.clock,
      outbox: ctx.services.outbox,
      publicUrl: 'http://xmppsec.test',
      fetchOptions: { allowPrivateAddresses: true, totalTimeoutMs: 1500, connectTimeoutMs: 1000, maxBytes: 256 * 1024, maxRedirects: 3 },
    });
    for (const [name, path] of [['Etag Project', '/etag.doap'], ['Lastmod Project', '/lastmod.doap'], ['Changing Project', '/changing.doap'], ['Broken Project', '/broken.doap'], ['Slow Project', '/slow.doap'], ['Huge Project', '/huge.doap'], ['Loop Project', '/loop-a'], ['Missing Project', '/missing.doap']] as const) {
      await directory.createProject(cliActor, { name, doapUrl: `${host.base}${path}` });
    }
  });
  afterAll(async () => {
    await host.close();
    await ctx.close();
    await handle.close();
  });

  const bySlug = (outcomes: RefreshOutcome[]) => Object.fromEntries(outcomes.map((o) => [o.slug, o]));

  it('fetches every DOAP file, records snapshots, and cuts off slow, huge and looping URLs with a reason', async () => {
    const progress: string[] = [];
    const summary = await directory.refresh(jobActor('directory.refresh-doap'), { onProgress: (outcome, done, total) => progress.push(`${done}/${total} ${outcome.slug}`) });
    expect(summary).toMatchObject({ checked: 8, changed: 4, failed: 4, unchanged: 0, notModified: 0 });
    expect(progress).toHaveLength(8);
    const outcomes = bySlug(summary.outcomes);
    expect(outcomes['slow-project']).toMatchObject({ kind: 'failed', reason: 'timeout' });
    expect(outcomes['huge-project']).toMatchObject({ kind: 'failed', reason: 'too-large' });
    expect(outcomes['loop-project']).toMatchObject({ kind: 'failed', reason: 'redirect-loop' });
    expect(outcomes['missing-project']).toMatchObject({ kind: 'failed', reason: 'bad-status' });

    const slow = await directory.getProject(anonymous(), 'slow-project');
    expect(slow.problems).toEqual([expect.objectContaining({ source: 'fetch', code: 'timeout', message: expect.stringMatching(/slow\.doap failed: no complete answer within 1500 ms/) })]);
    expect(slow.hasDoapProblem).toBe(true);
    expect(slow.doapCheckedAt).toEqual(ctx.clock.now());

    const etag = await directory.getProject(anonymous(), 'etag-project');
    // The project takes the DOAP file's data but keeps the name it was given.
    expect(etag).toMatchObject({ name: 'Etag Project', hasDoap: true, hasDoapProblem: false, homepage: 'https://gajim.org/' });
    expect(etag.xeps.length).toBeGreaterThan(50);

    const audit = await ctx.services.audit.list(cliActor, { action: 'directory.doap_refresh' });
    expect(audit.events[0]!.details).toMatchObject({ checked: 8, notModified: 0, failed: expect.arrayContaining([{ slug: 'slow-project', reason: 'timeout' }]) });
    expect((await ctx.services.audit.list(cliActor, { action: 'project.doap_import' })).events).toHaveLength(4);
  });

  it('sends conditional requests and records 304s without a new snapshot', async () => {
    ctx.clock.advance(DAY_MS);
    host.requests.length = 0;
    const summary = await directory.refresh(cliActor, { slugs: ['etag-project', 'lastmod-project', 'changing-project'] });
    expect(bySlug(summary.outcomes)).toMatchObject({ 'etag-project': { kind: 'not-modified' }, 'lastmod-project': { kind: 'not-modified' }, 'changing-project': { kind: 'unchanged' } });
    expect(host.requests.find((r) => r.path === '/etag.doap')?.ifNoneMatch).toBe('"v1"');
    expect(host.requests.find((r) => r.path === '/lastmod.doap')?.ifModifiedSince).toBe('Tue, 01 Apr 2025 10:00:00 GMT');
    for (const slug of ['etag-project', 'lastmod-project', 'changing-project']) {
      const project = await directory.getProject(anonymous(), slug);
      expect(project.snapshots, slug).toHaveLength(1);
      expect(project.snapshots[0]!.lastSeenAt).toEqual(ctx.clock.now());
      expect(project.doapCheckedAt).toEqual(ctx.clock.now());
    }
    // Last-Modified of the first fetch dates the DOAP change; without it there is no such signal yet.
    expect((await directory.getProject(anonymous(), 'lastmod-project')).doapChangedAt).toEqual(new Date('2025-04-01T10:00:00Z'));
    expect((await directory.getProject(anonymous(), 'changing-project')).doapChangedAt).toBeNull();
  });

  it('keeps a changed DOAP file as a new snapshot and updates the project from it', async () => {
    ctx.clock.advance(DAY_MS);
    host.state.changing = gajim.replace(/<xmpp:SupportedXep>\s*<xmpp:xep rdf:resource="https:\/\/xmpp\.org\/extensions\/xep-0280\.html"\s*\/>[\s\S]*?<\/xmpp:SupportedXep>/, '');
    expect(host.state.changing).not.toBe(gajim);
    const summary = await directory.refresh(cliActor, { slugs: ['changing-project'] });
    expect(summary.outcomes[0]).toMatchObject({ kind: 'changed', import: { newSnapshot: true, applied: true } });
    const project = await directory.getProject(anonymous(), 'changing-project');
    expect(project.snapshots).toHaveLength(2);
    expect(project.xeps.map((x) => x.number)).not.toContain(280);
    expect(project.doapChangedAt).toEqual(ctx.clock.now());
    expect(project.maintenanceStatus.signals.find((s) => s.kind === 'doap-change')).toMatchObject({ fresh: true, ageDays: 0 });
  });

  it('keeps the old data when the new DOAP file is broken, and shows the problem on the project', async () => {
    ctx.clock.advance(DAY_MS);
    const before = await directory.getProject(anonymous(), 'broken-project');
    host.state.broken = smack.replace('</rdf:RDF>', '');
    const summary = await directory.refresh(cliActor, { slugs: ['broken-project'] });
    expect(summary.outcomes[0]).toMatchObject({ kind: 'changed', import: { newSnapshot: true, applied: false, usable: false } });
    const after = await directory.getProject(anonymous(), 'broken-project');
    expect(after.xeps).toEqual(before.xeps);
    expect(after.snapshots.map((s) => s.usable)).toEqual([false, true]);
    expect(after.problems[0]).toMatchObject({ code: 'unusable-doap' });
    expect(after.problems.map((p) => p.code)).toContain('xml-malformed');
    const listed = await directory.listProjects(anonymous(), { q: 'broken' });
    expect(listed.projects[0]).toMatchObject({ slug: 'broken-project', hasDoapProblem: true });

    // Fixed upstream: the good version is back, the problem disappears, no third snapshot.
    host.state.broken = smack;
    await directory.refresh(cliActor, { slugs: ['broken-project'] });
    const fixed = await directory.getProject(anonymous(), 'broken-project');
    expect(fixed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(fixed.snapshots).toHaveLength(2);
  });

  it('clears a fetch problem once the URL works again', async () => {
    await directory.updateProject(cliActor, 'missing-project', { doapUrl: `${host.base}/etag.doap` });
    await directory.refresh(cliActor, { slugs: ['missing-project'] });
    const project = await directory.getProject(anonymous(), 'missing-project');
    expect(project.problems.filter((p) => p.source === 'fetch')).toEqual([]);
    expect(project.hasDoap).toBe(true);
  });

  it('refuses loopback URLs outside the command line, as the HTTP API does', async () => {
    await expect(directory.refresh((await ctx.createUser('team')).actor, { slugs: ['etag-project'], allowPrivateAddresses: true })).rejects.toMatchObject({ code: 'not_allowed' });
    // The application's own service keeps the default guard: the team's refresh is cut off with a reason.
    const team = await ctx.signIn('team');
    const app = await ctx.app();
    const response = await app.inject({ method: 'POST', url: '/api/v1/projects/etag-project/refresh', headers: team.headers });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ kind: 'failed', reason: 'blocked-address' });
    const imported = await app.inject({ method: 'POST', url: '/api/v1/directory/import/doap', headers: team.headers, payload: { url: `${host.base}/etag.doap` } });
    expect(imported.statusCode).toBe(502);
    expect(imported.json()).toMatchObject({ error: { code: 'doap_fetch_failed', details: { reason: 'blocked-address' } } });
    const noUrl = await directory.createProject(cliActor, { name: 'No URL' });
    await expect(directory.refresh(cliActor, { slugs: [noUrl.slug] })).rejects.toMatchObject({ code: 'no_doap_url' });
  });
});
