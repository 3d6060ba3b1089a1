import { cliActor } from '../../authz/actor.ts';
import type { Services } from '../../services.ts';
import { insertProject } from '../directory/project-writes.ts';
import { TEST_CNA } from './test-fixtures.ts';

/** Shared by the CVE feature's database tests: directory projects with releases, a configured CNA. */

export interface TestProject {
  name: string;
  slug?: string;
  cveVendor?: string;
  cveProduct?: string;
  repository?: string;
  releases?: string[];
}

export async function addProject(services: Services, project: TestProject): Promise<{ id: string; slug: string }> {
  return services.mutations.run(cliActor, async (trx) => {
    const row = await insertProject(trx, { name: project.name, ...(project.slug ? { slug: project.slug } : {}) }, services.clock.now());
    await trx
      .updateTable('directory_projects')
      .set({ cve_vendor: project.cveVendor ?? null, cve_product: project.cveProduct ?? null, repository: project.repository ?? null })
      .where('id', '=', row.id)
      .execute();
    for (const [position, revision] of (project.releases ?? []).entries()) {
      await trx.insertInto('directory_releases').values({ project_id: row.id, position, revision, created: null, name: null, branch: null }).execute();
    }
    return { result: { id: row.id, slug: row.slug }, audit: { action: 'test.project', subject: { type: 'project', id: row.id } } };
  });
}

export async function configureCna(services: Services, extra: Record<string, unknown> = {}): Promise<void> {
  await services.cve.updateSettings(cliActor, { shortName: TEST_CNA.shortName, orgId: TEST_CNA.orgId, ...extra });
}

export async function countRows(services: Services): Promise<{ ids: number; records: number; revisions: number; events: number }> {
  const count = async (table: 'cve_ids' | 'cve_records' | 'cve_revisions' | 'audit_events') =>
    Number((await services.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { ids: await count('cve_ids'), records: await count('cve_records'), revisions: await count('cve_revisions'), events: await count('audit_events') };
}
