import { z } from 'zod';
import type { Actor } from '../../authz/actor.ts';
import { isPublished } from '../../authz/embargo.ts';
import { badRequest, conflict } from '../../errors.ts';
import { buildRejectedRecord, CveDraftError } from './build-record.ts';
import { datePublishedOf, describeIssues, MAX_NOTE_LENGTH, note, notInPool, parseCveId, servicesFailure } from './context.ts';
import type { CveContext } from './context.ts';
import { CveServicesError } from './cve-services-client.ts';
import type { CveServicesClient } from './cve-services-client.ts';
import { diffJson } from './diff.ts';
import { recordChanges } from './draft-check.ts';
import type { RejectionDraft } from './draft.ts';
import { draftTitle, jsonText, loadRow, lockRow } from './queries.ts';
import type { DraftIssues, RecordRow } from './queries.ts';
import { productsOfDraft, productsOfRecord, relink } from './record-links.ts';
import type { CnaPublishedContainer, CveRecord, RejectedCveRecord } from './record-types.ts';
import { validateCveRecord } from './validate-record.ts';

/**
 * Writing records: saving drafts (each a revision), publishing and updating (CVE Services first,
 * outside the transaction, then the database), rejecting and restoring.
 */

export type PublishOutcomeKind = 'published' | 'updated' | 'restored' | 'unchanged';

export interface PublishOutcome {
  cveId: string;
  outcome: PublishOutcomeKind;
  /** The revision the release made; null when nothing changed. */
  revision: number | null;
  /** Whether the record went through CVE Services. */
  viaCveServices: boolean;
}

export const rejectionInputSchema = z.object({
  reasons: z.union([z.string().trim().min(1).max(4096), z.array(z.union([z.string().trim().min(1).max(4096), z.object({ lang: z.string().max(20), value: z.string().trim().min(1).max(4096) })])).min(1).max(20)]),
  replacedBy: z.array(z.string().trim().toUpperCase()).max(20).optional(),
  note: z.string().trim().max(MAX_NOTE_LENGTH).optional(),
});
export type RejectionInput = z.input<typeof rejectionInputSchema>;

