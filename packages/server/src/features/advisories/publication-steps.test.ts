import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobActor } from '../../authz/actor.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createServices } from '../../services.ts';
import { addDirectoryProject } from '../../testing/directory-fixtures.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { SignedIn, TestContext } from '../../testing/test-context.ts';
import { configureCna } from '../cve/db-test-helpers.ts';
import { startFakeCveServices } from '../cve/fake-cve-services.ts';
import type { FakeCveServices } from '../cve/fake-cve-services.ts';
import { TEST_CNA } from '../cve/test-fixtures.ts';

const backends = await testBackends();
const API_KEY = 'test-api-key-0123456789';
const EMBARGO = '2026-07-01T12:00:00.000Z';

describe.each(backends)('publication to CVE Services on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let fake: FakeCveServices;
  let team: SignedIn;
  let caseId: string;
  let cveId: string;

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    team = await ctx.signIn('team');
    fake = await startFakeCveServices({ orgs: [{ shortName: 'XSF', uuid: TEST_CNA.orgId, idQuota: 10, users: [{ username: 'cna@xmpp.org', apiKey: API_KEY }] }], years: [2026], now: () => ctx.clock.now() });
    await configureCna(ctx.services, { servicesUrl: fake.url, servicesUser: 'cna@xmpp.org', apiKey: API_KEY });
    await addDirectoryProject(handle.db, { slug: 'movim', name: 'Movim' });
    const { cases } = ctx.services;
    caseId = (await cases.create(team.actor, { title: 'XSS in Movim', summary: 'Stored XSS through a crafted nickname.', projects: [{ slug: 'movim', name: 'Movim' }] })).id;
    await cases.setProjectStatus(team.actor, caseId, 'movim', { status: 'fixed', fixedIn: '0.30' });
    const { id } = await cases.addVulnerability(team.actor, caseId, 'Stored XSS through nicknames');
    cveId = (await ctx.services.caseCve.draft(team.actor, caseId, id)).cveId;
    await cases.setEmbargo(team.actor, caseId, (await cases.get(team.actor, caseId)).version, new Date(EMBARGO), 'Release day.');
    await ctx.services.advisories.approve(team.actor, caseId, (await cases.get(team.actor, caseId)).version);
  });
  afterAll(async () => {
    await fake?.close();
    await ctx.close();
    await handle.close();
  });

  it('reserves the ID at CVE Services and publishes there after the embargo, retrying a failure and telling the team', async () => {
    expect(fake.ids.get(cveId)?.state).toBe('RESERVED');
    ctx.clock.set(EMBARGO);
    expect(await ctx.services.advisories.publishDue(jobActor('test'))).toEqual([caseId]);
    // The service is down at first: the step waits, and the team hears of it once.
    fake.failNext(503);
    expect(await ctx.services.advisories.runPublicationSteps(jobActor('test'))).toEqual({ done: 0, retrying: 1, failed: 0 });
    const warning = await handle.db.selectFrom('mail_outbox').selectAll().where('purpose', '=', 'advisory.step_failed').execute();
    expect(warning).toHaveLength(1);
    expect(warning[0]!.recipients).toContain(team.email);
    expect(fake.records.has(cveId)).toBe(false);

    // Not yet due again: nothing happens.
    expect(await ctx.services.advisories.runPublicationSteps(jobActor('test'))).toEqual({ done: 0, retrying: 0, failed: 0 });

    // A restart: a fresh set of services on the same database finishes the work, once.
    ctx.clock.advance(5 * 60_000);
    const restarted = createServices({ handle, clock: ctx.clock, config: ctx.config, log: () => {} });
    expect(await restarted.advisories.runPublicationSteps(jobActor('test'))).toEqual({ done: 1, retrying: 0, failed: 0 });
    expect(await restarted.advisories.runPublicationSteps(jobActor('test'))).toEqual({ done: 0, retrying: 0, failed: 0 });
    expect(await restarted.advisories.publishDue(jobActor('test'))).toEqual([]);
    expect(fake.ids.get(cveId)?.state).toBe('PUBLISHED');
    const published = fake.requests.filter((request) => request.method === 'POST' && request.path === `/api/cve/${cveId}/cna`);
    // One attempt refused with 503, one accepted; each sent the CNA container only.
    expect(published).toHaveLength(2);
    for (const request of published) expect(Object.keys(request.body as object)).toEqual(['cnaContainer']);
    const steps = (await ctx.services.advisories.getDraft(team.actor, caseId)).steps;
    expect(steps).toEqual([expect.objectContaining({ step: `cve-services:${cveId}`, status: 'done', attempts: 2 })]);
  });
});
