import { z } from 'zod';
import type { AffectedRange } from '../directory/affected-range.ts';
import { CREDIT_TYPES, REFERENCE_TAGS } from './record-types.ts';

/**
 * What a case knows about a vulnerability → the fields of a CVE draft. The case feature calls
 * `cve.draftFromCase` with this; versions come from the directory (the project's releases and
 * the first fixed / first affected version).
 */

const CVE_ID = /^CVE-\d{4}-\d{4,19}$/;
const version = z.string().trim().min(1).max(100);

export const caseDraftInputSchema = z.object({
  /** An ID already reserved for the case; a new one is reserved when absent. */
  cveId: z.string().trim().toUpperCase().regex(CVE_ID, "must be a CVE ID like 'CVE-2026-1000'").optional(),
  caseId: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(256),
  description: z.string().trim().min(1).max(4096),
  affected: z
    .array(
      z
        .object({
          /** The directory project; its CVE vendor/product names and releases are used. */
          projectSlug: z.string().trim().min(1).max(64).optional(),
          vendor: z.string().trim().min(1).max(512).optional(),
          product: z.string().trim().min(1).max(2048).optional(),
          /** First version with the fix; null when there is none yet. */
          fixedIn: version.nullable(),
          introducedIn: version.nullable().optional(),
        })
        .refine((a) => a.projectSlug !== undefined || (a.vendor !== undefined && a.product !== undefined), { message: 'needs projectSlug, or vendor and product' }),
    )
    .min(1, 'needs at least one affected product')
    .max(100),
  credits: z.array(z.object({ name: z.string().trim().min(1).max(4096), type: z.enum(CREDIT_TYPES).optional() })).max(100).optional(),
  references: z
    .array(z.object({ url: z.string().trim().min(1).max(2048), name: z.string().trim().min(1).max(512).optional(), tags: z.array(z.enum(REFERENCE_TAGS)).max(20).optional() }))
    .max(512)
    .optional(),
  /** CVSS 3.1 or 4.0 vector(s). */
  cvss: z.union([z.string().trim().max(512), z.array(z.string().trim().max(512)).max(10)]).optional(),
  /** CWE ID(s) like 'CWE-79'. */
  cwe: z.union([z.string().trim().max(20), z.array(z.string().trim().max(20)).max(20)]).optional(),
  /** Why the draft changes, kept with the revision. */
  note: z.string().trim().max(1000).optional(),
});
export type CaseDraftInput = z.input<typeof caseDraftInputSchema>;
export type ParsedCaseDraftInput = z.output<typeof caseDraftInputSchema>;

/** How the directory names a project in CVE records. */
export interface DirectoryProduct {
  vendor: string;
  product: string;
  collectionURL: string | null;
  packageName: string | null;
  repo: string | null;
}

type DraftObject = Record<string, unknown>;

/** One affected product of the draft, from the product's names and its derived range. */
export function affectedEntry(input: { projectSlug?: string | undefined; vendor: string; product: string }, product: Partial<DirectoryProduct>, range: AffectedRange): DraftObject {
  const ranges: DraftObject[] = [];
  const versions: DraftObject[] = [];
  for (const entry of range.cveVersions) {
    if ('lessThan' in entry) {
      ranges.push({
        ...(entry.version !== '0' ? { introduced: entry.version } : {}),
        ...(entry.lessThan !== '*' ? { fixed: entry.lessThan } : {}),
        status: entry.status,
      });
    } else {
      versions.push({ version: entry.version, status: entry.status });
    }
  }
  return {
    ...(input.projectSlug !== undefined ? { projectSlug: input.projectSlug } : {}),
    vendor: input.vendor,
    product: input.product,
    ...(product.collectionURL && product.packageName ? { collectionURL: product.collectionURL, packageName: product.packageName } : {}),
    ...(product.repo ? { repo: product.repo } : {}),
    versionType: range.versionType,
    defaultStatus: 'unaffected',
    ...(ranges.length > 0 ? { ranges } : {}),
    ...(versions.length > 0 ? { versions } : {}),
  };
}

const list = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

/**
 * The draft fields a case provides, laid over the existing draft: what the team added by hand
 * (timeline, solutions, other languages, …) stays; credits, references, CVSS and CWE are replaced
 * only when the case gives them.
 */
export function mergeCaseDraft(existing: unknown, input: ParsedCaseDraftInput, affected: DraftObject[]): DraftObject {
  const base = existing !== null && typeof existing === 'object' && !Array.isArray(existing) ? { ...(existing as DraftObject) } : {};
  const draft: DraftObject = { ...base, title: input.title, description: input.description, affected };
  if (input.credits !== undefined) draft.credits = input.credits.map((c) => ({ name: c.name, ...(c.type ? { type: c.type } : {}) }));
  if (input.references !== undefined) draft.references = input.references;
  const vectors = list(input.cvss);
  if (vectors !== undefined) draft.metrics = vectors.map((vector) => ({ vector }));
  const cwes = list(input.cwe);
  if (cwes !== undefined) draft.problemTypes = cwes.map((cweId) => ({ cweId: cweId.toUpperCase() }));
  return draft;
}
