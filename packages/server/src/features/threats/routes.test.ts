import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import type { Threat } from './model.ts';
import { REGISTER_CSS } from './register-css.ts';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { importRegister, threatToYaml } from './register-yaml.ts';
import { seedThreatRegister } from './service.ts';
import { int, pick, seededRandom, xmlText } from './test-generators.ts';

const backends = await testBackends();
const seedFiles = await readRegisterDir(SEED_DIR);
const seedThreats = importRegister(seedFiles).threats;
const DRAFT = 'sasl-downgrade';
const seedThreat = (slug: string): Threat => structuredClone(seedThreats.find((t) => t.slug === slug)!);

type Headers = Record<string, string>;

describe.each(backends)('threat register HTTP API on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let team: Headers;
  let teamToken: Headers;
  let readOnlyTeam: Headers;
  let reporter: Headers;
  let maintainer: Headers;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    await seedThreatRegister(ctx.services.threats, () => {});
    app = await ctx.app();
    team = (await ctx.signIn('team')).headers;
    reporter = (await ctx.signIn('reporter')).headers;
    maintainer = (await ctx.signIn('maintainer')).headers;
    teamToken = (await ctx.tokenFor('team', ['read', 'threats'])).headers;
    readOnlyTeam = (await ctx.tokenFor('team', ['read'])).headers;
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  const call = (options: InjectOptions) => app.inject(options);
  const get = (url: string, headers: Headers = {}) => call({ method: 'GET', url, headers });

  it('lists the register by priority; drafts only for the team', async () => {
    const anonymous = await get('/api/v1/threats');
    expect(anonymous.statusCode).toBe(200);
    const listed = anonymous.json<{ threats: { slug: string; status: string; priority: { score: number }; latestRevision: number | null }[] }>().threats;
    expect(listed.map((t) => t.slug)).not.toContain(DRAFT);
    expect(listed.every((t) => t.status !== 'draft' && t.latestRevision === null)).toBe(true);
    const scores = listed.filter((t) => t.status !== 'retired').map((t) => t.priority.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const forTeam = (await get('/api/v1/threats', team)).json<{ threats: { slug: string }[] }>().threats;
    expect(forTeam).toHaveLength(seedThreats.length);
    expect((await get('/api/v1/threats?status=draft', team)).json<{ threats: unknown[] }>().threats).toHaveLength(
      seedThreats.filter((t) => t.status === 'draft').length,
    );
    expect((await get('/api/v1/threats?status=draft')).json<{ threats: unknown[] }>().threats).toEqual([]);
  });

  it('shows one threat with its analysis, SVG tree, outline and resolved links', async () => {
    const response = await get('/api/v1/threats/starttls-stripping');
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      threat: Threat;
      svg: string;
      outline: string;
      analysis: { goal: { feasible: boolean; cost: number | null }; cheapestAttack: { nodes: string[] } | null; nodes: { id: string }[] };
      links: { xeps: { label: string; url: string; status: string | null }[]; cves: { id: string; url: string }[]; cases: unknown[] };
      exposure: { metric: string; figure: unknown };
    }>();
    expect(body.threat).toEqual(seedThreat('starttls-stripping'));
    expect(body.svg.startsWith('<svg ')).toBe(true);
    expect(() => xmlText(body.svg)).not.toThrow();
    expect(body.outline.split('\n')[0]).toMatch(/^\* \[OR\] Read or alter a stream by removing the STARTTLS offer \(strip-tls: /);
    expect(body.analysis.goal.feasible).toBe(true);
    expect(body.analysis.cheapestAttack?.nodes[0]).toBe('strip-tls');
    expect(body.analysis.nodes).toHaveLength(body.threat.tree.nodes.length);
    expect(body.links.xeps).toEqual([{ number: 368, label: 'XEP-0368', url: 'https://xmpp.org/extensions/xep-0368.html', title: null, status: null }]);
    expect(body.links.cves).toEqual([{ id: 'CVE-2016-10027', url: 'https://www.cve.org/CVERecord?id=CVE-2016-10027' }]);
    expect(body.exposure).toEqual({ metric: 'starttls-not-required', figure: null });

    const svg = await get('/api/v1/threats/starttls-stripping/tree.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body).toBe(`${body.svg}\n`);
    const dot = await get('/api/v1/threats/starttls-stripping/tree.dot');
    expect(dot.headers['content-type']).toBe('text/vnd.graphviz; charset=utf-8');
    expect(dot.headers['content-disposition']).toBe('attachment; filename="starttls-stripping.dot"');
    expect(dot.body).toMatch(/^digraph "starttls-stripping" \{/);
  });

  it('lets the team create, edit with a reason, and change status; shows the revision and its diff', async () => {
    const doc = { ...seedThreat('presence-leaks'), slug: 'roster-probing', name: 'Roster probing', status: 'draft' as const };
    const created = await call({ method: 'POST', url: '/api/v1/threats', headers: team, payload: { yaml: threatToYaml(doc), reason: 'New threat from the SIG meeting' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ slug: 'roster-probing', revision: 1, latestRevision: 1, publicRevision: null, status: 'draft' });
    expect((await get('/api/v1/threats/roster-probing')).statusCode).toBe(404);
    expect((await get('/api/v1/threats/roster-probing', team)).statusCode).toBe(200);

    const edited = { ...doc, likelihood: 'low' as const };
    const put = await call({ method: 'PUT', url: '/api/v1/threats/roster-probing', headers: teamToken, payload: { threat: edited, baseRevision: 1, reason: 'Probing is rare' } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ revision: 2, likelihood: 'low' });

    const stale = await call({ method: 'PUT', url: '/api/v1/threats/roster-probing', headers: team, payload: { threat: { ...doc, damage: 'low' }, baseRevision: 1, reason: 'Late edit' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'revision_conflict', details: { baseRevision: 1, currentRevision: 2 } } });

    const status = await call({ method: 'POST', url: '/api/v1/threats/roster-probing/status', headers: team, payload: { status: 'reviewed', baseRevision: 2, reason: 'Reviewed' } });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ revision: 3, publicRevision: 3, status: 'reviewed' });
    expect((await get('/api/v1/threats/roster-probing')).json()).toMatchObject({ revision: 3, latestRevision: null });

    const revisions = await get('/api/v1/threats/roster-probing/revisions', team);
    expect(revisions.json<{ revisions: { number: number; reason: string; changes: string[] }[] }>().revisions.map((r) => [r.number, r.reason, r.changes])).toEqual([
      [1, 'New threat from the SIG meeting', ['Created']],
      [2, 'Probing is rare', ['Likelihood: high → low']],
      [3, 'Reviewed', ['Status: draft → reviewed']],
    ]);
    // The public sees only the reviewed revision, and no authors.
    const publicRevisions = (await get('/api/v1/threats/roster-probing/revisions')).json<{ revisions: { number: number; author: string | null }[] }>().revisions;
    expect(publicRevisions).toEqual([expect.objectContaining({ number: 3, author: null })]);

    const diff = await get('/api/v1/threats/roster-probing/diff?from=1&to=3', team);
    expect(diff.statusCode).toBe(200);
    const body = diff.json<{ changes: { field: string; summary: string }[]; text: string; lines: { op: string; line: string }[] }>();
    expect(body.changes.map((c) => c.summary)).toEqual(['Status: draft → reviewed', 'Likelihood: high → low']);
    expect(body.text).toContain('~ Likelihood: "high" → "low"');
    expect(body.lines).toContainEqual({ op: '+', line: 'likelihood: low' });
    expect((await get('/api/v1/threats/roster-probing/diff?from=1&to=3')).statusCode).toBe(404);
    expect((await get('/api/v1/threats/roster-probing/diff?from=3&to=3')).statusCode).toBe(200);

    const revision = await get('/api/v1/threats/roster-probing/revisions/2', team);
    expect(revision.json<{ yaml: string }>().yaml).toBe(threatToYaml(edited));
    expect((await get('/api/v1/threats/roster-probing/revisions/2')).statusCode).toBe(404);
    expect((await get('/api/v1/threats/roster-probing?revision=2')).statusCode).toBe(404);
    expect((await get('/api/v1/threats/roster-probing/tree.svg?revision=2')).statusCode).toBe(404);
  });

  it('rejects a malformed tree with a message naming the node', async () => {
    const doc = seedThreat('amplification');
    delete doc.tree.nodes.find((n) => n.id === 'room-flood')!.gate;
    const response = await call({ method: 'PUT', url: '/api/v1/threats/amplification', headers: team, payload: { threat: doc, baseRevision: 1, reason: 'oops' } });
    expect(response.statusCode).toBe(400);
    const error = response.json<{ error: { code: string; message: string; details: { issues: { code: string; node: string }[] } } }>().error;
    expect(error.code).toBe('invalid_threat');
    expect(error.message).toContain('node "room-flood"');
    expect(error.details.issues).toContainEqual(expect.objectContaining({ code: 'missing-gate', node: 'room-flood' }));
    expect((await get('/api/v1/threats/amplification/revisions', team)).json<{ revisions: unknown[] }>().revisions).toHaveLength(1);
  });

  it('validates a tree for the editor\u2019s live preview', async () => {
    const tree = 'root: goal\nnodes:\n  - id: goal\n    label: Take over\n    gate: or\n    children: [a, b]\n  - id: a\n    label: Guess\n    estimate: { likelihood: 0.1, cost: 10, skill: none }\n  - id: b\n    label: Phish\n    estimate: { likelihood: 0.3, cost: 500, skill: basic }\n';
    const ok = await call({ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: { yaml: tree } });
    expect(ok.statusCode, ok.body).toBe(200);
    const good = ok.json<{ ok: boolean; svg: string; outline: string; dot: string; analysis: { cheapestAttack: { leaves: string[] } } }>();
    expect(good.ok).toBe(true);
    expect(good.analysis.cheapestAttack.leaves).toEqual(['a']);
    expect(good.svg).toContain('<svg ');
    expect(good.outline).toContain('* - Guess (a:');
    expect(good.dot).toMatch(/^digraph/);

    const broken = tree.replace('children: [a, b]', 'children: [a, c]');
    const bad = (await call({ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: { yaml: broken } })).json<{ ok: boolean; issues: { code: string; node: string; message: string; line: number }[]; svg: null }>();
    expect(bad.ok).toBe(false);
    expect(bad.svg).toBeNull();
    expect(bad.issues).toContainEqual(expect.objectContaining({ code: 'unknown-node', node: 'goal', line: 6, message: 'node "goal" refers to child "c", which is not defined' }));
    const estimate = (await call({ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: { yaml: tree.replace('likelihood: 0.3', 'likelihood: 3') } })).json<{ issues: { node: string; message: string; line: number }[] }>();
    expect(estimate.issues).toEqual([expect.objectContaining({ node: 'b', line: 12, message: 'node "b": nodes[2].estimate.likelihood: likelihood is a probability between 0 and 1' })]);
    const whole = (await call({ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: { yaml: seedFiles.get('eavesdropping.yaml')! } })).json<{ ok: boolean; kind: string }>();
    expect(whole).toMatchObject({ ok: true, kind: 'threat' });
    for (const yaml of ['', '[1, 2]', 'root: [', 'a: *nothing', `nodes: ${'['.repeat(5000)}`]) {
      const response = await call({ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: { yaml } });
      expect(response.statusCode, yaml.slice(0, 20)).toBe(200);
      const result = response.json<{ ok: boolean; issues: { message: string }[] }>();
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.length).toBeLessThanOrEqual(20);
    }
    expect((await call({ method: 'POST', url: '/api/v1/threats/validate-tree', payload: { yaml: tree } })).statusCode).toBe(401);
    expect((await call({ method: 'POST', url: '/api/v1/threats/validate-tree', headers: reporter, payload: { yaml: tree } })).statusCode).toBe(403);
  });

  it('serves the published register as HTML under the CSP with its stylesheet as a file, and as Markdown and JSON', async () => {
    const html = await get('/api/v1/register');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toContain("style-src 'self'");
    expect(html.body).toContain('<link rel="stylesheet" href="/api/v1/register.css">');
    expect(html.body).not.toMatch(/<style|<script|style="/);
    expect(html.body.match(/<svg /g)).toHaveLength(seedThreats.filter((t) => t.status !== 'draft').length);
    expect(html.body).not.toContain(`threat-${DRAFT}`);
    const css = await get('/api/v1/register.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toBe(REGISTER_CSS);
    const md = await get('/api/v1/register?format=md');
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toMatch(/^# XMPP threat register\n\nVersion 1 · published/);
    const json = await get('/api/v1/register?format=json');
    expect(json.json()).toMatchObject({ number: 1, publishedBy: null, changes: null });
    expect((await get('/api/v1/register?format=json', team)).json()).toMatchObject({ publishedBy: 'job seed' });
  });

  it('publishes versions for the team only and keeps every past one', async () => {
    expect((await call({ method: 'POST', url: '/api/v1/register/versions', payload: {} })).statusCode).toBe(401);
    expect((await call({ method: 'POST', url: '/api/v1/register/versions', headers: reporter, payload: {} })).statusCode).toBe(403);
    expect((await call({ method: 'POST', url: '/api/v1/register/versions', headers: maintainer, payload: {} })).statusCode).toBe(403);
    expect((await call({ method: 'POST', url: '/api/v1/register/versions', headers: readOnlyTeam, payload: {} })).statusCode).toBe(403);
    const published = await call({ method: 'POST', url: '/api/v1/register/versions', headers: team, payload: { notes: 'Roster probing added' } });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ number: 2, notes: 'Roster probing added', changes: { previous: 1, added: ['roster-probing'] } });
    const again = await call({ method: 'POST', url: '/api/v1/register/versions', headers: team, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'register_unchanged' } });

    const versions = (await get('/api/v1/register/versions')).json<{ versions: { number: number; publishedBy: string | null }[] }>().versions;
    expect(versions.map((v) => [v.number, v.publishedBy])).toEqual([[2, null], [1, null]]);
    const v1 = await get('/api/v1/register/versions/1?format=md');
    expect(v1.body).not.toContain('Roster probing');
    const v2 = await get('/api/v1/register/versions/2');
    expect(v2.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(v2.body).toContain('<h2 id="changes-h">Changes since version 1</h2>');
    expect(v2.body).toContain('Added: <a href="#threat-roster-probing">Roster probing</a>');
    const reviewed = seedThreats.filter((t) => t.status !== 'draft').length;
    expect((await get('/api/v1/register/versions/2?format=json')).json()).toMatchObject({ number: 2, threatCount: reviewed + 1 });

    const preview = await get('/api/v1/register/preview?format=md&drafts=true', team);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain(`threat-${DRAFT}`);
    expect((await get('/api/v1/register/preview')).statusCode).toBe(401);
    expect((await get('/api/v1/register/preview', reporter)).statusCode).toBe(403);
  });

  it('links cases for the team; the public sees only public cases', async () => {
    const linked = await call({ method: 'POST', url: '/api/v1/threats/message-spoofing/cases', headers: team, payload: { caseId: 'XSF-2026-007', note: 'Carbons' } });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json()).toEqual({ caseId: 'XSF-2026-007', note: 'Carbons', public: false });
    expect((await get('/api/v1/threats/message-spoofing')).json<{ links: { cases: unknown[] } }>().links.cases).toEqual([]);
    expect((await get('/api/v1/threats/message-spoofing', team)).json<{ links: { cases: unknown[] } }>().links.cases).toHaveLength(1);
    ctx.services.threats.setCaseVisibility(async (ids) => ids);
    expect((await get('/api/v1/threats/message-spoofing')).json<{ links: { cases: unknown[] } }>().links.cases).toEqual([{ caseId: 'XSF-2026-007', note: 'Carbons', public: true }]);
    ctx.services.threats.setCaseVisibility(undefined);
    expect((await call({ method: 'POST', url: '/api/v1/threats/message-spoofing/cases', headers: reporter, payload: { caseId: 'x' } })).statusCode).toBe(403);
    expect((await call({ method: 'DELETE', url: '/api/v1/threats/message-spoofing/cases/XSF-2026-007', headers: team })).statusCode).toBe(204);
    expect((await call({ method: 'DELETE', url: '/api/v1/threats/message-spoofing/cases/XSF-2026-007', headers: team })).statusCode).toBe(404);
  });

  it('keeps drafts invisible to the public on every route', async () => {
    const routes = [
      `/api/v1/threats/${DRAFT}`,
      `/api/v1/threats/${DRAFT}?revision=1`,
      `/api/v1/threats/${DRAFT}/revisions`,
      `/api/v1/threats/${DRAFT}/revisions/1`,
      `/api/v1/threats/${DRAFT}/diff?from=1&to=1`,
      `/api/v1/threats/${DRAFT}/tree.svg`,
      `/api/v1/threats/${DRAFT}/tree.dot`,
    ];
    for (const headers of [{}, reporter, maintainer]) {
      for (const url of routes) {
        const response = await get(url, headers);
        expect(response.statusCode, url).toBe(404);
        expect(response.json(), url).toMatchObject({ error: { code: 'not_found' } });
      }
      for (const url of ['/api/v1/threats', '/api/v1/register', '/api/v1/register?format=md', '/api/v1/register?format=json', '/api/v1/register/versions/1', '/api/v1/register/versions/2?format=json']) {
        const response = await get(url, headers);
        expect(response.statusCode, url).toBe(200);
        expect(response.body, url).not.toContain(DRAFT);
      }
    }
    for (const url of routes) expect((await get(url, team)).statusCode, url).toBe(200);
    // A missing threat and a hidden one look the same.
    const missing = await get('/api/v1/threats/no-such-threat');
    const hidden = await get(`/api/v1/threats/${DRAFT}`);
    expect(missing.json()).toEqual(hidden.json());
  });

  it('answers bad input on every endpoint with a clear 4xx and changes nothing', async () => {
    const doc = seedThreat('eavesdropping');
    const before = await handle.db.selectFrom('threat_revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const cases: [InjectOptions, number, string][] = [
      [{ method: 'GET', url: '/api/v1/threats?status=published' }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/threats/Not_A_Slug' }, 400, 'invalid_request'],
      [{ method: 'GET', url: `/api/v1/threats/${'a'.repeat(65)}` }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/threats/eavesdropping?revision=0' }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/threats/eavesdropping?revision=99' }, 404, 'not_found'],
      [{ method: 'GET', url: '/api/v1/threats/eavesdropping/revisions/x' }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/threats/eavesdropping/diff?from=1' }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/threats/eavesdropping/diff?from=1&to=50' }, 404, 'not_found'],
      [{ method: 'GET', url: '/api/v1/threats/eavesdropping/tree.svg?revision=-1' }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/threats', headers: team, payload: { threat: doc } }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/threats', headers: team, payload: { threat: doc, reason: 'dup' } }, 409, 'threat_exists'],
      [{ method: 'POST', url: '/api/v1/threats', headers: team, payload: { reason: 'neither' } }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/threats', headers: team, payload: { yaml: 'slug: [', reason: 'x' } }, 400, 'invalid_threat'],
      [{ method: 'POST', url: '/api/v1/threats', headers: team, payload: { threat: [], reason: 'x' } }, 400, 'invalid_threat'],
      [{ method: 'POST', url: '/api/v1/threats', headers: { ...team, 'content-type': 'application/json' }, payload: '{"reason": ' }, 400, 'malformed_json'],
      [{ method: 'POST', url: '/api/v1/threats', headers: { ...team, 'content-type': 'text/plain' }, payload: 'hello' }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/threats', headers: { ...team, 'content-type': 'application/xml' }, payload: '<threat/>' }, 415, 'unsupported_media_type'],
      [{ method: 'POST', url: '/api/v1/threats', headers: team, payload: { yaml: 'x'.repeat(2_000_000), reason: 'big' } }, 413, 'body_too_large'],
      [{ method: 'POST', url: '/api/v1/threats', headers: { cookie: team.cookie! }, payload: { threat: doc, reason: 'no csrf' } }, 403, 'csrf_token_invalid'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', headers: team, payload: { threat: doc, reason: 'no base' } }, 400, 'invalid_request'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', headers: team, payload: { threat: doc, baseRevision: 'one', reason: 'x' } }, 400, 'invalid_request'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', headers: team, payload: { threat: doc, baseRevision: 1, reason: 'x'.repeat(1001) } }, 400, 'invalid_request'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', headers: team, payload: { threat: doc, baseRevision: 1, reason: ' ' } }, 400, 'reason_required'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', headers: team, payload: { threat: { ...doc, slug: 'other' }, baseRevision: 1, reason: 'x' } }, 400, 'slug_mismatch'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', headers: team, payload: { threat: doc, baseRevision: 1, reason: 'same' } }, 400, 'no_changes'],
      [{ method: 'PUT', url: '/api/v1/threats/no-such', headers: team, payload: { threat: { ...doc, slug: 'no-such' }, baseRevision: 1, reason: 'x' } }, 404, 'not_found'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', payload: { threat: doc, baseRevision: 1, reason: 'x' } }, 401, 'unauthenticated'],
      [{ method: 'PUT', url: '/api/v1/threats/eavesdropping', headers: readOnlyTeam, payload: { threat: doc, baseRevision: 1, reason: 'x' } }, 403, 'forbidden'],
      [{ method: 'POST', url: '/api/v1/threats/eavesdropping/status', headers: team, payload: { status: 'gone', baseRevision: 1, reason: 'x' } }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/threats/eavesdropping/status', headers: team, payload: { status: 'reviewed', baseRevision: 1, reason: 'x' } }, 400, 'no_changes'],
      [{ method: 'POST', url: '/api/v1/threats/eavesdropping/status', headers: team, payload: { status: 'retired', baseRevision: 7, reason: 'x' } }, 409, 'revision_conflict'],
      [{ method: 'POST', url: '/api/v1/threats/eavesdropping/status', headers: reporter, payload: { status: 'retired', baseRevision: 1, reason: 'x' } }, 403, 'forbidden'],
      [{ method: 'POST', url: '/api/v1/threats/eavesdropping/cases', headers: team, payload: { caseId: 'bad id with spaces' } }, 400, 'invalid_case_id'],
      [{ method: 'POST', url: '/api/v1/threats/eavesdropping/cases', headers: team, payload: { caseId: 'x'.repeat(101) } }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: {} }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: { yaml: 42 } }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/register?format=pdf' }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/register/versions/0' }, 400, 'invalid_request'],
      [{ method: 'GET', url: '/api/v1/register/versions/99' }, 404, 'not_found'],
      [{ method: 'GET', url: '/api/v1/register/preview?drafts=maybe', headers: team }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/register/versions', headers: team, payload: { notes: 7 } }, 400, 'invalid_request'],
      [{ method: 'POST', url: '/api/v1/register/versions', headers: team, payload: { notes: 'x'.repeat(5001) } }, 400, 'invalid_request'],
    ];
    for (const [options, status, code] of cases) {
      const response = await call(options);
      expect(response.statusCode, `${options.method} ${options.url}: ${response.body.slice(0, 300)}`).toBe(status);
      expect(response.json<{ error: { code: string; message: string } }>().error, `${options.method} ${options.url}`).toMatchObject({ code, message: expect.any(String) });
    }
    const after = await handle.db.selectFrom('threat_revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('answers generated broken threat files with a clear result, never a server error', async () => {
    const random = seededRandom(7);
    const pieces = [':', '- ', '[', ']', '{', '}', '&a ', '*a', '\t', '\u0000', '"', "'", '\n', '  ', '!!binary ', '? ', '|', '>', '#', 'nodes:', 'children: [x]', 'gate: xor', 'likelihood: 2'];
    const base = seedFiles.get('account-takeover.yaml')!.replace('slug: account-takeover', 'slug: fuzzed');
    let accepted = 0;
    for (let round = 0; round < 60; round++) {
      let text = base;
      for (let edits = int(random, 1, 4); edits > 0; edits--) {
        const at = int(random, 0, text.length);
        const kind = int(random, 0, 2);
        if (kind === 0) text = text.slice(0, at) + text.slice(at + int(random, 1, 40));
        else if (kind === 1) text = text.slice(0, at) + pick(random, pieces) + text.slice(at);
        else text = text.slice(0, at) + text.slice(at, at + 200).toUpperCase() + text.slice(at + 200);
      }
      const preview = await call({ method: 'POST', url: '/api/v1/threats/validate-tree', headers: team, payload: { yaml: text } });
      // A NUL character is refused for every request before it reaches the feature.
      if (text.includes('\u0000')) {
        expect(preview.statusCode, `round ${round}`).toBe(400);
        expect(preview.json<{ error: { code: string } }>().error.code).toBe('invalid_character');
        continue;
      }
      expect(preview.statusCode, `round ${round}`).toBe(200);
      const result = preview.json<{ ok: boolean; issues: { message: string }[] }>();
      expect(result.ok || result.issues.length > 0, `round ${round}`).toBe(true);
      const created = await call({ method: 'POST', url: '/api/v1/threats', headers: team, payload: { yaml: text, reason: `fuzz ${round}` } });
      expect([201, 400, 409], `round ${round}: ${created.body.slice(0, 200)}`).toContain(created.statusCode);
      if (created.statusCode === 400) expect(created.json<{ error: { code: string } }>().error.code, `round ${round}`).toBe('invalid_threat');
      if (created.statusCode === 201) accepted++;
    }
    // Some mutations leave the file valid (inside prose, say); most must not.
    expect(accepted).toBeLessThan(60);
  });

  it('documents every threat route in the OpenAPI description', async () => {
    const openapi = (await get('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>();
    const paths = Object.keys(openapi.paths).filter((p) => p.startsWith('/api/v1/threats') || p.startsWith('/api/v1/register'));
    expect(paths.sort()).toEqual([
      '/api/v1/register',
      '/api/v1/register.css',
      '/api/v1/register/preview',
      '/api/v1/register/versions',
      '/api/v1/register/versions/{number}',
      '/api/v1/threats',
      '/api/v1/threats/validate-tree',
      '/api/v1/threats/{slug}',
      '/api/v1/threats/{slug}/cases',
      '/api/v1/threats/{slug}/cases/{caseId}',
      '/api/v1/threats/{slug}/diff',
      '/api/v1/threats/{slug}/revisions',
      '/api/v1/threats/{slug}/revisions/{number}',
      '/api/v1/threats/{slug}/status',
      '/api/v1/threats/{slug}/tree.dot',
      '/api/v1/threats/{slug}/tree.svg',
    ]);
  });
});
