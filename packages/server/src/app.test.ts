import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { BODY_LIMIT_BYTES } from './app.ts';
import type { DatabaseHandle } from './db/database.ts';
import { testBackends } from './db/test-databases.ts';
import { createTestContext, TEST_PASSWORD } from './testing/test-context.ts';
import type { TestContext } from './testing/test-context.ts';

const backends = await testBackends();

describe.each(backends)('HTTP API basics on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    app = await ctx.app();
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  const auditCount = async () => (await handle.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('answers health checks', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('sends security headers with a CSP without unsafe-inline', async () => {
    const response = await app.inject('/healthz');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('publishes an OpenAPI document and a browsable reference', async () => {
    const document = (await app.inject('/api/v1/openapi.json')).json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/audit']));
    const docs = await app.inject('/api/v1/docs');
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expect(docs.body).toContain('/api/v1/auth/login');
    expect(docs.body).not.toContain('<script');
  });

  it('gives bad requests the right status, a stable code and no write', async () => {
    const before = await auditCount();
    const unknownRoute = await app.inject('/api/v1/does-not-exist');
    expect(unknownRoute.statusCode).toBe(404);
    expect(unknownRoute.json().error.code).toBe('not_found');

    const malformed = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('malformed_json');

    const invalid = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 42 } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('email') });

    const huge = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(BODY_LIMIT_BYTES) }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('body_too_large');

    const form = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a' });
    expect(form.statusCode).toBe(415);
    expect(await auditCount()).toBe(before);
  });

  it('refuses a wrong password with 401 and leaves an audit event', async () => {
    const user = await ctx.createUser('reporter');
    const before = await auditCount();
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: 'definitely wrong' } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
    expect(response.cookies).toEqual([]);
    expect(await auditCount()).toBe(before + 1);
  });

  it('sets an HTTP-only SameSite session cookie and requires the CSRF header for changes', async () => {
    const user = await ctx.createUser('maintainer');
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
    const cookie = login.cookies.find((item) => item.name === 'xmppsec_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const headers = { cookie: `xmppsec_session=${cookie.value}` };
    expect((await app.inject({ url: '/api/v1/auth/session', headers })).json().user.email).toBe(user.email);
    const noCsrf = await app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'x', scopes: ['read'], expiresInDays: 1 } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_token_invalid');
    const wrongCsrf = await app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...headers, 'x-csrf-token': 'guess' }, payload: { name: 'x', scopes: ['read'], expiresInDays: 1 } });
    expect(wrongCsrf.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/v1/tokens', headers: { ...headers, 'x-csrf-token': login.json().csrfToken }, payload: { name: 'x', scopes: ['read'], expiresInDays: 1 } });
    expect(ok.statusCode).toBe(201);
  });

  it('treats an expired session as signed out and a revoked token as invalid', async () => {
    const maintainer = await ctx.signIn('maintainer');
    expect((await app.inject({ url: '/api/v1/tokens', headers: maintainer.headers })).statusCode).toBe(200);
    ctx.clock.advance(8 * 86_400_000);
    const expired = await app.inject({ url: '/api/v1/tokens', headers: maintainer.headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthenticated');

    const { headers, actor } = await ctx.tokenFor('maintainer', ['read', 'admin']);
    const listed = await app.inject({ url: '/api/v1/tokens', headers });
    const tokenId = listed.json().tokens[0].id as string;
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/tokens/${tokenId}`, headers })).statusCode).toBe(204);
    const revoked = await app.inject({ url: '/api/v1/tokens', headers });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('invalid_token');
    expect(actor.role).toBe('maintainer');
  });

  it('answers 403 for a missing role and for a missing token scope', async () => {
    const maintainer = await ctx.signIn('maintainer');
    const forbidden = await app.inject({ url: '/api/v1/users', headers: maintainer.headers });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('forbidden');
    expect((await app.inject('/api/v1/users')).statusCode).toBe(401);

    const readOnlyAdmin = await ctx.tokenFor('admin', ['read']);
    expect((await app.inject({ url: '/api/v1/users', headers: readOnlyAdmin.headers })).statusCode).toBe(200);
    const create = await app.inject({ method: 'POST', url: '/api/v1/users', headers: readOnlyAdmin.headers, payload: { email: 'x@example.org', role: 'team' } });
    expect(create.statusCode).toBe(403);
  });

  it('lets the team read and filter the audit log and check its chain', async () => {
    const team = await ctx.signIn('team');
    const all = await app.inject({ url: '/api/v1/audit?limit=5', headers: team.headers });
    expect(all.statusCode).toBe(200);
    expect(all.json().events).toHaveLength(5);
    expect(all.json().nextBeforeSeq).toEqual(expect.any(Number));
    const logins = await app.inject({ url: '/api/v1/audit?action=auth.&limit=500', headers: team.headers });
    expect(logins.json().events.every((event: { action: string }) => event.action.startsWith('auth.'))).toBe(true);
    expect((await app.inject({ url: '/api/v1/audit/verify', headers: team.headers })).json()).toMatchObject({ ok: true });
    const maintainer = await ctx.signIn('maintainer');
    expect((await app.inject({ url: '/api/v1/audit', headers: maintainer.headers })).statusCode).toBe(403);
  });

  it('rate-limits sign-in attempts per address', async () => {
    let limited = 0;
    for (let attempt = 0; attempt < 14; attempt++) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '203.0.113.9', payload: { email: 'nobody@example.org', password: 'whatever123' } });
      if (response.statusCode === 429) {
        limited++;
        expect(response.json().error.code).toBe('rate_limited');
      }
    }
    expect(limited).toBeGreaterThan(0);
  });
});
