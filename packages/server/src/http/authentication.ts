import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { anonymous } from '../authz/actor.ts';
import { AppError, unauthenticated } from '../errors.ts';
import type { AccountService } from '../features/accounts/service.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './context.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller once per request. A bearer token means an API client (no CSRF risk: browsers
 * never add it by themselves); a session cookie means the browser, and then every unsafe request
 * must carry the session's CSRF token in a header, which another site cannot read or set.
 */
export function installAuthentication(app: FastifyInstance, accounts: AccountService): void {
  app.decorateRequest('actor', undefined as never);
  app.decorateRequest('session', undefined);

  app.addHook('onRequest', async (request) => {
    request.actor = anonymous(request.url.startsWith('/api/') ? 'api' : 'web');
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match ? await accounts.resolveApiToken(match[1]!) : undefined;
      if (!actor) throw new AppError('invalid_token', 401, 'The API token is unknown, expired or revoked.');
      request.actor = actor;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await accounts.resolveSession(cookie, 'web');
    if (!session) return;
    request.session = session;
    if (!SAFE_METHODS.has(request.method) && !csrfTokenMatches(request, session.csrfToken)) {
      throw new AppError('csrf_token_invalid', 403, `Send the session's CSRF token in the ${CSRF_HEADER} header.`);
    }
    if (session.actor) request.actor = session.actor;
  });
}

function csrfTokenMatches(request: FastifyRequest, expected: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** For routes that work with a half-signed-in session (second factor pending). */
export function requireSession(request: FastifyRequest) {
  if (!request.session) throw unauthenticated();
  return request.session;
}
