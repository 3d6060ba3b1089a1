import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import { actorLabel } from '../../authz/actor.ts';
import { isPublished } from '../../authz/embargo.ts';
import type { Clock } from '../../clock.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { readSetting } from '../../db/settings.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import type { CnaIdentity } from './build-record.ts';
import { CNA_SETTINGS_KEY, identityOf, servicesConfigOf, storedSettings } from './cna-settings.ts';
import type { StoredCnaSettings } from './cna-settings.ts';
import { createCveServicesClient } from './cve-services-client.ts';
import type { CveServicesClient, CveServicesConfig, CveServicesError } from './cve-services-client.ts';
import type { CveDirectoryPort } from './directory-link.ts';
import { checkDraft } from './draft-check.ts';
import type { DraftCheck } from './draft-check.ts';
import type { Issue } from './issues.ts';
import { canReadUnpublished, cvePolicy } from './policy.ts';
import { jsonText } from './queries.ts';
import type { DraftIssues, RecordRow } from './queries.ts';
import type { CveRecord } from './record-types.ts';
import type { CveRevisionKind } from './tables.ts';

/**
 * What the parts of the CVE service share: its dependencies, the CNA settings, CVE Services
 * clients, revisions, and the rules every write checks.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface CveServiceDeps {
  db: Kysely<Database>;
  mutations: Mutations;
  clock: Clock;
  /** The public address: CSAF documents and the bulk export's index point at it. */
  publicUrl: string;
  /** XMPPSEC_CVE_API_KEY; takes precedence over a key stored in the settings. */
  apiKeyFromEnvironment?: string | undefined;
  /** Default: read straight from the directory's tables. */
  directory?: CveDirectoryPort | undefined;
  /**
   * Whether a signed-in non-team actor may read the unpublished side of a case's records (the
   * case feature decides, e.g. for invited maintainers). Default: nobody but the team.
   */
  caseAccess?: ((actor: Actor, caseId: string) => Promise<boolean>) | undefined;
  /** For CVE Services requests (tests); default: global fetch. */
  fetch?: typeof fetch;
}

export const MAX_NOTE_LENGTH = 1000;
export const CVE_ID = /^CVE-(\d{4})-(\d{4,19})$/;
/** Used to check drafts (e.g. live validation) before the CNA identity is configured. */
export const PLACEHOLDER_CNA: CnaIdentity = { orgId: '00000000-0000-4000-8000-000000000000', shortName: 'unconfigured' };


/** A CVE ID as typed by a person (any case, surrounding spaces) → its canonical form, or a 400. */
export function parseCveId(text: string): string {
  const id = text.trim().toUpperCase();
  if (!CVE_ID.test(id)) throw badRequest('invalid_cve_id', `"${text.slice(0, 40)}" is not a CVE ID (expected CVE-YYYY-NNNN, e.g. CVE-2026-1000).`);
  return id;
}

const SERVICE_STATUS: Partial<Record<CveServicesError['code'], number>> = {
  CVE_QUOTA_EXCEEDED: 409,
  CVE_YEAR_UNAVAILABLE: 409,
  CVE_RESERVATION_BUSY: 409,
  CVE_ID_UNKNOWN: 409,
  CVE_ID_NOT_OURS: 409,
  CVE_ALREADY_PUBLISHED: 409,
  CVE_NOT_PUBLISHED: 409,
  CVE_RECORD_INVALID: 400,
  CVE_BAD_REQUEST: 400,
  CVE_RECORD_TOO_LARGE: 413,
  CVE_SERVICES_RATE_LIMITED: 429,
  NOT_A_CNA_CONTAINER: 500,
};

/** CVE Services' failures keep their plain message; the code becomes the API's lower-case form. */
export function servicesFailure(error: CveServicesError): AppError {
  return new AppError(error.code.toLowerCase(), SERVICE_STATUS[error.code] ?? 502, error.message, error.issues.length > 0 ? { issues: error.issues } : undefined);
}

export function describeIssues(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
  return issues.length > 3 ? `${shown}; and ${issues.length - 3} more` : shown;
}

export function notInPool(cveId: string): AppError {
  return new AppError('cve_not_in_pool', 404, `${cveId} is not in the CNA's pool: reserve an ID first (xmppsec cve reserve, or POST /api/v1/cve/ids).`);
}

export function note(text: string | undefined): string | null {
  const value = text?.trim().replaceAll('\u0000', '');
  if (value !== undefined && value.length > MAX_NOTE_LENGTH) throw badRequest('note_too_long', `A note is at most ${MAX_NOTE_LENGTH} characters.`);
  return value ? value : null;
}

export function unpublishedChanges(row: RecordRow): boolean {
  return row.draftRevision !== null && (row.publishedRevision === null || row.draftRevision > row.publishedRevision);
}

