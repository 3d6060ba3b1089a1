import { z } from 'zod';
import { AttackTreeSchema } from './attack-tree.ts';
import { SpecRefSchema } from './refs.ts';
import { toRegisterIssues, type RegisterIssue } from './issues.ts';

/**
 * One threat of the register, following the Security SIG's template (XEP-0139): name, abstract,
 * definition with an attack tree, likelihood, damage, resulting priority (computed, see
 * priority.ts), existing approaches, gap, potential approaches with their implementation issues,
 * and the recommended approach. Objects are strict so a misspelt field is an error, not a loss.
 */

export const LEVELS = ['low', 'medium', 'high'] as const;
export const LevelSchema = z.enum(LEVELS, { error: 'use high, medium or low' });
export type Level = z.infer<typeof LevelSchema>;

export const THREAT_STATUSES = ['draft', 'reviewed', 'retired'] as const;
export const ThreatStatusSchema = z.enum(THREAT_STATUSES, { error: 'status is draft, reviewed or retired' });
export type ThreatStatus = z.infer<typeof ThreatStatusSchema>;

/**
 * Observatory statistics a threat can be measured by: each names the share of scanned servers
 * that show the weakness. The observatory publishes figures under these names.
 */
export const EXPOSURE_METRICS = [
  'starttls-not-required',
  'identity-failure',
  'tls-below-1.2',
  'no-dane',
  'plain-before-tls',
  'dialback-only',
  'no-channel-binding',
  'open-registration',
] as const;
export const ExposureMetricSchema = z.enum(EXPOSURE_METRICS, {
  error: `exposureMetric is one of ${EXPOSURE_METRICS.join(', ')}`,
});
export type ExposureMetric = z.infer<typeof ExposureMetricSchema>;

export const THREAT_TEXT_LIMIT = 20_000;

const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case words joined by single hyphens')
  .max(64, 'a slug has at most 64 characters');

const TitleSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'at most 200 characters')
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  .regex(/^[^\u0000-\u001F\u007F]*$/, 'one line without control characters');

/** Free text: paragraphs separated by blank lines, `- ` bullet items, `code` spans (see prose.ts). */
const ProseSchema = z
  .string()
  .max(THREAT_TEXT_LIMIT, `at most ${THREAT_TEXT_LIMIT} characters`)
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'no control characters')
  .refine((s) => s.trim() !== '', 'must not be empty');

function unique<T extends z.ZodType>(item: T, max: number, what: string) {
  return z
    .array(item)
    .max(max, `at most ${max} ${what}`)
    .refine((list) => new Set(list).size === list.length, `${what} must not repeat`);
}

export const ExistingApproachSchema = z.strictObject({
  name: TitleSchema,
  description: ProseSchema,
  refs: unique(SpecRefSchema, 20, 'references'),
});
export type ExistingApproach = z.infer<typeof ExistingApproachSchema>;

export const PotentialApproachSchema = z.strictObject({
  name: TitleSchema,
  description: ProseSchema,
  /** Why it may not get implemented: security measures that will not be implemented are useless. */
  implementationIssues: ProseSchema,
  refs: unique(SpecRefSchema, 20, 'references'),
});
export type PotentialApproach = z.infer<typeof PotentialApproachSchema>;

export const CVE_ID_PATTERN = /^CVE-\d{4}-\d{4,7}$/;

export const ThreatLinksSchema = z.strictObject({
  xeps: unique(z.number().int().min(1).max(9999), 50, 'XEP numbers'),
  rfcs: unique(z.number().int().min(1).max(99999), 50, 'RFC numbers'),
  cves: unique(z.string().regex(CVE_ID_PATTERN, 'a CVE ID looks like CVE-2016-0756'), 50, 'CVE IDs'),
});
export type ThreatLinks = z.infer<typeof ThreatLinksSchema>;

export const ThreatSchema = z.strictObject({
  slug: SlugSchema,
  name: TitleSchema,
  status: ThreatStatusSchema,
  tags: unique(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a tag is lower-case words joined by hyphens').max(40), 20, 'tags'),
  abstract: ProseSchema,
  definition: ProseSchema,
  tree: AttackTreeSchema,
  likelihood: LevelSchema,
  damage: LevelSchema,
  existingApproaches: z.array(ExistingApproachSchema).max(30),
  gap: ProseSchema,
  potentialApproaches: z.array(PotentialApproachSchema).max(30),
  /** May be "Do nothing at this time." */
  recommendation: ProseSchema,
  links: ThreatLinksSchema,
  exposureMetric: ExposureMetricSchema.optional(),
});
export type Threat = z.infer<typeof ThreatSchema>;

/** The fields in the order the template lists them; YAML export and diffs follow it. */
export const THREAT_FIELDS = [
  'slug',
  'name',
  'status',
  'tags',
  'abstract',
  'definition',
  'tree',
  'likelihood',
  'damage',
  'existingApproaches',
  'gap',
  'potentialApproaches',
  'recommendation',
  'links',
  'exposureMetric',
] as const satisfies readonly (keyof Threat)[];
export type ThreatField = (typeof THREAT_FIELDS)[number];

export const THREAT_FIELD_TITLES: Record<ThreatField, string> = {
  slug: 'Slug',
  name: 'Name',
  status: 'Status',
  tags: 'Tags',
  abstract: 'Abstract',
  definition: 'Definition',
  tree: 'Attack tree',
  likelihood: 'Likelihood',
  damage: 'Damage',
  existingApproaches: 'Existing approaches',
  gap: 'Gap',
  potentialApproaches: 'Potential approaches',
  recommendation: 'Recommended approach',
  links: 'Links',
  exposureMetric: 'Exposure metric',
};

export type ParseThreatResult = { ok: true; threat: Threat } | { ok: false; issues: RegisterIssue[] };

/** Validates a threat from any source (YAML, API body) into issues that name the tree node. */
export function parseThreat(input: unknown): ParseThreatResult {
  const result = ThreatSchema.safeParse(input);
  if (result.success) return { ok: true, threat: result.data };
  return { ok: false, issues: toRegisterIssues(result.error, input) };
}
