import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { actorLabel } from '../../authz/actor.ts';
import { isPublished, publishedCondition } from '../../authz/embargo.ts';
import type { Clock } from '../../clock.ts';
import { readPublicKeyInfo } from '../../crypto/openpgp.ts';
import { json } from '../../db/json.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { newSecret, secretHash } from '../accounts/secrets.ts';
import type { Notifier } from '../cases/ports.ts';
import type { XmppOutbox } from '../../xmpp/outbox.ts';
import { advisoryText, draftFromCase, withCurrentFacts } from './content.ts';
import type { AdvisoryContent, CaseFacts } from './content.ts';
import { advisoryPolicy } from './policy.ts';
import type { CaseCveRecords } from './ports.ts';
import type { AdvisoryState } from './tables.ts';

type Trx = Transaction<Database>;
type Db = Kysely<Database> | Trx;

const STEP_RETRY_MS = 60_000;
const STEP_MAX_RETRY_MS = 3_600_000;
const STEP_MAX_ATTEMPTS = 10;

export interface PublishedAdvisory {
  id: string;
  revision: number;
  publishedAt: Date;
  updatedAt: Date;
  content: AdvisoryContent;
}

export interface DraftView {
  id: string;
  caseId: string;
  state: AdvisoryState;
  draft: AdvisoryContent;
  approvedAt: Date | null;
  approvedBy: string | null;
  publishedAt: Date | null;
  revision: number;
  /** What stops approval (no embargo, records that would not validate, …). */
  blockers: string[];
  steps: { step: string; revision: number; status: string; attempts: number; lastError: string | null; doneAt: Date | null }[];
}

