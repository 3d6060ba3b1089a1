import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { jobActor } from '../../authz/actor.ts';
import { isPublished } from '../../authz/embargo.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import type { CaseCveRecords } from '../advisories/ports.ts';
import type { StoredCnaSettings } from './cna-settings.ts';
import { identityOf, servicesConfigOf } from './cna-settings.ts';
import { notInPool } from './context.ts';
import type { CveContext } from './context.ts';
import { recordChanges } from './draft-check.ts';
import type { DraftCheck } from './draft-check.ts';
import { cvePolicy } from './policy.ts';
import { jsonText, loadRow, lockRow, rowsQuery, toRow } from './queries.ts';
import type { RecordRow } from './queries.ts';
import { productsOfRecord, relink } from './record-links.ts';
import { isRejected } from './record-types.ts';
import type { RecordWrites } from './record-writes.ts';

/**
 * Publishing the records of a case at the embargo's end: released inside one transaction (with the
 * advisory, through the advisory feature's port), public from the publication instant, then sent
 * to CVE Services outside any transaction, once.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface CasePublication {
  caseId: string;
  /** Every record of the case, public from the publication instant on. */
  released: string[];
  /** What CVE Services was sent ('not_configured': the ID is from the local pool). */
  pushed: { cveId: string; outcome: PushOutcome }[];
  /** Records public here whose sending to CVE Services failed (call again to retry). */
  failed: { cveId: string; code: string; message: string }[];
}

export type PushOutcome = 'published' | 'updated' | 'not_configured';

