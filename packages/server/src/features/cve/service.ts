import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { publishedCondition } from '../../authz/embargo.ts';
import { writeSetting } from '../../db/settings.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { deriveAffectedRange } from '../directory/affected-range.ts';
import { affectedEntry, caseDraftInputSchema, mergeCaseDraft } from './case-draft.ts';
import type { CaseDraftInput } from './case-draft.ts';
import { createCasePublication } from './case-publication.ts';
import { applyPatch, CNA_SETTINGS_KEY, cnaSettingsPatchSchema, identityOf, servicesConfigOf, settingsView } from './cna-settings.ts';
import type { CnaSettingsView, StoredCnaSettings } from './cna-settings.ts';
import { createCveContext, CVE_ID, describeIssues, editable, notInPool, parseCveId, PLACEHOLDER_CNA, servicesFailure, unpublishedChanges } from './context.ts';
import type { CveServiceDeps } from './context.ts';
import { CveServicesError } from './cve-services-client.ts';
import { CvssError, parseCvss } from './cvss.ts';
import type { ParsedCvss } from './cvss.ts';
import type { FieldChange } from './diff.ts';
import { diffJson } from './diff.ts';
import { tableDirectory } from './directory-link.ts';
import { checkDraft, recordChanges } from './draft-check.ts';
import type { DraftCheck } from './draft-check.ts';
import { createRecordImport } from './import-records.ts';
import { cvePolicy } from './policy.ts';
import { loadRow, lockRow, projectLinks, recordTitle, rowsQuery, toRow } from './queries.ts';
import type { DraftIssues, ProjectRef, RecordRow } from './queries.ts';
import { bulkFiles, exportDocument } from './record-export.ts';
import type { BulkFile, ExportContext, ExportFormat, IndexEntry } from './record-export.ts';
import { createRecordWrites } from './record-writes.ts';
import type { PublishOutcome, RejectionInput } from './record-writes.ts';
import type { CveRecord } from './record-types.ts';
import type { CveIdSource, CveIdState, CveRevisionKind } from './tables.ts';
import { validateCveRecord } from './validate-record.ts';
import type { CveValidationResult } from './validate-record.ts';

/**
 * CVE IDs and records in the database: the CNA settings, reserving IDs (a local pool, or CVE
 * Services when configured), drafts with every revision kept, field-level diffs, publication,
 * rejection and restoration following the CVE Program's rules (record-writes.ts), the records of
 * a case published at the embargo's end (case-publication.ts), import of published records
 * (import-records.ts) and export in the CVE, OSV and CSAF formats.
 *
 * A record linked to a case is released only with the case and is public only from its
 * `published_at` on (authz/embargo.ts); imported records are public once imported.
 */

export { MAX_NOTE_LENGTH, parseCveId } from './context.ts';
export type { CveServiceDeps } from './context.ts';
export type { CasePublication, PushOutcome } from './case-publication.ts';
export type { ImportFileResult, ImportReport, ImportSource } from './import-records.ts';
export { rejectionInputSchema } from './record-writes.ts';
export type { PublishOutcome, PublishOutcomeKind, RejectionInput } from './record-writes.ts';

export const MAX_RESERVE_AMOUNT = 50;
/** Real published records about XMPP software, loaded into a fresh database. */
const SEED_DIR = join(import.meta.dirname, 'fixtures', 'records');
const CVE_FILE = /^CVE-\d{4}-\d{4,19}\.json$/;

export interface TeamDetails {
  source: CveIdSource;
  caseId: string | null;
  reservedAt: Date;
  /** The draft's title (the public sees the released record's). */
  title: string | null;
  draft: unknown;
  draftRevision: number | null;
  draftValid: boolean;
  draftIssues: DraftIssues;
  revisionCount: number;
  /** The draft was saved after the last release. */
  unpublishedChanges: boolean;
  /** Drafts can be saved (not imported, not rejected). */
  editable: boolean;
  draftProjects: ProjectRef[];
}

export interface CveRecordSummary {
  cveId: string;
  /** The released record's state for the public; the ID's state for the team. */
  state: CveIdState;
  title: string | null;
  public: boolean;
  publishedAt: Date | null;
  assigner: string | null;
  dateUpdated: string | null;
  projects: ProjectRef[];
  team?: Omit<TeamDetails, 'draft' | 'draftIssues' | 'draftProjects'>;
}

