import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { testBackends } from '../../db/test-databases.ts';
import { createTestContext } from '../../testing/test-context.ts';
import type { TestContext } from '../../testing/test-context.ts';
import { validateCsaf } from './csaf.ts';
import { addProject } from './db-test-helpers.ts';
import { validateOsv } from './osv.ts';
import { fixtureRecords, sampleDraft, TEST_CNA } from './test-fixtures.ts';
import { validateCveRecord } from './validate-record.ts';

const backends = await testBackends();
const dir = mkdtempSync(join(tmpdir(), 'xmppsec-cve-routes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Headers = Record<string, string>;

describe.each(backends)('CVE API on $name', (backend) => {
  let handle: DatabaseHandle;
  let ctx: TestContext;
  let app: FastifyInstance;
  let team: Headers;
  let admin: Headers;
  let maintainer: Headers;
  let readOnlyTeam: Headers;

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers = {}, payload?: unknown) => {
    const response = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
    return { status: response.statusCode, body: response.body, json: () => response.json<Record<string, unknown>>(), type: response.headers['content-type'], raw: response.rawPayload };
  };

  beforeAll(async () => {
    handle = await backend.open();
    ctx = await createTestContext(handle);
    app = await ctx.app();
    team = (await ctx.tokenFor('team')).headers;
    admin = (await ctx.tokenFor('admin')).headers;
    maintainer = (await ctx.tokenFor('maintainer')).headers;
    readOnlyTeam = (await ctx.tokenFor('team', ['read'])).headers;
    await addProject(ctx.services, { name: 'Prosody IM', slug: 'prosody', cveVendor: 'Prosody', cveProduct: 'Prosody', repository: 'https://hg.prosody.im/prosody/', releases: ['0.11.0', '0.11.12', '0.12.0'] });
  });
  afterAll(async () => {
    await ctx.close();
    await handle.close();
  });

  it('keeps the CNA settings to the team, their changes to admins, and the API key to itself', async () => {
    expect((await call('GET', '/api/v1/cve/settings')).status).toBe(401);
    expect((await call('GET', '/api/v1/cve/settings', maintainer)).status).toBe(403);
    expect((await call('PUT', '/api/v1/cve/settings', team, { shortName: 'XSF' })).status).toBe(403);
    const bad = await call('PUT', '/api/v1/cve/settings', admin, { orgId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'invalid_request' } });
    const saved = await call('PUT', '/api/v1/cve/settings', admin, { shortName: TEST_CNA.shortName, orgId: TEST_CNA.orgId, apiKey: 'route-secret-key' });
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({ shortName: 'XSF', apiKeySource: 'settings', idSource: 'local', identityComplete: true });
    expect(saved.body).not.toContain('route-secret-key');
    expect((await call('GET', '/api/v1/cve/settings', team)).body).not.toContain('route-secret-key');
    await call('PUT', '/api/v1/cve/settings', admin, { apiKey: null });
  });

  it('authors a record for a directory project through the API; it validates, and so do its OSV and CSAF forms', async () => {
    const reserved = await call('POST', '/api/v1/cve/ids', team, { amount: 2 });
    expect(reserved.status).toBe(201);
    expect(reserved.json()).toEqual({ ids: ['CVE-2026-1000', 'CVE-2026-1001'], source: 'local', remainingQuota: null });
    expect((await call('POST', '/api/v1/cve/ids', maintainer, {})).status).toBe(403);

    // The editor's live checks, before anything is saved.
    const { description: _omitted, ...noDescription } = sampleDraft();
    const live = await call('POST', '/api/v1/cve/validate', {}, { draft: noDescription });
    expect(live.status).toBe(200);
    expect(live.json()).toMatchObject({ valid: false, errors: [expect.objectContaining({ path: 'description' })] });
    const badVector = await call('POST', '/api/v1/cve/validate', {}, { draft: { ...sampleDraft(), metrics: [{ vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H' }] } });
    expect(badVector.json()).toMatchObject({ valid: false, errors: [expect.objectContaining({ path: 'metrics[0].vector', message: expect.stringContaining('A') })] });
    expect((await call('POST', '/api/v1/cve/validate', {}, { record: fixtureRecords()[0]!.record })).json()).toMatchObject({ valid: true, errors: [] });
    expect((await call('POST', '/api/v1/cve/validate', {}, {})).status).toBe(400);
    const cvss = await call('POST', '/api/v1/cvss/parse', {}, { vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' });
    expect(cvss.json()).toMatchObject({ version: '4.0', baseScore: 9.3, baseSeverity: 'CRITICAL', cveMetric: { version: '4.0', baseScore: 9.3 } });
    const badCvss = await call('POST', '/api/v1/cvss/parse', {}, { vector: 'CVSS:3.1/AV:Q' });
    expect(badCvss.status).toBe(400);
    expect(badCvss.json()).toMatchObject({ error: { code: 'invalid_cvss_vector', message: expect.stringMatching(/^vector: /) } });

    const draft = { ...sampleDraft(), affected: [{ vendor: 'Prosody', product: 'Prosody', versionType: 'semver', defaultStatus: 'unaffected', ranges: [{ introduced: '0.11.0', fixed: '0.11.12' }] }] };
    const saved = await call('PUT', '/api/v1/cve/records/CVE-2026-1000/draft', team, { draft, note: 'first draft' });
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({ cveId: 'CVE-2026-1000', state: 'RESERVED', public: false, record: null, team: { draftValid: true, draftProjects: [{ slug: 'prosody', matchedBy: 'vendor_product' }] } });
    expect((await call('PUT', '/api/v1/cve/records/CVE-2026-1000/draft', readOnlyTeam, { draft })).status).toBe(403);
    expect((await call('GET', '/api/v1/cve/records/CVE-2026-1000')).status).toBe(404);

    const published = await call('POST', '/api/v1/cve/records/CVE-2026-1000/publish', team, {});
    expect(published.json()).toEqual({ cveId: 'CVE-2026-1000', outcome: 'published', revision: 2, viaCveServices: false });
    const publicView = await call('GET', '/api/v1/cve/records/cve-2026-1000');
    expect(publicView.status).toBe(200);
    expect(publicView.json()).toMatchObject({ cveId: 'CVE-2026-1000', public: true, projects: [{ slug: 'prosody' }] });
    expect(publicView.json()).not.toHaveProperty('team');
    expect((await call('GET', '/api/v1/cve/records/CVE-2026-1000', readOnlyTeam)).json()).toHaveProperty('team.draft');

    const record = await call('GET', '/api/v1/cve/records/CVE-2026-1000/cve.json');
    expect(record.type).toContain('application/json');
    expect(validateCveRecord(JSON.parse(record.body))).toMatchObject({ valid: true, errors: [] });
    expect(record.body).toBe(JSON.stringify(JSON.parse(record.body), null, 4));
    expect(validateOsv(JSON.parse((await call('GET', '/api/v1/cve/records/CVE-2026-1000/osv.json')).body))).toEqual({ valid: true, errors: [] });
    const csaf = await validateCsaf(JSON.parse((await call('GET', '/api/v1/cve/records/CVE-2026-1000/csaf.json')).body));
    expect(csaf.errors).toEqual([]);
    expect(csaf.valid).toBe(true);
    expect((await call('GET', '/api/v1/cve/records/CVE-2026-1000/osv.json?draft=true')).status).toBe(404);
    expect((await call('GET', '/api/v1/cve/records/CVE-2026-1000/osv.json?draft=true', team)).status).toBe(200);
  });

  it('shows revisions and diffs to the team, and rejects and restores', async () => {
    const id = 'CVE-2026-1000';
    const current = (await call('GET', `/api/v1/cve/records/${id}`, team)).json() as { team: { draft: Record<string, unknown>; draftRevision: number } };
    await call('PUT', `/api/v1/cve/records/${id}/draft`, team, { draft: { ...current.team.draft, title: 'A clearer title' }, expectedRevision: current.team.draftRevision });
    const stale = await call('PUT', `/api/v1/cve/records/${id}/draft`, team, { draft: current.team.draft, expectedRevision: current.team.draftRevision });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'cve_draft_conflict' } });
    const diff = await call('GET', `/api/v1/cve/records/${id}/diff`, team);
    expect(diff.json()).toEqual({ from: 'published (revision 2)', to: 'draft (revision 3)', basis: 'record', changes: [{ kind: 'changed', path: 'containers.cna.title', oldValue: sampleDraft().title, newValue: 'A clearer title' }] });
    expect((await call('GET', `/api/v1/cve/records/${id}/diff?from=1&to=3`, team)).json()).toMatchObject({ basis: 'record' });
    expect((await call('GET', `/api/v1/cve/records/${id}/diff`)).status).toBe(404);
    expect((await call('GET', `/api/v1/cve/records/${id}/revisions`)).status).toBe(404);
    const revisions = await call('GET', `/api/v1/cve/records/${id}/revisions`, team);
    expect((revisions.json() as unknown as { kind: string }[]).map((r) => r.kind)).toEqual(['draft', 'published', 'draft']);
    expect((await call('GET', `/api/v1/cve/records/${id}/revisions/2`, team)).json()).toMatchObject({ number: 2, kind: 'published', record: { cveMetadata: { cveId: id } } });
    expect((await call('GET', `/api/v1/cve/records/${id}/revisions/9`, team)).status).toBe(404);

    const rejected = await call('POST', `/api/v1/cve/records/${id}/reject`, team, { reasons: 'Rejected: duplicate.' });
    expect(rejected.json()).toMatchObject({ state: 'REJECTED', record: { cveMetadata: { state: 'REJECTED' } } });
    const edit = await call('PUT', `/api/v1/cve/records/${id}/draft`, team, { draft: current.team.draft });
    expect(edit.status).toBe(409);
    expect(edit.json()).toMatchObject({ error: { code: 'cve_record_rejected' } });
    expect((await call('POST', `/api/v1/cve/records/${id}/restore`, team, { reason: 'Not a duplicate.' })).json()).toMatchObject({ outcome: 'restored' });
    expect((await call('GET', `/api/v1/cve/records/${id}`)).json()).toMatchObject({ state: 'PUBLISHED', title: 'A clearer title' });
  });

  it('hides a record of a case under embargo on every public route, list and export', async () => {
    const drafted = await call('POST', '/api/v1/cve/cases/XSF-2026-007/draft', team, {
      cveId: 'CVE-2026-1001',
      title: 'Prosody: embargoed problem',
      description: 'Embargoed details that must not leak before publication.',
      affected: [{ projectSlug: 'prosody', fixedIn: '0.12.0' }],
      references: [{ url: 'https://prosody.im/security/' }],
    });
    expect(drafted.status).toBe(200);
    expect(drafted.json()).toMatchObject({ cveId: 'CVE-2026-1001', team: { caseId: 'XSF-2026-007', draftValid: true } });
    const publish = await call('POST', '/api/v1/cve/records/CVE-2026-1001/publish', team, {});
    expect(publish.status).toBe(409);
    expect(publish.json()).toMatchObject({ error: { code: 'cve_record_embargoed' } });
    for (const who of [{}, maintainer]) {
      for (const path of ['', '/cve.json', '/osv.json', '/csaf.json', '/revisions', '/diff']) {
        const response = await call('GET', `/api/v1/cve/records/CVE-2026-1001${path}`, who);
        expect(response.status, path).toBe(404);
        expect(response.body).not.toContain('Embargoed details');
      }
      const list = await call('GET', '/api/v1/cve/records?limit=500', who);
      expect(list.body).not.toContain('CVE-2026-1001');
      expect(list.body).not.toContain('embargoed problem');
      expect((await call('GET', '/api/v1/cve/records?project=prosody&q=2026-1001', who)).json()).toEqual({ records: [], total: 0 });
    }
    const teamList = await call('GET', '/api/v1/cve/records?caseId=XSF-2026-007', team);
    expect(teamList.json()).toMatchObject({ total: 1, records: [{ cveId: 'CVE-2026-1001', public: false, team: { caseId: 'XSF-2026-007' } }] });
  });

  it('imports records for the team and serves every public record as a .tar.gz', async () => {
    const fixtures = fixtureRecords();
    expect((await call('POST', '/api/v1/cve/import', maintainer, { records: [{ record: fixtures[0]!.record }] })).status).toBe(403);
    const report = await call('POST', '/api/v1/cve/import', team, { records: [...fixtures.map((f) => ({ name: f.file, record: f.record })), { name: 'bad.json', record: { dataType: 'CVE_RECORD' } }, { name: 'again.json', record: fixtures[0]!.record }] });
    expect(report.status).toBe(200);
    expect(report.json()).toMatchObject({ imported: fixtures.length, rejected: 1, skipped: 1 });
    expect((await call('POST', '/api/v1/cve/import', team, { records: [] })).status).toBe(400);

    const archive = await call('GET', '/api/v1/cve/export.tar.gz');
    expect(archive.status).toBe(200);
    expect(archive.type).toBe('application/gzip');
    const file = join(dir, `${backend.name}.tar.gz`);
    writeFileSync(file, archive.raw);
    const list = spawnSync('tar', ['-tzf', file], { encoding: 'utf8' });
    expect(list.status, list.stderr).toBe(0);
    const names = list.stdout.trim().split('\n');
    expect(names[0]).toBe('index.json');
    expect(names).toContain('cve/CVE-2026-1000.json');
    expect(names).toContain('csaf/cve-2023-32315.json');
    expect(names).toHaveLength(1 + 3 * (fixtures.length + 1));
    expect(names.join('\n')).not.toContain('1001');
    const index = JSON.parse(spawnSync('tar', ['-xzOf', file, 'index.json'], { encoding: 'utf8' }).stdout) as { cveId: string }[];
    expect(index.map((e) => e.cveId)).toEqual(['CVE-2026-1000', 'CVE-2023-32315', 'CVE-2023-28686', 'CVE-2022-0217', 'CVE-2021-41055']);
    const osvOnly = await call('GET', '/api/v1/cve/export.tar.gz?formats=osv');
    writeFileSync(file, osvOnly.raw);
    expect(spawnSync('tar', ['-tzf', file], { encoding: 'utf8' }).stdout.trim().split('\n')).toHaveLength(1 + fixtures.length + 1);
    expect((await call('GET', '/api/v1/cve/export.tar.gz?formats=pdf')).status).toBe(400);
    const published = await call('GET', '/api/v1/cve/records?state=PUBLISHED');
    expect(published.json()).toMatchObject({ total: fixtures.length + 1 });
    expect((await call('GET', '/api/v1/cve/records?state=REJECTED')).json()).toEqual({ records: [], total: 0 });
    expect((await call('GET', '/api/v1/cve/records?state=RESERVED')).json()).toEqual({ records: [], total: 0 });
  });

  it('documents its routes in the OpenAPI description', async () => {
    const doc = (await call('GET', '/api/v1/openapi.json')).json() as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/cve/records', '/api/v1/cve/records/{id}', '/api/v1/cve/records/{id}/osv.json', '/api/v1/cve/validate', '/api/v1/cvss/parse', '/api/v1/cve/export.tar.gz', '/api/v1/cve/import']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
