import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { addDirectoryProject } from '../../testing/directory-fixtures.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { SignedIn, TestContext } from '../../testing/test-context.ts';

/**
 * The most important tests: an embargoed case is invisible to the public, to maintainers of other
 * projects and to reporters of other cases, on every route, feed, figure, notification and log
 * line; and forbidden looks exactly like absent.
 */
const backends = await testBackends();
const SECRET = 'EMBARGOED-DETAIL-7Q3X';

type Who = 'anonymous' | 'admin' | 'team' | 'prosodyMaintainer' | 'openfireMaintainer' | 'reporterA' | 'reporterB';

describe.each(backends)('embargo access matrix on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  const logLines: string[] = [];
  const people = {} as Record<Exclude<Who, 'anonymous'>, SignedIn>;
  let caseA: string;
  let caseB: string;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle, {}, { logLines });
    app = await ctx.app();
    for (const [who, role] of [['admin', 'admin'], ['team', 'team'], ['prosodyMaintainer', 'maintainer'], ['openfireMaintainer', 'maintainer'], ['reporterA', 'reporter'], ['reporterB', 'reporter']] as const) {
      people[who] = await ctx.signIn(role);
    }
    await addDirectoryProject(handle.db, { slug: 'prosody', name: 'Prosody IM', maintainerUserIds: [people.prosodyMaintainer.actor.userId] });
    await addDirectoryProject(handle.db, { slug: 'openfire', name: 'Openfire', maintainerUserIds: [people.openfireMaintainer.actor.userId] });
    const team = people.team.actor;
    caseA = (await ctx.services.cases.create(team, { title: `Case A ${SECRET}`, summary: `Summary ${SECRET}`, projects: [{ slug: 'prosody', name: 'Prosody IM' }] })).id;
    caseB = (await ctx.services.cases.create(team, { title: 'Case B', summary: 'Other case', projects: [{ slug: 'openfire', name: 'Openfire' }] })).id;
    await ctx.services.cases.addParticipant(team, caseA, { email: people.reporterA.email, role: 'reporter' });
    await ctx.services.cases.addParticipant(team, caseB, { email: people.reporterB.email, role: 'reporter' });
    await ctx.services.cases.post(team, caseA, { thread: 'general', visibility: 'shared', body: `Shared post ${SECRET}` });
    await ctx.services.cases.post(team, caseA, { thread: 'general', visibility: 'team', body: `Team post ${SECRET}` });
    const version = (await ctx.services.cases.get(team, caseA)).version;
    await ctx.services.cases.setEmbargo(team, caseA, version, new Date('2026-09-01T00:00:00Z'), `Reason ${SECRET}`);
    await ctx.services.advisories.saveDraft(team, caseA, { ...(await ctx.services.advisories.getDraft(team, caseA)).draft, summary: `Advisory ${SECRET}` });
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  const request = (who: Who, url: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'GET', payload?: object) =>
    app.inject({ method, url, headers: who === 'anonymous' ? {} : people[who].headers, ...(payload ? { payload } : {}) });

  const ALL: Who[] = ['anonymous', 'admin', 'team', 'prosodyMaintainer', 'openfireMaintainer', 'reporterA', 'reporterB'];
  const INSIDE_A: Who[] = ['admin', 'team', 'prosodyMaintainer', 'reporterA'];

  it('shows case A, its threads and its list entry only to the team and A\'s participants; 404 to other signed-in people, 401 to the public', async () => {
    for (const who of ALL) {
      const expected = INSIDE_A.includes(who) ? 200 : who === 'anonymous' ? 401 : 404;
      for (const url of [`/api/v1/cases/${caseA}`, `/api/v1/cases/${caseA}/posts`]) {
        const response = await request(who, url);
        expect(response.statusCode, `${who} ${url}`).toBe(expected);
        if (expected !== 200) expect(response.body).not.toContain(SECRET);
      }
      const list = await request(who, '/api/v1/cases');
      if (who === 'anonymous') expect(list.statusCode).toBe(401);
      else expect(list.json().cases.some((item: { id: string }) => item.id === caseA), who).toBe(INSIDE_A.includes(who));
    }
  });

  it('answers forbidden exactly like absent', async () => {
    const missing = `XSF-2026-${'9'.repeat(4)}`;
    for (const who of ['openfireMaintainer', 'reporterB'] as const) {
      for (const [suffix, method, payload] of [['', 'GET'], ['/posts', 'GET'], ['/posts', 'POST', { thread: 'general', visibility: 'shared', body: 'x' }], ['/projects/prosody/status', 'PUT', { status: 'affected' }]] as const) {
        const forbidden = await request(who, `/api/v1/cases/${caseA}${suffix}`, method, payload);
        const absent = await request(who, `/api/v1/cases/${missing}${suffix}`, method, payload);
        expect(forbidden.statusCode, `${who} ${method} ${suffix}`).toBe(absent.statusCode);
        expect(forbidden.body.replaceAll(caseA, 'ID')).toBe(absent.body.replaceAll(missing, 'ID'));
      }
    }
  });

  it('keeps team-only posts from participants and everything from the public surfaces before publication', async () => {
    const posts = async (who: Who) => (await request(who, `/api/v1/cases/${caseA}/posts`)).body;
    expect(await posts('team')).toContain(`Team post ${SECRET}`);
    for (const who of ['prosodyMaintainer', 'reporterA'] as const) {
      expect(await posts(who)).toContain(`Shared post ${SECRET}`);
      expect(await posts(who)).not.toContain(`Team post ${SECRET}`);
    }
    const missing = 'XSF-2026-9999';
    for (const who of ALL) {
      for (const url of ['/api/v1/advisories', '/advisories.atom', '/api/v1/advisories.atom', '/api/v1/transparency']) {
        const response = await request(who, url);
        expect(response.body, `${who} ${url}`).not.toContain(SECRET);
        expect(response.body, `${who} ${url}`).not.toContain(caseA);
      }
      for (const suffix of ['', '/revisions']) {
        const embargoed = await request(who, `/api/v1/advisories/${caseA}${suffix}`);
        const absent = await request(who, `/api/v1/advisories/${missing}${suffix}`);
        expect(embargoed.statusCode, who).toBe(404);
        expect(embargoed.body.replaceAll(caseA, 'ID')).toBe(absent.body.replaceAll(missing, 'ID'));
      }
      const draft = await request(who, `/api/v1/cases/${caseA}/advisory`);
      expect(draft.statusCode, who).toBe(['admin', 'team'].includes(who) ? 200 : who === 'anonymous' ? 401 : 403);
    }
  });

  it('limits the triage queue, dashboard, users and audit log to the team', async () => {
    for (const who of ALL) {
      for (const url of ['/api/v1/reports', '/api/v1/dashboard', '/api/v1/users', '/api/v1/audit']) {
        const response = await request(who, url);
        expect(response.statusCode, `${who} ${url}`).toBe(['admin', 'team'].includes(who) ? 200 : who === 'anonymous' ? 401 : 403);
      }
    }
  });

  it('never writes embargoed text into the audit log, notifications or log lines', async () => {
    const audit = await handle.db.selectFrom('audit_events').select(['action', 'details']).execute();
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    const mail = await handle.db.selectFrom('mail_outbox').select(['recipients', 'subject', 'text_body']).execute();
    expect(JSON.stringify(mail)).not.toContain(SECRET);
    // The maintainer of another project hears nothing about case A.
    const openfireMail = mail.filter((item) => item.recipients.includes(people.openfireMaintainer.email));
    expect(JSON.stringify(openfireMail)).not.toContain(caseA);
    const xmpp = await handle.db.selectFrom('xmpp_outbox').select(['recipient', 'body']).execute();
    expect(JSON.stringify(xmpp)).not.toContain(SECRET);
    expect(logLines.length).toBeGreaterThan(50);
    const logs = logLines.join('');
    expect(logs).not.toContain(SECRET);
    expect(logs).not.toMatch(/xss_[\w-]{20}|xst_[\w-]{20}|xmppsec_session=/);
    for (const person of Object.values(people)) expect(logs).not.toContain(person.headers['x-csrf-token']!);
  });

  it('lets an API token do no more than its scopes allow', async () => {
    const { headers } = await ctx.tokenFor('team', ['read']);
    expect((await app.inject({ url: `/api/v1/cases/${caseA}`, headers })).statusCode).toBe(200);
    const write = await app.inject({ method: 'POST', url: `/api/v1/cases/${caseA}/posts`, headers, payload: { thread: 'general', visibility: 'shared', body: 'x' } });
    expect(write.statusCode).toBe(403);
    expect(caseB).toMatch(/^XSF-/);
  });
});