export interface CveRecordView extends Omit<CveRecordSummary, 'team'> {
  /** The released record (published or rejected); null while only reserved. */
  record: CveRecord | null;
  team?: TeamDetails;
}

export interface ListFilter {
  state?: CveIdState | undefined;
  caseId?: string | undefined;
  project?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export type RevisionRef = number | 'draft' | 'published';

export interface RevisionSummary {
  number: number;
  kind: CveRevisionKind;
  valid: boolean;
  errorCount: number;
  reason: string | null;
  author: string;
  createdAt: Date;
}

export interface RevisionView extends RevisionSummary {
  draft: unknown;
  record: CveRecord | null;
  issues: DraftIssues;
}

export interface RecordDiff {
  from: string;
  to: string;
  /** Whether built records or (when one side cannot be built) drafts were compared. */
  basis: 'record' | 'draft';
  changes: FieldChange[];
}

export interface ExportResult {
  cveId: string;
  format: ExportFormat;
  fileName: string;
  text: string;
}


export function createCveService(deps: CveServiceDeps) {
  const ctx = createCveContext(deps);
  const { db, mutations, clock, caseAccess, settings, requireIdentity, mayReadUnpublished, isPublic, draftCheck, assertEditable, client, insertRecordRows } = ctx;
  const directory = deps.directory ?? tableDirectory(db);
  const writes = createRecordWrites(ctx);
  const casePublication = createCasePublication(ctx, writes);
  const importer = createRecordImport(ctx);


  /** The row, when the actor may see it at all; otherwise it looks absent. */
  async function visibleRow(actor: Actor, cveId: string): Promise<{ row: RecordRow; team: boolean }> {
    cvePolicy.assert(actor, 'cve.read');
    const row = await loadRow(db, parseCveId(cveId));
    if (!row) throw notFound(`CVE record ${cveId.trim().toUpperCase()}`);
    const team = await mayReadUnpublished(actor, row);
    if (!team && !isPublic(row, clock.now())) throw notFound(`CVE record ${row.cveId}`);
    return { row, team };
  }

  function summaryOf(row: RecordRow, team: boolean, projects: ProjectRef[], now: Date): CveRecordSummary {
    const released = row.publishedRecord;
    const summary: CveRecordSummary = {
      cveId: row.cveId,
      state: team ? row.state : (released?.cveMetadata.state ?? row.state),
      title: team ? (row.title ?? recordTitle(released)) : recordTitle(released),
      public: isPublic(row, now),
      publishedAt: row.publishedAt,
      assigner: released?.cveMetadata.assignerShortName ?? row.assignerShortName,
      dateUpdated: released?.cveMetadata.dateUpdated ?? null,
      projects,
    };
    if (team) {
      summary.team = {
        source: row.source,
        caseId: row.caseId,
        reservedAt: row.reservedAt,
        title: row.title,
        draftRevision: row.draftRevision,
        draftValid: row.draftValid,
        revisionCount: row.revisionCount,
        unpublishedChanges: unpublishedChanges(row),
        editable: editable(row),
      };
    }
    return summary;
  }

  async function viewOf(row: RecordRow, team: boolean): Promise<CveRecordView> {
    const now = clock.now();
    const published = (await projectLinks(db, [row.cveId], 'published')).get(row.cveId) ?? [];
    const { team: summaryTeam, ...summary } = summaryOf(row, team, published, now);
    const view: CveRecordView = { ...summary, record: row.publishedRecord };
    if (team && summaryTeam) {
      const draftProjects = (await projectLinks(db, [row.cveId], 'draft')).get(row.cveId) ?? [];
      view.team = { ...summaryTeam, draft: row.draft, draftIssues: row.draftIssues, draftProjects };
    }
    return view;
  }


  async function reserveLocal(actor: Actor, year: number, amount: number, start: number): Promise<string[]> {
    return mutations.run(actor, async (trx) => {
      const ids: string[] = [];
      const now = clock.now();
      while (ids.length < amount) {
        const need = amount - ids.length;
        const { last } = await trx
          .insertInto('cve_id_counters')
          .values({ year, last: start - 1 + need })
          .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql<number>`GREATEST(cve_id_counters.last, ${start - 1}) + ${need}` }))
          .returning('last')
          .executeTakeFirstOrThrow();
        for (let number = last - need + 1; number <= last; number++) {
          const id = `CVE-${year}-${String(number).padStart(4, '0')}`;
          // Numbers already used (an imported record of the same year) are skipped.
          const inserted = await trx
            .insertInto('cve_ids')
            .values({ id, year, number, state: 'RESERVED', source: 'local', reserved_at: now, reserved_by: actor.kind === 'user' ? actor.userId : null })
            .onConflict((oc) => oc.column('id').doNothing())
            .returning('id')
            .executeTakeFirst();
          if (inserted) ids.push(id);
        }
      }
      await insertRecordRows(trx, ids, now);
      return { result: ids, audit: { action: 'cve.reserve', subject: { type: 'cve_id', id: ids[0]! }, details: { ids, source: 'local' } } };
    });
  }

  async function exportContext(cveId: string | undefined, stored: StoredCnaSettings): Promise<ExportContext> {
    const base = deps.publicUrl.replace(/\/+$/, '');
    const context: ExportContext = {
      publisher: { name: stored.publisherName ?? (stored.shortName ? `${stored.shortName} (CVE Numbering Authority)` : 'xmppsec'), namespace: stored.publisherNamespace ?? base },
      recordUrl: (id) => `${base}/api/v1/cve/records/${id}`,
      now: clock.now(),
    };
    if (cveId !== undefined) {
      const released = await db
        .selectFrom('cve_revisions')
        .select(['kind', 'reason', 'created_at'])
        .where('cve_id', '=', cveId)
        .where('kind', 'in', ['published', 'rejected', 'restored'])
        .orderBy('number')
        .execute();
      context.revisionHistory = released.map((r, i) => ({
        number: String(i + 1),
        date: r.created_at.toISOString(),
        summary: r.reason ?? (i === 0 ? 'Initial public release.' : r.kind === 'rejected' ? 'Rejected.' : 'Updated.'),
      }));
    }
    return context;
  }


  return {
    async settings(actor: Actor): Promise<CnaSettingsView> {
      cvePolicy.assert(actor, 'cve.settings_read');
      return settingsView(await settings(), deps.apiKeyFromEnvironment);
    },

    async updateSettings(actor: Actor, patch: unknown): Promise<CnaSettingsView> {
      cvePolicy.assert(actor, 'cve.settings_write');
      const parsed = cnaSettingsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw badRequest('invalid_cve_settings', first ? `${first.path.join('.') || 'settings'}: ${first.message}` : 'The settings are not valid.');
      }
      const next = await mutations.run(actor, async (trx) => {
        const { next: updated, changed } = applyPatch(await settings(trx), parsed.data);
        if (changed.length > 0) await writeSetting(trx, CNA_SETTINGS_KEY, updated, clock.now());
        // Field names only: the API key is never written to the audit log.
        return { result: updated, audit: { action: 'cve.settings_change', details: { changed } } };
      });
      return settingsView(next, deps.apiKeyFromEnvironment);
    },

    /** Reserves IDs: from CVE Services when it is configured, else from the local pool (sequential per year). */
    async reserve(actor: Actor, input: { amount?: number | undefined; year?: number | undefined } = {}): Promise<{ ids: string[]; source: 'local' | 'cve-services'; remainingQuota: number | null }> {
      cvePolicy.assert(actor, 'cve.reserve');
      const amount = input.amount ?? 1;
      const thisYear = clock.now().getUTCFullYear();
      const year = input.year ?? thisYear;
      if (!Number.isInteger(amount) || amount < 1 || amount > MAX_RESERVE_AMOUNT) throw badRequest('invalid_amount', `Reserve between 1 and ${MAX_RESERVE_AMOUNT} IDs at a time.`);
      if (!Number.isInteger(year) || year < 1999 || year > thisYear + 1) throw badRequest('invalid_year', `CVE IDs are reserved for years 1999 to ${thisYear + 1}, not ${year}.`);
      const { stored } = await requireIdentity();
      const config = servicesConfigOf(stored, deps.apiKeyFromEnvironment);
      if (!config) return { ids: await reserveLocal(actor, year, amount, stored.poolStart), source: 'local', remainingQuota: null };
      let reserved;
      try {
        reserved = await client(config).reserveIds({ year, amount, ...(amount > 1 ? { batchType: 'sequential' as const } : {}) });
      } catch (error) {
        if (error instanceof CveServicesError) throw servicesFailure(error);
        throw error;
      }
      const ids = reserved.ids.map((r) => r.cveId).filter((id) => CVE_ID.test(id));
      await mutations.run(actor, async (trx) => {
        const now = clock.now();
        const fresh: string[] = [];
        for (const r of reserved.ids) {
          const match = CVE_ID.exec(r.cveId);
          if (!match) continue;
          const reservedAt = r.reserved && Number.isFinite(Date.parse(r.reserved)) ? new Date(r.reserved) : now;
          const inserted = await trx
            .insertInto('cve_ids')
            .values({ id: r.cveId, year: Number(match[1]), number: Number(match[2]), state: 'RESERVED', source: 'cve-services', reserved_at: reservedAt, reserved_by: actor.kind === 'user' ? actor.userId : null })
            .onConflict((oc) => oc.column('id').doNothing())
            .returning('id')
            .executeTakeFirst();
          if (inserted) fresh.push(r.cveId);
        }
        await insertRecordRows(trx, fresh, now);
        return { result: fresh, audit: { action: 'cve.reserve', subject: { type: 'cve_id', id: ids[0] ?? '' }, details: { ids, source: 'cve-services', partial: reserved.partial } } };
      });
      return { ids, source: 'cve-services', remainingQuota: reserved.remainingQuota ?? null };
    },

    async list(actor: Actor, filter: ListFilter = {}): Promise<{ records: CveRecordSummary[]; total: number }> {
      cvePolicy.assert(actor, 'cve.read');
      const team = cvePolicy.can(actor, 'cve.read_drafts');
      const now = clock.now();
      const limit = Math.min(Math.max(filter.limit ?? 100, 1), 500);
      const offset = Math.max(filter.offset ?? 0, 0);
      let query = rowsQuery(db);
      if (!team) query = query.where(publishedCondition('r.published_at', now)).where('r.published_record', 'is not', null);
      if (filter.state) query = team ? query.where('i.state', '=', filter.state) : query.where((eb) => eb(eb.fn('json_extract_path_text', [eb.ref('r.published_record'), eb.val('cveMetadata'), eb.val('state')]), '=', filter.state!));
      if (filter.caseId !== undefined) query = team ? query.where('r.case_id', '=', filter.caseId) : query.where(({ lit }) => lit(false));
      if (filter.project) {
        const slug = filter.project;
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('cve_record_projects as l')
              .innerJoin('directory_projects as p', 'p.id', 'l.project_id')
              .select('l.cve_id')
              .whereRef('l.cve_id', '=', 'r.cve_id')
              .where('p.slug', '=', slug)
              .$if(!team, (q) => q.where('l.basis', '=', 'published')),
          ),
        );
      }
      if (filter.q) {
        const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) => (team ? eb.or([eb('r.cve_id', 'ilike', pattern), eb('r.title', 'ilike', pattern)]) : eb('r.cve_id', 'ilike', pattern)));
      }
      const total = Number((await query.clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const rows = (await query.orderBy('i.year', 'desc').orderBy('i.number', 'desc').limit(limit).offset(offset).execute()).map(toRow);
      const links = await projectLinks(db, rows.map((r) => r.cveId), 'published');
      return { records: rows.map((row) => summaryOf(row, team, links.get(row.cveId) ?? [], now)), total };
    },

    /** One record: the released record for everyone once public; the draft and its issues for the team. */
    async get(actor: Actor, cveId: string): Promise<CveRecordView> {
      const { row, team } = await visibleRow(actor, cveId);
      return viewOf(row, team);
    },

    /** The records of a case, for the case feature (team, or whoever the case hook admits). */
    async recordsForCase(actor: Actor, caseId: string): Promise<CveRecordView[]> {
      cvePolicy.assert(actor, 'cve.read');
      if (!cvePolicy.can(actor, 'cve.read_drafts') && !(actor.kind === 'user' && (await caseAccess(actor, caseId)))) return [];
      const rows = (await rowsQuery(db).where('r.case_id', '=', caseId).orderBy('i.year').orderBy('i.number').execute()).map(toRow);
      return Promise.all(rows.map((row) => viewOf(row, true)));
    },

    /** Saves a draft (even an invalid one: its issues are returned and publishing waits for a valid one). */
    async saveDraft(actor: Actor, cveId: string, input: { draft: unknown; note?: string | undefined; expectedRevision?: number | undefined }): Promise<CveRecordView> {
      cvePolicy.assert(actor, 'cve.edit');
      const row = await writes.saveDraft(actor, parseCveId(cveId), input);
      return viewOf(row, true);
    },

    /** Checks a record, or a draft as it would be published, without saving anything. */
    async validate(actor: Actor, input: { record?: unknown; draft?: unknown; cveId?: string | undefined }): Promise<CveValidationResult | (DraftCheck & { schemaVersion?: string })> {
      cvePolicy.assert(actor, 'cve.validate');
      if (input.record !== undefined) return validateCveRecord(input.record, { now: clock.now() });
      const cna = identityOf(await settings()) ?? PLACEHOLDER_CNA;
      // Any well-formed ID will do for a check: the ID is not part of what can be wrong in a draft.
      const cveId = input.cveId ? parseCveId(input.cveId) : `CVE-${clock.now().getUTCFullYear()}-1000`;
      return checkDraft(input.draft, cna, { cveId, now: clock.now(), generator: 'xmppsec' });
    },

    /** Parses and scores a CVSS vector (the editor's calculator); throws a 400 naming the problem. */
    cvss(actor: Actor, vector: string): ParsedCvss {
      cvePolicy.assert(actor, 'cve.validate');
      try {
        return parseCvss(vector);
      } catch (error) {
        if (error instanceof CvssError) throw badRequest('invalid_cvss_vector', `vector: ${error.message}`);
        throw error;
      }
    },

    /**
     * Drafts (or redrafts) the record of a case: the ID given, or a newly reserved one; affected
     * products named and versioned from the directory; fields the team added by hand are kept.
     */
    async draftFromCase(actor: Actor, input: CaseDraftInput): Promise<CveRecordView> {
      cvePolicy.assert(actor, 'cve.edit');
      const parsed = caseDraftInputSchema.safeParse(input);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw badRequest('invalid_case_draft', first ? `${first.path.join('.') || 'input'}: ${first.message}` : 'The case data is not valid.');
      }
      const data = parsed.data;
      await requireIdentity();
      let cveId = data.cveId;
      if (cveId !== undefined) {
        const row = await loadRow(db, cveId);
        if (!row) throw notInPool(cveId);
        assertEditable(row);
        if (row.caseId !== null && row.caseId !== data.caseId) throw conflict('cve_record_other_case', `${cveId} belongs to another case.`);
      }
      const affected = [];
      for (const a of data.affected) {
        if (a.projectSlug !== undefined) {
          const product = await directory.productFor(actor, a.projectSlug);
          const range = await directory.affectedRange(actor, a.projectSlug, { fixedIn: a.fixedIn, introducedIn: a.introducedIn ?? null });
          affected.push(affectedEntry({ projectSlug: product.slug, vendor: a.vendor ?? product.vendor, product: a.product ?? product.product }, product, range));
        } else {
          const range = deriveAffectedRange({ releases: [], fixedIn: a.fixedIn, introducedIn: a.introducedIn ?? null });
          affected.push(affectedEntry({ vendor: a.vendor!, product: a.product! }, {}, range));
        }
      }
      cveId ??= (await this.reserve(actor, { amount: 1 })).ids[0]!;
      const existing = await loadRow(db, cveId);
      const draft = mergeCaseDraft(existing?.draft ?? null, data, affected);
      const row = await writes.saveDraft(actor, cveId, { draft, note: data.note ?? `drafted from case ${data.caseId}`, caseId: data.caseId });
      return viewOf(row, true);
    },

    /** Links a record to a case (or unlinks it). A public record stays public: its link cannot be changed. */
    async linkCase(actor: Actor, cveId: string, caseId: string | null): Promise<void> {
      cvePolicy.assert(actor, 'cve.edit');
      const id = parseCveId(cveId);
      await mutations.run(actor, async (trx) => {
        const row = await lockRow(trx, id);
        if (!row) throw notInPool(id);
        assertEditable(row, true);
        if (isPublic(row, clock.now()) && row.caseId !== caseId) throw conflict('cve_record_public', `${id} is public already: its case link cannot change.`);
        await trx.updateTable('cve_records').set({ case_id: caseId, updated_at: clock.now() }).where('cve_id', '=', id).execute();
        return { result: undefined, audit: { action: 'cve.link_case', subject: { type: 'cve_record', id }, details: { caseId, previousCaseId: row.caseId } } };
      });
    },

    async revisions(actor: Actor, cveId: string): Promise<RevisionSummary[]> {
      const { row, team } = await visibleRow(actor, cveId);
      if (!team) throw notFound(`The revisions of ${row.cveId}`);
      const rows = await db.selectFrom('cve_revisions').select(['number', 'kind', 'valid', 'issues', 'reason', 'actor_label', 'created_at']).where('cve_id', '=', row.cveId).orderBy('number').execute();
      return rows.map((r) => ({ number: r.number, kind: r.kind, valid: r.valid, errorCount: ((r.issues as DraftIssues | null)?.errors ?? []).length, reason: r.reason, author: r.actor_label, createdAt: r.created_at }));
    },

    async revision(actor: Actor, cveId: string, number: number): Promise<RevisionView> {
      const { row, team } = await visibleRow(actor, cveId);
      if (!team) throw notFound(`The revisions of ${row.cveId}`);
      const r = await db.selectFrom('cve_revisions').selectAll().where('cve_id', '=', row.cveId).where('number', '=', number).executeTakeFirst();
      if (!r) throw notFound(`Revision ${number} of ${row.cveId}`);
      const issues = (r.issues as DraftIssues | null) ?? { errors: [], warnings: [] };
      return { number: r.number, kind: r.kind, valid: r.valid, errorCount: issues.errors.length, reason: r.reason, author: r.actor_label, createdAt: r.created_at, draft: r.draft ?? null, record: (r.record as CveRecord | null) ?? null, issues };
    },

    /** Field-level changes between two revisions, or the draft and what is published (the default). */
    async diff(actor: Actor, cveId: string, from: RevisionRef = 'published', to: RevisionRef = 'draft'): Promise<RecordDiff> {
      const { row, team } = await visibleRow(actor, cveId);
      if (!team) throw notFound(`The revisions of ${row.cveId}`);
      const side = async (ref: RevisionRef): Promise<{ label: string; record: unknown; draft: unknown }> => {
        if (ref === 'published') {
          if (!row.publishedRecord) throw conflict('cve_not_released', `${row.cveId} has not been published yet: there is nothing to compare with.`);
          return { label: `published (revision ${row.publishedRevision ?? '?'})`, record: row.publishedRecord, draft: null };
        }
        const number = ref === 'draft' ? row.draftRevision : ref;
        if (number === null) throw conflict('cve_draft_missing', `${row.cveId} has no draft yet.`);
        const r = await db.selectFrom('cve_revisions').select(['record', 'draft']).where('cve_id', '=', row.cveId).where('number', '=', number).executeTakeFirst();
        if (!r) throw notFound(`Revision ${number} of ${row.cveId}`);
        return { label: ref === 'draft' ? `draft (revision ${number})` : `revision ${number}`, record: r.record ?? null, draft: r.draft ?? null };
      };
      const a = await side(from);
      const b = await side(to);
      if (a.record !== null && b.record !== null) return { from: a.label, to: b.label, basis: 'record', changes: recordChanges(a.record, b.record) };
      if (a.draft !== null && b.draft !== null) return { from: a.label, to: b.label, basis: 'draft', changes: diffJson(a.draft, b.draft) };
      throw conflict('cve_diff_unavailable', `${a.record === null ? a.label : b.label} cannot be built into a record (its draft has errors), so it cannot be compared with ${a.record === null ? b.label : a.label}.`);
    },

    /**
     * Publishes the current draft: the first publication, or an update of a published record
     * (CVE Services gets only the CNA container). Idempotent: when the draft adds nothing to what is
     * published, nothing happens. Records of a case are published with the case (`publishForCase`).
     */
    async publishRecord(actor: Actor, cveId: string, options: { note?: string | undefined } = {}): Promise<PublishOutcome> {
      cvePolicy.assert(actor, 'cve.publish');
      return writes.publish(actor, parseCveId(cveId), options);
    },

    ...casePublication,

    /** Rejects a reserved ID or a published record, with reasons (CVE Services: POST or PUT /reject). */
    async rejectRecord(actor: Actor, cveId: string, input: RejectionInput): Promise<CveRecordView> {
      cvePolicy.assert(actor, 'cve.reject');
      return viewOf(await writes.reject(actor, parseCveId(cveId), input), true);
    },

    /**
     * Brings a rejected record back (CVE Program: a rejected record is republished with a new
     * published CNA container): saves `draft` when given, then publishes the draft.
     */
    async restoreRecord(actor: Actor, cveId: string, input: { reason: string; draft?: unknown }): Promise<PublishOutcome> {
      cvePolicy.assert(actor, 'cve.publish');
      return writes.restore(actor, parseCveId(cveId), input);
    },

    importRecords: importer.importRecords,


    /** Loads the bundled real CVE records (fixtures/records, see its SOURCE.md) into an empty database. */
    async seedIfEmpty(actor: Actor, status: (message: string) => void = () => {}): Promise<boolean> {
      const any = await db.selectFrom('cve_records').select('cve_id').limit(1).executeTakeFirst();
      if (any) return false;
      const files = (await readdir(SEED_DIR)).filter((file) => CVE_FILE.test(file)).sort();
      const sources = await Promise.all(files.map(async (file) => ({ name: `bundled:${file}`, content: await readFile(join(SEED_DIR, file)) })));
      const report = await importer.importRecords(actor, sources);
      const linked = report.files.filter((f) => f.status === 'imported' && f.projects.length > 0).length;
      status(`CVE records: imported ${report.imported} published records about XMPP software (${linked} linked to directory projects).`);
      return true;
    },

    /** One record in one format: the released record, or (`draft`, team only) a preview of the draft. */
    async exportRecord(actor: Actor, cveId: string, format: ExportFormat, options: { draft?: boolean } = {}): Promise<ExportResult> {
      const { row, team } = await visibleRow(actor, cveId);
      const stored = await settings();
      let record: CveRecord | null = row.publishedRecord;
      if (options.draft) {
        if (!team) throw notFound(`The draft of ${row.cveId}`);
        const cna = identityOf(stored) ?? PLACEHOLDER_CNA;
        const check = draftCheck(row, row.draft, cna, clock.now());
        if (!check.record) throw conflict('cve_draft_invalid', `The draft of ${row.cveId} cannot be built into a record: ${describeIssues(check.errors)}`, { issues: check.errors });
        record = check.record;
      }
      if (!record) throw notFound(`The published record of ${row.cveId}`);
      const doc = exportDocument(record, format, await exportContext(options.draft ? undefined : row.cveId, stored));
      return { cveId: row.cveId, format, fileName: doc.fileName, text: doc.text };
    },

    /** Every public record's files for the bulk export (see record-export.ts for the layout), newest ID first. */
    async exportPublic(actor: Actor, formats: readonly ExportFormat[]): Promise<{ files: BulkFile[]; index: IndexEntry[] }> {
      cvePolicy.assert(actor, 'cve.read');
      const now = clock.now();
      const stored = await settings();
      const rows = await db
        .selectFrom('cve_records as r')
        .innerJoin('cve_ids as i', 'i.id', 'r.cve_id')
        .select(['r.cve_id', 'r.published_record'])
        .where(publishedCondition('r.published_at', now))
        .where('r.published_record', 'is not', null)
        .orderBy('i.year', 'desc')
        .orderBy('i.number', 'desc')
        .execute();
      const files: BulkFile[] = [];
      const index: IndexEntry[] = [];
      for (const row of rows) {
        const out = bulkFiles(row.published_record as CveRecord, formats, await exportContext(row.cve_id, stored));
        files.push(...out.files);
        index.push(out.entry);
      }
      return { files, index };
    },
  };
}

export type CveService = ReturnType<typeof createCveService>;