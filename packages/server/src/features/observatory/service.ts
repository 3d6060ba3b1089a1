import { createHmac, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { GRADES, type Grade, type ScanMode, type ScanReport, type XmppMode } from '@xmppsec/scanner';
import { actorLabel, anonymous, type Actor } from '../../authz/actor.ts';
import type { Clock } from '../../clock.ts';
import { json } from '../../db/json.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { serverSecret } from '../../db/settings.ts';
import { badRequest, conflict, notFound, tooMany, type AppError } from '../../errors.ts';
import type { ExposureMetric } from '../threats/model.ts';
import type { ExposureFigure } from '../threats/register-render.ts';
import { gradeBadge, renderBadge } from './badge.ts';
import { parseDomainInput } from './domain-input.ts';
import { explainReport, type Explanation } from './explain.ts';
import { canSeeDomain, exemptFromRequestLimits, observatoryPolicy } from './policy.ts';
import { activeScan, domainHistory, findDomain, latestDoneScan, listDomains, pendingScan, rawStatistics, scanEvents, type DomainMetric } from './queries.ts';
import type { ScanConfig } from './scan-config.ts';
import { createScanRunner } from './scan-runner.ts';
import type { ObservatoryScansTable, OptOutStatus, ScanChanges, ScanProgress, ScanStatus } from './tables.ts';

export interface ObservatoryDeps {
  db: Kysely<Database>;
  mutations: Mutations;
  clock: Clock;
  config: ScanConfig;
  /** Start queued scans in this process right after a request (processes that run workers). */
  autoDispatch: boolean;
  log?: (message: string) => void;
}

export interface ScanEvent {
  seq: number;
  at: Date;
  type: string;
  message: string;
}

export interface ScanView {
  id: string;
  domain: string;
  mode: ScanMode;
  status: ScanStatus;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  progress: ScanProgress;
  events: ScanEvent[];
  grade: Grade | null;
  gradeIgnoringTrust: Grade | null;
  grades: Record<XmppMode, Grade | null> | null;
  scannerVersion: string | null;
  error: { code: string; message: string } | null;
  changes: ScanChanges | null;
  /** The full report, once the scan is done. */
  report: ScanReport | null;
}

export interface ScanRequestResult {
  scan: ScanView;
  /** An earlier scan answers the request: one still running, or one finished within the reuse window. */
  reused: 'in-progress' | 'recent' | null;
}

export interface HistoryEntry {
  scanId: string;
  mode: ScanMode;
  finishedAt: Date;
  grade: Grade | null;
  scannerVersion: string | null;
  changes: ScanChanges | null;
}

export interface DomainView {
  domain: string;
  optedOut: boolean;
  firstScannedAt: Date | null;
  lastScannedAt: Date | null;
  latest: ScanView | null;
  explanation: Explanation | null;
  history: HistoryEntry[];
  /** A scan of the domain that is queued or running, if any. */
  pendingScanId: string | null;
}

export interface Share {
  count: number;
  sample: number;
  /** count / sample, or null when nothing was measured. */
  share: number | null;
}

export const TLS_VERSION_NAMES = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export const STATISTIC_NAMES = [
  'tls-below-1.2', 'dane', 'no-dane', 'certificate-expired', 'trust-failure', 'identity-failure', 'starttls-not-required',
  'plain-before-tls', 'dialback-only', 'no-channel-binding', 'open-registration',
] as const;
export type StatisticName = (typeof STATISTIC_NAMES)[number];

export interface Statistics {
  /** Domains counted: each one's latest completed scan, opted-out domains left out. */
  domains: number;
  measuredAt: Date | null;
  grades: Record<Grade | 'none', Share>;
  tlsVersions: Record<(typeof TLS_VERSION_NAMES)[number], Share>;
  metrics: Record<StatisticName, Share>;
}

const TLS_COLUMNS: Record<(typeof TLS_VERSION_NAMES)[number], DomainMetric> = { SSLv3: 'sslv3', TLSv1: 'tls10', 'TLSv1.1': 'tls11', 'TLSv1.2': 'tls12', 'TLSv1.3': 'tls13' };
const STATISTIC_COLUMNS: Record<StatisticName, DomainMetric> = {
  'tls-below-1.2': 'tls_below_12', dane: 'dane', 'no-dane': 'no_dane', 'certificate-expired': 'certificate_expired', 'trust-failure': 'trust_failure',
  'identity-failure': 'identity_failure', 'starttls-not-required': 'starttls_not_required', 'plain-before-tls': 'plain_before_tls',
  'dialback-only': 'dialback_only', 'no-channel-binding': 'no_channel_binding', 'open-registration': 'registration',
};
/** The threat register's exposure metrics, measured by the statistic of the same meaning. */
export const EXPOSURE_STATISTICS: Record<ExposureMetric, StatisticName> = {
  'starttls-not-required': 'starttls-not-required',
  'identity-failure': 'identity-failure',
  'tls-below-1.2': 'tls-below-1.2',
  'no-dane': 'no-dane',
  'plain-before-tls': 'plain-before-tls',
  'dialback-only': 'dialback-only',
  'no-channel-binding': 'no-channel-binding',
  'open-registration': 'open-registration',
};

export interface OptOutView {
  domain: string;
  status: OptOutStatus;
  reason: string;
  contact: string;
  requestedAt: Date;
  requestedBy: string;
  decidedAt: Date | null;
  decidedBy: string | null;
}

export const MAX_REASON_LENGTH = 2000;
export const MAX_CONTACT_LENGTH = 254;
const HISTORY_LIMIT = 100;
const RATE_WINDOW_MS = 3_600_000;

const share = (count: number, sample: number): Share => ({ count, sample, share: sample > 0 ? count / sample : null });

export function createObservatoryService(deps: ObservatoryDeps) {
  const { db, mutations, clock, config } = deps;
  const runner = createScanRunner({ db, mutations, clock, config, ...(deps.log ? { log: deps.log } : {}) });
  let secret: string | undefined;

  async function requesterKey(actor: Actor, clientAddress: string | undefined): Promise<string> {
    if (actor.kind === 'user') return `user:${actor.userId}`;
    if (actor.kind === 'system') return `system:${actor.label}`;
    // Anonymous callers are counted by address, kept only as a keyed hash: the table holds no IP addresses.
    secret ??= await serverSecret({ db, mutations, clock }, actor);
    return `ip:${createHmac('sha256', secret).update(clientAddress ?? 'unknown').digest('hex').slice(0, 32)}`;
  }

  async function assertWithinRequestLimit(key: string): Promise<void> {
    const since = new Date(clock.now().getTime() - RATE_WINDOW_MS);
    const recent = await db.selectFrom('observatory_scans').select('requested_at').where('requester_key', '=', key).where('requested_at', '>', since).orderBy('requested_at').execute();
    if (recent.length < config.requestsPerHour) return;
    const retryAt = new Date(recent[0]!.requested_at.getTime() + RATE_WINDOW_MS);
    throw tooMany(`You asked for ${recent.length} scans in the last hour; the limit is ${config.requestsPerHour}. Try again after ${retryAt.toISOString().slice(11, 16)} UTC.`);
  }

  async function view(row: Selectable<ObservatoryScansTable>, options: { afterSeq?: number } = {}): Promise<ScanView> {
    const events = await scanEvents(db, row.id, options.afterSeq ?? 0);
    return {
      id: row.id,
      domain: row.domain,
      mode: row.mode,
      status: row.status,
      requestedAt: row.requested_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      progress: row.progress,
      events,
      grade: row.grade,
      gradeIgnoringTrust: row.grade_ignoring_trust,
      grades: row.grades,
      scannerVersion: row.scanner_version,
      error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
      changes: row.changes,
      report: row.report ? publicReport(row.report) : null,
    };
  }

  /** The domain, if the actor may see its results; opted-out domains look absent to the public. */
  async function visibleDomain(actor: Actor, domain: string) {
    observatoryPolicy.assert(actor, 'observatory.read');
    const row = await findDomain(db, domain);
    return row && canSeeDomain(actor, row) ? row : undefined;
  }

  function optedOutError(domain: string): AppError {
    return conflict('domain_opted_out', `The operators of ${domain} asked not to be scanned, so the observatory does not scan it. If you run ${domain} and want scans again, write to the security team.`);
  }

  async function statistics(actor: Actor): Promise<Statistics> {
    observatoryPolicy.assert(actor, 'observatory.read');
    const raw = await rawStatistics(db);
    const metric = (column: DomainMetric) => share(raw.metrics[column].count, raw.metrics[column].sample);
    return {
      domains: raw.domains,
      measuredAt: raw.measuredAt,
      grades: Object.fromEntries([...GRADES, 'none' as const].map((g) => [g, share(raw.grades[g] ?? 0, raw.domains)])) as Statistics['grades'],
      tlsVersions: Object.fromEntries(TLS_VERSION_NAMES.map((v) => [v, metric(TLS_COLUMNS[v])])) as Statistics['tlsVersions'],
      metrics: Object.fromEntries(STATISTIC_NAMES.map((name) => [name, metric(STATISTIC_COLUMNS[name])])) as Statistics['metrics'],
    };
  }

  function optOutView(row: Selectable<Database['observatory_opt_outs']>): OptOutView {
    return {
      domain: row.domain,
      status: row.status,
      reason: row.reason,
      contact: row.contact,
      requestedAt: row.requested_at,
      requestedBy: row.requested_by_label,
      decidedAt: row.decided_at,
      decidedBy: row.decided_by_label,
    };
  }

  const service = {
    /**
     * Asks for a scan of a domain. A scan of the same domain that is queued or running, or one
     * finished within the reuse window, answers instead (the team may force a new one). Refused
     * for opted-out domains, and beyond the per-requester hourly limit.
     */
    async requestScan(actor: Actor, input: { domain: string; mode?: ScanMode; force?: boolean }, context: { clientAddress?: string } = {}): Promise<ScanRequestResult> {
      observatoryPolicy.assert(actor, 'observatory.scan.request');
      if (input.force) observatoryPolicy.assert(actor, 'observatory.scan.force');
      const domain = parseDomainInput(input.domain);
      const mode = input.mode ?? 'both';
      const existing = await findDomain(db, domain);
      if (existing?.opted_out) throw optedOutError(domain);

      const active = await activeScan(db, domain, mode);
      if (active) return { scan: await view(active), reused: 'in-progress' };
      if (!input.force && config.reuseMinutes > 0) {
        const recent = await latestDoneScan(db, domain, mode);
        if (recent?.finished_at && recent.finished_at.getTime() >= clock.now().getTime() - config.reuseMinutes * 60_000) {
          return { scan: await view(recent), reused: 'recent' };
        }
      }
      const key = await requesterKey(actor, context.clientAddress);
      if (!exemptFromRequestLimits(actor)) await assertWithinRequestLimit(key);

      const id = randomUUID();
      try {
        await mutations.run(actor, async (trx) => {
          const now = clock.now();
          await trx.insertInto('observatory_domains').values({ domain, created_at: now }).onConflict((c) => c.column('domain').doNothing()).execute();
          const row = await trx.selectFrom('observatory_domains').select('opted_out').where('domain', '=', domain).executeTakeFirstOrThrow();
          if (row.opted_out) throw optedOutError(domain);
          await trx
            .insertInto('observatory_scans')
            .values({
              id, domain, mode, status: 'queued', requested_at: now, requested_by: actor.kind === 'user' ? actor.userId : null,
              requested_by_label: actorLabel(actor), requester_key: key, not_before: now,
              progress: json<ScanProgress>({ phase: 'queued', targets: null, probesDone: 0 }),
              report: null, grade: null, grade_ignoring_trust: null, grades: null, scanner_version: null, findings: null, changes: null,
              started_at: null, finished_at: null, lease_until: null, error_code: null, error_message: null,
            })
            .execute();
          await trx.insertInto('observatory_scan_events').values({ scan_id: id, seq: 1, at: now, type: 'queued', message: 'Queued; waiting for a scanner' }).execute();
          return { result: undefined, audit: { action: 'observatory.scan.request', subject: { type: 'observatory_scan', id }, details: { domain, mode, forced: input.force === true } } };
        });
      } catch (error) {
        // Two requests at once: the unique index keeps one queued scan per domain and mode; the other gets it.
        if (isUniqueViolation(error)) {
          const winner = await activeScan(db, domain, mode);
          if (winner) return { scan: await view(winner), reused: 'in-progress' };
        }
        throw error;
      }
      if (deps.autoDispatch) runner.runSoon();
      const created = await db.selectFrom('observatory_scans').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return { scan: await view(created), reused: null };
    },

    /** A scan with its progress events (those after `afterSeq` when given) and, once done, its report. */
    async getScan(actor: Actor, id: string, options: { afterSeq?: number } = {}): Promise<ScanView> {
      observatoryPolicy.assert(actor, 'observatory.read');
      const row = await db.selectFrom('observatory_scans').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row || !(await visibleDomain(actor, row.domain))) throw notFound('That scan');
      return view(row, options);
    },

    /** The latest report of a domain with the reasons for its grade, what to fix, and its history. */
    async getDomain(actor: Actor, input: string): Promise<DomainView> {
      const domain = parseDomainInput(input);
      const row = await visibleDomain(actor, domain);
      if (!row) throw notFound(`A scan of ${domain}`);
      const [latest, history, pending] = await Promise.all([latestDoneScan(db, domain), domainHistory(db, domain, HISTORY_LIMIT), pendingScan(db, domain)]);
      if (!latest && !pending) throw notFound(`A scan of ${domain}`);
      return {
        domain,
        optedOut: row.opted_out,
        firstScannedAt: row.first_scanned_at,
        lastScannedAt: row.last_scanned_at,
        latest: latest ? await view(latest) : null,
        explanation: latest?.report ? explainReport(latest.report) : null,
        history: history.map((h) => ({ scanId: h.id, mode: h.mode, finishedAt: h.finished_at!, grade: h.grade, scannerVersion: h.scanner_version, changes: h.changes })),
        pendingScanId: pending?.id ?? null,
      };
    },

    /** Scanned domains with their latest grade, by name, a page at a time. */
    async listDomains(actor: Actor, options: { page?: number; perPage?: number; grade?: Grade | 'none'; prefix?: string } = {}) {
      observatoryPolicy.assert(actor, 'observatory.read');
      const perPage = Math.min(Math.max(options.perPage ?? 50, 1), 200);
      const page = Math.max(options.page ?? 1, 1);
      const prefix = options.prefix ? options.prefix.trim().toLowerCase() : undefined;
      const { rows, total } = await listDomains(db, {
        offset: (page - 1) * perPage, limit: perPage, includeOptedOut: observatoryPolicy.can(actor, 'observatory.read_opted_out'),
        ...(options.grade ? { grade: options.grade } : {}), ...(prefix ? { prefix } : {}),
      });
      return {
        page, perPage, total,
        domains: rows.map((r) => ({ domain: r.domain, grade: r.grade, mode: r.mode, scanId: r.scan_id, optedOut: r.opted_out, firstScannedAt: r.first_scanned_at, lastScannedAt: r.last_scanned_at })),
      };
    },

    /** The badge for a domain; unknown and opted-out domains get a neutral "not scanned" one. */
    async badge(actor: Actor, input: string): Promise<{ svg: string; grade: Grade | null; scanned: boolean }> {
      const domain = parseDomainInput(input);
      const row = await visibleDomain(actor, domain);
      const latest = row ? await latestDoneScan(db, domain) : undefined;
      return { svg: renderBadge(gradeBadge(domain, latest?.grade ?? null, latest !== undefined)), grade: latest?.grade ?? null, scanned: latest !== undefined };
    },

    statistics,

    /** For the threat register: the share of domains exposed to a threat, or undefined when nothing was measured. */
    async exposure(actor: Actor, metric: ExposureMetric): Promise<ExposureFigure | undefined> {
      const stats = await statistics(actor);
      const figure = stats.metrics[EXPOSURE_STATISTICS[metric]];
      if (figure.share === null || !stats.measuredAt) return undefined;
      return { share: figure.share, sample: figure.sample, measuredAt: stats.measuredAt.toISOString() };
    },

    /** `exposure` for the public, as the threat register's exposure source takes it. */
    exposureSource: (metric: ExposureMetric): Promise<ExposureFigure | undefined> => service.exposure(anonymous('api'), metric),

    /** An operator asks for their domain not to be scanned; the team confirms (see README.md). */
    async requestOptOut(actor: Actor, input: { domain: string; contact: string; reason: string }): Promise<{ domain: string; status: OptOutStatus }> {
      observatoryPolicy.assert(actor, 'observatory.opt_out.request');
      const domain = parseDomainInput(input.domain);
      const contact = input.contact.trim();
      if (contact.length === 0 || contact.length > MAX_CONTACT_LENGTH || !/^[^\s@]+@[^\s@]+$/.test(contact)) {
        throw badRequest('invalid_contact', 'Give an e-mail or XMPP address where the security team can reach you to confirm.');
      }
      if (input.reason.length > MAX_REASON_LENGTH) throw badRequest('reason_too_long', `Keep the reason under ${MAX_REASON_LENGTH} characters.`);
      return mutations.run(actor, async (trx) => {
        const now = clock.now();
        await trx.insertInto('observatory_domains').values({ domain, created_at: now }).onConflict((c) => c.column('domain').doNothing()).execute();
        const existing = await trx.selectFrom('observatory_opt_outs').select('status').where('domain', '=', domain).executeTakeFirst();
        if (!existing) {
          await trx
            .insertInto('observatory_opt_outs')
            .values({ domain, status: 'pending', reason: input.reason.trim(), contact, requested_at: now, requested_by_label: actorLabel(actor), decided_at: null, decided_by_label: null })
            .execute();
        }
        const status = existing?.status ?? 'pending';
        return { result: { domain, status }, audit: { action: 'observatory.opt_out.request', subject: { type: 'observatory_domain', id: domain }, details: { status, repeated: existing !== undefined } } };
      });
    },

    /** The team opts a domain out (confirming a request, or on its own): scans are refused, results hidden, queued scans cancelled. */
    async addOptOut(actor: Actor, input: { domain: string; reason?: string }): Promise<OptOutView> {
      observatoryPolicy.assert(actor, 'observatory.opt_out.manage');
      const domain = parseDomainInput(input.domain);
      const reason = (input.reason ?? '').trim();
      if (reason.length > MAX_REASON_LENGTH) throw badRequest('reason_too_long', `Keep the reason under ${MAX_REASON_LENGTH} characters.`);
      return mutations.run(actor, async (trx) => {
        const now = clock.now();
        const label = actorLabel(actor);
        await trx.insertInto('observatory_domains').values({ domain, created_at: now }).onConflict((c) => c.column('domain').doNothing()).execute();
        await trx
          .insertInto('observatory_opt_outs')
          .values({ domain, status: 'active', reason, contact: '', requested_at: now, requested_by_label: label, decided_at: now, decided_by_label: label })
          .onConflict((c) => c.column('domain').doUpdateSet({ status: 'active', decided_at: now, decided_by_label: label, ...(reason ? { reason } : {}) }))
          .execute();
        await trx.updateTable('observatory_domains').set({ opted_out: true }).where('domain', '=', domain).execute();
        const cancelled = await trx
          .updateTable('observatory_scans')
          .set({ status: 'failed', finished_at: now, lease_until: null, error_code: 'domain_opted_out', error_message: `The operators of ${domain} asked not to be scanned.`, progress: json<ScanProgress>({ phase: 'failed', targets: null, probesDone: 0 }) })
          .where('domain', '=', domain)
          .where('status', '=', 'queued')
          .returning('id')
          .execute();
        const row = await trx.selectFrom('observatory_opt_outs').selectAll().where('domain', '=', domain).executeTakeFirstOrThrow();
        return { result: optOutView(row), audit: { action: 'observatory.opt_out.add', subject: { type: 'observatory_domain', id: domain }, details: { cancelledScans: cancelled.map((c) => c.id) } } };
      });
    },

    /** Ends an opt-out, or turns down a pending request. */
    async removeOptOut(actor: Actor, input: string): Promise<void> {
      observatoryPolicy.assert(actor, 'observatory.opt_out.manage');
      const domain = parseDomainInput(input);
      await mutations.run(actor, async (trx) => {
        const removed = await trx.deleteFrom('observatory_opt_outs').where('domain', '=', domain).returning('status').executeTakeFirst();
        if (!removed) throw notFound(`An opt-out for ${domain}`);
        await trx.updateTable('observatory_domains').set({ opted_out: false }).where('domain', '=', domain).execute();
        return { result: undefined, audit: { action: 'observatory.opt_out.remove', subject: { type: 'observatory_domain', id: domain }, details: { was: removed.status } } };
      });
    },

    async listOptOuts(actor: Actor, filter: { status?: OptOutStatus } = {}): Promise<OptOutView[]> {
      observatoryPolicy.assert(actor, 'observatory.opt_out.list');
      let query = db.selectFrom('observatory_opt_outs').selectAll();
      if (filter.status) query = query.where('status', '=', filter.status);
      return (await query.orderBy('status', 'desc').orderBy('domain').execute()).map(optOutView);
    },

    /** Runs every due scan now (the job's handler; the CLI's --wait). Returns how many were started. */
    drain: () => runner.drain(),
    /** Resolves when scans started in the background by this process have finished. */
    idle: () => runner.idle(),
  };
  return service;
}

export type ObservatoryService = ReturnType<typeof createObservatoryService>;

/** Reports are public; the address of the observatory's own resolver is not part of what was observed about the domain. */
function publicReport(report: ScanReport): ScanReport {
  return { ...report, dns: { ...report.dns, resolver: 'the observatory\'s resolver' } };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
