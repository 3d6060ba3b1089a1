/**
 * The observatory end to end on both database backends, scanning the scanner's real loopback
 * fleet (Debian's Prosody with a test CA and DNS): requests through the HTTP API, scans through
 * the pg-boss job and the dispatcher, history, statistics, exposure figures, opt-outs, the badge,
 * pace and limits, and bad input.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestFleet } from '@xmppsec/scanner/test-fleet';
import { anonymous, cliActor } from '../../authz/actor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createJobRunner } from '../../jobs/jobs.ts';
import { createTestContext, type TestContext } from '../../testing/test-context.ts';
import { EXPOSURE_METRICS } from '../threats/model.ts';
import { seedThreatRegister } from '../threats/service.ts';
import { observatoryJobs } from './jobs.ts';
import type { ScanConfig } from './scan-config.ts';
import { preflightAddresses } from './scan-guard.ts';
import { RUN_SCANS_JOB } from './scan-runner.ts';
import { createObservatoryService } from './service.ts';
import { fleetScanConfig, startFleetOrSkip } from './test-fleet.ts';

const backends = await testBackends();
const fleet: TestFleet | undefined = await startFleetOrSkip('observatory');
afterAll(async () => fleet?.stop());

interface ScanBody {
  id: string;
  domain: string;
  status: string;
  grade: string | null;
  grades: Record<string, string | null> | null;
  progress: { phase: string; targets: number | null; probesDone: number };
  events: { seq: number; type: string; message: string }[];
  error: { code: string; message: string } | null;
  report: { domain: string; grade: string; targets: unknown[] } | null;
  changes: unknown;
}

const domainOf = (config: Parameters<TestFleet['domain']>[1]) => fleet!.domain('prosody', config);

describe.skipIf(!fleet).each(backends)('observatory on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let scanConfig: ScanConfig;
  let team: Record<string, string>;
  let reporter: Record<string, string>;
  let firstScanId: string;

  beforeAll(async () => {
    handle = await backend.open();
    scanConfig = fleetScanConfig(fleet!);
    // No scans in the background: each test says when they run (job, dispatcher).
    ctx = await createTestContext(handle, { workers: false, scan: scanConfig });
    team = (await ctx.tokenFor('team')).headers;
    reporter = (await ctx.tokenFor('reporter', ['read', 'observatory'])).headers;
  });
  afterAll(async () => {
    await ctx.services.observatory.idle();
    await ctx.close();
    await handle.close();
  });

  const inject = async (options: { method: 'GET' | 'POST' | 'DELETE'; url: string; payload?: unknown; headers?: Record<string, string> }) => (await ctx.app()).inject(options as never);
  const requestScan = (domain: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
    inject({ method: 'POST', url: '/api/v1/observatory/scans', payload: { domain, ...extra }, headers });
  const getScan = async (id: string, query = '') => (await inject({ method: 'GET', url: `/api/v1/observatory/scans/${id}${query}` })).json<ScanBody>();

  /** Polls the API until the scan has finished; the bound only keeps a broken run from hanging. */
  async function finished(id: string): Promise<ScanBody> {
    for (let i = 0; i < 600; i++) {
      const scan = await getScan(id);
      if (scan.status === 'done' || scan.status === 'failed') return scan;
      await sleep(100);
    }
    throw new Error(`scan ${id} did not finish`);
  }

  it('scans good.prosody.test through the API and the pg-boss job: grade A, progress events, history', async () => {
    const requested = await requestScan(domainOf('good'));
    expect(requested.statusCode).toBe(202);
    const queued = requested.json<{ scan: ScanBody; reused: null }>();
    expect(queued.reused).toBeNull();
    expect(queued.scan).toMatchObject({ domain: 'good.prosody.test', status: 'queued', progress: { phase: 'queued' }, report: null, grade: null });
    expect(queued.scan.events.map((e) => e.type)).toEqual(['queued']);
    firstScanId = queued.scan.id;
    expect((await getScan(firstScanId)).status).toBe('queued');

    const runner = createJobRunner(handle, observatoryJobs(ctx.services.observatory), (message, error) => console.error(message, error));
    await runner.start({ workers: true });
    try {
      expect(await runner.send(RUN_SCANS_JOB, {})).toEqual(expect.any(String));
      const done = await finished(firstScanId);
      expect(done.error).toBeNull();
      expect(done).toMatchObject({ status: 'done', grade: 'A', grades: { c2s: 'A', s2s: 'A' } });
      expect(done.report).toMatchObject({ domain: 'good.prosody.test', grade: 'A' });
      expect(JSON.stringify(done.report)).not.toContain(fleet!.resolver);
      expect(done.progress).toMatchObject({ phase: 'done', targets: done.report!.targets.length });
      expect(done.progress.probesDone).toBeGreaterThan(0);
      const types = done.events.map((e) => e.type);
      expect(types.slice(0, 3)).toEqual(['queued', 'started', 'discovered']);
      expect(types.filter((t) => t === 'target')).toHaveLength(done.report!.targets.length);
      expect(types.at(-1)).toBe('done');
      const discovered = done.events.find((e) => e.type === 'discovered')!;
      const later = await getScan(firstScanId, `?after=${discovered.seq}`);
      expect(later.events.map((e) => e.seq)).toEqual(done.events.filter((e) => e.seq > discovered.seq).map((e) => e.seq));
    } finally {
      await runner.stop();
    }

    const page = await inject({ method: 'GET', url: '/api/v1/observatory/domains/GOOD.prosody.test.' });
    expect(page.statusCode).toBe(200);
    const domain = page.json<{ domain: string; grade: string; latest: ScanBody; history: { scanId: string; grade: string; changes: unknown }[]; explanation: { reasons: unknown[]; fixes: unknown[]; notes: { code: string; fix: { prosody: string } }[] }; badge: string }>();
    expect(domain).toMatchObject({ domain: 'good.prosody.test', grade: 'A', latest: { id: firstScanId }, badge: '/api/v1/observatory/domains/good.prosody.test/badge.svg' });
    expect(domain.history).toEqual([expect.objectContaining({ scanId: firstScanId, grade: 'A', changes: null })]);
    expect(domain.explanation.reasons).toEqual([]);
    expect(domain.explanation.fixes).toEqual([]);
    expect(domain.explanation.notes.map((n) => n.code)).toContain('no-dane');

    const audit = await handle.db.selectFrom('audit_events').select(['action', 'actor_label']).where('action', 'like', 'observatory.scan.%').orderBy('seq').execute();
    expect(audit).toEqual([{ action: 'observatory.scan.request', actor_label: 'anonymous' }, { action: 'observatory.scan.complete', actor_label: `job ${RUN_SCANS_JOB}` }]);
  });

  it('answers a second request soon after with the recent scan, and records what changed after the window', async () => {
    const again = await requestScan(domainOf('good'), reporter);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ reused: 'recent', scan: { id: firstScanId, status: 'done', grade: 'A' } });
    const c2sOnly = await requestScan(domainOf('good'), {}, { mode: 'c2s' });
    expect(c2sOnly.json()).toMatchObject({ reused: 'recent', scan: { id: firstScanId } });

    ctx.clock.advance((scanConfig.reuseMinutes + 1) * 60_000);
    const fresh = await requestScan(domainOf('good'), reporter);
    expect(fresh.statusCode).toBe(202);
    const freshId = fresh.json<{ scan: ScanBody }>().scan.id;
    expect(freshId).not.toBe(firstScanId);
    const whileQueued = await requestScan(domainOf('good'));
    expect(whileQueued.json()).toMatchObject({ reused: 'in-progress', scan: { id: freshId, status: 'queued' } });

    expect(await ctx.services.observatory.drain()).toBe(1);
    expect((await getScan(freshId)).status).toBe('done');
    const domain = (await inject({ method: 'GET', url: '/api/v1/observatory/domains/good.prosody.test' })).json<{ latest: { id: string }; history: { scanId: string; changes: unknown }[] }>();
    expect(domain.latest.id).toBe(freshId);
    expect(domain.history.map((h) => h.scanId)).toEqual([freshId, firstScanId]);
    expect(domain.history[0]!.changes).toEqual({ previousScanId: firstScanId, gradeFrom: 'A', gradeTo: 'A', added: [], removed: [] });
  });

  it('computes network statistics and exposure over the latest scan of each domain', async () => {
    for (const config of ['tls1.0', 'starttls-optional'] as const) expect((await requestScan(domainOf(config))).statusCode).toBe(202);
    expect(await ctx.services.observatory.drain()).toBe(2);

    const response = await inject({ method: 'GET', url: '/api/v1/observatory/statistics' });
    expect(response.statusCode).toBe(200);
    const stats = response.json<{ domains: number; measuredAt: string; grades: Record<string, { count: number }>; tlsVersions: Record<string, { count: number; sample: number }>; metrics: Record<string, { count: number; sample: number; share: number | null }> }>();
    expect(stats.domains).toBe(3);
    expect(new Date(stats.measuredAt).toISOString()).toBe(stats.measuredAt);
    expect(Object.fromEntries(Object.entries(stats.grades).filter(([, s]) => s.count > 0).map(([g, s]) => [g, s.count]))).toEqual({ A: 1, B: 2 });
    expect(stats.tlsVersions.TLSv1).toEqual({ count: 1, sample: 3, share: 1 / 3 });
    expect(stats.tlsVersions['TLSv1.3']).toEqual({ count: 3, sample: 3, share: 1 });
    expect(stats.metrics).toMatchObject({
      'starttls-not-required': { count: 1, sample: 3, share: 1 / 3 },
      'tls-below-1.2': { count: 1, sample: 3 },
      dane: { count: 0, sample: 3, share: 0 },
      'no-dane': { count: 3, sample: 3, share: 1 },
      'identity-failure': { count: 0, sample: 3 },
      'certificate-expired': { count: 0, sample: 3 },
      'plain-before-tls': { count: 0, sample: 3 },
      'dialback-only': { count: 0, sample: 3 },
      'open-registration': { count: 0, sample: 3 },
    });

    const starttls = await ctx.services.observatory.exposure(anonymous(), 'starttls-not-required');
    expect(starttls).toEqual({ share: 1 / 3, sample: 3, measuredAt: stats.measuredAt });
    for (const metric of EXPOSURE_METRICS) {
      const figure = await ctx.services.observatory.exposureSource(metric);
      expect(figure, metric).toMatchObject({ sample: 3, measuredAt: stats.measuredAt });
      expect(figure!.share, metric).toBeGreaterThanOrEqual(0);
      expect(figure!.share, metric).toBeLessThanOrEqual(1);
    }
    expect((await ctx.services.observatory.exposureSource('tls-below-1.2'))?.share).toBe(1 / 3);

    // The threat register shows the live figure: STARTTLS stripping ↔ servers that do not require TLS.
    await seedThreatRegister(ctx.services.threats, () => {});
    const threat = (await inject({ method: 'GET', url: '/api/v1/threats/starttls-stripping' })).json<{ exposure: { metric: string; figure: { share: number; sample: number } | null } }>();
    expect(threat.exposure).toMatchObject({ metric: 'starttls-not-required', figure: { share: 1 / 3, sample: 3 } });
    const register = (await inject({ method: 'GET', url: '/api/v1/register?format=md' })).body;
    expect(register).toMatch(/33(\.3)?\s?%/);

    const list = (await inject({ method: 'GET', url: '/api/v1/observatory/domains' })).json<{ total: number; domains: { domain: string; grade: string }[] }>();
    expect(list.total).toBe(3);
    expect(list.domains.map((d) => [d.domain, d.grade])).toEqual([['good.prosody.test', 'A'], ['starttls-optional.prosody.test', 'B'], ['tls10.prosody.test', 'B']]);
    const page2 = (await inject({ method: 'GET', url: '/api/v1/observatory/domains?perPage=1&page=2' })).json<{ total: number; domains: { domain: string }[] }>();
    expect(page2).toMatchObject({ total: 3, domains: [{ domain: 'starttls-optional.prosody.test' }] });
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains?grade=B' })).json<{ total: number }>().total).toBe(2);
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains?prefix=tls' })).json<{ domains: { domain: string }[] }>().domains.map((d) => d.domain)).toEqual(['tls10.prosody.test']);
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains?prefix=%25' })).json<{ total: number }>().total).toBe(0);
  });

  it('serves a well-formed, embeddable badge', async () => {
    const response = await inject({ method: 'GET', url: '/api/v1/observatory/domains/good.prosody.test/badge.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    let text = '';
    const parser = new SaxesParser({ xmlns: true });
    parser.on('text', (t) => { text += t; });
    parser.write(response.body).close();
    expect(text).toContain('XMPPXMPPAA');

    const unknown = await inject({ method: 'GET', url: '/api/v1/observatory/domains/never-scanned.example.org/badge.svg' });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.headers['cache-control']).toBe('public, max-age=300');
    expect(unknown.body).toContain('not scanned');
    const hostile = await inject({ method: 'GET', url: `/api/v1/observatory/domains/${encodeURIComponent('<script>alert(1)</script>')}/badge.svg` });
    expect(hostile.statusCode).toBe(400);
    expect(hostile.json()).toMatchObject({ error: { code: 'invalid_domain' } });
    expect(hostile.headers['content-type']).toMatch(/^application\/json/);
  });

  it('refuses opted-out domains, hides their results, and lets the team confirm operators\' requests', async () => {
    const expired = domainOf('expired');
    const asked = await inject({ method: 'POST', url: '/api/v1/observatory/opt-out-requests', payload: { domain: expired, contact: 'hostmaster@expired.prosody.test', reason: 'Test server, please leave it alone' } });
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toEqual({ domain: expired, status: 'pending' });
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/opt-outs' })).statusCode).toBe(401);
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/opt-outs', headers: reporter })).statusCode).toBe(403);
    const pending = (await inject({ method: 'GET', url: '/api/v1/observatory/opt-outs?status=pending', headers: team })).json<{ optOuts: { domain: string; contact: string; status: string }[] }>();
    expect(pending.optOuts).toEqual([expect.objectContaining({ domain: expired, contact: 'hostmaster@expired.prosody.test', status: 'pending' })]);

    expect((await inject({ method: 'POST', url: '/api/v1/observatory/opt-outs', payload: { domain: expired }, headers: reporter })).statusCode).toBe(403);
    const confirmed = await inject({ method: 'POST', url: '/api/v1/observatory/opt-outs', payload: { domain: expired }, headers: team });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({ domain: expired, status: 'active', reason: 'Test server, please leave it alone', contact: 'hostmaster@expired.prosody.test' });
    const refused = await requestScan(expired);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'domain_opted_out', message: expect.stringContaining('asked not to be scanned') } });
    expect((await requestScan(expired, team, { force: true })).statusCode).toBe(409);

    // Opting out a scanned domain hides it from the public (404, statistics, list, badge) but not from the team.
    const tls10 = domainOf('tls1.0');
    expect((await inject({ method: 'POST', url: '/api/v1/observatory/opt-outs', payload: { domain: tls10, reason: 'asked by mail' }, headers: team })).statusCode).toBe(201);
    expect((await inject({ method: 'GET', url: `/api/v1/observatory/domains/${tls10}` })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: `/api/v1/observatory/domains/${tls10}`, headers: team })).json()).toMatchObject({ optedOut: true, grade: 'B' });
    expect((await inject({ method: 'GET', url: `/api/v1/observatory/domains/${tls10}/badge.svg` })).body).toContain('not scanned');
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/statistics' })).json()).toMatchObject({ domains: 2, tlsVersions: { TLSv1: { count: 0, sample: 2 } } });
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains' })).json()).toMatchObject({ total: 2 });
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains', headers: team })).json()).toMatchObject({ total: 3 });
    expect((await inject({ method: 'DELETE', url: `/api/v1/observatory/opt-outs/${tls10}`, headers: team })).statusCode).toBe(204);
    expect((await inject({ method: 'DELETE', url: `/api/v1/observatory/opt-outs/${tls10}`, headers: team })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: `/api/v1/observatory/domains/${tls10}` })).statusCode).toBe(200);

    // A queued scan of a domain that opts out is cancelled, not run.
    const dialback = domainOf('dialback-only');
    const queued = (await requestScan(dialback)).json<{ scan: ScanBody }>().scan;
    await ctx.services.observatory.addOptOut(cliActor, { domain: dialback });
    expect(await ctx.services.observatory.getScan(cliActor, queued.id)).toMatchObject({ status: 'failed', error: { code: 'domain_opted_out' } });
    expect((await inject({ method: 'GET', url: `/api/v1/observatory/scans/${queued.id}` })).statusCode).toBe(404);
    await ctx.services.observatory.removeOptOut(cliActor, dialback);
    expect(await ctx.services.observatory.drain()).toBe(0);

    const actions = await handle.db.selectFrom('audit_events').select('action').where('action', 'like', 'observatory.opt_out.%').orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['observatory.opt_out.request', 'observatory.opt_out.add', 'observatory.opt_out.add', 'observatory.opt_out.remove', 'observatory.opt_out.add', 'observatory.opt_out.remove']);
  });

  it('limits requests per requester, except for the team', async () => {
    const limited = createObservatoryService({ db: handle.db, mutations: ctx.services.mutations, clock: ctx.clock, config: { ...scanConfig, requestsPerHour: 2 }, autoDispatch: false });
    const domains = ['rate-a.example.org', 'rate-b.example.org', 'rate-c.example.org'];
    await limited.requestScan(anonymous(), { domain: domains[0]! }, { clientAddress: '192.0.2.10' });
    await limited.requestScan(anonymous(), { domain: domains[1]! }, { clientAddress: '192.0.2.10' });
    await expect(limited.requestScan(anonymous(), { domain: domains[2]! }, { clientAddress: '192.0.2.10' })).rejects.toMatchObject({ code: 'rate_limited', status: 429, message: expect.stringContaining('the limit is 2') });
    await expect(limited.requestScan(anonymous(), { domain: domains[2]!, mode: 'c2s' }, { clientAddress: '192.0.2.11' })).resolves.toMatchObject({ reused: null });
    // Asking again for a domain already queued costs nothing.
    await expect(limited.requestScan(anonymous(), { domain: domains[0]! }, { clientAddress: '192.0.2.10' })).resolves.toMatchObject({ reused: 'in-progress' });
    const { actor: teamActor } = await ctx.createUser('team');
    const teamDomains = ['rate-t1.example.org', 'rate-t2.example.org', 'rate-t3.example.org'];
    for (const domain of teamDomains) await expect(limited.requestScan(teamActor, { domain }), domain).resolves.toMatchObject({ reused: null });
    ctx.clock.advance(61 * 60_000);
    await expect(limited.requestScan(anonymous(), { domain: 'rate-d.example.org' }, { clientAddress: '192.0.2.10' })).resolves.toMatchObject({ reused: null });
    const keys = await handle.db.selectFrom('observatory_scans').select('requester_key').where('domain', 'like', 'rate-%').execute();
    for (const { requester_key: key } of keys) expect(key).not.toContain('192.0.2');
    // Leave nothing queued for the tests after this one.
    for (const domain of [...domains, ...teamDomains, 'rate-d.example.org']) await ctx.services.observatory.addOptOut(cliActor, { domain });
  });

  it('keeps a polite pace per server address and a global limit on running scans', async () => {
    const polite = createObservatoryService({ db: handle.db, mutations: ctx.services.mutations, clock: ctx.clock, config: { ...scanConfig, addressIntervalSeconds: 60, concurrency: 1 }, autoDispatch: false });
    const good = domainOf('good');
    // The last scan of the fleet's address (127.0.0.1) is recorded at the current (test) time.
    await handle.db.updateTable('observatory_address_pace').set({ last_scan_at: ctx.clock.now() }).execute();
    const { scan } = await polite.requestScan(cliActor, { domain: good, force: true });
    expect(await polite.drain()).toBe(0);
    const held = await handle.db.selectFrom('observatory_scans').select(['status', 'not_before']).where('id', '=', scan.id).executeTakeFirstOrThrow();
    expect(held.status).toBe('queued');
    expect(held.not_before.getTime()).toBe(ctx.clock.now().getTime() + 60_000);
    ctx.clock.advance(61_000);

    // A scan running elsewhere (lease still valid) fills the global limit of one.
    await handle.db.updateTable('observatory_scans').set({ status: 'running', lease_until: new Date(ctx.clock.now().getTime() + 60_000) }).where('domain', '=', 'rate-a.example.org').where('mode', '=', 'both').execute();
    expect(await polite.drain()).toBe(0);
    // Its worker vanished: once the lease passes, the scan is failed as abandoned and the queue moves on.
    ctx.clock.advance(61_000);
    expect(await polite.drain()).toBe(1);
    expect(await handle.db.selectFrom('observatory_scans').select(['status', 'error_code']).where('domain', '=', 'rate-a.example.org').where('mode', '=', 'both').executeTakeFirstOrThrow()).toEqual({ status: 'failed', error_code: 'scan_abandoned' });
    expect(await polite.getScan(cliActor, scan.id)).toMatchObject({ status: 'done', grade: 'A' });
  });

  it('fails a scan whose resolver is not on loopback under tests, with the reason', async () => {
    const misdirected = createObservatoryService({ db: handle.db, mutations: ctx.services.mutations, clock: ctx.clock, config: { ...scanConfig, resolver: '9.9.9.9:53' }, autoDispatch: false });
    const { scan } = await misdirected.requestScan(cliActor, { domain: domainOf('direct-tls') });
    expect(await misdirected.drain()).toBe(1);
    expect(await misdirected.getScan(cliActor, scan.id)).toMatchObject({ status: 'failed', error: { code: 'scan_resolver_not_loopback' }, report: null });
  });

  it('answers bad input with clear 4xx errors', async () => {
    const cases: [string, unknown, number, string][] = [
      ['IPv4 literal', { domain: '127.0.0.1' }, 400, 'invalid_domain'],
      ['IPv6 literal', { domain: '[::1]' }, 400, 'invalid_domain'],
      ['bare IPv6', { domain: '::1' }, 400, 'invalid_domain'],
      ['overlong', { domain: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org` }, 400, 'invalid_domain'],
      ['far too long', { domain: 'x'.repeat(5000) }, 400, 'invalid_request'],
      ['empty label', { domain: 'a..example.org' }, 400, 'invalid_domain'],
      ['single label', { domain: 'localhost' }, 400, 'invalid_domain'],
      ['with a port', { domain: 'example.org:5222' }, 400, 'invalid_domain'],
      ['unknown mode', { domain: 'example.org', mode: 'all' }, 400, 'invalid_request'],
      ['no domain', {}, 400, 'invalid_request'],
      ['domain not a string', { domain: ['example.org'] }, 400, 'invalid_request'],
    ];
    for (const [what, payload, status, code] of cases) {
      const response = await inject({ method: 'POST', url: '/api/v1/observatory/scans', payload });
      expect(response.statusCode, what).toBe(status);
      expect(response.json(), what).toMatchObject({ error: { code } });
    }
    expect((await requestScan('example.org', reporter, { force: true })).statusCode).toBe(403);
    expect((await requestScan('example.org', {}, { force: true })).statusCode).toBe(401);
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/scans/00000000-0000-4000-8000-000000000000' })).json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/scans/no-such-scan' })).statusCode).toBe(404);
    // Fastify refuses path parameters over 100 characters before routing.
    expect((await inject({ method: 'GET', url: `/api/v1/observatory/scans/${'x'.repeat(101)}` })).statusCode).toBe(414);
    expect((await inject({ method: 'GET', url: `/api/v1/observatory/scans/${firstScanId}?after=-1` })).statusCode).toBe(400);
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains/never-scanned.example.org' })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains/not..valid' })).json()).toMatchObject({ error: { code: 'invalid_domain' } });
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains?perPage=1000' })).statusCode).toBe(400);
    expect((await inject({ method: 'GET', url: '/api/v1/observatory/domains?grade=Z' })).statusCode).toBe(400);
    const badContact = await inject({ method: 'POST', url: '/api/v1/observatory/opt-out-requests', payload: { domain: 'example.org', contact: 'not an address' } });
    expect(badContact.json()).toMatchObject({ error: { code: 'invalid_contact' } });
  });
});

describe.skipIf(!fleet)('preflight address check', () => {
  it('refuses a domain whose servers are not on public addresses, before connecting', async () => {
    const domain = fleet!.domain('prosody', 'good');
    await expect(preflightAddresses(domain, 'both', { resolver: fleet!.resolver, rule: 'public-only' })).rejects.toMatchObject({ code: 'scan_target_not_allowed', message: expect.stringContaining('127.0.0.1') });
    await expect(preflightAddresses(domain, 'c2s', { resolver: fleet!.resolver, rule: 'loopback-only' })).resolves.toBeUndefined();
    // A domain without SRV records is tried at its own address, and checked there.
    await expect(preflightAddresses('nothing-here.prosody.test', 'both', { resolver: fleet!.resolver, rule: 'public-only' })).resolves.toBeUndefined();
  });
});
