import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A JSON Schema document as parsed from its file. */
export type JsonSchemaDocument = Record<string, unknown>;

export interface CveSchemaSet {
  /** The release, e.g. `5.2.0` (from the folder name `cve-5.2.0`). */
  version: string;
  /** CVE_Record_Format_bundled.json: a whole record. */
  record: JsonSchemaDocument;
  /** `{"cnaContainer": …}` bodies for publishing and updating. */
  cnaPublished: JsonSchemaDocument;
  /** `{"cnaContainer": {"rejectedReasons": …}}` bodies for rejecting. */
  cnaRejected: JsonSchemaDocument;
}

export const DEFAULT_SCHEMA_DIR = join(import.meta.dirname, 'schemas');

const FOLDER = /^cve-(\d+)\.(\d+)\.(\d+)$/;
const FILES = {
  record: 'CVE_Record_Format_bundled.json',
  cnaPublished: 'CVE_Record_Format_bundled_cnaPublishedContainer.json',
  cnaRejected: 'CVE_Record_Format_bundled_cnaRejectedContainer.json',
} as const;

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const listed = new Map<string, string[]>();

/** The schema releases shipped in `dir` (one folder `cve-X.Y.Z` each), oldest first; read once per process. */
export function listCveSchemaVersions(dir: string = DEFAULT_SCHEMA_DIR): string[] {
  const hit = listed.get(dir);
  if (hit) return [...hit];
  const versions = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && FOLDER.test(e.name))
    .map((e) => e.name.slice('cve-'.length))
    .sort(compareVersions);
  listed.set(dir, versions);
  return [...versions];
}

/**
 * Which shipped release validates a record of this `dataVersion`: the same release when shipped
 * ("5.1" means 5.1.0), otherwise the newest. CVE Services itself validates every submission against
 * its current release, and the 5.x releases accept records written for earlier 5.x versions.
 */
export function schemaVersionFor(dataVersion: unknown, available: readonly string[]): string {
  const newest = available.at(-1);
  if (newest === undefined) throw new Error('no CVE schema release is installed');
  if (typeof dataVersion === 'string' && /^\d+\.\d+(\.\d+)?$/.test(dataVersion)) {
    const full = dataVersion.split('.').length === 2 ? `${dataVersion}.0` : dataVersion;
    if (available.includes(full)) return full;
  }
  return newest;
}

const cache = new Map<string, CveSchemaSet>();

function readJson(path: string): JsonSchemaDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonSchemaDocument;
}

/** Loads one release (the newest when `version` is omitted); read once and cached. */
export function loadCveSchemaSet(version?: string, dir: string = DEFAULT_SCHEMA_DIR): CveSchemaSet {
  const chosen = version ?? listCveSchemaVersions(dir).at(-1);
  if (chosen === undefined) throw new Error(`no CVE schema release found in ${dir}`);
  const key = `${dir}\0${chosen}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const folder = join(dir, `cve-${chosen}`);
  const set: CveSchemaSet = {
    version: chosen,
    record: readJson(join(folder, FILES.record)),
    cnaPublished: readJson(join(folder, FILES.cnaPublished)),
    cnaRejected: readJson(join(folder, FILES.cnaRejected)),
  };
  cache.set(key, set);
  return set;
}
