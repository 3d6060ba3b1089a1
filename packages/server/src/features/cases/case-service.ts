import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { actorLabel } from '../../authz/actor.ts';
import { utcText } from '../../clock.ts';
import type { Clock } from '../../clock.ts';
import { json } from '../../db/json.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../errors.ts';
import { caseAccess, canSeeProject, visibleCasesCondition, visibleThreads } from './access.ts';
import type { CaseAccess } from './access.ts';
import { DEFAULT_EMBARGO_MS, MAINTAINER_RESPONSE_WITHIN_MS, dueEmbargoReminders, maintainerResponseDeadline, reportAcknowledgementDeadline } from './deadlines.ts';
import type { Deadline } from './deadlines.ts';
import { casePolicy } from './policy.ts';
import type { DirectoryLookup, Notifier, Recipient } from './ports.ts';
import type { CaseRole, CaseState, PostKind, PostVisibility, ProjectStatus, ReportProject, Severity } from './tables.ts';

type Trx = Transaction<Database>;
type Db = Kysely<Database> | Trx;

/** Which state may follow which by hand. `scheduled` and `published` are set by the publication feature. */
const MANUAL_TRANSITIONS: Record<CaseState, readonly CaseState[]> = {
  triage: ['coordinating', 'rejected'],
  coordinating: ['triage', 'rejected'],
  scheduled: ['coordinating'],
  published: ['closed'],
  closed: [],
  rejected: ['triage'],
};

export interface CaseProjectView {
  projectKey: string;
  projectSlug: string | null;
  displayName: string;
  status: ProjectStatus;
  statement: string;
  introducedIn: string | null;
  fixedIn: string | null;
  fixedVersions: string[];
  invitedAt: Date | null;
  responseDueAt: Date | null;
  firstResponseAt: Date | null;
  updatedAt: Date;
}

export interface CaseView {
  id: string;
  title: string;
  summary: string;
  severity: Severity | null;
  state: CaseState;
  embargoAt: Date | null;
  statusesShared: boolean;
  version: number;
  createdAt: Date;
  acceptedAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  access: 'team' | 'participant';
  myRoles: CaseRole[];
  myProjectKeys: string[];
  projects: CaseProjectView[];
  participants: { userId: string; email: string; displayName: string; role: CaseRole; projectKey: string | null }[];
  embargoChanges: { fromAt: Date | null; toAt: Date | null; reason: string; changedBy: string; changedAt: Date }[];
  vulnerabilities: { id: string; title: string; cveId: string | null }[];
  reports: { id: string; reference: string; status: string }[];
  deadlines: Deadline[];
}

export interface PostView {
  id: string;
  thread: string;
  visibility: PostVisibility;
  kind: PostKind;
  authorLabel: string;
  body: string;
  createdAt: Date;
}

export interface CaseUpdate {
  title?: string | undefined;
  summary?: string | undefined;
  severity?: Severity | null | undefined;
  statusesShared?: boolean | undefined;
  state?: CaseState | undefined;
  reason?: string | undefined;
}

export const unlistedKey = (name: string) => `unlisted:${name.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 80)}`;

