import type { Kysely } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, notFound } from '../../errors.ts';
import type { CveService } from '../cve/service.ts';
import { casePolicy } from './policy.ts';

/**
 * A case's vulnerability → its CVE record, drafted from what the case knows: the affected projects
 * with their fixed versions (ranges from the directory's releases), the credits the reporters agreed
 * to, and the advisory's address as the first reference. A redraft keeps what the team added by hand.
 */
export function createCaseCveDrafting(deps: { db: Kysely<Database>; mutations: Mutations; cve: CveService; publicUrl: string }) {
  return {
    async draft(actor: Actor, caseId: string, vulnerabilityId: string, input: { description?: string | undefined; cvss?: string | undefined; cwe?: string | undefined } = {}) {
      casePolicy.assert(actor, 'case.update');
      const vulnerability = await deps.db.selectFrom('case_vulnerabilities').selectAll().where('case_id', '=', caseId).where('id', '=', vulnerabilityId).executeTakeFirst();
      if (!vulnerability) throw notFound(`Vulnerability ${vulnerabilityId} in case ${caseId}`);
      const kase = await deps.db.selectFrom('cases').select(['summary']).where('id', '=', caseId).executeTakeFirstOrThrow();
      const projects = await deps.db.selectFrom('case_projects').selectAll().where('case_id', '=', caseId).where('status', 'in', ['affected', 'fixed', 'wont_fix']).orderBy('project_key').execute();
      if (projects.length === 0) throw badRequest('no_affected_projects', 'No project of this case is marked affected or fixed yet: a CVE record needs at least one affected product.');
      const description = input.description?.trim() || kase.summary.trim();
      if (!description) throw badRequest('description_required', 'Write the case summary (or give a description): it becomes the record\'s English description.');
      const reports = await deps.db.selectFrom('reports').select(['credit_consent', 'credit_as']).where('case_id', '=', caseId).execute();
      const record = await deps.cve.draftFromCase(actor, {
        ...(vulnerability.cve_id ? { cveId: vulnerability.cve_id } : {}),
        caseId,
        title: vulnerability.title,
        description,
        affected: projects.map((project) =>
          project.project_slug
            ? { projectSlug: project.project_slug, fixedIn: project.fixed_in, introducedIn: project.introduced_in }
            : { vendor: project.display_name, product: project.display_name, fixedIn: project.fixed_in, introducedIn: project.introduced_in },
        ),
        credits: [
          ...reports.flatMap((report) => (report.credit_consent && report.credit_as ? [{ name: report.credit_as, type: 'finder' as const }] : [])),
          { name: 'XMPP Standards Foundation security team', type: 'coordinator' as const },
        ],
        references: [{ url: `${deps.publicUrl}/advisories/${caseId}`, name: `Advisory ${caseId}`, tags: ['vendor-advisory'] }],
        ...(input.cvss ? { cvss: input.cvss } : {}),
        ...(input.cwe ? { cwe: input.cwe } : {}),
        note: `Drafted from case ${caseId}.`,
      });
      if (vulnerability.cve_id !== record.cveId) {
        await deps.mutations.run(actor, async (trx) => {
          await trx.updateTable('case_vulnerabilities').set({ cve_id: record.cveId }).where('id', '=', vulnerabilityId).execute();
          return { result: undefined, audit: { action: 'case.vulnerability_cve', subject: { type: 'case', id: caseId }, details: { vulnerabilityId, cveId: record.cveId } } };
        });
      }
      return record;
    },
  };
}

export type CaseCveDrafting = ReturnType<typeof createCaseCveDrafting>;