export function createAdvisoryService(deps: {
  db: Kysely<Database>;
  mutations: Mutations;
  clock: Clock;
  publicUrl: string;
  notifier: Notifier;
  xmpp: XmppOutbox;
  room: string | undefined;
  records: CaseCveRecords;
}) {
  const { db, mutations, clock, notifier, records } = deps;
  const advisoryLink = (id: string) => `${deps.publicUrl}/advisories/${id}`;

  async function caseFacts(dbOrTrx: Db, caseId: string): Promise<CaseFacts> {
    const kase = await dbOrTrx.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirst();
    if (!kase) throw notFound(`Case ${caseId}`);
    const projects = await dbOrTrx.selectFrom('case_projects').selectAll().where('case_id', '=', caseId).execute();
    const vulnerabilities = await dbOrTrx.selectFrom('case_vulnerabilities').select('cve_id').where('case_id', '=', caseId).where('cve_id', 'is not', null).orderBy('cve_id').execute();
    const reports = await dbOrTrx.selectFrom('reports').select(['received_at', 'credit_consent', 'credit_as']).where('case_id', '=', caseId).orderBy('received_at').execute();
    return {
      title: kase.title,
      summary: kase.summary,
      severity: kase.severity,
      acceptedAt: kase.accepted_at,
      firstReportAt: reports[0]?.received_at ?? null,
      embargoAt: kase.embargo_at,
      projects: projects
        .sort((a, b) => a.display_name.localeCompare(b.display_name, 'en'))
        .map((project) => ({ name: project.display_name, slug: project.project_slug, status: project.status, fixedIn: project.fixed_in, fixedVersions: project.fixed_versions, statement: project.statement })),
      cveIds: vulnerabilities.map((row) => row.cve_id!),
      credits: [
        ...reports.flatMap((report) => (report.credit_consent && report.credit_as ? [{ name: report.credit_as, role: 'finder' }] : [])),
        { name: 'XMPP Standards Foundation security team', role: 'coordinator' },
      ],
    };
  }

  async function loadAdvisory(dbOrTrx: Db, caseId: string) {
    return dbOrTrx.selectFrom('advisories').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  }

  async function blockers(dbOrTrx: Db, caseId: string): Promise<string[]> {
    const kase = await dbOrTrx.selectFrom('cases').select(['embargo_at', 'state', 'summary']).where('id', '=', caseId).executeTakeFirstOrThrow();
    const problems: string[] = [];
    const summary = (await loadAdvisory(dbOrTrx, caseId))?.draft.summary ?? kase.summary;
    if (!summary.trim()) problems.push('Write the advisory summary: it is what the public reads.');
    if (!kase.embargo_at) problems.push('Set the embargo: publication happens at its end.');
    else if (kase.embargo_at <= clock.now()) problems.push('The embargo has ended already: set a new instant in the future.');
    if (!['triage', 'coordinating', 'scheduled'].includes(kase.state)) problems.push(`The case is ${kase.state}.`);
    for (const record of await records.check(dbOrTrx, caseId)) {
      for (const problem of record.problems) problems.push(`${record.cveId}: ${problem}`);
    }
    return problems;
  }

  async function ensureDraft(trx: Trx, caseId: string) {
    const existing = await loadAdvisory(trx, caseId);
    if (existing) return existing;
    const draft = draftFromCase(await caseFacts(trx, caseId));
    await trx.insertInto('advisories').values({ id: caseId, case_id: caseId, state: 'draft', draft: json(draft), approved_at: null, approved_by: null, published_at: null, revision: 0, updated_at: clock.now() }).execute();
    return (await loadAdvisory(trx, caseId))!;
  }

  async function view(caseId: string): Promise<DraftView> {
    const row = await loadAdvisory(db, caseId);
    const draft = row?.draft ?? draftFromCase(await caseFacts(db, caseId));
    const steps = row ? await db.selectFrom('publication_steps').selectAll().where('advisory_id', '=', row.id).orderBy('revision').orderBy('step').execute() : [];
    return {
      id: caseId,
      caseId,
      state: row?.state ?? 'draft',
      draft,
      approvedAt: row?.approved_at ?? null,
      approvedBy: row?.approved_by ?? null,
      publishedAt: row?.published_at ?? null,
      revision: row?.revision ?? 0,
      blockers: row?.state === 'published' ? [] : await blockers(db, caseId),
      steps: steps.map((step) => ({ step: step.step, revision: step.revision, status: step.status, attempts: step.attempts, lastError: step.last_error, doneAt: step.done_at })),
    };
  }

  async function bumpCase(trx: Trx, caseId: string, expectedVersion: number) {
    const kase = await trx.selectFrom('cases').select(['version', 'state']).where('id', '=', caseId).forUpdate().executeTakeFirst();
    if (!kase) throw notFound(`Case ${caseId}`);
    if (kase.version !== expectedVersion) throw conflict('case_conflict', `Case ${caseId} was changed by someone else meanwhile (you saw version ${expectedVersion}, it is at ${kase.version}). Reload and try again.`, { currentVersion: kase.version });
    await trx.updateTable('cases').set({ version: kase.version + 1 }).where('id', '=', caseId).execute();
    return kase;
  }

  /** Everything that becomes public at the instant becomes public in this one transaction. */
  async function publishOne(actor: Actor, caseId: string): Promise<boolean> {
    const viaCveServices = await records.cveServicesConfigured();
    return mutations.run(actor, async (trx) => {
      const kase = await trx.selectFrom('cases').selectAll().where('id', '=', caseId).forUpdate().executeTakeFirstOrThrow();
      const advisory = await trx.selectFrom('advisories').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirst();
      const now = clock.now();
      // Checked again under the lock: a second worker, a restart or a clock jump publishes nothing twice and nothing early.
      if (!advisory || advisory.state !== 'approved' || !kase.embargo_at || kase.embargo_at > now) {
        return { result: false, audit: { action: 'advisory.publish_skipped', subject: { type: 'case', id: caseId } } };
      }
      const at = kase.embargo_at;
      const content = withCurrentFacts(advisory.draft, await caseFacts(trx, caseId), at);
      await trx.updateTable('advisories').set({ state: 'published', published_at: at, revision: 1, draft: json(content), updated_at: now }).where('id', '=', advisory.id).execute();
      await trx.insertInto('advisory_revisions').values({ advisory_id: advisory.id, revision: 1, content: json(content), note: 'First publication.', published_at: at }).execute();
      await trx.updateTable('cases').set((eb) => ({ state: 'published', published_at: at, version: eb('version', '+', 1) })).where('id', '=', caseId).execute();
      const cveIds = await records.markPublished(trx, caseId, at);
      if (viaCveServices) {
        for (const cveId of cveIds) {
          await trx.insertInto('publication_steps').values({ id: randomUUID(), advisory_id: advisory.id, revision: 1, step: `cve-services:${cveId}`, status: 'pending', attempts: 0, next_attempt_at: now, last_error: null, done_at: null }).execute();
        }
      }
      await announce(trx, advisory.id, content, 'New security advisory');
      const participants = await trx.selectFrom('case_participants').innerJoin('users', 'users.id', 'case_participants.user_id').select(['users.email', 'users.xmpp_address', 'users.openpgp_key']).where('case_participants.case_id', '=', caseId).where('users.disabled_at', 'is', null).distinct().execute();
      if (participants.length > 0) {
        await notifier.enqueue(trx, { category: 'case.published', to: participants.map((row) => ({ email: row.email, xmpp: row.xmpp_address, openpgpKey: row.openpgp_key })), subject: `[${caseId}] Published: the embargo has ended`, text: `The advisory for case ${caseId} is public now.\n\n${advisoryLink(advisory.id)}\n` });
      }
      return { result: true, audit: { action: 'advisory.publish', subject: { type: 'case', id: caseId }, details: { advisoryId: advisory.id, cveIds, at: at.toISOString() } } };
    });
  }

  /** The subscribers' e-mails and the group chat message, queued in the publishing transaction. */
  async function announce(trx: Trx, id: string, content: AdvisoryContent, prefix: string) {
    const subscribers = await trx.selectFrom('subscribers').select(['email', 'openpgp_key']).where('confirmed_at', 'is not', null).execute();
    const text = advisoryText(id, content, advisoryLink(id));
    for (const subscriber of subscribers) {
      await notifier.enqueue(trx, { category: 'advisory.announce', to: [{ email: subscriber.email, openpgpKey: subscriber.openpgp_key }], subject: `[${id}] ${content.title}`, text: `${text}\nUnsubscribe: ${deps.publicUrl}/subscriptions (link in your confirmation e-mail)\n` });
    }
    if (deps.room) await deps.xmpp.queue(trx, { to: deps.room, kind: 'groupchat', body: `${prefix} ${id}: ${content.title}${content.cveIds.length > 0 ? ` (${content.cveIds.join(', ')})` : ''}\n${advisoryLink(id)}` }, 'advisory.announce');
  }

  const service = {
    async getDraft(actor: Actor, caseId: string): Promise<DraftView> {
      advisoryPolicy.assert(actor, 'advisory.edit');
      if (!(await db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst())) throw notFound(`Case ${caseId}`);
      return view(caseId);
    },

    async saveDraft(actor: Actor, caseId: string, draft: AdvisoryContent): Promise<DraftView> {
      advisoryPolicy.assert(actor, 'advisory.edit');
      if (!draft.title.trim()) throw badRequest('title_required', 'An advisory needs a title.');
      await mutations.run(actor, async (trx) => {
        const advisory = await ensureDraft(trx, caseId);
        if (advisory.state !== 'draft') throw conflict('advisory_not_draft', advisory.state === 'approved' ? 'The advisory is approved: withdraw the approval to edit it.' : 'The advisory is published: publish a revision instead.');
        await trx.updateTable('advisories').set({ draft: json(draft), updated_at: clock.now() }).where('id', '=', advisory.id).execute();
        return { result: undefined, audit: { action: 'advisory.draft_save', subject: { type: 'case', id: caseId } } };
      });
      return view(caseId);
    },

    /** Approves what is to be published and schedules it for the embargo's end. */
    async approve(actor: Actor, caseId: string, expectedCaseVersion: number): Promise<DraftView> {
      advisoryPolicy.assert(actor, 'advisory.approve');
      await mutations.run(actor, async (trx) => {
        const kase = await bumpCase(trx, caseId, expectedCaseVersion);
        const advisory = await ensureDraft(trx, caseId);
        if (advisory.state !== 'draft') throw conflict('advisory_not_draft', `The advisory is ${advisory.state} already.`);
        const problems = await blockers(trx, caseId);
        if (problems.length > 0) throw new AppError('not_ready', 409, `The advisory cannot be approved yet: ${problems.join(' ')}`, { problems });
        await trx.updateTable('advisories').set({ state: 'approved', approved_at: clock.now(), approved_by: actorLabel(actor), updated_at: clock.now() }).where('id', '=', advisory.id).execute();
        await trx.updateTable('cases').set({ state: 'scheduled' }).where('id', '=', caseId).execute();
        return { result: undefined, audit: { action: 'advisory.approve', subject: { type: 'case', id: caseId }, details: { from: kase.state } } };
      });
      return view(caseId);
    },

    async withdrawApproval(actor: Actor, caseId: string, expectedCaseVersion: number): Promise<DraftView> {
      advisoryPolicy.assert(actor, 'advisory.approve');
      await mutations.run(actor, async (trx) => {
        await bumpCase(trx, caseId, expectedCaseVersion);
        const advisory = await loadAdvisory(trx, caseId);
        if (advisory?.state !== 'approved') throw conflict('advisory_not_approved', 'The advisory is not approved.');
        await trx.updateTable('advisories').set({ state: 'draft', approved_at: null, approved_by: null, updated_at: clock.now() }).where('id', '=', advisory.id).execute();
        await trx.updateTable('cases').set({ state: 'coordinating' }).where('id', '=', caseId).execute();
        return { result: undefined, audit: { action: 'advisory.withdraw_approval', subject: { type: 'case', id: caseId } } };
      });
      return view(caseId);
    },

    /** Publishes every approved advisory whose embargo has ended; run every minute by a job. */
    async publishDue(actor: Actor): Promise<string[]> {
      const now = clock.now();
      const due = await db.selectFrom('advisories').innerJoin('cases', 'cases.id', 'advisories.case_id').select('advisories.case_id').where('advisories.state', '=', 'approved').where('cases.embargo_at', '<=', now).execute();
      const published: string[] = [];
      for (const { case_id } of due) {
        if (await publishOne(actor, case_id)) published.push(case_id);
      }
      return published;
    },

    /** The external steps (CVE Services) after publication: retried with backoff; the team hears of failures. */
    async runPublicationSteps(actor: Actor): Promise<{ done: number; retrying: number; failed: number }> {
      const now = clock.now();
      const due = await db.selectFrom('publication_steps').selectAll().where('status', '=', 'pending').where('next_attempt_at', '<=', now).orderBy('next_attempt_at').limit(50).execute();
      const outcome = { done: 0, retrying: 0, failed: 0 };
      for (const step of due) {
        const cveId = step.step.replace(/^cve-services:/, '');
        try {
          const result = await records.push(cveId);
          await mutations.run(actor, async (trx) => {
            await trx.updateTable('publication_steps').set({ status: 'done', attempts: step.attempts + 1, done_at: clock.now(), last_error: null }).where('id', '=', step.id).execute();
            return { result: undefined, audit: { action: 'advisory.step_done', subject: { type: 'case', id: step.advisory_id }, details: { step: step.step, result } } };
          });
          outcome.done++;
        } catch (error) {
          const message = (error as Error).message.slice(0, 1000);
          const attempts = step.attempts + 1;
          const failed = attempts >= STEP_MAX_ATTEMPTS || (error instanceof AppError && error.status < 500 && error.status !== 429);
          await mutations.run(actor, async (trx) => {
            await trx
              .updateTable('publication_steps')
              .set({ status: failed ? 'failed' : 'pending', attempts, last_error: message, next_attempt_at: new Date(now.getTime() + Math.min(STEP_RETRY_MS * 2 ** (attempts - 1), STEP_MAX_RETRY_MS)) })
              .where('id', '=', step.id)
              .execute();
            const team = await trx.selectFrom('users').select('email').where('role', 'in', ['team', 'admin']).where('disabled_at', 'is', null).execute();
            if (team.length > 0 && (failed || attempts === 1)) {
              await notifier.enqueue(trx, { category: 'advisory.step_failed', to: team.map((row) => ({ email: row.email })), subject: `[${step.advisory_id}] Publication step ${step.step} ${failed ? 'failed' : 'is being retried'}`, text: `The publication step ${step.step} for ${step.advisory_id} ${failed ? 'failed for good' : 'failed and will be retried'}: ${message}\n\n${deps.publicUrl}/console/cases/${step.advisory_id}\n` });
            }
            return { result: undefined, audit: { action: failed ? 'advisory.step_failed' : 'advisory.step_retry', subject: { type: 'case', id: step.advisory_id }, details: { step: step.step, attempts } } };
          });
          if (failed) outcome.failed++;
          else outcome.retrying++;
        }
      }
      return outcome;
    },

    /** A later revision of a published advisory: public at once, with its note in the history. */
    async revise(actor: Actor, caseId: string, draft: AdvisoryContent, note: string): Promise<PublishedAdvisory> {
      advisoryPolicy.assert(actor, 'advisory.revise');
      if (!note.trim()) throw badRequest('note_required', 'Say what this revision changes: it is shown in the history.');
      const viaCveServices = await records.cveServicesConfigured();
      const id = await mutations.run(actor, async (trx) => {
        const advisory = await trx.selectFrom('advisories').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirst();
        if (!advisory || advisory.state !== 'published') throw conflict('advisory_not_published', 'Only a published advisory gets revisions; edit the draft instead.');
        const now = clock.now();
        const revision = advisory.revision + 1;
        await trx.updateTable('advisories').set({ draft: json(draft), revision, updated_at: now }).where('id', '=', advisory.id).execute();
        await trx.insertInto('advisory_revisions').values({ advisory_id: advisory.id, revision, content: json(draft), note: note.trim(), published_at: now }).execute();
        if (viaCveServices) {
          for (const cveId of draft.cveIds) {
            await trx.insertInto('publication_steps').values({ id: randomUUID(), advisory_id: advisory.id, revision, step: `cve-services:${cveId}`, status: 'pending', attempts: 0, next_attempt_at: now, last_error: null, done_at: null }).execute();
          }
        }
        await announce(trx, advisory.id, draft, 'Updated security advisory');
        return { result: advisory.id, audit: { action: 'advisory.revise', subject: { type: 'case', id: caseId }, details: { revision } } };
      });
      return (await service.published(actor, id))!;
    },

    // --- Public ---
    async listPublished(actor: Actor, limit = 50): Promise<PublishedAdvisory[]> {
      advisoryPolicy.assert(actor, 'advisory.read_published');
      const now = clock.now();
      const rows = await db.selectFrom('advisories').selectAll().where(publishedCondition('advisories.published_at', now)).orderBy('published_at', 'desc').limit(Math.min(Math.max(limit, 1), 500)).execute();
      return Promise.all(rows.map((row) => published(db, row.id, now))).then((items) => items.flatMap((item) => item ?? []));
    },

    async published(actor: Actor, id: string): Promise<PublishedAdvisory | undefined> {
      advisoryPolicy.assert(actor, 'advisory.read_published');
      return published(db, id, clock.now());
    },

    async revisions(actor: Actor, id: string): Promise<{ revision: number; note: string; publishedAt: Date; content: AdvisoryContent }[]> {
      advisoryPolicy.assert(actor, 'advisory.read_published');
      if (!(await published(db, id, clock.now()))) throw notFound(`Advisory ${id}`);
      const rows = await db.selectFrom('advisory_revisions').selectAll().where('advisory_id', '=', id).orderBy('revision').execute();
      return rows.map((row) => ({ revision: row.revision, note: row.note, publishedAt: row.published_at, content: row.content }));
    },

    // --- Subscriptions (double opt-in) ---
    async subscribe(actor: Actor, input: { email: string; openpgpKey?: string | undefined }): Promise<void> {
      advisoryPolicy.assert(actor, 'subscription.manage');
      const email = input.email.trim();
      const key = input.openpgpKey?.trim() ? (await readPublicKeyInfo(input.openpgpKey)).armored : null;
      const token = newSecret('xsn');
      await mutations.run(actor, async (trx) => {
        const existing = await trx.selectFrom('subscribers').select(['id']).where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).executeTakeFirst();
        if (existing) {
          await trx.updateTable('subscribers').set({ token_hash: secretHash(token), openpgp_key: key }).where('id', '=', existing.id).execute();
        } else {
          await trx.insertInto('subscribers').values({ id: randomUUID(), email, openpgp_key: key, token_hash: secretHash(token), created_at: clock.now(), confirmed_at: null }).execute();
        }
        await notifier.enqueue(trx, { category: 'subscription.confirm', to: [{ email }], subject: 'Confirm your subscription to XMPP security advisories', text: `Someone (hopefully you) asked to receive the XMPP Standards Foundation's security advisories at this address.\n\nConfirm: ${deps.publicUrl}/subscriptions/confirm#${token}\n\nUnsubscribe at any time: ${deps.publicUrl}/subscriptions/unsubscribe#${token}\n\nIf this was not you, ignore this message.\n` });
        return { result: undefined, audit: { action: 'subscription.request', details: {} } };
      });
    },

    async confirmSubscription(actor: Actor, token: string): Promise<void> {
      advisoryPolicy.assert(actor, 'subscription.manage');
      await mutations.run(actor, async (trx) => {
        const row = await trx.selectFrom('subscribers').select(['id', 'confirmed_at']).where('token_hash', '=', secretHash(token)).executeTakeFirst();
        if (!row) throw notFound('That subscription');
        await trx.updateTable('subscribers').set({ confirmed_at: row.confirmed_at ?? clock.now() }).where('id', '=', row.id).execute();
        return { result: undefined, audit: { action: 'subscription.confirm', subject: { type: 'subscriber', id: row.id } } };
      });
    },

    async unsubscribe(actor: Actor, token: string): Promise<void> {
      advisoryPolicy.assert(actor, 'subscription.manage');
      await mutations.run(actor, async (trx) => {
        const row = await trx.selectFrom('subscribers').select('id').where('token_hash', '=', secretHash(token)).executeTakeFirst();
        if (!row) throw notFound('That subscription');
        await trx.deleteFrom('subscribers').where('id', '=', row.id).execute();
        return { result: undefined, audit: { action: 'subscription.remove', subject: { type: 'subscriber', id: row.id } } };
      });
    },

    /** Yearly figures for the public: counts and medians only, nothing about what is under embargo. */
    async transparency(actor: Actor) {
      advisoryPolicy.assert(actor, 'transparency.read');
      const now = clock.now();
      const reports = await db.selectFrom('reports').select(['received_at', 'acknowledged_at']).execute();
      const cases = await db.selectFrom('cases').select(['id', 'accepted_at', 'published_at']).execute();
      const fixes = await db.selectFrom('case_projects').select(['case_id', 'updated_at', 'status']).where('status', '=', 'fixed').execute();
      const cves = await db.selectFrom('advisories').select(['draft', 'published_at']).where(publishedCondition('advisories.published_at', now)).execute();
      const years = new Set<number>([...reports.map((row) => row.received_at.getUTCFullYear()), ...cases.map((row) => row.accepted_at.getUTCFullYear())]);
      const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 86_400_000;
      return [...years].sort((a, b) => b - a).map((year) => {
        const inYear = (date: Date) => date.getUTCFullYear() === year;
        const yearReports = reports.filter((row) => inYear(row.received_at));
        const yearCases = cases.filter((row) => inYear(row.accepted_at));
        const publishedCases = yearCases.filter((row) => isPublished(row.published_at, now));
        const firstFix = (caseId: string) => fixes.filter((fix) => fix.case_id === caseId).reduce<Date | null>((first, fix) => (!first || fix.updated_at < first ? fix.updated_at : first), null);
        return {
          year,
          reportsReceived: yearReports.length,
          casesOpened: yearCases.length,
          advisoriesPublished: publishedCases.length,
          cvesPublished: cves.filter((row) => row.published_at && inYear(row.published_at)).reduce((sum, row) => sum + row.draft.cveIds.length, 0),
          medianDaysToAcknowledge: median(yearReports.flatMap((row) => (row.acknowledged_at ? [days(row.received_at, row.acknowledged_at)] : []))),
          // Only published cases: a fix date of an embargoed case would tell more than a count.
          medianDaysToFix: median(publishedCases.flatMap((row) => { const fixed = firstFix(row.id); return fixed ? [days(row.accepted_at, fixed)] : []; })),
          medianDaysToPublish: median(publishedCases.map((row) => days(row.accepted_at, row.published_at!))),
        };
      });
    },
  };

  async function published(dbOrTrx: Db, id: string, now: Date): Promise<PublishedAdvisory | undefined> {
    const row = await dbOrTrx.selectFrom('advisories').selectAll().where('id', '=', id).where(publishedCondition('advisories.published_at', now)).executeTakeFirst();
    if (!row) return undefined;
    const latest = await dbOrTrx.selectFrom('advisory_revisions').selectAll().where('advisory_id', '=', id).orderBy('revision', 'desc').limit(1).executeTakeFirstOrThrow();
    return { id: row.id, revision: latest.revision, publishedAt: row.published_at!, updatedAt: latest.published_at, content: latest.content };
  }

  return service;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

export type AdvisoryService = ReturnType<typeof createAdvisoryService>;
