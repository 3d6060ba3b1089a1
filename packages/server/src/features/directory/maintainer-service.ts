import { randomUUID } from 'node:crypto';
import type { Actor, UserActor } from '../../authz/actor.ts';
import { DAY_MS } from '../../clock.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { newSecret, secretHash } from '../accounts/secrets.ts';
import type { DirectoryContext } from './directory-context.ts';
import { confirmationMail } from './directory-mail.ts';
import type { MaintainerFields } from './directory-types.ts';
import { maintainerValues } from './field-values.ts';
import { monthsBefore } from './maintenance-status.ts';
import { assertOnProject, directoryPolicy } from './policy.ts';
import { loadMaintainers, maintainerIds, requireProject } from './queries.ts';
import type { MaintainerView, ProjectRow, ProjectView } from './queries.ts';

export const CONFIRMATION_LINK_DAYS = 30;
/** Ask for the yearly confirmation this long after the last one, before the project turns "unconfirmed" (13 months). */
export const CONFIRMATION_DUE_MONTHS = 11;
/** No second request within this many days of the last one. */
export const CONFIRMATION_REQUEST_INTERVAL_DAYS = 30;

/** Maintainers of projects, and their yearly confirmation that a project is still maintained. */
export function createMaintainerService(ctx: DirectoryContext) {
  const { db, mutations, clock, outbox, view } = ctx;

  async function confirmationByToken(token: string) {
    if (typeof token !== 'string' || token.length > 200 || !token.startsWith('xdc_')) throw invalidConfirmation();
    const row = await db
      .selectFrom('directory_confirmations as c')
      .innerJoin('directory_projects as p', 'p.id', 'c.project_id')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.id', 'c.project_id', 'c.user_id', 'c.expires_at', 'c.confirmed_at', 'p.slug', 'p.name as project_name', 'p.archived_at', 'u.email', 'u.role', 'u.disabled_at'])
      .where('c.token_hash', '=', secretHash(token))
      .executeTakeFirst();
    if (!row || row.confirmed_at !== null || row.expires_at <= clock.now() || row.disabled_at !== null || row.archived_at !== null) throw invalidConfirmation();
    const stillMaintainer = await db.selectFrom('directory_maintainers').select('user_id').where('project_id', '=', row.project_id).where('user_id', '=', row.user_id).executeTakeFirst();
    if (!stillMaintainer) throw invalidConfirmation();
    return row;
  }

  return {
    async listMaintainers(actor: Actor, slug: string): Promise<MaintainerView[]> {
      const project = await requireProject(db, slug);
      assertOnProject(actor, 'project.maintainers_read', await maintainerIds(db, project.id));
      return loadMaintainers(db, project.id);
    },

    async linkMaintainer(actor: Actor, slug: string, input: { email: string } & MaintainerFields): Promise<MaintainerView[]> {
      directoryPolicy.assert(actor, 'project.maintainers_manage');
      const fields = maintainerValues(input);
      const projectId = await mutations.run(actor, async (trx) => {
        const project = await requireProject(trx, slug);
        const user = await trx.selectFrom('users').select(['id', 'role', 'disabled_at']).where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.trim().toLowerCase())).executeTakeFirst();
        if (!user || user.disabled_at) throw notFound(`An active account for ${input.email}`);
        if (user.role !== 'maintainer') throw badRequest('not_a_maintainer', `${input.email} has the role ${user.role}; only accounts with the maintainer role are linked to projects.`);
        const existing = await trx.selectFrom('directory_maintainers').select('user_id').where('project_id', '=', project.id).where('user_id', '=', user.id).executeTakeFirst();
        if (existing) throw conflict('already_linked', `${input.email} already maintains ${project.name}.`);
        await trx.insertInto('directory_maintainers').values({ project_id: project.id, user_id: user.id, contact_email: fields.contact_email ?? null, xmpp_address: fields.xmpp_address ?? null, security_contact: fields.security_contact ?? false, openpgp_key: fields.openpgp_key ?? null, added_at: clock.now() }).execute();
        return { result: project.id, audit: { action: 'project.maintainer_link', subject: { type: 'project', id: project.id }, details: { slug: project.slug, userId: user.id } } };
      });
      return loadMaintainers(db, projectId);
    },

    async updateMaintainer(actor: Actor, slug: string, userId: string, patch: MaintainerFields): Promise<MaintainerView[]> {
      const project = await requireProject(db, slug);
      const ids = await maintainerIds(db, project.id);
      assertOnProject(actor, 'project.maintainer_edit', ids, userId);
      if (!ids.includes(userId)) throw notFound('That maintainer');
      const fields = maintainerValues(patch);
      if (Object.keys(fields).length === 0) throw badRequest('empty_update', 'Name at least one field to change.');
      await mutations.run(actor, async (trx) => {
        const updated = await trx.updateTable('directory_maintainers').set(fields).where('project_id', '=', project.id).where('user_id', '=', userId).executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw notFound('That maintainer');
        return { result: undefined, audit: { action: 'project.maintainer_update', subject: { type: 'project', id: project.id }, details: { slug: project.slug, userId, fields: Object.keys(fields) } } };
      });
      return loadMaintainers(db, project.id);
    },

    async unlinkMaintainer(actor: Actor, slug: string, userId: string): Promise<MaintainerView[]> {
      directoryPolicy.assert(actor, 'project.maintainers_manage');
      const projectId = await mutations.run(actor, async (trx) => {
        const project = await requireProject(trx, slug);
        const removed = await trx.deleteFrom('directory_maintainers').where('project_id', '=', project.id).where('user_id', '=', userId).executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) throw notFound('That maintainer');
        // Outstanding confirmation links of a former maintainer stop working.
        await trx.deleteFrom('directory_confirmations').where('project_id', '=', project.id).where('user_id', '=', userId).where('confirmed_at', 'is', null).execute();
        return { result: project.id, audit: { action: 'project.maintainer_unlink', subject: { type: 'project', id: project.id }, details: { slug: project.slug, userId } } };
      });
      return loadMaintainers(db, projectId);
    },

    /**
     * E-mails each maintainer a one-click confirmation link: for one project (any time), or for
     * every project whose last confirmation is older than 11 months and that was not asked in
     * the last 30 days. The tokens are stored hashed; the mail goes out after the commit.
     */
    async requestConfirmations(actor: Actor, options: { slug?: string | undefined } = {}): Promise<{ requested: { slug: string; recipients: number }[] }> {
      directoryPolicy.assert(actor, 'project.request_confirmation');
      const now = clock.now();
      let projects: ProjectRow[];
      if (options.slug !== undefined) {
        const project = await requireProject(db, options.slug);
        if (project.archived_at) throw conflict('archived', `${project.name} is archived.`);
        projects = [project];
      } else {
        const dueBefore = monthsBefore(now, CONFIRMATION_DUE_MONTHS);
        const askedAfter = new Date(now.getTime() - CONFIRMATION_REQUEST_INTERVAL_DAYS * DAY_MS);
        projects = await db
          .selectFrom('directory_projects as p')
          .selectAll('p')
          .where('p.archived_at', 'is', null)
          .where((eb) => eb.or([eb('p.last_confirmed_at', 'is', null), eb('p.last_confirmed_at', '<', dueBefore)]))
          .where((eb) => eb.exists(eb.selectFrom('directory_maintainers as m').select('m.user_id').whereRef('m.project_id', '=', 'p.id')))
          .where((eb) => eb.not(eb.exists(eb.selectFrom('directory_confirmations as c').select('c.id').whereRef('c.project_id', '=', 'p.id').where('c.sent_at', '>', askedAfter))))
          .orderBy('p.slug')
          .execute();
      }
      const requested: { slug: string; recipients: number }[] = [];
      const mails: { projectId: string; slug: string; userId: string; to: string; name: string; token: string; projectName: string }[] = [];
      for (const project of projects) {
        const maintainers = await db
          .selectFrom('directory_maintainers as m')
          .innerJoin('users as u', 'u.id', 'm.user_id')
          .select(['m.user_id', 'm.contact_email', 'u.email', 'u.display_name'])
          .where('m.project_id', '=', project.id)
          .where('u.disabled_at', 'is', null)
          .execute();
        if (maintainers.length === 0) {
          if (options.slug !== undefined) throw badRequest('no_maintainers', `${project.name} has no active maintainer to ask.`);
          continue;
        }
        for (const maintainer of maintainers) {
          mails.push({ projectId: project.id, slug: project.slug, userId: maintainer.user_id, to: maintainer.contact_email ?? maintainer.email, name: maintainer.display_name, token: newSecret('xdc'), projectName: project.name });
        }
        requested.push({ slug: project.slug, recipients: maintainers.length });
      }
      if (requested.length === 0) return { requested };
      const expiresAt = new Date(now.getTime() + CONFIRMATION_LINK_DAYS * DAY_MS);
      await mutations.run(actor, async (trx) => {
        for (const mail of mails) {
          await trx.insertInto('directory_confirmations').values({ id: randomUUID(), project_id: mail.projectId, user_id: mail.userId, token_hash: secretHash(mail.token), sent_at: now, expires_at: expiresAt, confirmed_at: null }).execute();
          await outbox.queue(
            trx,
            confirmationMail({ to: mail.to, maintainerName: mail.name, projectName: mail.projectName, projectUrl: ctx.projectUrl(mail.slug), confirmUrl: `${ctx.publicUrl}/directory/confirm#token=${mail.token}`, expiresAt }),
            { purpose: 'directory.confirmation', subject: { type: 'project', id: mail.projectId } },
          );
        }
        return {
          result: undefined,
          audit: requested.map((entry) => ({
            action: 'project.confirmation_request',
            subject: { type: 'project', id: mails.find((mail) => mail.slug === entry.slug)!.projectId },
            details: { slug: entry.slug, recipients: entry.recipients, expiresAt: expiresAt.toISOString() },
          })),
        };
      });
      outbox.deliverSoon();
      return { requested };
    },

    /** What a confirmation link would confirm, without confirming (the page behind the link shows it). */
    async previewConfirmation(_actor: Actor, token: string): Promise<{ slug: string; name: string; expiresAt: Date }> {
      const found = await confirmationByToken(token);
      return { slug: found.slug, name: found.project_name, expiresAt: found.expires_at };
    },

    /** One click from the e-mail: the token stands for the maintainer it was sent to, who is the actor. */
    async confirmByToken(actor: Actor, token: string): Promise<{ slug: string; name: string; confirmedAt: Date }> {
      const found = await confirmationByToken(token);
      const maintainer: UserActor = { kind: 'user', userId: found.user_id, email: found.email, role: found.role, via: actor.via };
      const confirmedAt = clock.now();
      await mutations.run(maintainer, async (trx) => {
        const claimed = await trx.updateTable('directory_confirmations').set({ confirmed_at: confirmedAt }).where('id', '=', found.id).where('confirmed_at', 'is', null).executeTakeFirst();
        if (Number(claimed.numUpdatedRows) === 0) throw invalidConfirmation();
        await trx.updateTable('directory_projects').set({ last_confirmed_at: confirmedAt, updated_at: confirmedAt }).where('id', '=', found.project_id).execute();
        return { result: undefined, audit: { action: 'project.confirm', subject: { type: 'project', id: found.project_id }, details: { slug: found.slug, method: 'email_link', confirmationId: found.id } } };
      });
      return { slug: found.slug, name: found.project_name, confirmedAt };
    },

    /** A signed-in maintainer confirms from the project page. */
    async confirm(actor: Actor, slug: string): Promise<ProjectView> {
      const project = await requireProject(db, slug);
      assertOnProject(actor, 'project.confirm', await maintainerIds(db, project.id));
      const row = await mutations.run(actor, async (trx) => {
        const now = clock.now();
        const updated = await trx.updateTable('directory_projects').set({ last_confirmed_at: now, updated_at: now }).where('id', '=', project.id).returningAll().executeTakeFirstOrThrow();
        return { result: updated, audit: { action: 'project.confirm', subject: { type: 'project', id: project.id }, details: { slug: project.slug, method: 'signed_in' } } };
      });
      return view(actor, row);
    },
  };
}

function invalidConfirmation(): AppError {
  return new AppError('invalid_confirmation_link', 400, 'This confirmation link is invalid, used or expired. Sign in and confirm from the project page, or ask the security team for a new link.');
}
