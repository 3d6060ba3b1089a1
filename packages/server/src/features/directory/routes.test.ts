import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../authz/actor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { SignedIn, TestContext } from '../../testing/test-context.ts';
import { DOAP_FIXTURES, FIXTURES, seededRandom } from './test-helpers.ts';

const backends = await testBackends();

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Case {
  method: Method;
  url: string;
  payload?: unknown;
  status: number;
  code?: string;
  as?: 'team' | 'anonymous';
}

describe.each(backends)('directory HTTP API on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let team: SignedIn;
  let reporter: SignedIn;
  let maintainer: SignedIn;
  let prosody: string;
  let gajimUserId: string;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    await ctx.services.directory.seedIfEmpty(cliActor);
    app = await ctx.app();
    [team, reporter, maintainer] = [await ctx.signIn('team'), await ctx.signIn('reporter'), await ctx.signIn('maintainer')];
    prosody = (await ctx.services.directory.listProjects(cliActor, { q: 'prosody im' })).projects[0]!.slug;
    const gajimMaintainer = await ctx.createUser('maintainer');
    gajimUserId = gajimMaintainer.actor.userId;
    await ctx.services.directory.linkMaintainer(cliActor, 'gajim', { email: gajimMaintainer.email });
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  const send = (c: Pick<Case, 'method' | 'url' | 'payload'>, headers: Record<string, string> = {}) =>
    app.inject({
      method: c.method,
      url: c.url,
      headers: typeof c.payload === 'string' ? { ...headers, 'content-type': 'application/json' } : headers,
      ...(c.payload !== undefined ? { payload: c.payload as string } : {}),
    });

  it('answers the public reads without signing in', async () => {
    for (const url of ['/api/v1/projects', `/api/v1/projects/${prosody}`, '/api/v1/xeps', '/api/v1/xeps/280', '/api/v1/xeps/health', `/api/v1/projects/${prosody}/product`, `/api/v1/projects/${prosody}/affected-range?fixedIn=1.0`]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
    const page = await app.inject({ method: 'GET', url: '/api/v1/projects?category=server&limit=5&offset=5' });
    const body = page.json<{ projects: { categories: string[] }[]; total: number }>();
    expect(body.projects.length).toBeLessThanOrEqual(5);
    expect(body.total).toBeGreaterThan(5);
    expect(body.projects.every((p) => p.categories.includes('server'))).toBe(true);
    const search = await app.inject({ method: 'GET', url: '/api/v1/xeps?q=carbons' });
    expect(search.json<{ xeps: { number: number }[] }>().xeps.map((x) => x.number)).toContain(280);
    const openapi = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    for (const path of ['/api/v1/projects', '/api/v1/projects/{slug}', '/api/v1/xeps/{number}', '/api/v1/confirmations']) expect(Object.keys(openapi.paths)).toContain(path);
  });

  it('lets only the team change the directory (401 anonymous, 403 reporter and unrelated maintainer)', async () => {
    const doap = readFileSync(join(DOAP_FIXTURES, 'xmpp-js.doap'), 'utf8');
    const teamOnly: Omit<Case, 'status'>[] = [
      { method: 'POST', url: '/api/v1/projects', payload: { name: 'Policy Probe' } },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { notes: 'team note' } },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { inScope: true } },
      { method: 'POST', url: `/api/v1/projects/${prosody}/archive`, payload: { reason: 'probe' } },
      { method: 'POST', url: `/api/v1/projects/${prosody}/unarchive` },
      { method: 'GET', url: `/api/v1/projects/${prosody}/maintainers` },
      { method: 'POST', url: '/api/v1/projects/gajim/confirmation-requests' },
      { method: 'GET', url: '/api/v1/directory/archival-candidates' },
      { method: 'POST', url: '/api/v1/directory/import/software-list', payload: [{ name: 'Policy Listed', categories: ['client'], platforms: [] }] },
      { method: 'POST', url: '/api/v1/directory/import/doap', payload: { content: doap, source: 'xmpp-js.doap' } },
      { method: 'POST', url: '/api/v1/directory/import/xeps', payload: { xml: readFileSync(join(FIXTURES, 'xeplist.xml'), 'utf8') } },
      { method: 'GET', url: '/api/v1/xeps/health/recipients' },
      { method: 'PUT', url: '/api/v1/xeps/health/recipients', payload: { emails: [] } },
    ];
    for (const c of teamOnly) {
      const label = `${c.method} ${c.url}`;
      expect((await send(c)).statusCode, `${label} anonymous`).toBe(401);
      expect((await send(c, reporter.headers)).statusCode, `${label} reporter`).toBe(403);
      expect((await send(c, maintainer.headers)).statusCode, `${label} maintainer`).toBe(403);
      const ok = await send(c, team.headers);
      expect(ok.statusCode, `${label} team: ${ok.body}`).toBeLessThan(300);
    }
    // Tokens are limited by scope: a read-only token of a team member cannot import.
    const readOnly = await ctx.tokenFor('team', ['read']);
    expect((await send(teamOnly[0]!, readOnly.headers)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/projects', headers: readOnly.headers })).statusCode).toBe(200);
    // A cookie session without the CSRF token cannot change anything.
    const noCsrf = await send(teamOnly[0]!, { cookie: team.headers.cookie! });
    expect(noCsrf.json()).toMatchObject({ error: { code: 'csrf_token_invalid' } });
  });

  it('answers bad input to every endpoint with a clear 4xx and a stable code', async () => {
    const cases: Case[] = [
      { method: 'GET', url: '/api/v1/projects?limit=0', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?limit=abc', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?offset=-1', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?xep=0', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?xep=100000', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?xepStatus=great', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?maintenance=sleepy', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?inScope=yes', status: 400, code: 'invalid_request' },
      { method: 'GET', url: `/api/v1/projects?q=${'x'.repeat(101)}`, status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects?mine=true', status: 400, code: 'mine_needs_user', as: 'anonymous' },
      { method: 'GET', url: `/api/v1/projects/${'a'.repeat(65)}`, status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects/no-such-project', status: 404, code: 'not_found' },
      { method: 'GET', url: `/api/v1/projects/${prosody}/snapshots/nope`, status: 404, code: 'not_found' },
      { method: 'GET', url: `/api/v1/projects/${prosody}/affected-range?fixedIn=`, status: 400, code: 'invalid_request' },
      { method: 'GET', url: `/api/v1/projects/${prosody}/affected-range?fixedIn=${'1'.repeat(101)}`, status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/projects/no-such-project/product', status: 404, code: 'not_found' },
      { method: 'POST', url: '/api/v1/projects', payload: {}, status: 400, code: 'invalid_request' },
      { method: 'POST', url: '/api/v1/projects', payload: { name: '   ' }, status: 400, code: 'invalid_field' },
      { method: 'POST', url: '/api/v1/projects', payload: { name: 'x'.repeat(201) }, status: 400, code: 'invalid_request' },
      { method: 'POST', url: '/api/v1/projects', payload: { name: 'Bad', slug: 'Bad Slug' }, status: 400, code: 'invalid_slug' },
      { method: 'POST', url: '/api/v1/projects', payload: { name: 'Bad', doapUrl: 'ftp://example.org/x.doap' }, status: 400, code: 'invalid_url' },
      { method: 'POST', url: '/api/v1/projects', payload: { name: 'Bad', colour: 'red' }, status: 400, code: 'invalid_request' },
      { method: 'POST', url: '/api/v1/projects', payload: '{"name": ', status: 400, code: 'malformed_json' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: {}, status: 400, code: 'empty_update' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { slug: '-bad-' }, status: 400, code: 'invalid_request' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { slug: 'gajim' }, status: 409, code: 'slug_taken' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { logoUrl: 'javascript:alert(1)' }, status: 400, code: 'invalid_url' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { securityContact: 'call us' }, status: 400, code: 'invalid_security_contact' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { notes: 'n'.repeat(10_001) }, status: 400, code: 'invalid_request' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { inScope: 'yes' }, status: 400, code: 'invalid_request' },
      { method: 'PATCH', url: `/api/v1/projects/${prosody}`, payload: { cveVendor: '' }, status: 400, code: 'invalid_field' },
      { method: 'PATCH', url: '/api/v1/projects/no-such-project', payload: { notes: 'x' }, status: 404, code: 'not_found' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/archive`, payload: {}, status: 400, code: 'invalid_request' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/archive`, payload: { reason: ' ' }, status: 400, code: 'invalid_field' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/unarchive`, status: 409, code: 'not_archived' },
      { method: 'POST', url: '/api/v1/projects/adium/refresh', status: 400, code: 'no_doap_url' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/maintainers`, payload: { email: 'nobody@example.org' }, status: 404, code: 'not_found' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/maintainers`, payload: { email: maintainer.email, contactEmail: 'not mail' }, status: 400, code: 'invalid_email' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/maintainers`, payload: { email: maintainer.email, xmppAddress: 'not a jid' }, status: 400, code: 'invalid_xmpp_address' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/maintainers`, payload: { email: maintainer.email, openpgpKey: 'trust me' }, status: 400, code: 'invalid_openpgp_key' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/maintainers`, payload: { email: team.email }, status: 400, code: 'not_a_maintainer' },
      { method: 'PATCH', url: '/api/v1/projects/gajim/maintainers/nobody', payload: { securityContact: true }, status: 404, code: 'not_found' },
      { method: 'PATCH', url: `/api/v1/projects/gajim/maintainers/${gajimUserId}`, payload: {}, status: 400, code: 'empty_update' },
      { method: 'DELETE', url: '/api/v1/projects/gajim/maintainers/nobody', status: 404, code: 'not_found' },
      { method: 'POST', url: `/api/v1/projects/${prosody}/confirmation-requests`, status: 400, code: 'no_maintainers' },
      { method: 'POST', url: '/api/v1/confirmations', payload: {}, status: 400, code: 'invalid_request', as: 'anonymous' },
      { method: 'POST', url: '/api/v1/confirmations', payload: { token: '' }, status: 400, code: 'invalid_request', as: 'anonymous' },
      { method: 'POST', url: '/api/v1/confirmations', payload: { token: 'x'.repeat(201) }, status: 400, code: 'invalid_request', as: 'anonymous' },
      { method: 'POST', url: '/api/v1/confirmations', payload: { token: 'xdc_forged' }, status: 400, code: 'invalid_confirmation_link', as: 'anonymous' },
      { method: 'POST', url: '/api/v1/confirmations/preview', payload: { token: 'xss_not-ours' }, status: 400, code: 'invalid_confirmation_link', as: 'anonymous' },
      { method: 'POST', url: '/api/v1/directory/import/software-list', payload: { not: 'a list' }, status: 400, code: 'invalid_request' },
      { method: 'POST', url: '/api/v1/directory/import/software-list', payload: Array.from({ length: 10_001 }, () => ({})), status: 400, code: 'invalid_request' },
      { method: 'POST', url: '/api/v1/directory/import/doap', payload: {}, status: 400, code: 'invalid_request' },
      { method: 'POST', url: '/api/v1/directory/import/doap', payload: { url: 'not a url' }, status: 400, code: 'invalid_url' },
      { method: 'POST', url: '/api/v1/directory/import/doap', payload: { url: 'file:///etc/passwd' }, status: 400, code: 'invalid_url' },
      { method: 'POST', url: '/api/v1/directory/import/doap', payload: { url: 'https://example.org/x.doap', content: '<x/>' }, status: 400, code: 'invalid_request' },
      { method: 'POST', url: '/api/v1/directory/import/doap', payload: { content: '<x/>' }, status: 400, code: 'doap_unmatched' },
      { method: 'POST', url: '/api/v1/directory/import/doap', payload: { content: '<x/>', slug: 'no-such-project' }, status: 404, code: 'not_found' },
      { method: 'POST', url: '/api/v1/directory/import/xeps', payload: { xml: '<not-a-xep-list/>' }, status: 400, code: 'invalid_xep_list' },
      { method: 'POST', url: '/api/v1/directory/import/xeps', payload: { xml: '<xep-infos><xep' }, status: 400, code: 'invalid_xep_list' },
      { method: 'POST', url: '/api/v1/directory/import/xeps', payload: {}, status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/xeps?limit=0', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/xeps/0', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/xeps/abc', status: 400, code: 'invalid_request' },
      { method: 'GET', url: '/api/v1/xeps/9998', status: 404, code: 'not_found' },
      { method: 'GET', url: '/api/v1/xeps/health?staleAfterMonths=0', status: 400, code: 'invalid_request' },
      { method: 'PUT', url: '/api/v1/xeps/health/recipients', payload: { emails: ['nope'] }, status: 400, code: 'invalid_email' },
      { method: 'PUT', url: '/api/v1/xeps/health/recipients', payload: { emails: Array.from({ length: 21 }, (_, i) => `r${i}@example.org`) }, status: 400, code: 'invalid_request' },
    ];
    for (const c of cases) {
      const response = await send(c, c.as === 'anonymous' ? {} : team.headers);
      const label = `${c.method} ${c.url.slice(0, 80)} ${JSON.stringify(c.payload ?? null).slice(0, 80)}`;
      expect(response.statusCode, `${label}: ${response.body.slice(0, 300)}`).toBe(c.status);
      if (c.code) expect(response.json<{ error: { code: string } }>().error.code, label).toBe(c.code);
    }
    const wrongType = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${prosody}`, headers: { ...team.headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'notes=x' });
    expect(wrongType.statusCode).toBe(415);
    const plainText = await app.inject({ method: 'PATCH', url: `/api/v1/projects/${prosody}`, headers: { ...team.headers, 'content-type': 'text/plain' }, payload: 'notes=x' });
    expect(plainText.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('survives random JSON thrown at every writing endpoint (never a 500)', async () => {
    const random = seededRandom(2026);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const value = (depth: number): unknown => {
      switch (Math.floor(random() * (depth > 2 ? 5 : 7))) {
        case 0: return null;
        case 1: return random() < 0.5;
        case 2: return Math.floor(random() * 2 ** 40) * (random() < 0.5 ? -1 : 1);
        case 3: return pick(['', ' ', 'x'.repeat(5000), 'http://127.0.0.1/', 'javascript:x', '\u0000', '<x/>', 'xdc_x', '../../etc', 'a@b.c', '1.0']);
        case 4: return String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 20) }, () => Math.floor(random() * 0xd7ff)));
        case 5: return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
        default: {
          const keys = ['name', 'slug', 'doapUrl', 'inScope', 'logoUrl', 'securityContact', 'notes', 'reason', 'email', 'openpgpKey', 'xmppAddress', 'token', 'url', 'content', 'xml', 'emails', 'cveVendor'];
          return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(keys), value(depth + 1)]));
        }
      }
    };
    const targets: [Method, string][] = [
      ['POST', '/api/v1/projects'],
      ['PATCH', '/api/v1/projects/gajim'],
      ['POST', '/api/v1/projects/gajim/archive'],
      ['POST', '/api/v1/projects/gajim/maintainers'],
      ['PATCH', `/api/v1/projects/gajim/maintainers/${gajimUserId}`],
      ['POST', '/api/v1/confirmations'],
      ['POST', '/api/v1/confirmations/preview'],
      ['POST', '/api/v1/directory/import/software-list'],
      ['POST', '/api/v1/directory/import/doap'],
      ['POST', '/api/v1/directory/import/xeps'],
      ['PUT', '/api/v1/xeps/health/recipients'],
    ];
    for (let i = 0; i < 300; i++) {
      const [method, url] = pick(targets);
      const payload = JSON.stringify(value(0));
      const response = await app.inject({ method, url, headers: { ...team.headers, 'content-type': 'application/json' }, payload });
      expect(response.statusCode, `${method} ${url} ${payload.slice(0, 200)}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
    }
  });
});
