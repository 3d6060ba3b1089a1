import { z } from 'zod';
import { CvssError, parseCvss } from './cvss.ts';
import { lookupCwe } from './cwe.ts';
import { CNA_TAGS, CREDIT_TYPES, REFERENCE_TAGS } from './record-types.ts';

/**
 * What a security team member fills in to get a CVE record: structured fields, no JSON. The HTTP API
 * reuses these schemas for its request bodies. Limits mirror the CVE schema so a draft that passes
 * here builds a record that passes the official schema.
 */

const LANGUAGE = /^[A-Za-z]{2,4}([_-][A-Za-z]{4})?([_-]([A-Za-z]{2}|[0-9]{3}))?$/;
const ENGLISH = /^en([_-][A-Za-z]{4})?([_-]([A-Za-z]{2}|[0-9]{3}))?$/;
/** RFC 3339 date-time as the CVE schema accepts it (zone optional, UTC assumed). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const UUID4 = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-4[0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;

const text = (max = 4096) => z.string().trim().min(1, 'must not be empty').max(max);
const language = z.string().regex(LANGUAGE, "must be a language tag like 'en', 'de' or 'pt-BR'");
const url = z.url({ protocol: /^(https?|ftp|git|ssh)$/, error: 'must be an absolute URL like https://example.org/advisory' }).max(2048);
const timestamp = z
  .string()
  .regex(TIMESTAMP, "must be a date and time like '2024-05-01T12:00:00Z'")
  .refine((s) => Number.isFinite(Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(s) ? s : `${s}Z`)), 'is not a real date and time');
const versionString = text(1024);

/** Text in a language; a bare string means English. */
const localized = z.union([
  text().transform((value) => ({ lang: 'en', value })),
  z.object({ lang: language, value: text() }),
]);

const rangeSchema = z
  .object({
    /** First affected version; omitted or '0' means "from the first release". */
    introduced: versionString.optional(),
    /** First version without the problem (becomes `lessThan`). */
    fixed: versionString.optional(),
    /** Last affected version when no fix exists yet (becomes `lessThanOrEqual`). */
    lastAffected: versionString.optional(),
    status: z.enum(['affected', 'unaffected', 'unknown']).default('affected'),
  })
  .refine((r) => r.fixed === undefined || r.lastAffected === undefined, { message: 'give fixed or lastAffected, not both', path: ['lastAffected'] });

export const affectedDraftSchema = z
  .object({
    vendor: text(512).optional(),
    product: text(2048).optional(),
    collectionURL: url.optional(),
    packageName: text(2048).optional(),
    packageURL: z.string().trim().regex(/^pkg:[A-Za-z.+-]+\/.+/, "must be a package URL like 'pkg:npm/example'").max(2048).optional(),
    repo: url.optional(),
    cpes: z.array(z.string().trim().regex(/^cpe:/, "must be a CPE name starting with 'cpe:'").max(2048)).optional(),
    platforms: z.array(text(1024)).optional(),
    modules: z.array(text()).optional(),
    programFiles: z.array(text(1024)).optional(),
    programRoutines: z.array(text()).optional(),
    /** Status of versions not listed; CVE calls it defaultStatus. */
    defaultStatus: z.enum(['affected', 'unaffected', 'unknown']).optional(),
    /** Version scheme of the ranges: 'semver', 'git', 'custom', 'python', 'maven', 'rpm', … */
    versionType: text(128).default('custom'),
    ranges: z.array(rangeSchema).optional(),
    /** Single versions with a status, e.g. a release known not to be affected. */
    versions: z.array(z.object({ version: versionString, status: z.enum(['affected', 'unaffected', 'unknown']).default('affected') })).optional(),
  })
  .refine((a) => (a.vendor !== undefined && a.product !== undefined) || (a.collectionURL !== undefined && a.packageName !== undefined), {
    message: 'needs vendor and product, or collectionURL and packageName',
  })
  .refine((a) => (a.ranges?.length ?? 0) > 0 || (a.versions?.length ?? 0) > 0 || a.defaultStatus !== undefined, {
    message: 'needs ranges, versions or defaultStatus',
  });