export function createCaseService(deps: { db: Kysely<Database>; mutations: Mutations; clock: Clock; publicUrl: string; directory: DirectoryLookup; notifier: Notifier }) {
  const { db, mutations, clock, notifier } = deps;
  const caseLink = (id: string) => `${deps.publicUrl}/console/cases/${id}`;

  async function requireAccess(dbOrTrx: Db, actor: Actor, caseId: string): Promise<CaseAccess> {
    casePolicy.assert(actor, 'case.read');
    const access = await caseAccess(dbOrTrx, actor, caseId);
    // Not allowed looks exactly like not there.
    if (!access) throw notFound(`Case ${caseId}`);
    const exists = await dbOrTrx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
    if (!exists) throw notFound(`Case ${caseId}`);
    return access;
  }

  async function lockCase(trx: Trx, caseId: string, expectedVersion: number | undefined) {
    const row = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).forUpdate().executeTakeFirst();
    if (!row) throw notFound(`Case ${caseId}`);
    if (expectedVersion !== undefined && row.version !== expectedVersion) {
      throw conflict('case_conflict', `Case ${caseId} was changed by someone else meanwhile (you edited version ${expectedVersion}, it is now at version ${row.version}). Reload it and apply your change again.`, { currentVersion: row.version });
    }
    return row;
  }

  async function bumpVersion(trx: Trx, caseId: string) {
    await trx.updateTable('cases').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', caseId).execute();
  }

  /** Everyone in the case: its participants and, for the team's side, its coordinators. */
  async function caseRecipients(trx: Db, caseId: string, filter: (row: { role: CaseRole; project_key: string | null }) => boolean = () => true): Promise<Recipient[]> {
    const rows = await trx
      .selectFrom('case_participants')
      .innerJoin('users', 'users.id', 'case_participants.user_id')
      .select(['users.email', 'users.xmpp_address', 'users.openpgp_key', 'case_participants.role', 'case_participants.project_key'])
      .where('case_participants.case_id', '=', caseId)
      .where('users.disabled_at', 'is', null)
      .execute();
    const seen = new Set<string>();
    return rows.filter(filter).flatMap((row) => {
      if (seen.has(row.email)) return [];
      seen.add(row.email);
      return [{ email: row.email, xmpp: row.xmpp_address, openpgpKey: row.openpgp_key }];
    });
  }

  async function teamRecipients(dbOrTrx: Db): Promise<Recipient[]> {
    const rows = await dbOrTrx.selectFrom('users').select(['email', 'xmpp_address', 'openpgp_key']).where('role', 'in', ['team', 'admin']).where('disabled_at', 'is', null).execute();
    return rows.map((row) => ({ email: row.email, xmpp: row.xmpp_address, openpgpKey: row.openpgp_key }));
  }

  async function nextCaseId(trx: Trx, now: Date): Promise<string> {
    const year = now.getUTCFullYear();
    const { rows } = await sql<{ last: number }>`
      INSERT INTO case_sequences (year, last) VALUES (${year}, 1)
      ON CONFLICT (year) DO UPDATE SET last = case_sequences.last + 1
      RETURNING last`.execute(trx);
    return `XSF-${year}-${String(rows[0]!.last).padStart(4, '0')}`;
  }

  async function addParticipantInTransaction(trx: Trx, caseId: string, userId: string, role: CaseRole, projectKey: string | null): Promise<boolean> {
    const result = await sql`
      INSERT INTO case_participants (id, case_id, user_id, role, project_key, added_at)
      VALUES (${randomUUID()}, ${caseId}, ${userId}, ${role}, ${projectKey}, ${clock.now()})
      ON CONFLICT DO NOTHING`.execute(trx);
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  /** Adds a project to a case; a listed one brings its maintainers, who are invited and get a response deadline. */
  async function addProjectInTransaction(trx: Trx, caseId: string, project: ReportProject): Promise<{ projectKey: string; invited: string[] }> {
    const now = clock.now();
    const listed = project.slug ? await deps.directory.project(trx, project.slug) : undefined;
    if (project.slug && !listed) throw badRequest('unknown_project', `There is no project "${project.slug}" in the directory. Add it as an unlisted project by name instead.`);
    const projectKey = listed ? listed.slug : unlistedKey(project.name);
    const maintainers = listed ? await deps.directory.maintainers(trx, listed.slug) : [];
    const inserted = await sql`
      INSERT INTO case_projects (case_id, project_key, project_slug, display_name, status, statement, fixed_versions, invited_at, response_due_at, updated_at)
      VALUES (${caseId}, ${projectKey}, ${listed?.slug ?? null}, ${listed?.name ?? project.name.trim()}, 'not_assessed', '', '[]'::jsonb,
              ${maintainers.length > 0 ? now : null}, ${maintainers.length > 0 ? new Date(now.getTime() + MAINTAINER_RESPONSE_WITHIN_MS) : null}, ${now})
      ON CONFLICT DO NOTHING`.execute(trx);
    if (Number(inserted.numAffectedRows ?? 0) === 0) throw conflict('project_in_case', `${listed?.name ?? project.name} is in case ${caseId} already.`);
    const invited: string[] = [];
    for (const maintainer of maintainers) {
      if (await addParticipantInTransaction(trx, caseId, maintainer.userId, 'maintainer', projectKey)) invited.push(maintainer.email);
    }
    if (invited.length > 0) {
      await notifier.enqueue(trx, {
        category: 'case.invitation',
        to: invited.map((email) => ({ email })),
        subject: `[${caseId}] Security case for ${listed?.name ?? project.name}: your response is requested`,
        text: `The XMPP Standards Foundation's security team invites you, as a maintainer of ${listed?.name ?? project.name}, to coordinate on security case ${caseId}.\n\nThe details are under embargo: sign in to read them and state whether your project is affected within 14 days.\n\n${caseLink(caseId)}\n`,
      });
    }
    return { projectKey, invited };
  }

  async function loadProjects(dbOrTrx: Db, caseId: string): Promise<CaseProjectView[]> {
    const rows = await dbOrTrx.selectFrom('case_projects').selectAll().where('case_id', '=', caseId).orderBy(sql`lower(display_name) COLLATE "C"`).orderBy('project_key').execute();
    return rows.map((row) => ({
      projectKey: row.project_key,
      projectSlug: row.project_slug,
      displayName: row.display_name,
      status: row.status,
      statement: row.statement,
      introducedIn: row.introduced_in,
      fixedIn: row.fixed_in,
      fixedVersions: row.fixed_versions,
      invitedAt: row.invited_at,
      responseDueAt: row.response_due_at,
      firstResponseAt: row.first_response_at,
      updatedAt: row.updated_at,
    }));
  }

  async function addEventPost(trx: Trx, caseId: string, thread: string, actor: Actor, body: string, visibility: PostVisibility = 'shared') {
    await trx.insertInto('case_posts').values({ id: randomUUID(), case_id: caseId, thread, visibility, kind: 'event', author_id: actor.kind === 'user' ? actor.userId : null, author_label: actorLabel(actor), body, created_at: clock.now() }).execute();
  }

  const service = {
    /** Used by triage: a new case from a report, with its projects, the default embargo and the acting coordinator. */
    async createInTransaction(trx: Trx, actor: Actor, input: { title: string; summary: string; projects: ReportProject[]; reporterUserId?: string | null; severity?: Severity | null }): Promise<string> {
      const now = clock.now();
      const id = await nextCaseId(trx, now);
      const embargoAt = new Date(now.getTime() + DEFAULT_EMBARGO_MS);
      await trx.insertInto('cases').values({ id, title: input.title.trim().slice(0, 300), summary: input.summary, severity: input.severity ?? null, state: 'triage', embargo_at: embargoAt, statuses_shared: false, version: 1, created_at: now, accepted_at: now, published_at: null, closed_at: null, close_reason: null }).execute();
      await trx.insertInto('case_embargo_changes').values({ id: randomUUID(), case_id: id, from_at: null, to_at: embargoAt, reason: 'Proposed by default: 90 days after acceptance.', changed_by: actorLabel(actor), changed_at: now }).execute();
      if (actor.kind === 'user') await addParticipantInTransaction(trx, id, actor.userId, 'coordinator', null);
      if (input.reporterUserId) await addParticipantInTransaction(trx, id, input.reporterUserId, 'reporter', null);
      for (const project of input.projects) await addProjectInTransaction(trx, id, project);
      return id;
    },

    addParticipantInTransaction,

    async create(actor: Actor, input: { title: string; summary?: string | undefined; severity?: Severity | null | undefined; projects?: ReportProject[] | undefined }): Promise<CaseView> {
      casePolicy.assert(actor, 'case.create');
      if (!input.title.trim()) throw badRequest('title_required', 'Give the case a title.');
      const id = await mutations.run(actor, async (trx) => {
        const created = await service.createInTransaction(trx, actor, { title: input.title, summary: input.summary ?? '', projects: input.projects ?? [], severity: input.severity ?? null });
        return { result: created, audit: { action: 'case.create', subject: { type: 'case', id: created } } };
      });
      return service.get(actor, id);
    },

    async list(actor: Actor, filter: { state?: CaseState | undefined } = {}) {
      casePolicy.assert(actor, 'case.list');
      let query = db.selectFrom('cases').select(['id', 'title', 'state', 'severity', 'embargo_at', 'created_at', 'version']).where(visibleCasesCondition(actor)).orderBy('created_at', 'desc').limit(500);
      if (filter.state) query = query.where('state', '=', filter.state);
      const rows = await query.execute();
      return rows.map((row) => ({ id: row.id, title: row.title, state: row.state, severity: row.severity, embargoAt: row.embargo_at, createdAt: row.created_at, version: row.version }));
    },

    async get(actor: Actor, caseId: string): Promise<CaseView> {
      const access = await requireAccess(db, actor, caseId);
      const row = (await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst())!;
      const team = access.level === 'team';
      const now = clock.now();
      const projects = (await loadProjects(db, caseId)).filter((project) => canSeeProject(access, project.projectKey, row.statuses_shared));
      const participantRows = await db
        .selectFrom('case_participants')
        .innerJoin('users', 'users.id', 'case_participants.user_id')
        .select(['users.id as userId', 'users.email', 'users.display_name as displayName', 'case_participants.role', 'case_participants.project_key as projectKey'])
        .where('case_participants.case_id', '=', caseId)
        .orderBy('case_participants.added_at')
        .execute();
      const myId = actor.kind === 'user' ? actor.userId : undefined;
      // Other vendors' people stay private unless the coordinators share statuses.
      const participants = participantRows.filter((participant) => team || row.statuses_shared || participant.role === 'coordinator' || participant.userId === myId);
      const embargoChanges = await db.selectFrom('case_embargo_changes').select(['from_at', 'to_at', 'reason', 'changed_by', 'changed_at']).where('case_id', '=', caseId).orderBy('changed_at').execute();
      const vulnerabilities = await db.selectFrom('case_vulnerabilities').select(['id', 'title', 'cve_id']).where('case_id', '=', caseId).orderBy('created_at').execute();
      const reports = team ? await db.selectFrom('reports').select(['id', 'reference', 'status']).where('case_id', '=', caseId).execute() : [];
      const deadlines = team
        ? [
            ...(await db.selectFrom('case_projects').select(['case_id', 'project_key', 'display_name', 'response_due_at', 'first_response_at']).where('case_id', '=', caseId).execute()).flatMap((project) => maintainerResponseDeadline(project, now) ?? []),
            ...dueEmbargoReminders(row, now),
          ]
        : [];
      return {
        id: row.id,
        title: row.title,
        summary: row.summary,
        severity: row.severity,
        state: row.state,
        embargoAt: row.embargo_at,
        statusesShared: row.statuses_shared,
        version: row.version,
        createdAt: row.created_at,
        acceptedAt: row.accepted_at,
        publishedAt: row.published_at,
        closedAt: row.closed_at,
        access: access.level,
        myRoles: access.level === 'team' ? [] : access.roles,
        myProjectKeys: access.level === 'team' ? [] : access.projectKeys,
        projects,
        participants,
        embargoChanges: embargoChanges.map((change) => ({ fromAt: change.from_at, toAt: change.to_at, reason: change.reason, changedBy: change.changed_by, changedAt: change.changed_at })),
        vulnerabilities: vulnerabilities.map((item) => ({ id: item.id, title: item.title, cveId: item.cve_id })),
        reports,
        deadlines,
      };
    },

    /** What a reporter without an account sees of their case through the tracking link. */
    async reporterView(caseId: string) {
      const row = await db.selectFrom('cases').select(['id', 'state', 'embargo_at', 'published_at', 'statuses_shared']).where('id', '=', caseId).executeTakeFirst();
      if (!row) return undefined;
      const projects = row.statuses_shared ? (await loadProjects(db, caseId)).map((project) => ({ displayName: project.displayName, status: project.status, fixedIn: project.fixedIn })) : [];
      const vulnerabilities = await db.selectFrom('case_vulnerabilities').select(['cve_id']).where('case_id', '=', caseId).execute();
      return { id: row.id, state: row.state, embargoAt: row.embargo_at, publishedAt: row.published_at, projects, cveIds: vulnerabilities.flatMap((item) => (item.cve_id ? [item.cve_id] : [])) };
    },

    async update(actor: Actor, caseId: string, expectedVersion: number, patch: CaseUpdate): Promise<CaseView> {
      casePolicy.assert(actor, 'case.update');
      await mutations.run(actor, async (trx) => {
        const row = await lockCase(trx, caseId, expectedVersion);
        const changes: Record<string, unknown> = {};
        if (patch.title !== undefined) {
          if (!patch.title.trim()) throw badRequest('title_required', 'A case needs a title.');
          changes.title = patch.title.trim().slice(0, 300);
        }
        if (patch.summary !== undefined) changes.summary = patch.summary;
        if (patch.severity !== undefined) changes.severity = patch.severity;
        if (patch.statusesShared !== undefined) changes.statuses_shared = patch.statusesShared;
        if (patch.state !== undefined && patch.state !== row.state) {
          if (!MANUAL_TRANSITIONS[row.state].includes(patch.state)) {
            throw conflict('invalid_transition', `A case cannot go from ${row.state} to ${patch.state} by hand${patch.state === 'scheduled' || patch.state === 'published' ? ': schedule the publication instead' : ''}.`);
          }
          if ((patch.state === 'rejected' || patch.state === 'closed') && !patch.reason?.trim()) throw badRequest('reason_required', `Give a reason for moving the case to ${patch.state}.`);
          changes.state = patch.state;
          if (patch.state === 'closed' || patch.state === 'rejected') {
            changes.closed_at = clock.now();
            changes.close_reason = patch.reason!.trim();
          }
          await addEventPost(trx, caseId, 'general', actor, `The case moved from ${row.state} to ${patch.state}.`);
        }
        if (Object.keys(changes).length === 0) throw badRequest('nothing_to_change', 'The update changes nothing.');
        await trx.updateTable('cases').set(changes).where('id', '=', caseId).execute();
        await bumpVersion(trx, caseId);
        return { result: undefined, audit: { action: 'case.update', subject: { type: 'case', id: caseId }, details: { fields: Object.keys(changes), ...(changes.state ? { from: row.state, to: changes.state } : {}) } } };
      });
      return service.get(actor, caseId);
    },

    /** The embargo is one instant in UTC. Every change has a reason, is audited and reaches everyone in the case. */
    async setEmbargo(actor: Actor, caseId: string, expectedVersion: number, embargoAt: Date | null, reason: string): Promise<CaseView> {
      casePolicy.assert(actor, 'case.embargo');
      if (!reason.trim()) throw badRequest('reason_required', 'Say why the embargo changes: everyone in the case is told.');
      if (embargoAt && Number.isNaN(embargoAt.getTime())) throw badRequest('invalid_instant', 'The embargo must be a valid instant.');
      await mutations.run(actor, async (trx) => {
        const row = await lockCase(trx, caseId, expectedVersion);
        if (row.state === 'published' || row.state === 'closed') throw conflict('case_published', `Case ${caseId} is ${row.state}: its embargo is over.`);
        const now = clock.now();
        if (embargoAt && embargoAt <= now) throw badRequest('embargo_in_past', 'The embargo must end in the future.');
        await trx.updateTable('cases').set({ embargo_at: embargoAt }).where('id', '=', caseId).execute();
        await trx.insertInto('case_embargo_changes').values({ id: randomUUID(), case_id: caseId, from_at: row.embargo_at, to_at: embargoAt, reason: reason.trim(), changed_by: actorLabel(actor), changed_at: now }).execute();
        await bumpVersion(trx, caseId);
        const when = embargoAt ? utcText(embargoAt) : 'no date (open-ended)';
        await addEventPost(trx, caseId, 'general', actor, `The embargo now ends at ${when}. Reason: ${reason.trim()}`);
        const recipients = await caseRecipients(trx, caseId);
        if (recipients.length > 0) {
          const change = `The embargo on case ${caseId} was changed.\n\nNew end: ${when}\nPrevious end: ${row.embargo_at ? utcText(row.embargo_at) : 'none'}\n`;
          await notifier.enqueue(trx, {
            category: 'case.embargo_change',
            to: recipients,
            subject: `[${caseId}] The embargo now ends at ${when}`,
            text: `${change}\nSign in to read the reason.\n\n${caseLink(caseId)}\n`,
            sensitiveText: `${change}Reason: ${reason.trim()}\n\n${caseLink(caseId)}\n`,
          });
        }
        return { result: undefined, audit: { action: 'case.embargo_change', subject: { type: 'case', id: caseId }, details: { from: row.embargo_at?.toISOString() ?? null, to: embargoAt?.toISOString() ?? null } } };
      });
      return service.get(actor, caseId);
    },

    async addProject(actor: Actor, caseId: string, expectedVersion: number, project: { slug?: string | undefined; name?: string | undefined }): Promise<CaseView> {
      casePolicy.assert(actor, 'case.manage_projects');
      const name = project.name?.trim() ?? '';
      if (!project.slug && !name) throw badRequest('project_required', 'Name the project, or choose it from the directory.');
      await mutations.run(actor, async (trx) => {
        await lockCase(trx, caseId, expectedVersion);
        const { projectKey, invited } = await addProjectInTransaction(trx, caseId, { slug: project.slug ?? null, name: name || project.slug! });
        await bumpVersion(trx, caseId);
        return { result: undefined, audit: { action: 'case.project_add', subject: { type: 'case', id: caseId }, details: { projectKey, invited: invited.length } } };
      });
      return service.get(actor, caseId);
    },

    async addParticipant(actor: Actor, caseId: string, input: { email: string; role: CaseRole; projectKey?: string | undefined }): Promise<CaseView> {
      casePolicy.assert(actor, 'case.manage_participants');
      await mutations.run(actor, async (trx) => {
        await lockCase(trx, caseId, undefined);
        const user = await trx.selectFrom('users').select(['id', 'role', 'email', 'disabled_at']).where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.trim().toLowerCase())).executeTakeFirst();
        if (!user || user.disabled_at) throw notFound(`An active account for ${input.email}`);
        const projectKey = input.projectKey ?? null;
        if (input.role === 'maintainer') {
          if (!projectKey) throw badRequest('project_required', 'A maintainer speaks for one of the case\'s projects: name it.');
          const project = await trx.selectFrom('case_projects').select('project_key').where('case_id', '=', caseId).where('project_key', '=', projectKey).executeTakeFirst();
          if (!project) throw badRequest('unknown_project', `${projectKey} is not a project of case ${caseId}.`);
          if (user.role !== 'maintainer' && user.role !== 'team' && user.role !== 'admin') throw badRequest('not_a_maintainer', `${user.email} does not have the maintainer role.`);
          await trx.updateTable('case_projects').set((eb) => ({ invited_at: eb.fn.coalesce('invited_at', eb.val(clock.now())), response_due_at: eb.fn.coalesce('response_due_at', eb.val(new Date(clock.now().getTime() + MAINTAINER_RESPONSE_WITHIN_MS))) })).where('case_id', '=', caseId).where('project_key', '=', projectKey).execute();
        }
        if (input.role === 'coordinator' && user.role !== 'team' && user.role !== 'admin') throw badRequest('not_team', 'Coordinators are members of the security team.');
        if (!(await addParticipantInTransaction(trx, caseId, user.id, input.role, input.role === 'maintainer' ? projectKey : null))) throw conflict('already_participant', `${user.email} is in the case already in that role.`);
        await notifier.enqueue(trx, { category: 'case.invitation', to: [{ email: user.email }], subject: `[${caseId}] You were added to a security case`, text: `You were added to security case ${caseId} as ${input.role}. The details are under embargo: sign in to read them.\n\n${caseLink(caseId)}\n` });
        return { result: undefined, audit: { action: 'case.participant_add', subject: { type: 'case', id: caseId }, details: { userId: user.id, role: input.role, projectKey } } };
      });
      return service.get(actor, caseId);
    },

    async removeParticipant(actor: Actor, caseId: string, userId: string, role: CaseRole): Promise<CaseView> {
      casePolicy.assert(actor, 'case.manage_participants');
      await mutations.run(actor, async (trx) => {
        await lockCase(trx, caseId, undefined);
        const removed = await trx.deleteFrom('case_participants').where('case_id', '=', caseId).where('user_id', '=', userId).where('role', '=', role).executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) throw notFound('That participant');
        return { result: undefined, audit: { action: 'case.participant_remove', subject: { type: 'case', id: caseId }, details: { userId, role } } };
      });
      return service.get(actor, caseId);
    },

    /** A project's own statement: by the team, or by the project's maintainers in the case. */
    async setProjectStatus(actor: Actor, caseId: string, projectKey: string, input: { status: ProjectStatus; statement?: string | undefined; fixedIn?: string | null | undefined; introducedIn?: string | null | undefined; fixedVersions?: string[] | undefined }): Promise<CaseProjectView> {
      casePolicy.assert(actor, 'case.project_status');
      const access = await requireAccess(db, actor, caseId);
      if (access.level !== 'team' && !access.projectKeys.includes(projectKey)) {
        // A maintainer may know the project is there (statuses shared) but still may not speak for it.
        const statusesShared = (await db.selectFrom('cases').select('statuses_shared').where('id', '=', caseId).executeTakeFirstOrThrow()).statuses_shared;
        if (!statusesShared) throw notFound(`Project ${projectKey} in case ${caseId}`);
        throw forbidden(`Only ${projectKey}'s maintainers and the security team can state its status.`);
      }
      if (input.status === 'fixed' && !input.fixedIn?.trim()) throw badRequest('fixed_in_required', 'Say in which version it is fixed.');
      await mutations.run(actor, async (trx) => {
        const project = await trx.selectFrom('case_projects').selectAll().where('case_id', '=', caseId).where('project_key', '=', projectKey).forUpdate().executeTakeFirst();
        if (!project) throw notFound(`Project ${projectKey} in case ${caseId}`);
        const now = clock.now();
        await trx
          .updateTable('case_projects')
          .set({
            status: input.status,
            ...(input.statement !== undefined ? { statement: input.statement.trim() } : {}),
            ...(input.fixedIn !== undefined ? { fixed_in: input.fixedIn?.trim() || null } : {}),
            ...(input.introducedIn !== undefined ? { introduced_in: input.introducedIn?.trim() || null } : {}),
            ...(input.fixedVersions !== undefined ? { fixed_versions: json(input.fixedVersions.map((version) => version.trim()).filter(Boolean)) } : {}),
            first_response_at: project.first_response_at ?? (access.level === 'participant' ? now : null),
            updated_at: now,
          })
          .where('case_id', '=', caseId)
          .where('project_key', '=', projectKey)
          .execute();
        await addEventPost(trx, caseId, projectKey, actor, `Status of ${project.display_name}: ${input.status.replaceAll('_', ' ')}${input.fixedIn ? `, fixed in ${input.fixedIn}` : ''}.`);
        return { result: undefined, audit: { action: 'case.project_status', subject: { type: 'case', id: caseId }, details: { projectKey, from: project.status, to: input.status } } };
      });
      return (await loadProjects(db, caseId)).find((project) => project.projectKey === projectKey)!;
    },

    async post(actor: Actor, caseId: string, input: { thread: string; visibility: PostVisibility; kind?: PostKind | undefined; body: string }): Promise<PostView> {
      casePolicy.assert(actor, 'case.post');
      const access = await requireAccess(db, actor, caseId);
      const threads = visibleThreads(access);
      if (threads !== 'all' && !threads.includes(input.thread)) throw notFound(`Thread ${input.thread} in case ${caseId}`);
      const kind = input.kind ?? 'message';
      if ((input.visibility === 'team' || kind !== 'message') && !casePolicy.can(actor, 'case.post_team_only')) throw forbidden('Only the security team writes team-only posts and contact log entries.');
      if (!input.body.trim()) throw badRequest('empty_message', 'Write a message.');
      if (input.thread !== 'general') {
        const project = await db.selectFrom('case_projects').select('project_key').where('case_id', '=', caseId).where('project_key', '=', input.thread).executeTakeFirst();
        if (!project) throw notFound(`Thread ${input.thread} in case ${caseId}`);
      }
      const post = { id: randomUUID(), case_id: caseId, thread: input.thread, visibility: input.visibility, kind, author_id: actor.kind === 'user' ? actor.userId : null, author_label: actorLabel(actor), body: input.body.trim(), created_at: clock.now() };
      await mutations.run(actor, async (trx) => {
        await trx.insertInto('case_posts').values(post).execute();
        if (access.level === 'participant' && input.thread !== 'general') {
          await trx.updateTable('case_projects').set((eb) => ({ first_response_at: eb.fn.coalesce('first_response_at', eb.val(post.created_at)) })).where('case_id', '=', caseId).where('project_key', '=', input.thread).execute();
        }
        const author = actor.kind === 'user' ? actor.email : undefined;
        const recipients = (
          input.visibility === 'team'
            ? await caseRecipients(trx, caseId, (row) => row.role === 'coordinator')
            : await caseRecipients(trx, caseId, (row) => row.role === 'coordinator' || input.thread === 'general' || row.project_key === input.thread)
        ).filter((recipient) => recipient.email !== author);
        if (recipients.length > 0) {
          await notifier.enqueue(trx, { category: 'case.post', to: recipients, subject: `[${caseId}] New message in the ${input.thread === 'general' ? 'general' : input.thread} thread`, text: `There is a new message in case ${caseId}. Sign in to read it.\n\n${caseLink(caseId)}\n` });
        }
        return { result: undefined, audit: { action: 'case.post', subject: { type: 'case', id: caseId }, details: { postId: post.id, thread: input.thread, visibility: input.visibility, kind } } };
      });
      return { id: post.id, thread: post.thread, visibility: post.visibility, kind: post.kind, authorLabel: post.author_label, body: post.body, createdAt: post.created_at };
    },

    async posts(actor: Actor, caseId: string, thread?: string): Promise<PostView[]> {
      const access = await requireAccess(db, actor, caseId);
      const threads = visibleThreads(access);
      let query = db.selectFrom('case_posts').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id');
      if (threads !== 'all') query = query.where('visibility', '=', 'shared').where('thread', 'in', threads);
      if (thread) query = query.where('thread', '=', thread);
      const rows = await query.execute();
      return rows.map((row) => ({ id: row.id, thread: row.thread, visibility: row.visibility, kind: row.kind, authorLabel: row.author_label, body: row.body, createdAt: row.created_at }));
    },

    async addVulnerability(actor: Actor, caseId: string, title: string): Promise<{ id: string }> {
      casePolicy.assert(actor, 'case.update');
      if (!title.trim()) throw badRequest('title_required', 'Give the vulnerability a title.');
      const id = randomUUID();
      await mutations.run(actor, async (trx) => {
        await lockCase(trx, caseId, undefined);
        await trx.insertInto('case_vulnerabilities').values({ id, case_id: caseId, title: title.trim().slice(0, 300), cve_id: null, created_at: clock.now() }).execute();
        await bumpVersion(trx, caseId);
        return { result: undefined, audit: { action: 'case.vulnerability_add', subject: { type: 'case', id: caseId }, details: { vulnerabilityId: id } } };
      });
      return { id };
    },

    /** The team's overview: new reports, overdue deadlines and embargoes ending within two weeks. */
    async dashboard(actor: Actor) {
      casePolicy.assert(actor, 'case.dashboard');
      const now = clock.now();
      const newReports = await db.selectFrom('reports').select(['id', 'reference', 'title', 'received_at', 'acknowledged_at', 'status']).where('status', '=', 'new').orderBy('received_at').execute();
      const openCases = await db.selectFrom('cases').select(['id', 'title', 'state', 'embargo_at']).where('state', 'in', ['triage', 'coordinating', 'scheduled']).execute();
      const projects = await db.selectFrom('case_projects').innerJoin('cases', 'cases.id', 'case_projects.case_id').select(['case_projects.case_id', 'case_projects.project_key', 'case_projects.display_name', 'case_projects.response_due_at', 'case_projects.first_response_at']).where('cases.state', 'in', ['triage', 'coordinating', 'scheduled']).execute();
      const deadlines = [...newReports.flatMap((report) => reportAcknowledgementDeadline(report, now) ?? []), ...projects.flatMap((project) => maintainerResponseDeadline(project, now) ?? [])].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
      const soon = new Date(now.getTime() + 14 * 86_400_000);
      return {
        newReports: newReports.map((report) => ({ id: report.id, reference: report.reference, title: report.title, receivedAt: report.received_at })),
        overdue: deadlines.filter((deadline) => deadline.overdue),
        upcoming: deadlines.filter((deadline) => !deadline.overdue),
        embargoesEndingSoon: openCases.filter((kase) => kase.embargo_at && kase.embargo_at > now && kase.embargo_at <= soon).map((kase) => ({ id: kase.id, title: kase.title, state: kase.state, embargoAt: kase.embargo_at! })),
        openCases: openCases.length,
      };
    },

    /** Sends each due reminder once (by its key), by e-mail and XMPP through the outbox. */
    async sendDueReminders(actor: Actor): Promise<number> {
      const now = clock.now();
      const newReports = await db.selectFrom('reports').select(['id', 'reference', 'received_at', 'acknowledged_at', 'status']).where('status', '=', 'new').execute();
      const openCases = await db.selectFrom('cases').select(['id', 'embargo_at', 'state']).where('state', 'in', ['triage', 'coordinating', 'scheduled']).execute();
      const projects = await db.selectFrom('case_projects').innerJoin('cases', 'cases.id', 'case_projects.case_id').select(['case_projects.case_id', 'case_projects.project_key', 'case_projects.display_name', 'case_projects.response_due_at', 'case_projects.first_response_at']).where('cases.state', 'in', ['triage', 'coordinating', 'scheduled']).execute();
      const due = [
        ...newReports.flatMap((report) => reportAcknowledgementDeadline(report, now) ?? []).filter((deadline) => deadline.overdue),
        ...projects.flatMap((project) => maintainerResponseDeadline(project, now) ?? []).filter((deadline) => deadline.overdue),
        ...openCases.flatMap((kase) => dueEmbargoReminders(kase, now)),
      ];
      if (due.length === 0) return 0;
      const already = new Set((await db.selectFrom('reminders_sent').select('key').where('key', 'in', due.map((deadline) => deadline.key)).execute()).map((row) => row.key));
      let sent = 0;
      for (const deadline of due.filter((item) => !already.has(item.key))) {
        await mutations.run(actor, async (trx) => {
          const claimed = await trx.insertInto('reminders_sent').values({ key: deadline.key, sent_at: now }).onConflict((c) => c.column('key').doNothing()).executeTakeFirst();
          if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return { result: undefined, audit: { action: 'reminder.skipped', details: { key: deadline.key } } };
          const team = await teamRecipients(trx);
          const recipients =
            deadline.kind === 'acknowledge_report'
              ? team
              : deadline.kind === 'maintainer_response'
                ? [...(await caseRecipients(trx, deadline.caseId!, (row) => row.project_key === deadline.projectKey || row.role === 'coordinator'))]
                : await caseRecipients(trx, deadline.caseId!);
          if (recipients.length > 0) {
            const link = deadline.caseId ? caseLink(deadline.caseId) : `${deps.publicUrl}/console/reports`;
            await notifier.enqueue(trx, { category: `reminder.${deadline.kind}`, to: recipients, subject: `Reminder: ${deadline.label}`, text: `${deadline.label}.\nDue: ${utcText(deadline.dueAt)}\n\n${link}\n` });
          }
          sent++;
          return { result: undefined, audit: { action: 'reminder.sent', subject: deadline.caseId ? { type: 'case', id: deadline.caseId } : { type: 'report', id: deadline.reportId! }, details: { key: deadline.key, kind: deadline.kind } } };
        });
      }
      return sent;
    },

  };
  return service;
}

export type CaseService = ReturnType<typeof createCaseService>;
