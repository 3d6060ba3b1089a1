import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SCOPES } from '../../authz/policy.ts';
import { SESSION_COOKIE } from '../../http/context.ts';
import { requireSession } from '../../http/authentication.ts';
import { errorResponses, iso, isoDateTime, isoOrNull } from '../../http/schemas.ts';
import { MAX_PASSWORD_LENGTH } from './passwords.ts';
import type { AccountService, PublicUser, SessionState } from './service.ts';
import { ROLES } from './tables.ts';

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  xmppAddress: z.string().nullable(),
  openpgpFingerprint: z.string().nullable(),
  role: z.enum(ROLES),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  createdAt: isoDateTime,
  lastLoginAt: isoDateTime.nullable(),
});
const userOut = (user: PublicUser) => ({ ...user, createdAt: iso(user.createdAt), lastLoginAt: isoOrNull(user.lastLoginAt) });

const sessionStates = ['signed_in', 'totp_required', 'totp_enrolment_required'] as const satisfies readonly SessionState[];
const sessionSchema = z.object({ state: z.enum(sessionStates), csrfToken: z.string(), expiresAt: isoDateTime, user: userSchema });

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  createdAt: isoDateTime,
  expiresAt: isoDateTime,
  revokedAt: isoDateTime.nullable(),
  lastUsedAt: isoDateTime.nullable(),
});

export function registerAccountRoutes(app: FastifyInstance, deps: { accounts: AccountService; secureCookies: boolean }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { accounts } = deps;

  const setSessionCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: deps.secureCookies, expires: expiresAt });

  api.post('/api/v1/auth/login', {
    schema: {
      tags: ['accounts'],
      summary: 'Sign in with e-mail and password; sets the session cookie',
      body: z.object({ email: z.string().max(254), password: z.string().min(1).max(MAX_PASSWORD_LENGTH) }),
      response: { 200: sessionSchema, ...errorResponses },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const result = await accounts.login(request.actor, request.body, { ip: request.ip, userAgent: request.headers['user-agent'] });
    setSessionCookie(reply, result.token, result.expiresAt);
    return { state: result.state, csrfToken: result.csrfToken, expiresAt: iso(result.expiresAt), user: userOut(result.user) };
  });

  api.get('/api/v1/auth/session', {
    schema: { tags: ['accounts'], summary: 'The current session and its CSRF token', response: { 200: sessionSchema, ...errorResponses } },
  }, async (request) => {
    const session = requireSession(request);
    return { state: session.state, csrfToken: session.csrfToken, expiresAt: iso(session.expiresAt), user: userOut(session.user) };
  });

  api.post('/api/v1/auth/totp', {
    schema: {
      tags: ['accounts'],
      summary: 'Complete sign-in with a TOTP code or a recovery code',
      body: z.object({ code: z.string().max(20).optional(), recoveryCode: z.string().max(40).optional() }),
      response: { 200: z.object({ state: z.enum(sessionStates) }), ...errorResponses },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request) => ({ state: await accounts.verifySecondFactor(requireSession(request), request.body) }));

  api.post('/api/v1/auth/totp/enrol', {
    schema: { tags: ['accounts'], summary: 'Start TOTP enrolment: returns the secret and its otpauth URI', response: { 200: z.object({ secret: z.string(), uri: z.string() }), ...errorResponses } },
  }, async (request) => accounts.beginTotpEnrolment(requireSession(request)));

  api.post('/api/v1/auth/totp/confirm', {
    schema: {
      tags: ['accounts'],
      summary: 'Confirm TOTP enrolment with a first code; returns the recovery codes once',
      body: z.object({ code: z.string().max(20) }),
      response: { 200: z.object({ recoveryCodes: z.array(z.string()) }), ...errorResponses },
    },
  }, async (request) => accounts.confirmTotpEnrolment(requireSession(request), request.body.code));

  api.post('/api/v1/auth/logout', {
    schema: { tags: ['accounts'], summary: 'Sign out', response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await accounts.logout(requireSession(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  api.post('/api/v1/auth/setup', {
    schema: {
      tags: ['accounts'],
      summary: 'Set the password of a new account from its one-time setup link',
      body: z.object({ token: z.string().max(200), password: z.string().max(MAX_PASSWORD_LENGTH), displayName: z.string().max(200).optional() }),
      response: { 200: userSchema, ...errorResponses },
    },
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (request) => userOut(await accounts.completeSetup(request.actor, request.body)));

  api.patch('/api/v1/profile', {
    schema: {
      tags: ['accounts'],
      summary: 'Your name and where notifications reach you: an XMPP address, and an OpenPGP key to encrypt e-mail to',
      body: z.object({ displayName: z.string().max(200).optional(), xmppAddress: z.string().max(1000).nullable().optional(), openpgpKey: z.string().max(200_000).nullable().optional() }),
      response: { 200: userSchema, ...errorResponses },
    },
  }, async (request) => userOut(await accounts.updateProfile(request.actor, request.body)));

  api.get('/api/v1/users', {
    schema: { tags: ['accounts'], summary: 'All accounts (team)', response: { 200: z.object({ users: z.array(userSchema) }), ...errorResponses } },
  }, async (request) => ({ users: (await accounts.listUsers(request.actor)).map(userOut) }));

  api.post('/api/v1/users', {
    schema: {
      tags: ['accounts'],
      summary: 'Create an account (admin); returns its one-time setup link',
      body: z.object({ email: z.string().max(254), role: z.enum(ROLES), displayName: z.string().max(200).optional() }),
      response: { 201: z.object({ user: userSchema, setupLink: z.string() }), ...errorResponses },
    },
  }, async (request, reply) => {
    const { user, setupLink } = await accounts.createUser(request.actor, request.body);
    return reply.status(201).send({ user: userOut(user), setupLink });
  });

  api.post('/api/v1/users/:email/disable', {
    schema: { tags: ['accounts'], summary: 'Disable an account (admin): ends its sessions and revokes its tokens', params: z.object({ email: z.string() }), response: { 200: userSchema, ...errorResponses } },
  }, async (request) => userOut(await accounts.disableUser(request.actor, request.params.email)));

  api.get('/api/v1/tokens', {
    schema: { tags: ['accounts'], summary: 'Your API tokens', response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errorResponses } },
  }, async (request) => ({
    tokens: (await accounts.listApiTokens(request.actor)).map((token) => ({ ...token, createdAt: iso(token.createdAt), expiresAt: iso(token.expiresAt), revokedAt: isoOrNull(token.revokedAt), lastUsedAt: isoOrNull(token.lastUsedAt) })),
  }));

  api.post('/api/v1/tokens', {
    schema: {
      tags: ['accounts'],
      summary: 'Create an API token; the secret is in this response only',
      body: z.object({ name: z.string().max(100), scopes: z.array(z.string()).max(SCOPES.length), expiresInDays: z.number().int() }),
      response: { 201: z.object({ token: z.string(), info: tokenSchema }), ...errorResponses },
    },
  }, async (request, reply) => {
    const { token, info } = await accounts.createApiToken(request.actor, request.body);
    return reply.status(201).send({ token, info: { ...info, createdAt: iso(info.createdAt), expiresAt: iso(info.expiresAt), revokedAt: null, lastUsedAt: null } });
  });

  api.delete('/api/v1/tokens/:id', {
    schema: { tags: ['accounts'], summary: 'Revoke one of your API tokens', params: z.object({ id: z.string() }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await accounts.revokeApiToken(request.actor, request.params.id);
    return reply.status(204).send(null);
  });
}
