/**
 * Maintenance status of a project from its signals. Pure: the caller supplies `now` and the
 * dates. Nothing here archives anything; it only says whether the team should look.
 */

export const MAINTENANCE_STATES = ['active', 'quiet', 'unconfirmed', 'archived'] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

export type SignalKind = 'release' | 'doap-change' | 'confirmation';

export interface MaintenanceInputs {
  newestReleaseAt: Date | null;
  newestDoapChangeAt: Date | null;
  lastConfirmedAt: Date | null;
  archived: boolean;
  /** When the team archived it, shown with the state. */
  archivedAt?: Date | null;
  now: Date;
}

export interface MaintenanceSignal {
  kind: SignalKind;
  /** ISO timestamp, or null when there never was one. */
  at: string | null;
  /** Whole days between the signal and now. */
  ageDays: number | null;
  /** Within the window that keeps a project out of "quiet" (and, for confirmations, "unconfirmed"). */
  fresh: boolean;
}

export interface MaintenanceStatus {
  state: MaintenanceState;
  signals: MaintenanceSignal[];
  archivedAt: string | null;
  /** Suggested for archival by the team; never acted on automatically. */
  archivalCandidate: boolean;
  reasons: string[];
}

export const QUIET_AFTER_MONTHS = 24;
export const UNCONFIRMED_AFTER_MONTHS = 13;

const DAY_MS = 86_400_000;

/** `date` moved back by whole calendar months, in UTC; the 31st becomes the month's last day. */
export function monthsBefore(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(date.getUTCDate(), lastDay);
  return new Date(Date.UTC(y, m, d, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()));
}

function describe(kind: SignalKind): string {
  return kind === 'release' ? 'release' : kind === 'doap-change' ? 'change to the DOAP file' : 'maintainer confirmation';
}

export function maintenanceStatus(input: MaintenanceInputs): MaintenanceStatus {
  const quietCutoff = monthsBefore(input.now, QUIET_AFTER_MONTHS);
  const confirmCutoff = monthsBefore(input.now, UNCONFIRMED_AFTER_MONTHS);
  // A date in the future (clock skew, a typo in a DOAP file) counts as now, not as a bonus.
  const effective = (at: Date | null) => (at && at > input.now ? input.now : at);
  const signal = (kind: SignalKind, at: Date | null): MaintenanceSignal => {
    const e = effective(at);
    const cutoff = kind === 'confirmation' ? confirmCutoff : quietCutoff;
    return {
      kind,
      at: at ? at.toISOString() : null,
      ageDays: e ? Math.floor((input.now.getTime() - e.getTime()) / DAY_MS) : null,
      fresh: e !== null && e >= cutoff,
    };
  };
  const dates = [input.newestReleaseAt, input.newestDoapChangeAt, input.lastConfirmedAt];
  const signals = [
    signal('release', input.newestReleaseAt),
    signal('doap-change', input.newestDoapChangeAt),
    signal('confirmation', input.lastConfirmedAt),
  ];
  const archivedAt = input.archived && input.archivedAt ? input.archivedAt.toISOString() : null;
  if (input.archived) {
    return { state: 'archived', signals, archivedAt, archivalCandidate: false, reasons: ['archived by the security team'] };
  }

  const anyWithinTwoYears = dates.some((d) => {
    const e = effective(d);
    return e !== null && e >= quietCutoff;
  });
  const confirmation = signals[2]!;
  const reasons: string[] = [];
  let state: MaintenanceState;
  if (!anyWithinTwoYears) {
    state = 'quiet';
    for (const s of signals) {
      reasons.push(s.at === null ? `no ${describe(s.kind)} on record` : `last ${describe(s.kind)} ${s.at.slice(0, 10)} (${s.ageDays} days ago)`);
    }
    reasons.unshift(`no signal in the last ${QUIET_AFTER_MONTHS} months`);
  } else if (!confirmation.fresh) {
    state = 'unconfirmed';
    reasons.push(confirmation.at === null
      ? 'the maintainers have never confirmed the entry'
      : `last confirmed ${confirmation.at.slice(0, 10)}, more than ${UNCONFIRMED_AFTER_MONTHS} months ago`);
  } else {
    state = 'active';
  }
  return { state, signals, archivedAt, archivalCandidate: state === 'quiet', reasons };
}
