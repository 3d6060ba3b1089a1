import type { DoapProject, DoapRelease } from './doap-types.ts';
import { XEP_SUPPORT_STATUSES } from './doap-vocabulary.ts';
import type { XepSupportStatus } from './doap-vocabulary.ts';
import { compareVersions, sortVersions } from './version-order.ts';

export type XepStatusCounts = Record<XepSupportStatus | 'unspecified', number>;

export interface DoapSummary {
  name: string | null;
  categories: string[];
  programmingLanguages: string[];
  /** Where to browse or clone the code: the first repository's browse URL, else its location. */
  repository: string | null;
  releases: { count: number; newest: { revision: string | null; created: string | null } | null };
  xeps: { total: number; byStatus: XepStatusCounts };
  rfcs: number[];
}

/**
 * The newest release: the latest dated one (a same-day tie goes to the higher version when the
 * order is known); without dates, the highest version when all can be ordered; else null.
 */
export function newestRelease(releases: readonly DoapRelease[]): DoapRelease | null {
  let newest: DoapRelease | null = null;
  for (const r of releases) {
    if (r.created === null) continue;
    if (newest?.created == null || r.created > newest.created) newest = r;
    else if (r.created === newest.created && r.revision !== null && newest.revision !== null
      && compareVersions(r.revision, newest.revision) === 1) newest = r;
  }
  if (newest) return newest;
  const revisions = releases.map((r) => r.revision).filter((v): v is string => v !== null);
  if (revisions.length === 0) return null;
  const order = sortVersions(revisions);
  if (order.order === 'unknown') return null;
  const highest = order.sorted.at(-1);
  return releases.find((r) => r.revision === highest) ?? null;
}

export function countXepStatuses(project: DoapProject): XepStatusCounts {
  const counts = Object.fromEntries([...XEP_SUPPORT_STATUSES, 'unspecified'].map((s) => [s, 0])) as XepStatusCounts;
  for (const x of project.supportedXeps) counts[x.status ?? 'unspecified'] += 1;
  return counts;
}

export function summariseDoap(project: DoapProject): DoapSummary {
  const repo = project.repositories[0];
  const newest = newestRelease(project.releases);
  return {
    name: project.name,
    categories: project.categories,
    programmingLanguages: project.programmingLanguages,
    repository: repo ? (repo.browse ?? repo.location) : null,
    releases: {
      count: project.releases.length,
      newest: newest ? { revision: newest.revision, created: newest.created } : null,
    },
    xeps: { total: project.supportedXeps.length, byStatus: countXepStatuses(project) },
    rfcs: project.rfcs,
  };
}
