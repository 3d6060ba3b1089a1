import type { FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { buildApp, loggerOptions } from '../app.ts';
import type { UserActor } from '../authz/actor.ts';
import { cliActor } from '../authz/actor.ts';
import { manualClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { Role } from '../features/accounts/tables.ts';
import { timeStep, totpCode } from '../features/accounts/totp.ts';
import { createServices } from '../services.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SignedIn {
  actor: UserActor;
  email: string;
  /** Headers for app.inject: the session cookie and the CSRF token. */
  headers: Record<string, string>;
  totpSecret: string | undefined;
}

/** Services on a test database with a controllable clock, and quick ways to get signed-in users of each role. */
export async function createTestContext(handle: DatabaseHandle, overrides: Partial<Config> = {}, options: { logLines?: string[] } = {}) {
  const clock = manualClock('2026-06-01T12:00:00Z');
  const config = loadConfig({}, { publicUrl: 'http://xmppsec.test', dataDir: '/nonexistent', seed: false, ...overrides });
  const services = createServices({ handle, clock, config, log: () => {} });
  let app: FastifyInstance | undefined;
  let counter = 0;

  async function getApp(): Promise<FastifyInstance> {
    // With logLines, the app logs as in production, into the array, so tests can read every line.
    const logLines = options.logLines;
    const logger = logLines ? { ...loggerOptions('info'), stream: new Writable({ write(chunk: Buffer, _encoding, done) { logLines.push(chunk.toString()); done(); } }) } : false;
    app ??= await buildApp({ services, logger, webDist: '/nonexistent' });
    return app;
  }

  /** Creates an account through the real setup flow; admin and team also enrol TOTP, as they must. */
  async function createUser(role: Role, email = `${role}${++counter}@example.org`): Promise<{ email: string; actor: UserActor }> {
    const { user, setupLink } = await services.accounts.createUser(cliActor, { email, role });
    const token = new URL(setupLink).hash.replace('#token=', '');
    await services.accounts.completeSetup({ kind: 'anonymous', via: 'web' }, { token, password: TEST_PASSWORD });
    return { email, actor: { kind: 'user', userId: user.id, email, role, via: 'api' } };
  }

  async function signIn(role: Role, email?: string): Promise<SignedIn> {
    const created = await createUser(role, email);
    const server = await getApp();
    const login = await server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: created.email, password: TEST_PASSWORD } });
    if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`);
    const cookie = login.cookies.find((item) => item.name === 'xmppsec_session')!;
    const body = login.json<{ csrfToken: string; state: string }>();
    const headers = { cookie: `xmppsec_session=${cookie.value}`, 'x-csrf-token': body.csrfToken };
    let totpSecret: string | undefined;
    if (body.state === 'totp_enrolment_required') {
      const enrol = await server.inject({ method: 'POST', url: '/api/v1/auth/totp/enrol', headers });
      totpSecret = enrol.json<{ secret: string }>().secret;
      const confirm = await server.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers, payload: { code: totpCode(totpSecret, timeStep(clock.now())) } });
      if (confirm.statusCode !== 200) throw new Error(`TOTP enrolment failed: ${confirm.body}`);
    }
    return { actor: { ...created.actor, via: 'web' }, email: created.email, headers, totpSecret };
  }

  /** An API token for a new user of the role. */
  async function tokenFor(role: Role, scopes: readonly string[] = ['read', 'cases', 'cve', 'directory', 'threats', 'observatory', 'admin']): Promise<{ actor: UserActor; headers: Record<string, string> }> {
    const { actor } = await createUser(role);
    const { token } = await services.accounts.createApiToken({ ...actor, via: 'api' }, { name: 'test', scopes, expiresInDays: 30 });
    return { actor, headers: { authorization: `Bearer ${token}` } };
  }

  return {
    services,
    clock,
    config,
    app: getApp,
    createUser,
    signIn,
    tokenFor,
    async close() {
      await services.notifier.idle();
      await app?.close();
    },
  };
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;
