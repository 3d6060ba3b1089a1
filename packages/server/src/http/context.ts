import type { Actor } from '../authz/actor.ts';
import type { ResolvedSession } from '../features/accounts/service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: resolved once per request from the session cookie or the bearer token. */
    actor: Actor;
    /** The cookie session, when the caller has one (possibly still waiting for its second factor). */
    session: ResolvedSession | undefined;
  }
}

export const SESSION_COOKIE = 'xmppsec_session';
export const CSRF_HEADER = 'x-csrf-token';
