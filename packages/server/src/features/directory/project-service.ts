import type { Actor } from '../../authz/actor.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { deriveAffectedRange } from './affected-range.ts';
import type { AffectedRange } from './affected-range.ts';
import type { DirectoryContext } from './directory-context.ts';
import type { ArchivalCandidate, ProductInfo, ProjectPatch } from './directory-types.ts';
import type { DoapProblem } from './doap-types.ts';
import { boundedText, httpUrl, nullable, securityContactValue } from './field-values.ts';
import { assertOnProject, directoryPolicy } from './policy.ts';
import { insertProject, takenSlugs } from './project-writes.ts';
import { findProject, listProjects, maintainerIds, projectMaintenance, projectProblems, requireProject } from './queries.ts';
import type { ProjectFilter, ProjectSummary, ProjectView } from './queries.ts';
import { isValidSlug } from './slugs.ts';

/** Reading and editing projects: lists, details, snapshots, affected ranges, CVE product names, archival. */
export function createProjectService(ctx: DirectoryContext) {
  const { db, mutations, clock, view } = ctx;

  return {
    async listProjects(actor: Actor, filter: ProjectFilter & { mine?: boolean | undefined } = {}): Promise<{ projects: ProjectSummary[]; total: number }> {
      directoryPolicy.assert(actor, 'directory.read');
      const { mine, ...rest } = filter;
      if (mine && actor.kind !== 'user') throw badRequest('mine_needs_user', 'Only a signed-in user has projects of their own.');
      const limit = Math.min(Math.max(rest.limit ?? 50, 1), 500);
      return listProjects(db, { ...rest, limit, offset: Math.max(rest.offset ?? 0, 0), ...(mine && actor.kind === 'user' ? { maintainedBy: actor.userId } : {}) }, clock.now());
    },

    async getProject(actor: Actor, slug: string): Promise<ProjectView> {
      directoryPolicy.assert(actor, 'directory.read');
      return view(actor, await requireProject(db, slug));
    },

    /** One stored version of the DOAP file, as fetched, with what the parser made of it. */
    async getSnapshot(actor: Actor, slug: string, snapshotId: string) {
      directoryPolicy.assert(actor, 'directory.read');
      const project = await requireProject(db, slug);
      const row = await db.selectFrom('directory_doap_snapshots').selectAll().where('project_id', '=', project.id).where('id', '=', snapshotId).executeTakeFirst();
      if (!row) throw notFound('That snapshot');
      return {
        id: row.id,
        sha256: row.sha256,
        source: row.source,
        fetchedAt: row.fetched_at,
        lastSeenAt: row.last_seen_at,
        usable: row.usable,
        current: row.id === project.current_snapshot_id,
        problems: row.problems as DoapProblem[],
        rawText: row.raw_text,
      };
    },

    /**
     * Which releases of a project a vulnerability affects, for cases and CVE records: from its
     * releases on record, the first fixed version and optionally the first affected one. Releases
     * that cannot be ordered are reported as unknown, never guessed.
     */
    async affectedRange(actor: Actor, slug: string, input: { fixedIn: string | null; introducedIn?: string | null | undefined }): Promise<AffectedRange & { project: { slug: string; name: string }; releasesOnRecord: number }> {
      directoryPolicy.assert(actor, 'directory.read');
      for (const value of [input.fixedIn, input.introducedIn]) {
        if (typeof value === 'string' && value.length > 100) throw badRequest('invalid_version', 'A version is at most 100 characters.');
      }
      const project = await requireProject(db, slug);
      const releases = await db.selectFrom('directory_releases').select('revision').where('project_id', '=', project.id).orderBy('position').execute();
      const range = deriveAffectedRange({ releases, fixedIn: input.fixedIn, introducedIn: input.introducedIn ?? null });
      return { ...range, project: { slug: project.slug, name: project.name }, releasesOnRecord: releases.length };
    },

    /** How a CVE record names the project: vendor/product (falling back to the name), package coordinates, repository. */
    async productFor(actor: Actor, slug: string): Promise<ProductInfo> {
      directoryPolicy.assert(actor, 'directory.read');
      const row = await requireProject(db, slug);
      return {
        slug: row.slug,
        name: row.name,
        vendor: row.cve_vendor ?? row.name,
        product: row.cve_product ?? row.name,
        collectionURL: row.package_collection_url,
        packageName: row.package_name,
        repo: row.repository,
        homepage: row.homepage,
        platforms: row.platforms,
      };
    },

    /** The slugs of the projects a user maintains (cases use it to decide what a maintainer sees). */
    async projectsMaintainedBy(actor: Actor, userId: string): Promise<string[]> {
      if (!(actor.kind === 'user' && actor.userId === userId)) directoryPolicy.assert(actor, 'directory.review');
      const rows = await db.selectFrom('directory_maintainers as m').innerJoin('directory_projects as p', 'p.id', 'm.project_id').select('p.slug').where('m.user_id', '=', userId).orderBy('p.slug').execute();
      return rows.map((row) => row.slug);
    },

    async archivalCandidates(actor: Actor): Promise<ArchivalCandidate[]> {
      directoryPolicy.assert(actor, 'directory.review');
      const now = clock.now();
      const rows = await db.selectFrom('directory_projects').selectAll().where('archived_at', 'is', null).orderBy('slug').execute();
      const candidates: ArchivalCandidate[] = [];
      for (const row of rows) {
        const maintenance = projectMaintenance(row, now);
        if (!maintenance.archivalCandidate) continue;
        const [count, request] = await Promise.all([
          db.selectFrom('directory_maintainers').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', row.id).executeTakeFirstOrThrow(),
          db.selectFrom('directory_confirmations').select((eb) => eb.fn.max('sent_at').as('at')).where('project_id', '=', row.id).executeTakeFirst(),
        ]);
        candidates.push({
          slug: row.slug,
          name: row.name,
          maintenance,
          problems: await projectProblems(db, row),
          maintainerCount: Number(count.n),
          doapUrl: row.doap_url,
          lastConfirmationRequestAt: (request?.at as Date | null | undefined) ?? null,
        });
      }
      // The longest-silent first: the oldest newest-signal leads.
      const newestSignal = (c: ArchivalCandidate) => Math.max(0, ...c.maintenance.signals.map((s) => (s.at ? Date.parse(s.at) : 0)));
      return candidates.sort((a, b) => newestSignal(a) - newestSignal(b) || a.slug.localeCompare(b.slug));
    },

    // ---- editing -------------------------------------------------------------------------------

    async createProject(actor: Actor, input: { name: string; slug?: string | undefined; doapUrl?: string | null | undefined; homepage?: string | null | undefined }): Promise<ProjectView> {
      directoryPolicy.assert(actor, 'project.create');
      const name = boundedText('name', input.name, 200);
      if (input.slug !== undefined && !isValidSlug(input.slug)) throw badRequest('invalid_slug', 'A slug is 1–64 lower-case letters, digits and inner hyphens.');
      const doapUrl = nullable(input.doapUrl, (v) => httpUrl('doapUrl', v)) ?? null;
      const homepage = nullable(input.homepage, (v) => httpUrl('homepage', v)) ?? null;
      const row = await mutations.run(actor, async (trx) => {
        const taken = await takenSlugs(trx);
        if (input.slug !== undefined && taken.has(input.slug)) throw conflict('slug_taken', `The slug "${input.slug}" is in use (or was used) by another project.`);
        const created = await insertProject(trx, { name, slug: input.slug, doapUrl, homepage }, clock.now(), taken);
        return { result: created, audit: { action: 'project.create', subject: { type: 'project', id: created.id }, details: { slug: created.slug, name } } };
      });
      return view(actor, row);
    },

    async updateProject(actor: Actor, slug: string, patch: ProjectPatch): Promise<ProjectView> {
      directoryPolicy.assert(actor, 'directory.read');
      const listingFields = (['name', 'slug', 'doapUrl', 'inScope'] as const).filter((field) => patch[field] !== undefined);
      const editableFields = (['logoUrl', 'securityContact', 'securityPolicyUrl', 'cveVendor', 'cveProduct', 'packageCollectionUrl', 'packageName', 'notes'] as const).filter((field) => patch[field] !== undefined);
      if (listingFields.length + editableFields.length === 0) throw badRequest('empty_update', 'Name at least one field to change.');
      const current = await requireProject(db, slug);
      if (listingFields.length > 0) directoryPolicy.assert(actor, 'project.edit_listing');
      if (editableFields.length > 0) assertOnProject(actor, 'project.edit', await maintainerIds(db, current.id));
      if (patch.slug !== undefined && !isValidSlug(patch.slug)) throw badRequest('invalid_slug', 'A slug is 1–64 lower-case letters, digits and inner hyphens.');
      const values = {
        ...(patch.name !== undefined ? { name: boundedText('name', patch.name, 200), name_from_doap: false } : {}),
        ...(patch.doapUrl !== undefined ? { doap_url: nullable(patch.doapUrl, (v) => httpUrl('doapUrl', v)) ?? null, doap_etag: null, doap_last_modified: null } : {}),
        ...(patch.inScope !== undefined ? { in_scope: patch.inScope } : {}),
        ...(patch.logoUrl !== undefined ? { logo_url: nullable(patch.logoUrl, (v) => httpUrl('logoUrl', v)) ?? null } : {}),
        ...(patch.securityContact !== undefined ? { security_contact: nullable(patch.securityContact, securityContactValue) ?? null } : {}),
        ...(patch.securityPolicyUrl !== undefined ? { security_policy_url: nullable(patch.securityPolicyUrl, (v) => httpUrl('securityPolicyUrl', v)) ?? null } : {}),
        ...(patch.cveVendor !== undefined ? { cve_vendor: nullable(patch.cveVendor, (v) => boundedText('cveVendor', v, 200)) ?? null } : {}),
        ...(patch.cveProduct !== undefined ? { cve_product: nullable(patch.cveProduct, (v) => boundedText('cveProduct', v, 200)) ?? null } : {}),
        ...(patch.packageCollectionUrl !== undefined ? { package_collection_url: nullable(patch.packageCollectionUrl, (v) => httpUrl('packageCollectionUrl', v)) ?? null } : {}),
        ...(patch.packageName !== undefined ? { package_name: nullable(patch.packageName, (v) => boundedText('packageName', v, 200)) ?? null } : {}),
        ...(patch.notes !== undefined ? { notes: boundedText('notes', patch.notes, 10_000, true) } : {}),
      };
      const row = await mutations.run(actor, async (trx) => {
        const project = await requireProject(trx, current.slug);
        const now = clock.now();
        let renamedFrom: string | undefined;
        if (patch.slug !== undefined && patch.slug !== project.slug) {
          const owner = await findProject(trx, patch.slug);
          if (owner && owner.id !== project.id) throw conflict('slug_taken', `The slug "${patch.slug}" is in use (or was used) by another project.`);
          await trx.deleteFrom('directory_slug_history').where('slug', '=', patch.slug).execute();
          await trx.insertInto('directory_slug_history').values({ slug: project.slug, project_id: project.id, retired_at: now }).execute();
          renamedFrom = project.slug;
        }
        const updated = await trx
          .updateTable('directory_projects')
          .set({ ...values, ...(renamedFrom !== undefined ? { slug: patch.slug! } : {}), updated_at: now })
          .where('id', '=', project.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return {
          result: updated,
          audit: { action: 'project.update', subject: { type: 'project', id: project.id }, details: { slug: updated.slug, fields: [...listingFields, ...editableFields], ...(renamedFrom !== undefined ? { renamedFrom } : {}) } },
        };
      });
      return view(actor, row);
    },

    async archiveProject(actor: Actor, slug: string, reason: string): Promise<ProjectView> {
      directoryPolicy.assert(actor, 'project.archive');
      const text = boundedText('reason', reason, 1000);
      const row = await mutations.run(actor, async (trx) => {
        const project = await requireProject(trx, slug);
        if (project.archived_at) throw conflict('already_archived', `${project.name} was archived on ${project.archived_at.toISOString().slice(0, 10)}.`);
        const updated = await trx.updateTable('directory_projects').set({ archived_at: clock.now(), archived_reason: text, updated_at: clock.now() }).where('id', '=', project.id).returningAll().executeTakeFirstOrThrow();
        return { result: updated, audit: { action: 'project.archive', subject: { type: 'project', id: project.id }, details: { slug: project.slug, reason: text } } };
      });
      return view(actor, row);
    },

    async unarchiveProject(actor: Actor, slug: string): Promise<ProjectView> {
      directoryPolicy.assert(actor, 'project.archive');
      const row = await mutations.run(actor, async (trx) => {
        const project = await requireProject(trx, slug);
        if (!project.archived_at) throw conflict('not_archived', `${project.name} is not archived.`);
        const updated = await trx.updateTable('directory_projects').set({ archived_at: null, archived_reason: null, updated_at: clock.now() }).where('id', '=', project.id).returningAll().executeTakeFirstOrThrow();
        return { result: updated, audit: { action: 'project.unarchive', subject: { type: 'project', id: project.id }, details: { slug: project.slug } } };
      });
      return view(actor, row);
    },
  };
}