export function createCasePublication(ctx: CveContext, writes: RecordWrites) {
  const { db, mutations, clock, deps, settings, addRevision, draftCheck, servicesFor } = ctx;
  const { sendPublished, sendRejected } = writes;

  /** The records of a case: linked to it, or named by its vulnerabilities and not linked elsewhere. */
  async function caseRows(from: Db, caseId: string): Promise<RecordRow[]> {
    const named = from.selectFrom('case_vulnerabilities').select('cve_id').where('case_id', '=', caseId).where('cve_id', 'is not', null);
    const rows = await rowsQuery(from)
      .where((eb) => eb.or([eb('r.case_id', '=', caseId), eb.and([eb('r.case_id', 'is', null), eb('r.cve_id', 'in', named.$narrowType<{ cve_id: string }>())])]))
      .orderBy('i.year')
      .orderBy('i.number')
      .execute();
    return rows.map(toRow);
  }

  /** What keeps a record from going public with its case (empty when ready), and the record its draft builds. */
  function releaseProblems(row: RecordRow, stored: StoredCnaSettings, at: Date): { problems: string[]; check?: DraftCheck } {
    if (row.source === 'import') return { problems: ['it was imported from the CVE List and cannot be published by xmppsec'] };
    if (row.state === 'REJECTED') return { problems: [] };
    const problems: string[] = [];
    const cna = identityOf(stored);
    if (!cna) problems.push("the CNA's short name and organisation UUID are not set");
    if (row.source === 'cve-services' && !servicesConfigOf(stored, deps.apiKeyFromEnvironment)) problems.push('its ID comes from CVE Services, which is not configured (URL, user, API key)');
    if (row.draft === null) problems.push('it has no draft yet');
    if (!cna || row.draft === null) return { problems };
    const check = draftCheck(row, row.draft, cna, at);
    for (const e of check.errors.slice(0, 5)) problems.push(`${e.path}: ${e.message}`);
    if (check.errors.length > 5) problems.push(`and ${check.errors.length - 5} more problems in the draft`);
    return { problems, check };
  }

  /** Public already, with nothing new in the draft and nothing left to send: publishing again does nothing. */
  function inStep(row: RecordRow, stored: StoredCnaSettings, at: Date): boolean {
    if (row.publishedAt === null || row.publishedRecord === null) return false;
    if (row.source === 'cve-services' && row.remoteRevision !== row.publishedRevision) return false;
    if (row.state === 'REJECTED') return true;
    const { check } = releaseProblems(row, stored, at);
    return check?.record !== undefined && recordChanges(row.publishedRecord, check.record).length === 0;
  }

  /**
   * Releases a case's records inside the caller's transaction (no network): each draft becomes the
   * published record, public from `at`; rejected records' rejections become public. Throws (so the
   * whole publication rolls back) when a record is not ready.
   */
  async function markPublishedInTrx(trx: Transaction<Database>, caseId: string, at: Date, actor: Actor): Promise<string[]> {
    const stored = await settings(trx);
    const now = clock.now();
    const ids: string[] = [];
    for (const { cveId } of await caseRows(trx, caseId)) {
      const row = (await lockRow(trx, cveId))!;
      ids.push(cveId);
      const ownership = { case_id: row.caseId ?? caseId, published_at: row.publishedAt ?? at, updated_at: now };
      if (row.state === 'REJECTED') {
        if (row.publishedAt === null || row.caseId === null) await trx.updateTable('cve_records').set(ownership).where('cve_id', '=', cveId).execute();
        continue;
      }
      const { problems, check } = releaseProblems(row, stored, row.publishedRecord ? now : at);
      if (problems.length > 0 || !check?.record) throw conflict('cve_record_not_ready', `${cveId} cannot be published: ${problems.join('; ')}`);
      if (row.state === 'PUBLISHED' && row.publishedRecord && recordChanges(row.publishedRecord, check.record).length === 0) {
        await trx.updateTable('cve_records').set(ownership).where('cve_id', '=', cveId).execute();
        continue;
      }
      const number = await addRevision(trx, actor, cveId, { kind: 'published', draft: row.draft, record: check.record, valid: true, issues: { errors: [], warnings: check.warnings }, reason: `published with case ${caseId}` });
      await trx.updateTable('cve_records').set({ ...ownership, published_record: jsonText(check.record), published_revision: number }).where('cve_id', '=', cveId).execute();
      await trx.updateTable('cve_ids').set({ state: 'PUBLISHED' }).where('id', '=', cveId).execute();
      await relink(trx, cveId, 'published', productsOfRecord(check.record, row.draft));
    }
    return ids;
  }

  /**
   * Sends a released record to CVE Services (outside any transaction) and keeps the service's
   * answer. Idempotent: a record the service has in this revision is not sent again.
   */
  async function push(cveId: string, actor: Actor): Promise<PushOutcome> {
    const row = await loadRow(db, cveId);
    if (!row) throw notInPool(cveId);
    if (row.source !== 'cve-services') return 'not_configured';
    if (row.publishedRecord === null || row.publishedRevision === null) throw conflict('cve_not_released', `${cveId} has not been released yet: nothing to send.`);
    if (row.caseId !== null && !isPublished(row.publishedAt, clock.now())) throw conflict('cve_record_embargoed', `${cveId} is under embargo until its case is published.`);
    if (row.remoteRevision === row.publishedRevision) return 'updated';
    const api = (await servicesFor(row, await settings()))!;
    const outcome: PushOutcome = row.remoteRevision === null ? 'published' : 'updated';
    const record = row.publishedRecord;
    const answer = isRejected(record)
      ? await sendRejected(api, cveId, record.containers.cna, row.remoteRevision !== null)
      : await sendPublished(api, cveId, record.containers.cna, row.remoteRevision !== null);
    const revision = row.publishedRevision;
    await mutations.run(actor, async (trx) => {
      await trx.updateTable('cve_records').set({ published_record: jsonText(answer), remote_revision: revision, updated_at: clock.now() }).where('cve_id', '=', cveId).where('published_revision', '=', revision).execute();
      return { result: undefined, audit: { action: 'cve.push', subject: { type: 'cve_record', id: cveId }, details: { revision, outcome } } };
    });
    return outcome;
  }

  return {
    /**
     * Publishes every record of a case at the embargo's end: all of them become public from
     * `publishedAt` (default now; never in the future) in one transaction, or none when one is not
     * ready; then each goes to CVE Services, where a failure is reported and retried by calling
     * again. Idempotent: a second call changes and sends nothing.
     */
    async publishForCase(actor: Actor, caseId: string, options: { publishedAt?: Date | undefined } = {}): Promise<CasePublication> {
      cvePolicy.assert(actor, 'cve.publish');
      const now = clock.now();
      const at = options.publishedAt ?? now;
      if (at.getTime() > now.getTime()) throw badRequest('publication_in_future', 'Records are published when the embargo ends, not before: publishedAt is in the future.');
      const stored = await settings();
      const before = await caseRows(db, caseId);
      let released = before.map((row) => row.cveId);
      if (before.some((row) => !inStep(row, stored, at))) {
        released = await mutations.run(actor, async (trx) => {
          const ids = await markPublishedInTrx(trx, caseId, at, actor);
          return { result: ids, audit: { action: 'cve.publish_case', subject: { type: 'case', id: caseId }, details: { cveIds: ids, at: at.toISOString() } } };
        });
      }
      const pushed: CasePublication['pushed'] = [];
      const failed: CasePublication['failed'] = [];
      for (const cveId of released) {
        try {
          pushed.push({ cveId, outcome: await push(cveId, actor) });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          failed.push({ cveId, code: error.code, message: error.message });
        }
      }
      return { caseId, released, pushed, failed };
    },

    /**
     * The advisory feature's port (features/advisories/ports.ts): what blocks publication, the
     * release inside the publishing transaction, and the sending to CVE Services afterwards.
     */
    caseRecords: {
      async check(from, caseId) {
        const stored = await settings(from);
        const now = clock.now();
        const rows = await caseRows(from, caseId);
        const out = rows.map((row) => ({ cveId: row.cveId, problems: inStep(row, stored, now) ? [] : releaseProblems(row, stored, now).problems }));
        const named = await from.selectFrom('case_vulnerabilities').select('cve_id').where('case_id', '=', caseId).where('cve_id', 'is not', null).execute();
        for (const { cve_id: cveId } of named) {
          if (cveId === null || rows.some((row) => row.cveId === cveId)) continue;
          const other = await loadRow(from, cveId);
          out.push({ cveId, problems: [other ? 'it belongs to another case' : "it is not in the CNA's pool: reserve IDs in xmppsec (or draft the record from the case)"] });
        }
        return out;
      },
      markPublished: (trx, caseId, at) => markPublishedInTrx(trx, caseId, at, jobActor('publication')),
      push: (cveId) => push(cveId, jobActor('publication')),
      cveServicesConfigured: async () => servicesConfigOf(await settings(), deps.apiKeyFromEnvironment) !== undefined,
    } satisfies CaseCveRecords,
  };
}