export function createRecordWrites(ctx: CveContext) {
  const { db, mutations, clock, addRevision, draftCheck, assertEditable, requireIdentity, servicesFor } = ctx;

  async function saveDraftInternal(
    actor: Actor,
    cveId: string,
    input: { draft: unknown; note?: string | undefined; expectedRevision?: number | undefined; caseId?: string | undefined; allowRejected?: boolean },
  ): Promise<RecordRow> {
    const { cna } = await requireIdentity();
    const reason = note(input.note);
    const before = await loadRow(db, cveId);
    if (!before) throw notInPool(cveId);
    assertEditable(before, input.allowRejected);
    const now = clock.now();
    const check = draftCheck(before, input.draft, cna, now);
    const issues: DraftIssues = { errors: check.errors, warnings: check.warnings };
    return mutations.run(actor, async (trx) => {
      const row = await lockRow(trx, cveId);
      if (!row) throw notInPool(cveId);
      assertEditable(row, input.allowRejected);
      if (input.expectedRevision !== undefined && row.draftRevision !== input.expectedRevision) {
        throw conflict(
          'cve_draft_conflict',
          `The draft of ${cveId} changed since revision ${input.expectedRevision} (it is now revision ${row.draftRevision ?? 'none'}): reload it and look at the diff before saving again.`,
          { currentRevision: row.draftRevision },
        );
      }
      if (input.caseId !== undefined && row.caseId !== null && row.caseId !== input.caseId) {
        throw conflict('cve_record_other_case', `${cveId} belongs to another case.`);
      }
      const previous = row.draftRevision === null ? undefined : await trx.selectFrom('cve_revisions').select(['record', 'draft']).where('cve_id', '=', cveId).where('number', '=', row.draftRevision).executeTakeFirst();
      const changedFields =
        previous?.record && check.record ? recordChanges(previous.record, check.record).map((c) => c.path) : diffJson(previous?.draft ?? null, input.draft).map((c) => c.path);
      const number = await addRevision(trx, actor, cveId, { kind: 'draft', draft: input.draft, record: check.record ?? null, valid: check.valid, issues, reason });
      await trx
        .updateTable('cve_records')
        .set({
          draft: jsonText(input.draft),
          draft_revision: number,
          draft_valid: check.valid,
          draft_issues: jsonText(issues),
          title: draftTitle(input.draft),
          updated_at: now,
          ...(input.caseId !== undefined ? { case_id: input.caseId } : {}),
        })
        .where('cve_id', '=', cveId)
        .execute();
      await relink(trx, cveId, 'draft', productsOfDraft(input.draft));
      const saved = (await loadRow(trx, cveId))!;
      return {
        result: saved,
        audit: {
          action: 'cve.draft_save',
          subject: { type: 'cve_record', id: cveId },
          details: { revision: number, valid: check.valid, errors: check.errors.length, changedFields: changedFields.slice(0, 50), ...(input.caseId !== undefined ? { caseId: input.caseId } : {}) },
        },
      };
    });
  }

  /** Sends a CNA container to CVE Services: first publication, or an update; recovers when the local and remote views disagree (a retry after a lost write). */
  async function sendPublished(api: CveServicesClient, cveId: string, container: CnaPublishedContainer, remoteExists: boolean): Promise<CveRecord> {
    try {
      try {
        return remoteExists ? await api.update(cveId, container) : await api.publish(cveId, container);
      } catch (error) {
        if (error instanceof CveServicesError && error.code === 'CVE_ALREADY_PUBLISHED') return await api.update(cveId, container);
        if (error instanceof CveServicesError && error.code === 'CVE_NOT_PUBLISHED') return await api.publish(cveId, container);
        throw error;
      }
    } catch (error) {
      if (error instanceof CveServicesError) throw servicesFailure(error);
      throw error;
    }
  }

  async function sendRejected(api: CveServicesClient, cveId: string, container: RejectedCveRecord['containers']['cna'], remoteExists: boolean): Promise<CveRecord> {
    try {
      try {
        return remoteExists ? await api.rejectRecord(cveId, container) : await api.rejectId(cveId, container);
      } catch (error) {
        if (error instanceof CveServicesError && error.code === 'CVE_ALREADY_PUBLISHED') return await api.rejectRecord(cveId, container);
        if (error instanceof CveServicesError && error.code === 'CVE_NOT_PUBLISHED') return await api.rejectId(cveId, container);
        throw error;
      }
    } catch (error) {
      if (error instanceof CveServicesError) throw servicesFailure(error);
      throw error;
    }
  }

  async function publishInternal(actor: Actor, cveId: string, options: { note?: string | undefined; restoreReason?: string }): Promise<PublishOutcome> {
    const reason = note(options.restoreReason ?? options.note);
    const row = await loadRow(db, cveId);
    if (!row) throw notInPool(cveId);
    assertEditable(row, options.restoreReason !== undefined);
    const now = clock.now();
    if (row.caseId !== null && !isPublished(row.publishedAt, now)) {
      throw conflict('cve_record_embargoed', `${cveId} belongs to case ${row.caseId} and is under embargo: it is published with the case when the embargo ends.`);
    }
    const { stored, cna } = await requireIdentity();
    if (row.draft === null) throw conflict('cve_draft_missing', `${cveId} has no draft yet: save one first.`);
    const check = draftCheck(row, row.draft, cna, now);
    if (!check.valid || !check.record) {
      throw conflict('cve_draft_invalid', `${cveId} cannot be published: ${describeIssues(check.errors)}`, { issues: check.errors });
    }
    const restoring = options.restoreReason !== undefined;
    if (!restoring && row.state === 'PUBLISHED' && row.publishedRecord && recordChanges(row.publishedRecord, check.record).length === 0) {
      return { cveId, outcome: 'unchanged', revision: null, viaCveServices: row.source === 'cve-services' };
    }
    const api = await servicesFor(row, stored);
    const released: CveRecord = api ? await sendPublished(api, cveId, check.record.containers.cna, row.remoteRevision !== null) : check.record;
    const firstRelease = row.publishedRecord === null || row.state === 'RESERVED';
    const outcome: PublishOutcomeKind = restoring ? 'restored' : firstRelease ? 'published' : 'updated';
    return mutations.run(actor, async (trx) => {
      const current = await lockRow(trx, cveId);
      if (!current) throw notInPool(cveId);
      const number = await addRevision(trx, actor, cveId, {
        kind: restoring ? 'restored' : 'published',
        draft: row.draft,
        record: released,
        valid: true,
        issues: { errors: [], warnings: check.warnings },
        reason,
      });
      await trx
        .updateTable('cve_records')
        .set({
          published_record: jsonText(released),
          published_revision: number,
          published_at: current.publishedAt ?? now,
          remote_revision: api ? number : current.remoteRevision,
          updated_at: now,
        })
        .where('cve_id', '=', cveId)
        .execute();
      await trx.updateTable('cve_ids').set({ state: 'PUBLISHED' }).where('id', '=', cveId).execute();
      await relink(trx, cveId, 'published', productsOfRecord(released, row.draft));
      const action = restoring ? 'cve.restore' : firstRelease ? 'cve.publish' : 'cve.update';
      return {
        result: { cveId, outcome, revision: number, viaCveServices: api !== undefined },
        audit: { action, subject: { type: 'cve_record', id: cveId }, details: { revision: number, viaCveServices: api !== undefined, ...(row.caseId ? { caseId: row.caseId } : {}) } },
      };
    });
  }

  /** Rejects a reserved ID or a published record, with reasons (CVE Services: POST or PUT /reject). */
  async function rejectInternal(actor: Actor, cveId: string, input: RejectionInput): Promise<RecordRow> {
    const id = parseCveId(cveId);
    const parsed = rejectionInputSchema.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw badRequest('invalid_rejection', first ? `${first.path.join('.') || 'input'}: ${first.message}` : 'The rejection is not valid.');
    }
    const reason = note(parsed.data.note);
    const row = await loadRow(db, id);
    if (!row) throw notInPool(id);
    assertEditable(row, true);
    const { stored, cna } = await requireIdentity();
    const now = clock.now();
    const reasons = typeof parsed.data.reasons === 'string' ? [parsed.data.reasons] : parsed.data.reasons;
    const rejection: RejectionDraft = { reasons, ...(parsed.data.replacedBy && parsed.data.replacedBy.length > 0 ? { replacedBy: parsed.data.replacedBy } : {}) };
    let built: RejectedCveRecord;
    try {
      built = buildRejectedRecord(rejection, cna, { cveId: id, now, dateReserved: row.reservedAt.toISOString(), ...(datePublishedOf(row.publishedRecord) ? { datePublished: datePublishedOf(row.publishedRecord)! } : {}) });
    } catch (error) {
      if (error instanceof CveDraftError) throw badRequest('invalid_rejection', `The rejection is not valid: ${describeIssues(error.issues)}`, { issues: error.issues });
      throw error;
    }
    const validation = validateCveRecord(built, { now });
    if (!validation.valid) throw badRequest('invalid_rejection', `The rejection is not valid: ${describeIssues(validation.errors)}`, { issues: validation.errors });
    const api = await servicesFor(row, stored);
    const released = api ? await sendRejected(api, id, built.containers.cna, row.remoteRevision !== null) : built;
    return mutations.run(actor, async (trx) => {
      const current = await lockRow(trx, id);
      if (!current) throw notInPool(id);
      const number = await addRevision(trx, actor, id, { kind: 'rejected', draft: rejection, record: released, valid: true, issues: { errors: [], warnings: validation.warnings }, reason });
      // A record of a case that was never public stays hidden until the case is published.
      const publishedAt = current.publishedAt ?? (current.caseId === null ? now : null);
      await trx
        .updateTable('cve_records')
        .set({ published_record: jsonText(released), published_revision: number, published_at: publishedAt, remote_revision: api ? number : current.remoteRevision, updated_at: now })
        .where('cve_id', '=', id)
        .execute();
      await trx.updateTable('cve_ids').set({ state: 'REJECTED' }).where('id', '=', id).execute();
      await relink(trx, id, 'published', []);
      return {
        result: (await loadRow(trx, id))!,
        audit: { action: 'cve.reject', subject: { type: 'cve_record', id }, details: { revision: number, previousState: current.state, viaCveServices: api !== undefined, replacedBy: rejection.replacedBy ?? [] } },
      };
    });
  }

  /**
   * Brings a rejected record back (CVE Program: a rejected record is republished with a new
   * published CNA container): saves `draft` when given, then publishes the draft.
   */
  async function restoreInternal(actor: Actor, cveId: string, input: { reason: string; draft?: unknown }): Promise<PublishOutcome> {
    const id = parseCveId(cveId);
    const reason = note(input.reason);
    if (!reason) throw badRequest('reason_required', 'Say why the record is restored.');
    const row = await loadRow(db, id);
    if (!row) throw notInPool(id);
    assertEditable(row, true);
    if (row.state !== 'REJECTED') throw conflict('cve_record_not_rejected', `${id} is not rejected: there is nothing to restore.`);
    if (row.caseId !== null && !isPublished(row.publishedAt, clock.now())) {
      throw conflict('cve_record_embargoed', `${id} belongs to case ${row.caseId} and is under embargo: restoring it would publish it before the case.`);
    }
    if (input.draft !== undefined) await saveDraftInternal(actor, id, { draft: input.draft, note: `restore: ${reason}`, allowRejected: true });
    return publishInternal(actor, id, { restoreReason: reason });
  }

  return { saveDraft: saveDraftInternal, publish: publishInternal, reject: rejectInternal, restore: restoreInternal, sendPublished, sendRejected };
}

export type RecordWrites = ReturnType<typeof createRecordWrites>;
