import { z } from 'zod';
import type { XepSupportStatus } from './doap-vocabulary.ts';
import { parseSpecReference } from './xep-list.ts';

/**
 * Compliance-suite levels (XEP-0459, XEP-0479, …) from what a project declares in its DOAP
 * file. The suites are data (compliance-suites/*.json); this module only evaluates them.
 */

const requirement = z.enum(['required', 'required-any', 'no', 'n/a']);
export type Requirement = z.infer<typeof requirement>;

const provider = z.string().refine((p) => {
  const ref = parseSpecReference(p);
  return ref.xep !== null || ref.rfc !== null;
}, { message: 'a provider is "XEP-NNNN" or "RFC NNNN"' });

export const complianceSuiteSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  year: z.number().int().min(2000).max(2200),
  xep: z.number().int().positive(),
  xepVersion: z.string().min(1),
  xepStatus: z.string().min(1),
  supersededBy: z.string().nullable(),
  categories: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    includes: z.array(z.string()),
    features: z.array(z.object({
      feature: z.string().min(1),
      providers: z.array(provider).min(1),
      levels: z.object({ server: requirement, client: requirement, advancedServer: requirement, advancedClient: requirement }),
      note: z.string().optional(),
    })).min(1),
  })).min(1),
}).superRefine((suite, ctx) => {
  const ids = new Set(suite.categories.map((c) => c.id));
  for (const c of suite.categories) {
    for (const inc of c.includes) {
      if (!ids.has(inc) || inc === c.id) ctx.addIssue({ code: 'custom', message: `category ${c.id} includes unknown category ${inc}` });
    }
  }
});

export type ComplianceSuite = z.infer<typeof complianceSuiteSchema>;

export type ComplianceRole = 'server' | 'client';
export type ComplianceLevel = 'core' | 'advanced';

/** What a project declares: XEPs with their DOAP status, RFCs (DOAP gives RFCs no status). */
export interface DeclaredSupport {
  xeps: readonly { number: number; status: XepSupportStatus | null }[];
  rfcs: readonly number[];
}

export interface FeatureGap {
  /** The category the feature belongs to (core features count for every category). */
  category: string;
  feature: string;
  /** The providers the project lacks, or declares only partially. */
  providers: string[];
}

export interface LevelResult {
  role: ComplianceRole;
  level: ComplianceLevel;
  /** 'met-partially' when every requirement is declared but some only as partial. */
  state: 'met' | 'met-partially' | 'not-met';
  missing: FeatureGap[];
  partial: FeatureGap[];
}

export interface CategoryResult {
  id: string;
  name: string;
  levels: LevelResult[];
}

export interface ComplianceResult {
  suite: string;
  title: string;
  roles: ComplianceRole[];
  categories: CategoryResult[];
}

type Support = 'complete' | 'partial' | 'none';

function supportOf(declared: DeclaredSupport): (provider: string) => Support {
  const xeps = new Map<number, Support>();
  for (const x of declared.xeps) {
    const s: Support = x.status === 'complete' ? 'complete' : x.status === 'partial' ? 'partial' : 'none';
    if (s === 'complete' || !xeps.has(x.number)) xeps.set(x.number, s);
  }
  const rfcs = new Set(declared.rfcs);
  return (p) => {
    const ref = parseSpecReference(p);
    if (ref.xep !== null) return xeps.get(ref.xep) ?? 'none';
    return ref.rfc !== null && rfcs.has(ref.rfc) ? 'complete' : 'none';
  };
}

function column(role: ComplianceRole, level: ComplianceLevel): keyof ComplianceSuite['categories'][number]['features'][number]['levels'] {
  if (level === 'core') return role;
  return role === 'server' ? 'advancedServer' : 'advancedClient';
}

/** Roles a project can claim from its directory categories; both when the categories say neither. */
export function rolesForCategories(categories: readonly string[]): ComplianceRole[] {
  const roles: ComplianceRole[] = [];
  if (categories.includes('server')) roles.push('server');
  if (categories.includes('client') || categories.includes('library')) roles.push('client');
  return roles.length > 0 ? roles : ['server', 'client'];
}

export function evaluateCompliance(suite: ComplianceSuite, declared: DeclaredSupport, roles: readonly ComplianceRole[] = ['server', 'client']): ComplianceResult {
  const support = supportOf(declared);
  const byId = new Map(suite.categories.map((c) => [c.id, c]));
  const categories = suite.categories.map((category): CategoryResult => {
    const involved = [...category.includes.map((id) => byId.get(id)!), category];
    const levels: LevelResult[] = [];
    for (const role of roles) {
      for (const level of ['core', 'advanced'] as const) {
        const col = column(role, level);
        const missing: FeatureGap[] = [];
        const partial: FeatureGap[] = [];
        for (const cat of involved) {
          for (const f of cat.features) {
            const req = f.levels[col];
            if (req !== 'required' && req !== 'required-any') continue;
            const states = f.providers.map((p) => ({ p, s: support(p) }));
            if (req === 'required-any') {
              if (states.some((x) => x.s === 'complete')) continue;
              const partials = states.filter((x) => x.s === 'partial').map((x) => x.p);
              if (partials.length > 0) partial.push({ category: cat.id, feature: f.feature, providers: partials });
              else missing.push({ category: cat.id, feature: f.feature, providers: f.providers });
              continue;
            }
            const lacking = states.filter((x) => x.s === 'none').map((x) => x.p);
            const partials = states.filter((x) => x.s === 'partial').map((x) => x.p);
            if (lacking.length > 0) missing.push({ category: cat.id, feature: f.feature, providers: lacking });
            else if (partials.length > 0) partial.push({ category: cat.id, feature: f.feature, providers: partials });
          }
        }
        const state = missing.length > 0 ? 'not-met' : partial.length > 0 ? 'met-partially' : 'met';
        levels.push({ role, level, state, missing, partial });
      }
    }
    return { id: category.id, name: category.name, levels };
  });
  return { suite: suite.id, title: suite.title, roles: [...roles], categories };
}
