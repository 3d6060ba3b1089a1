import type { CsafPublisher, CsafRevision } from './csaf.ts';
import { csafFileName, toCsaf } from './csaf.ts';
import { exportCveJson } from './normalise.ts';
import { toOsv } from './osv.ts';
import type { CveRecord } from './record-types.ts';

/**
 * A record in each export format, and the layout of the bulk export (a folder, or the same tree
 * in a .tar.gz):
 *
 *   index.json                 [{ cveId, state, title, datePublished, dateUpdated, files: {cve, osv, csaf} }]
 *   cve/CVE-YYYY-NNNN.json     the CVE JSON 5 record, formatted as on the CVE List (4-space indent)
 *   osv/CVE-YYYY-NNNN.json     the OSV document
 *   csaf/cve-yyyy-nnnn.json    the CSAF 2.0 document (file name as CSAF section 5.1 asks)
 */

export const EXPORT_FORMATS = ['cve', 'osv', 'csaf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportContext {
  publisher: CsafPublisher;
  /** Where the public API serves the record, e.g. https://host/api/v1/cve/records/CVE-…; its CSAF form adds /csaf.json. */
  recordUrl: (cveId: string) => string;
  revisionHistory?: CsafRevision[] | undefined;
  now: Date;
}

export interface ExportedDocument {
  fileName: string;
  text: string;
}

export function exportDocument(record: CveRecord, format: ExportFormat, context: ExportContext): ExportedDocument {
  const cveId = record.cveMetadata.cveId;
  switch (format) {
    case 'cve':
      return { fileName: `${cveId}.json`, text: exportCveJson(record) };
    case 'osv':
      return { fileName: `${cveId}.json`, text: `${JSON.stringify(toOsv(record, { now: context.now }), null, 2)}\n` };
    case 'csaf': {
      const doc = toCsaf(record, context.publisher, {
        canonicalUrl: `${context.recordUrl(cveId)}/csaf.json`,
        generator: { name: 'xmppsec' },
        now: context.now,
        ...(context.revisionHistory && context.revisionHistory.length > 0 ? { revisionHistory: context.revisionHistory } : {}),
      });
      return { fileName: csafFileName(cveId), text: `${JSON.stringify(doc, null, 2)}\n` };
    }
  }
}

export interface BulkFile {
  path: string;
  text: string;
}

export interface IndexEntry {
  cveId: string;
  state: string;
  title: string | null;
  datePublished: string | null;
  dateUpdated: string | null;
  files: Partial<Record<ExportFormat, string>>;
}

/** The files of the bulk export for these records (one call per record keeps memory to one record's documents). */
export function bulkFiles(record: CveRecord, formats: readonly ExportFormat[], context: ExportContext): { files: BulkFile[]; entry: IndexEntry } {
  const files: BulkFile[] = [];
  const entry: IndexEntry = {
    cveId: record.cveMetadata.cveId,
    state: record.cveMetadata.state,
    title: record.cveMetadata.state === 'PUBLISHED' ? ((record.containers.cna as { title?: string }).title ?? null) : null,
    datePublished: record.cveMetadata.datePublished ?? null,
    dateUpdated: record.cveMetadata.dateUpdated ?? null,
    files: {},
  };
  for (const format of formats) {
    const doc = exportDocument(record, format, context);
    const path = `${format}/${doc.fileName}`;
    files.push({ path, text: doc.text });
    entry.files[format] = path;
  }
  return { files, entry };
}