const cweSchema = z
  .object({
    cweId: z.string().trim().regex(/^CWE-[1-9][0-9]{0,5}$/, "must be a CWE ID like 'CWE-79'"),
    /** Needed only for a CWE that xmppsec's table (data/cwe-names.json) does not list. */
    name: text(256).optional(),
  })
  .refine((p) => p.name !== undefined || lookupCwe(p.cweId) !== undefined, {
    message: "this CWE is not in xmppsec's CWE table: give its name too",
    path: ['name'],
  });

const problemTypeSchema = z.union([cweSchema, z.object({ text: text() })]);

const metricSchema = z
  .object({
    /** A CVSS 3.1 or 4.0 vector string; scores and metric fields are computed from it. */
    vector: z.string().trim(),
    /** When this score applies, if not in general. */
    scenario: text().optional(),
  })
  .superRefine((m, ctx) => {
    try {
      const parsed = parseCvss(m.vector);
      if (parsed.version === '3.0') ctx.addIssue({ code: 'custom', path: ['vector'], message: 'CVSS 3.0 is outdated: use CVSS 3.1 or 4.0' });
    } catch (e) {
      if (!(e instanceof CvssError)) throw e;
      ctx.addIssue({ code: 'custom', path: ['vector'], message: e.message });
    }
  });

export const cveDraftSchema = z
  .object({
    title: text(256).optional(),
    /** The English description (required by the CVE Program). */
    description: text(),
    /** Descriptions in other languages. */
    otherDescriptions: z.array(z.object({ lang: language, value: text() })).optional(),
    affected: z.array(affectedDraftSchema).min(1, 'needs at least one affected product'),
    problemTypes: z.array(problemTypeSchema).optional(),
    /** CAPEC attack patterns. */
    impacts: z.array(z.object({ capecId: z.string().trim().regex(/^CAPEC-[1-9][0-9]{0,4}$/, "must be a CAPEC ID like 'CAPEC-100'").optional(), description: text() })).optional(),
    metrics: z.array(metricSchema).optional(),
    credits: z
      .array(z.object({ name: text(), type: z.enum(CREDIT_TYPES).default('finder'), lang: language.default('en'), userId: z.string().regex(UUID4, 'must be a version 4 UUID').optional() }))
      .optional(),
    references: z
      .array(
        z.object({
          url,
          name: text(512).optional(),
          tags: z.array(z.union([z.enum(REFERENCE_TAGS), z.string().regex(/^x_.+$/, "must be a known tag or start with 'x_'").max(128)])).optional(),
        }),
      )
      .min(1, 'needs at least one reference')
      .max(512),
    timeline: z.array(z.object({ time: timestamp, value: text(), lang: language.default('en') })).optional(),
    solutions: z.array(localized).optional(),
    workarounds: z.array(localized).optional(),
    exploits: z.array(localized).optional(),
    configurations: z.array(localized).optional(),
    /** When the vulnerability became public (defaults to nothing; CVE Services does not require it). */
    datePublic: timestamp.optional(),
    dateAssigned: timestamp.optional(),
    source: z
      .object({
        discovery: z.enum(['INTERNAL', 'EXTERNAL', 'USER', 'UNKNOWN']).optional(),
        advisory: text(256).optional(),
        defect: z.array(text(256)).optional(),
      })
      .optional(),
    tags: z.array(z.enum(CNA_TAGS)).optional(),
  })
  .superRefine((d, ctx) => {
    d.otherDescriptions?.forEach((o, i) => {
      if (ENGLISH.test(o.lang)) ctx.addIssue({ code: 'custom', path: ['otherDescriptions', i, 'lang'], message: "the English description goes in 'description'" });
    });
  });

/** A draft as a client sends it (defaults not yet applied). */
export type CveDraft = z.input<typeof cveDraftSchema>;
/** A draft after validation, with defaults applied. */
export type ParsedCveDraft = z.output<typeof cveDraftSchema>;

export const rejectionDraftSchema = z.object({
  /** Why the ID is rejected; a bare string is English. Needs an English entry. */
  reasons: z.array(localized).min(1).refine((r) => r.some((x) => ENGLISH.test(x.lang)), 'needs an English reason'),
  /** IDs this one was rejected in favour of (duplicates). */
  replacedBy: z.array(z.string().regex(/^CVE-[0-9]{4}-[0-9]{4,19}$/, "must be a CVE ID like 'CVE-2024-12345'")).optional(),
});
export type RejectionDraft = z.input<typeof rejectionDraftSchema>;
