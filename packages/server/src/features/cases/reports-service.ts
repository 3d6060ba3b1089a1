import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import type { Clock } from '../../clock.ts';
import { DAY_MS } from '../../clock.ts';
import { checkEncryptedMessage, readPublicKeyInfo } from '../../crypto/openpgp.ts';
import type { PublicKeyInfo } from '../../crypto/openpgp.ts';
import { json } from '../../db/json.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { readSetting, serverSecret, writeSetting } from '../../db/settings.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { newSecret, secretHash } from '../accounts/secrets.ts';
import { base32Encode } from '../accounts/totp.ts';
import type { CaseService } from './case-service.ts';
import { casePolicy } from './policy.ts';
import type { DirectoryLookup, Notifier } from './ports.ts';
import { checkSolution, issueChallenge } from './proof-of-work.ts';
import type { Challenge } from './proof-of-work.ts';
import type { ReportProject, ReportStatus } from './tables.ts';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
const TEAM_KEY_SETTING = 'team_openpgp_key';

export interface ReportInput {
  reporterName?: string | undefined;
  reporterEmail: string;
  reporterXmpp?: string | undefined;
  projects: { slug?: string | undefined; name: string }[];
  title?: string | undefined;
  description?: string | undefined;
  steps?: string | undefined;
  impact?: string | undefined;
  disclosurePlans?: string | undefined;
  creditConsent: boolean;
  creditAs?: string | undefined;
  /** An OpenPGP message encrypted to the team's key holding the report's text. */
  encryptedBody?: string | undefined;
  attachments?: { filename: string; contentType?: string | undefined; data: Uint8Array }[] | undefined;
  proofOfWork: { token: string; counter: string };
}

export type TriageDecision =
  | { action: 'accept'; title?: string | undefined; message?: string | undefined }
  | { action: 'merge'; caseId: string; message?: string | undefined }
  | { action: 'close'; reason: 'duplicate' | 'not_vulnerability' | 'out_of_scope'; message: string };

const CLOSED_STATUS = { duplicate: 'closed_duplicate', not_vulnerability: 'closed_not_vulnerability', out_of_scope: 'closed_out_of_scope' } as const satisfies Record<string, ReportStatus>;

export interface ReportView {
  id: string;
  reference: string;
  status: ReportStatus;
  caseId: string | null;
  reporterName: string;
  reporterEmail: string;
  reporterXmpp: string | null;
  title: string;
  projects: (ReportProject & { listed: boolean; inScope: boolean | null })[];
  description: string | null;
  steps: string | null;
  impact: string | null;
  disclosurePlans: string | null;
  creditConsent: boolean;
  creditAs: string | null;
  encryptedBody: string | null;
  triageReason: string | null;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  attachments: { id: string; filename: string; contentType: string; size: number; sha256: string }[];
  messages: { fromSide: 'reporter' | 'team'; authorLabel: string; body: string; createdAt: Date }[];
}

