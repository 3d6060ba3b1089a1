import type { BrowserContext } from 'playwright-core';
import { cliActor } from '../../../server/src/authz/actor.ts';
import { timeStep, totpCode } from '../../../server/src/features/accounts/totp.ts';
import type { TestServer } from './test-server.ts';

export type ConsoleRole = 'admin' | 'team' | 'maintainer' | 'reporter';

export interface ConsoleUser {
  id: string;
  email: string;
  role: ConsoleRole;
  /** The session cookie of a completed sign-in (second factor included for the team). */
  sessionCookie: string;
}

const PASSWORD = 'a console test passphrase';

/**
 * An account made through the real flows (setup link, password, and for staff TOTP enrolment),
 * signed in over HTTP: the browser tests of the working pages start from a signed-in console
 * instead of repeating the sign-in journey that journeys.test.ts covers.
 */
export async function createConsoleUser(server: TestServer, role: ConsoleRole, email: string, displayName = ''): Promise<ConsoleUser> {
  const { user, setupLink } = await server.services.accounts.createUser(cliActor, { email, role, displayName });
  await server.services.accounts.completeSetup({ kind: 'anonymous', via: 'web' }, { token: new URL(setupLink).hash.replace('#token=', ''), password: PASSWORD });
  const login = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (login.status !== 200) throw new Error(`sign-in of ${email} failed: ${login.status} ${await login.text()}`);
  const cookie = /xmppsec_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('the sign-in set no session cookie');
  const { csrfToken, state } = (await login.json()) as { csrfToken: string; state: string };
  const headers = { cookie: `xmppsec_session=${cookie}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  if (state === 'totp_enrolment_required') {
    const enrol = await fetch(`${server.url}/api/v1/auth/totp/enrol`, { method: 'POST', headers: { cookie: headers.cookie, 'x-csrf-token': csrfToken } });
    const { secret } = (await enrol.json()) as { secret: string };
    const confirm = await fetch(`${server.url}/api/v1/auth/totp/confirm`, { method: 'POST', headers, body: JSON.stringify({ code: totpCode(secret, timeStep(server.clock.now())) }) });
    if (confirm.status !== 200) throw new Error(`TOTP enrolment of ${email} failed: ${await confirm.text()}`);
  }
  return { id: user.id, email, role, sessionCookie: cookie };
}

/** Puts the user's session into a browser context (its own cookie jar). */
export async function signInBrowser(context: BrowserContext, server: TestServer, user: ConsoleUser): Promise<void> {
  await context.clearCookies();
  await context.addCookies([{ name: 'xmppsec_session', value: user.sessionCookie, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
}
