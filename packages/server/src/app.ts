import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuditRoutes } from './audit/routes.ts';
import { registerAccountRoutes } from './features/accounts/routes.ts';
import { registerAdvisoryRoutes } from './features/advisories/routes.ts';
import { registerCaseRoutes } from './features/cases/routes.ts';
import { registerDirectoryRoutes } from './features/directory/routes.ts';
import { registerCveRoutes } from './features/cve/routes.ts';
import { registerObservatoryRoutes } from './features/observatory/routes.ts';
import { registerThreatRoutes } from './features/threats/routes.ts';
import { installAuthentication } from './http/authentication.ts';
import { frameworkError, installErrorHandling } from './http/error-handler.ts';
import { installInputGuard } from './http/input-guard.ts';
import { registerHealthRoutes } from './http/health.ts';
import { registerOpenApiRoutes } from './http/openapi.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import type { Services } from './services.ts';

export const BODY_LIMIT_BYTES = 1024 * 1024;
const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppOptions {
  services: Services;
  /** Pino options, or false for no logging (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Where the built web UI is; by default packages/web/dist when it exists. */
  webDist?: string | undefined;
}

/** Builds the HTTP application from the services. Listening is the caller's business. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { services } = options;
  const app = Fastify({
    logger: options.logger === undefined ? false : options.logger === true ? loggerOptions(services.config.logLevel) : options.logger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: process.env.XMPPSEC_TRUST_PROXY === 'true',
    requestTimeout: 120_000,
    frameworkErrors: frameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'xmppsec API', version: '1', description: 'The HTTP API of xmppsec, the security hub of the XMPP ecosystem.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (xst_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'xmppsec_session', description: 'Browser session; unsafe requests also need the x-csrf-token header' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await installSecurityHeaders(app, { secure: services.config.secureCookies });
  await app.register(cookie);
  // Counted after authentication, so signed-in clients and API tokens get a larger allowance than
  // anonymous callers; per-route limits (sign-in, report intake) are stricter.
  const anonymousPerMinute = services.config.rateLimitPerMinute;
  await app.register(rateLimit, {
    global: true,
    hook: 'preHandler',
    timeWindow: '1 minute',
    max: (request) => (request.actor?.kind === 'user' ? anonymousPerMinute * 10 : anonymousPerMinute),
    keyGenerator: (request) => (request.actor?.kind === 'user' ? `user:${request.actor.userId}` : `ip:${request.ip}`),
  });
  installErrorHandling(app);
  installInputGuard(app);
  installAuthentication(app, services.accounts);

  registerHealthRoutes(app, { db: services.db });
  registerAccountRoutes(app, { accounts: services.accounts, secureCookies: services.config.secureCookies });
  registerAuditRoutes(app, { audit: services.audit });
  registerThreatRoutes(app, { threats: services.threats });
  registerObservatoryRoutes(app, { observatory: services.observatory });
  registerCaseRoutes(app, { cases: services.cases, reports: services.reports, caseCve: services.caseCve });
  registerAdvisoryRoutes(app, { advisories: services.advisories, publicUrl: services.config.publicUrl });
  registerDirectoryRoutes(app, { directory: services.directory });
  registerCveRoutes(app, { cve: services.cve });
  registerOpenApiRoutes(app);

  const webDist = options.webDist ?? WEB_DIST;
  if (existsSync(join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    // The UI routes in the browser: any other GET outside the API gets the app's page.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return app;
}

/** Structured logs without secrets: no headers, no cookies, no query strings, no bodies. */
export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    serializers: {
      req: (request: { method: string; url: string; ip?: string; id?: string }) => ({ id: request.id, method: request.method, path: request.url.split('?')[0], ip: request.ip }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
