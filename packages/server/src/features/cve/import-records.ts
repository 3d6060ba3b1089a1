import type { Actor } from '../../authz/actor.ts';
import { AppError, conflict } from '../../errors.ts';
import { CVE_ID } from './context.ts';
import type { CveContext } from './context.ts';
import { importCveRecord, importCveRecordText } from './import-record.ts';
import type { CveImportResult } from './import-record.ts';
import { issue } from './issues.ts';
import type { Issue } from './issues.ts';
import { checkJsonLimits, describeLimitProblem } from './json-limits.ts';
import { cvePolicy } from './policy.ts';
import { jsonText, loadRow } from './queries.ts';
import { productsOfRecord, relink } from './record-links.ts';

/** Importing published CVE JSON 5 records: each file in its own transaction, whole or not at all. */

export interface ImportSource {
  name: string;
  /** The file's bytes or text, or an already parsed value (API). */
  content?: string | Uint8Array;
  value?: unknown;
}

export type ImportFileResult =
  | { name: string; status: 'imported'; cveId: string; state: 'PUBLISHED' | 'REJECTED'; projects: string[]; normalised: string[]; warnings: Issue[] }
  | { name: string; status: 'skipped'; cveId: string; reason: string }
  | { name: string; status: 'rejected'; cveId?: string; errors: Issue[] };

export interface ImportReport {
  imported: number;
  skipped: number;
  rejected: number;
  files: ImportFileResult[];
}

/** A value parsed elsewhere (an API body) gets the checks a file's text gets: bounded, one object. */
function importValue(value: unknown): CveImportResult {
  const limit = checkJsonLimits(value);
  if (limit) return { ok: false, errors: [issue('(record)', describeLimitProblem(limit), 'TOO_DEEP')] };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, errors: [issue('(record)', 'must be a JSON object (one CVE record per file)', 'SCHEMA')] };
  return importCveRecord(value);
}

export function createRecordImport(ctx: CveContext) {
  const { db, mutations, clock, addRevision } = ctx;

  async function importOne(actor: Actor, source: ImportSource, seen: Set<string>): Promise<ImportFileResult> {
    const result = source.content !== undefined ? importCveRecordText(source.content) : importValue(source.value);
    if (!result.ok) return { name: source.name, status: 'rejected', ...(result.cveId !== undefined ? { cveId: result.cveId } : {}), errors: result.errors };
    const { record, metadata } = result.value;
    const cveId = metadata.cveId;
    const duplicate = (why: string): ImportFileResult => ({ name: source.name, status: 'skipped', cveId, reason: `${cveId} ${why}: skipped (duplicate ID).` });
    if (seen.has(cveId)) return duplicate('appears earlier in this import');
    seen.add(cveId);
    const existing = await loadRow(db, cveId);
    if (existing) return duplicate(existing.source === 'import' ? 'was imported before' : `is already in the CNA's pool (${existing.state.toLowerCase()})`);
    const now = clock.now();
    const match = CVE_ID.exec(cveId)!;
    const releasedAt = metadata.dates.published ?? metadata.dates.rejected ?? metadata.dates.updated;
    const publishedAt = releasedAt !== undefined && Date.parse(releasedAt) < now.getTime() ? new Date(releasedAt) : now;
    try {
      return await mutations.run(actor, async (trx) => {
        const inserted = await trx
          .insertInto('cve_ids')
          .values({ id: cveId, year: Number(match[1]), number: Number(match[2]), state: metadata.state, source: 'import', reserved_at: metadata.dates.reserved ? new Date(metadata.dates.reserved) : publishedAt, reserved_by: null })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) throw conflict('cve_duplicate', `${cveId} was imported concurrently.`);
        await trx
          .insertInto('cve_records')
          .values({ cve_id: cveId, case_id: null, title: metadata.title?.replaceAll('\u0000', '').slice(0, 256) ?? null, draft: null, draft_revision: null, draft_valid: false, draft_issues: jsonText({ errors: [], warnings: [] }), published_record: jsonText(record), published_revision: null, published_at: publishedAt, remote_revision: null, assigner_short_name: metadata.assignerShortName ?? null, revision_count: 0, created_at: now, updated_at: now })
          .execute();
        const number = await addRevision(trx, actor, cveId, { kind: 'imported', draft: null, record, valid: true, issues: { errors: [], warnings: result.value.warnings }, reason: `imported from ${source.name.slice(0, 200)}` });
        await trx.updateTable('cve_records').set({ published_revision: number }).where('cve_id', '=', cveId).execute();
        const projects = await relink(trx, cveId, 'published', productsOfRecord(record, null));
        return {
          result: { name: source.name, status: 'imported' as const, cveId, state: metadata.state, projects, normalised: result.value.normalised, warnings: result.value.warnings },
          audit: { action: 'cve.import', subject: { type: 'cve_record', id: cveId }, details: { state: metadata.state, normalised: result.value.normalised.length, projects } },
        };
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'cve_duplicate') return duplicate('was imported concurrently');
      throw error;
    }
  }

  return {
    /** Imports published CVE JSON 5 records; each file whole or not at all. */
    async importRecords(actor: Actor, sources: readonly ImportSource[], onProgress?: (done: number, total: number, result: ImportFileResult) => void): Promise<ImportReport> {
      cvePolicy.assert(actor, 'cve.import');
      const seen = new Set<string>();
      const files: ImportFileResult[] = [];
      for (const source of sources) {
        const result = await importOne(actor, source, seen);
        files.push(result);
        onProgress?.(files.length, sources.length, result);
      }
      return {
        imported: files.filter((f) => f.status === 'imported').length,
        skipped: files.filter((f) => f.status === 'skipped').length,
        rejected: files.filter((f) => f.status === 'rejected').length,
        files,
      };
    },
  };
}