export function createReportService(deps: {
  db: Kysely<Database>;
  mutations: Mutations;
  clock: Clock;
  publicUrl: string;
  powBits: number;
  directory: DirectoryLookup;
  notifier: Notifier;
  cases: CaseService;
}) {
  const { db, mutations, clock, notifier } = deps;

  async function loadReport(dbOrTrx: Kysely<Database> | Transaction<Database>, where: { id: string } | { trackingHash: string }) {
    const query = dbOrTrx.selectFrom('reports').selectAll();
    return ('id' in where ? query.where('id', '=', where.id) : query.where('tracking_hash', '=', where.trackingHash)).executeTakeFirst();
  }

  async function toView(row: NonNullable<Awaited<ReturnType<typeof loadReport>>>): Promise<ReportView> {
    const attachments = await db.selectFrom('report_attachments').select(['id', 'filename', 'content_type', 'size', 'sha256']).where('report_id', '=', row.id).orderBy('created_at').execute();
    const messages = await db.selectFrom('report_messages').select(['from_side', 'author_label', 'body', 'created_at']).where('report_id', '=', row.id).orderBy('created_at').execute();
    const projects = await Promise.all(
      row.projects.map(async (project) => {
        const listed = project.slug ? await deps.directory.project(db, project.slug) : undefined;
        return { ...project, listed: listed !== undefined, inScope: listed ? listed.inScope : null };
      }),
    );
    return {
      id: row.id,
      reference: row.reference,
      status: row.status,
      caseId: row.case_id,
      reporterName: row.reporter_name,
      reporterEmail: row.reporter_email,
      reporterXmpp: row.reporter_xmpp,
      title: row.title,
      projects,
      description: row.description,
      steps: row.steps,
      impact: row.impact,
      disclosurePlans: row.disclosure_plans,
      creditConsent: row.credit_consent,
      creditAs: row.credit_as,
      encryptedBody: row.encrypted_body,
      triageReason: row.triage_reason,
      receivedAt: row.received_at,
      acknowledgedAt: row.acknowledged_at,
      attachments: attachments.map((item) => ({ id: item.id, filename: item.filename, contentType: item.content_type, size: item.size, sha256: item.sha256 })),
      messages: messages.map((message) => ({ fromSide: message.from_side, authorLabel: message.author_label, body: message.body, createdAt: message.created_at })),
    };
  }

  const trackingLink = (token: string) => `${deps.publicUrl}/track#${token}`;

  return {
    async challenge(actor: Actor): Promise<Challenge> {
      casePolicy.assert(actor, 'report.submit');
      return issueChallenge(await serverSecret(deps, actor), deps.powBits, clock.now());
    },

    async teamKey(): Promise<PublicKeyInfo | undefined> {
      const armored = await readSetting<string>(db, TEAM_KEY_SETTING);
      return armored ? readPublicKeyInfo(armored) : undefined;
    },

    async setTeamKey(actor: Actor, armored: string): Promise<PublicKeyInfo> {
      casePolicy.assert(actor, 'settings.team_key');
      const info = await readPublicKeyInfo(armored);
      await mutations.run(actor, async (trx) => {
        await writeSetting(trx, TEAM_KEY_SETTING, info.armored, clock.now());
        return { result: undefined, audit: { action: 'settings.team_key_set', details: { fingerprint: info.fingerprint } } };
      });
      return info;
    },

    /** A report from anyone: stored whole or not at all; the reporter gets a private tracking link at once. */
    async submit(actor: Actor, input: ReportInput): Promise<{ reference: string; trackingLink: string; id: string }> {
      casePolicy.assert(actor, 'report.submit');
      const now = clock.now();
      const check = checkSolution(await serverSecret(deps, actor), input.proofOfWork.token, input.proofOfWork.counter, deps.powBits, now);
      if (!check.ok) throw new AppError('proof_of_work_invalid', 400, check.reason);
      if (input.projects.length === 0) throw badRequest('projects_required', 'Name at least one affected project.');
      const encrypted = input.encryptedBody !== undefined && input.encryptedBody.trim() !== '';
      if (encrypted) {
        await checkEncryptedMessage(input.encryptedBody!);
      } else if (!input.description?.trim()) {
        throw badRequest('description_required', 'Describe the vulnerability (or send the report encrypted to the team\'s key).');
      }
      if (!encrypted && !input.title?.trim()) throw badRequest('title_required', 'Give the report a short title.');
      const attachments = input.attachments ?? [];
      if (attachments.length > MAX_ATTACHMENTS) throw badRequest('too_many_attachments', `At most ${MAX_ATTACHMENTS} attachments.`);
      for (const attachment of attachments) {
        if (attachment.data.byteLength > MAX_ATTACHMENT_BYTES) throw new AppError('attachment_too_large', 413, `${attachment.filename} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB.`);
      }
      if (attachments.reduce((sum, attachment) => sum + attachment.data.byteLength, 0) > MAX_ATTACHMENTS_BYTES) throw new AppError('attachments_too_large', 413, `The attachments together are larger than ${MAX_ATTACHMENTS_BYTES / 1024 / 1024} MiB.`);

      const token = newSecret('xsr');
      const id = randomUUID();
      const reference = `R-${base32Encode(randomBytes(5))}`;
      const projects = input.projects.map((project) => ({ slug: project.slug?.trim() || null, name: project.name.trim() }));
      await mutations.run(actor, async (trx) => {
        const replay = await trx.insertInto('pow_challenges_used').values({ id: check.id, expires_at: check.expiresAt }).onConflict((c) => c.column('id').doNothing()).executeTakeFirst();
        if (Number(replay.numInsertedOrUpdatedRows ?? 0) === 0) throw new AppError('proof_of_work_used', 400, 'This proof of work was used already: fetch a new challenge.');
        await trx
          .insertInto('reports')
          .values({
            id,
            reference,
            tracking_hash: secretHash(token),
            reporter_name: input.reporterName?.trim() ?? '',
            reporter_email: input.reporterEmail.trim(),
            reporter_xmpp: input.reporterXmpp?.trim() || null,
            reporter_user_id: actor.kind === 'user' ? actor.userId : null,
            title: encrypted ? input.title?.trim() || 'Encrypted report' : input.title!.trim(),
            projects: json(projects),
            description: encrypted ? null : input.description!.trim(),
            steps: encrypted ? null : input.steps?.trim() || null,
            impact: encrypted ? null : input.impact?.trim() || null,
            disclosure_plans: encrypted ? null : input.disclosurePlans?.trim() || null,
            credit_consent: input.creditConsent,
            credit_as: input.creditConsent ? input.creditAs?.trim() || input.reporterName?.trim() || null : null,
            encrypted_body: encrypted ? input.encryptedBody!.trim() : null,
            status: 'new',
            case_id: null,
            triage_reason: null,
            received_at: now,
            acknowledged_at: null,
            triaged_at: null,
          })
          .execute();
        for (const attachment of attachments) {
          await trx
            .insertInto('report_attachments')
            .values({ id: randomUUID(), report_id: id, filename: safeFilename(attachment.filename), content_type: attachment.contentType?.slice(0, 100) || 'application/octet-stream', size: attachment.data.byteLength, sha256: createHash('sha256').update(attachment.data).digest('hex'), data: attachment.data, created_at: now })
            .execute();
        }
        await notifier.enqueue(trx, {
          category: 'report.received',
          to: [{ email: input.reporterEmail.trim(), xmpp: input.reporterXmpp?.trim() || null }],
          subject: `[${reference}] Your vulnerability report was received`,
          text: `Thank you for your report. Its reference is ${reference}.\n\nThe security team will acknowledge it within 3 days. Follow it, and answer the team's questions, through this private link (keep it secret: anyone with it can read the report):\n\n${trackingLink(token)}\n`,
        });
        return { result: undefined, audit: { action: 'report.submit', subject: { type: 'report', id }, details: { reference, encrypted, attachments: attachments.length, projects: projects.map((project) => project.slug ?? 'unlisted') } } };
      });
      return { id, reference, trackingLink: trackingLink(token) };
    },

    /** What the reporter sees through the tracking link. */
    async track(token: string) {
      const row = await loadReport(db, { trackingHash: secretHash(token) });
      if (!row) throw notFound('That report');
      const view = await toView(row);
      const kase = row.case_id ? await deps.cases.reporterView(row.case_id) : undefined;
      return { reference: view.reference, status: view.status, title: view.title, receivedAt: view.receivedAt, acknowledgedAt: view.acknowledgedAt, triageReason: view.triageReason, messages: view.messages, case: kase ?? null };
    },

    async reporterReply(token: string, body: string): Promise<void> {
      const row = await loadReport(db, { trackingHash: secretHash(token) });
      if (!row) throw notFound('That report');
      if (!body.trim()) throw badRequest('empty_message', 'Write a message.');
      await mutations.run({ kind: 'anonymous', via: 'web' }, async (trx) => {
        await trx.insertInto('report_messages').values({ id: randomUUID(), report_id: row.id, from_side: 'reporter', author_label: row.reporter_name || 'reporter', body: body.trim(), created_at: clock.now() }).execute();
        return { result: undefined, audit: { action: 'report.reporter_message', subject: { type: 'report', id: row.id } } };
      });
    },

    async list(actor: Actor, filter: { status?: ReportStatus | undefined } = {}): Promise<ReportView[]> {
      casePolicy.assert(actor, 'report.list');
      let query = db.selectFrom('reports').selectAll().orderBy('received_at', 'desc').limit(500);
      query = filter.status ? query.where('status', '=', filter.status) : query;
      return Promise.all((await query.execute()).map(toView));
    },

    async get(actor: Actor, id: string): Promise<ReportView> {
      casePolicy.assert(actor, 'report.read');
      const row = await loadReport(db, { id });
      if (!row) throw notFound('That report');
      return toView(row);
    },

    /** Attachments are served only as downloads, never inline. */
    async attachment(actor: Actor, reportId: string, attachmentId: string) {
      casePolicy.assert(actor, 'report.read');
      const row = await db.selectFrom('report_attachments').selectAll().where('report_id', '=', reportId).where('id', '=', attachmentId).executeTakeFirst();
      if (!row) throw notFound('That attachment');
      return { filename: row.filename, size: row.size, sha256: row.sha256, data: row.data };
    },

    async acknowledge(actor: Actor, id: string): Promise<void> {
      casePolicy.assert(actor, 'report.triage');
      await mutations.run(actor, async (trx) => {
        const row = await loadReport(trx, { id });
        if (!row) throw notFound('That report');
        await trx.updateTable('reports').set({ acknowledged_at: row.acknowledged_at ?? clock.now() }).where('id', '=', id).execute();
        return { result: undefined, audit: { action: 'report.acknowledge', subject: { type: 'report', id } } };
      });
    },

    async reply(actor: Actor, id: string, body: string): Promise<void> {
      casePolicy.assert(actor, 'report.reply');
      if (!body.trim()) throw badRequest('empty_message', 'Write a message.');
      await mutations.run(actor, async (trx) => {
        const row = await loadReport(trx, { id });
        if (!row) throw notFound('That report');
        const now = clock.now();
        await trx.insertInto('report_messages').values({ id: randomUUID(), report_id: id, from_side: 'team', author_label: 'security team', body: body.trim(), created_at: now }).execute();
        await trx.updateTable('reports').set({ acknowledged_at: row.acknowledged_at ?? now }).where('id', '=', id).execute();
        await notifier.enqueue(trx, { category: 'report.team_message', to: [{ email: row.reporter_email, xmpp: row.reporter_xmpp }], subject: `[${row.reference}] A message from the security team`, text: `The security team wrote about your report ${row.reference}:\n\n${body.trim()}\n\nAnswer through your private tracking link.\n` });
        return { result: undefined, audit: { action: 'report.reply', subject: { type: 'report', id } } };
      });
    },

    /** Accept into a new case, merge into an existing one, or close with a reason sent to the reporter. */
    async triage(actor: Actor, id: string, decision: TriageDecision): Promise<{ caseId: string | null; status: ReportStatus }> {
      casePolicy.assert(actor, 'report.triage');
      return mutations.run(actor, async (trx) => {
        const row = await loadReport(trx, { id });
        if (!row) throw notFound('That report');
        if (row.status !== 'new') throw conflict('report_already_triaged', `Report ${row.reference} was triaged already (${row.status}).`);
        const now = clock.now();
        let caseId: string | null = null;
        let status: ReportStatus;
        let message: string;
        if (decision.action === 'accept') {
          caseId = await deps.cases.createInTransaction(trx, actor, { title: decision.title?.trim() || row.title, summary: '', projects: row.projects, reporterUserId: row.reporter_user_id });
          status = 'accepted';
          message = decision.message?.trim() || `The security team accepted your report and opened case ${caseId}. You will hear from us as the coordination progresses.`;
        } else if (decision.action === 'merge') {
          const target = await trx.selectFrom('cases').select(['id', 'state']).where('id', '=', decision.caseId).executeTakeFirst();
          if (!target) throw notFound(`Case ${decision.caseId}`);
          caseId = target.id;
          if (row.reporter_user_id) await deps.cases.addParticipantInTransaction(trx, target.id, row.reporter_user_id, 'reporter', null);
          status = 'merged';
          message = decision.message?.trim() || `Your report concerns a vulnerability the security team already handles (case ${caseId}). It was added to that case, and you are credited as agreed.`;
        } else {
          status = CLOSED_STATUS[decision.reason];
          if (!decision.message.trim()) throw badRequest('reason_required', 'Tell the reporter why the report is closed.');
          message = decision.message.trim();
        }
        await trx.updateTable('reports').set({ status, case_id: caseId, triage_reason: decision.action === 'close' ? message : null, triaged_at: now, acknowledged_at: row.acknowledged_at ?? now }).where('id', '=', id).execute();
        await trx.insertInto('report_messages').values({ id: randomUUID(), report_id: id, from_side: 'team', author_label: 'security team', body: message, created_at: now }).execute();
        await notifier.enqueue(trx, { category: `report.${status}`, to: [{ email: row.reporter_email, xmpp: row.reporter_xmpp }], subject: `[${row.reference}] Your report: ${status.replaceAll('_', ' ')}`, text: `${message}\n\nFollow your report through your private tracking link.\n` });
        return { result: { caseId, status }, audit: { action: 'report.triage', subject: { type: 'report', id }, details: { decision: decision.action, status, caseId } } };
      });
    },

    /** Forgets used proof-of-work challenges once they have expired. */
    async cleanupChallenges(actor: Actor): Promise<number> {
      const now = clock.now();
      const expired = await db.selectFrom('pow_challenges_used').select((eb) => eb.fn.countAll<number>().as('n')).where('expires_at', '<', new Date(now.getTime() - DAY_MS)).executeTakeFirstOrThrow();
      if (expired.n === 0) return 0;
      return mutations.run(actor, async (trx) => {
        const result = await trx.deleteFrom('pow_challenges_used').where('expires_at', '<', new Date(now.getTime() - DAY_MS)).executeTakeFirst();
        return { result: Number(result.numDeletedRows), audit: { action: 'report.challenges_cleanup', details: { removed: Number(result.numDeletedRows) } } };
      });
    },
  };
}

/** Keeps a file name printable and path-free; it only labels a download. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^\.+/, '').slice(0, 120).trim();
  return cleaned || 'attachment';
}

export type ReportService = ReturnType<typeof createReportService>;
