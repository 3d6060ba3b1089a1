import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeStep, totpCode } from '../../server/src/features/accounts/totp.ts';
import { ApiError, createApiClient, expandPath, queryString } from '../src/api/client.ts';
import type { ApiClient } from '../src/api/client.ts';
import { seededRandom } from './support/seeded-random.ts';
import { startTestServer } from './support/test-server.ts';
import type { TestServer } from './support/test-server.ts';

/** fetch with a cookie jar, as a browser would keep the session cookie. */
function cookieFetch(): typeof fetch {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
    return response;
  };
}

async function expectApiError(promise: Promise<unknown>, status: number, code: string): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect({ status: apiError.status, code: apiError.code }).toEqual({ status, code });
  expect(apiError.message.length).toBeGreaterThan(10);
  return apiError;
}

describe('API client against the real server', () => {
  let server: TestServer;
  let client: ApiClient;
  const password = 'the administrator passphrase';

  beforeAll(async () => {
    server = await startTestServer();
    client = createApiClient({ baseUrl: server.url, fetch: cookieFetch() });
    await client.post('/api/v1/auth/setup', { body: { token: new URL(server.bootstrapLink).hash.replace('#token=', ''), password } });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('turns the error shape into an ApiError with code and message', async () => {
    const error = await expectApiError(client.post('/api/v1/auth/login', { body: { email: 'admin@localhost', password: 'wrong password here' } }), 401, 'invalid_credentials');
    expect(error.message).toBe('The e-mail address or the password is wrong.');
    await expectApiError(client.get('/api/v1/auth/session'), 401, 'unauthenticated');
  });

  it('sends the CSRF token on unsafe requests once it knows it, and the server insists on it', async () => {
    const session = await client.post('/api/v1/auth/login', { body: { email: 'admin@localhost', password } });
    expect(session.state).toBe('totp_enrolment_required');
    await expectApiError(client.post('/api/v1/auth/totp/enrol'), 403, 'csrf_token_invalid');
    client.setCsrfToken(session.csrfToken);
    const { secret } = await client.post('/api/v1/auth/totp/enrol');
    const { recoveryCodes } = await client.post('/api/v1/auth/totp/confirm', { body: { code: totpCode(secret, timeStep(server.clock.now())) } });
    expect(recoveryCodes).toHaveLength(10);
    expect((await client.get('/api/v1/auth/session')).state).toBe('signed_in');
  });

  it('fills path parameters, sends query strings and handles 201 and 204 answers', async () => {
    const email = 'o+brien/test@example.org';
    const created = await client.post('/api/v1/users', { body: { email, role: 'maintainer' } });
    expect(created.user.email).toBe(email);
    const disabled = await client.post('/api/v1/users/{email}/disable', { params: { email } });
    expect(disabled.disabled).toBe(true);

    const { token, info } = await client.post('/api/v1/tokens', { body: { name: 'ci', scopes: ['read'], expiresInDays: 7 } });
    expect(token).toMatch(/^xst_/);
    expect(await client.delete('/api/v1/tokens/{id}', { params: { id: info.id } })).toBeUndefined();

    const { events } = await client.get('/api/v1/audit', { query: { action: 'token.', limit: 10 } });
    expect(events.map((event) => event.action).sort()).toEqual(['token.create', 'token.revoke']);
  });

  it('reports validation errors, unknown routes and an unreachable server in words', async () => {
    await expectApiError(client.post('/api/v1/tokens', { body: { name: 'x', scopes: ['read'], expiresInDays: 0 } }), 400, 'invalid_expiry');
    await expectApiError(client.get('/api/v1/audit', { query: { limit: 100_000 } }), 400, 'invalid_request');
    await expectApiError(client.get('/api/v1/nothing-here' as '/api/v1/audit'), 404, 'not_found');

    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const offline = createApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    await expectApiError(offline.get('/api/v1/auth/session'), 0, 'network_error');
  });

  it('says so when a failure answer is not the API error shape', async () => {
    const plain = createApiClient({ fetch: async () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }) });
    await expectApiError(plain.get('/api/v1/auth/session'), 502, 'http_502');
  });
});

describe('path and query helpers', () => {
  it('encodes every path parameter as one segment and refuses missing ones', () => {
    expect(expandPath('/api/v1/users/{email}/disable', { email: 'a/b?c#d@e.org' })).toBe('/api/v1/users/a%2Fb%3Fc%23d%40e.org/disable');
    expect(() => expandPath('/api/v1/projects/{slug}', {})).toThrow(/slug/);
  });

  it('round-trips random query values and leaves out empty ones', () => {
    const random = seededRandom(8);
    for (let round = 0; round < 500; round++) {
      const query: Record<string, string | undefined> = {};
      for (let key = 0; key < random.int(0, 5); key++) query[`k${key}`] = random.pick([undefined, '', random.text(12)]);
      const text = queryString(query);
      const parsed = Object.fromEntries(new URLSearchParams(text.slice(1)));
      const expected = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''));
      expect(parsed).toEqual(expected);
      expect(text === '' || text.startsWith('?')).toBe(true);
    }
  });
});