export function editable(row: RecordRow): boolean {
  return row.source !== 'import' && row.state !== 'REJECTED';
}

export function datePublishedOf(record: CveRecord | null): string | undefined {
  return record?.cveMetadata.datePublished;
}

export function createCveContext(deps: CveServiceDeps) {
  const { db, mutations, clock } = deps;
  const caseAccess = deps.caseAccess ?? (async () => false);

  async function settings(from: Db = db): Promise<StoredCnaSettings> {
    return storedSettings(await readSetting(from, CNA_SETTINGS_KEY));
  }

  function client(config: CveServicesConfig): CveServicesClient {
    return createCveServicesClient({ ...config, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  }

  async function requireIdentity(): Promise<{ stored: StoredCnaSettings; cna: CnaIdentity }> {
    const stored = await settings();
    const cna = identityOf(stored);
    if (!cna) {
      throw conflict('cve_cna_not_configured', "Set the CNA's short name and organisation UUID first (xmppsec cve settings --short-name NAME --org-id UUID, or PUT /api/v1/cve/settings).");
    }
    return { stored, cna };
  }

  async function mayReadUnpublished(actor: Actor, row: RecordRow): Promise<boolean> {
    if (cvePolicy.can(actor, 'cve.read_drafts')) return true;
    return canReadUnpublished(actor, row.caseId !== null && (await caseAccess(actor, row.caseId)));
  }

  const isPublic = (row: RecordRow, now: Date): boolean => row.publishedRecord !== null && isPublished(row.publishedAt, now);

  async function addRevision(
    trx: Transaction<Database>,
    actor: Actor,
    cveId: string,
    revision: { kind: CveRevisionKind; draft: unknown; record: unknown; valid: boolean; issues: DraftIssues; reason: string | null },
  ): Promise<number> {
    const { revision_count: number } = await trx
      .updateTable('cve_records')
      .set((eb) => ({ revision_count: eb('revision_count', '+', 1) }))
      .where('cve_id', '=', cveId)
      .returning('revision_count')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('cve_revisions')
      .values({
        cve_id: cveId,
        number,
        kind: revision.kind,
        draft: revision.draft === null || revision.draft === undefined ? null : jsonText(revision.draft),
        record: revision.record === null || revision.record === undefined ? null : jsonText(revision.record),
        valid: revision.valid,
        issues: jsonText(revision.issues),
        reason: revision.reason,
        actor_label: actorLabel(actor),
        actor_user_id: actor.kind === 'user' ? actor.userId : null,
        created_at: clock.now(),
      })
      .execute();
    return number;
  }

  function draftCheck(row: RecordRow, draft: unknown, cna: CnaIdentity, now: Date): DraftCheck {
    return checkDraft(draft, cna, {
      cveId: row.cveId,
      now,
      dateReserved: row.reservedAt.toISOString(),
      datePublished: datePublishedOf(row.publishedRecord),
      generator: 'xmppsec',
    });
  }

  function assertEditable(row: RecordRow, allowRejected = false): void {
    if (row.source === 'import') {
      throw conflict('cve_record_imported', `${row.cveId} was imported from the CVE List${row.assignerShortName ? ` (assigned by ${row.assignerShortName})` : ''}: it is outside the CNA's pool, and xmppsec publishes only records it authors.`);
    }
    if (row.state === 'REJECTED' && !allowRejected) {
      throw conflict('cve_record_rejected', `${row.cveId} is rejected: its draft cannot be edited. Restore it first (POST /api/v1/cve/records/${row.cveId}/restore with a reason), following the CVE Program's rules.`);
    }
  }

  async function servicesFor(row: RecordRow, stored: StoredCnaSettings): Promise<CveServicesClient | undefined> {
    if (row.source !== 'cve-services') return undefined;
    const config = servicesConfigOf(stored, deps.apiKeyFromEnvironment);
    if (!config) {
      throw conflict('cve_services_not_configured', `${row.cveId} was reserved through CVE Services, which is no longer configured: set its URL, user and API key (XMPPSEC_CVE_API_KEY) to publish it.`);
    }
    return client(config);
  }

  async function insertRecordRows(trx: Transaction<Database>, ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await trx
      .insertInto('cve_records')
      .values(ids.map((id) => ({ cve_id: id, case_id: null, title: null, draft: null, draft_revision: null, draft_valid: false, draft_issues: jsonText({ errors: [], warnings: [] }), published_record: null, published_revision: null, published_at: null, remote_revision: null, assigner_short_name: null, revision_count: 0, created_at: now, updated_at: now })))
      .execute();
  }

  return { db, mutations, clock, deps, caseAccess, settings, client, requireIdentity, mayReadUnpublished, isPublic, addRevision, draftCheck, assertEditable, servicesFor, insertRecordRows };
}

export type CveContext = ReturnType<typeof createCveContext>;
