import type { XepSupportStatus } from './doap-vocabulary.ts';
import { monthsBefore } from './maintenance-status.ts';
import type { XepInfo } from './xep-list.ts';

/**
 * XEPs that need the attention of the people who steer the standards process, from the XEP
 * list and what the projects on record declare. Pure: the caller passes `now`.
 */

export interface ProjectXepDeclarations {
  /** The directory's slug, or any stable name. */
  project: string;
  xeps: readonly { number: number; status: XepSupportStatus | null; version: string | null }[];
}

export interface XepImplementation {
  project: string;
  status: XepSupportStatus | null;
  version: string | null;
}

export interface StaleExperimentalXep {
  number: number;
  title: string;
  lastRevision: { version: string; date: string } | null;
  /** Whole months since the last revision. */
  monthsSinceRevision: number | null;
}

export interface AdvancementCandidate {
  number: number;
  title: string;
  completeImplementations: XepImplementation[];
}

export interface RetiredXepInUse {
  number: number;
  title: string;
  status: 'Deprecated' | 'Obsolete';
  implementations: XepImplementation[];
}

export interface XepHealthReport {
  generatedAt: string;
  dueForDeferral: StaleExperimentalXep[];
  advancementCandidates: AdvancementCandidate[];
  retiredButImplemented: RetiredXepInUse[];
}

export interface XepHealthOptions {
  now: Date;
  /** An Experimental XEP without a revision for this long is due for deferral (XEP-0001: 12 months). */
  staleAfterMonths?: number;
  /** How many projects must declare complete support to suggest advancement. */
  minCompleteImplementations?: number;
}

function wholeMonthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (monthsBefore(to, months) < from) months -= 1;
  return Math.max(0, months);
}

/** Still declared as working: complete or partial (not planned, removed, deprecated, wontfix). */
function inUse(status: XepSupportStatus | null): boolean {
  return status === 'complete' || status === 'partial';
}

export function xepHealthReport(
  xeps: readonly XepInfo[],
  projects: readonly ProjectXepDeclarations[],
  options: XepHealthOptions,
): XepHealthReport {
  const staleAfter = options.staleAfterMonths ?? 12;
  const minComplete = options.minCompleteImplementations ?? 2;
  const cutoff = monthsBefore(options.now, staleAfter);

  const implementations = new Map<number, XepImplementation[]>();
  for (const p of projects) {
    const seen = new Set<number>();
    for (const x of p.xeps) {
      if (seen.has(x.number)) continue;
      seen.add(x.number);
      const list = implementations.get(x.number) ?? [];
      list.push({ project: p.project, status: x.status, version: x.version });
      implementations.set(x.number, list);
    }
  }

  const report: XepHealthReport = {
    generatedAt: options.now.toISOString(),
    dueForDeferral: [],
    advancementCandidates: [],
    retiredButImplemented: [],
  };
  const numbered = xeps.filter((x): x is XepInfo & { number: number } => x.accepted && x.number !== null)
    .toSorted((a, b) => a.number - b.number);
  for (const xep of numbered) {
    const impls = implementations.get(xep.number) ?? [];
    if (xep.status === 'Experimental') {
      const revised = xep.lastRevision ? new Date(`${xep.lastRevision.date}T00:00:00Z`) : null;
      if (revised === null || revised < cutoff) {
        report.dueForDeferral.push({
          number: xep.number,
          title: xep.title,
          lastRevision: xep.lastRevision ? { version: xep.lastRevision.version, date: xep.lastRevision.date } : null,
          monthsSinceRevision: revised ? wholeMonthsBetween(revised, options.now) : null,
        });
      }
      const complete = impls.filter((i) => i.status === 'complete');
      if (complete.length >= minComplete) {
        report.advancementCandidates.push({ number: xep.number, title: xep.title, completeImplementations: complete });
      }
    }
    if (xep.status === 'Deprecated' || xep.status === 'Obsolete') {
      const using = impls.filter((i) => inUse(i.status));
      if (using.length > 0) {
        report.retiredButImplemented.push({ number: xep.number, title: xep.title, status: xep.status, implementations: using });
      }
    }
  }
  report.advancementCandidates.sort((a, b) => b.completeImplementations.length - a.completeImplementations.length || a.number - b.number);
  return report;
}
