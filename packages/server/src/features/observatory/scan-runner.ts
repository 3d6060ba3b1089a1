import { sql, type Kysely, type Transaction } from 'kysely';
import { DomainNameError, scanDomain, ScanOptionsError, type ScanMode, type ScanProgressEvent, type ScanReport } from '@xmppsec/scanner';
import { jobActor } from '../../authz/actor.ts';
import type { Clock } from '../../clock.ts';
import { json } from '../../db/json.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { addressRuleFor } from './address-policy.ts';
import { latestDoneScan } from './queries.ts';
import { digestFindings, diffScans, summariseTargets } from './report-summary.ts';
import type { ScanConfig } from './scan-config.ts';
import { assertResolverAllowed, disallowedAddresses, preflightAddresses, refuseIfDisallowed, ScanRefusedError } from './scan-guard.ts';
import type { ScanProgress } from './tables.ts';

/**
 * Runs queued scans. The scans table is the queue: a dispatcher claims rows (one transaction,
 * serialised across workers by an advisory lock so the global concurrency holds), runs the scan
 * with no transaction open (it is network I/O), then stores the result in one mutation. A
 * domain's known server addresses are paced: a scan that would reach an address scanned within
 * the interval waits. A running scan holds a lease; one whose worker vanished is failed by the
 * next dispatcher.
 */

export const RUN_SCANS_JOB = 'observatory.run-scans';
const CLAIM_LOCK_KEY = 7_204_400;
const CANDIDATES_PER_CLAIM = 25;
const LEASE_MARGIN_MS = 60_000;
/** A dispatcher stops claiming after this long, so one pg-boss job never outlives its expiry; the next run continues. */
const MAX_DRAIN_MS = 10 * 60_000;
const PROGRESS_WRITE_INTERVAL_MS = 1000;
export const MAX_EVENTS_PER_SCAN = 100;

export interface ScanRunnerDeps {
  db: Kysely<Database>;
  mutations: Mutations;
  clock: Clock;
  config: ScanConfig;
  log?: (message: string) => void;
}

interface ClaimedScan {
  id: string;
  domain: string;
  mode: ScanMode;
}

export function createScanRunner(deps: ScanRunnerDeps) {
  const { db, mutations, clock, config } = deps;
  const log = deps.log ?? ((message: string) => console.warn(message));
  const actor = jobActor(RUN_SCANS_JOB);
  let draining: Promise<number> | undefined;
  let again = false;
  const background = new Set<Promise<unknown>>();

  async function reapAbandoned(): Promise<void> {
    const now = clock.now();
    const stale = await db.selectFrom('observatory_scans').select(['id', 'domain']).where('status', '=', 'running').where('lease_until', '<', now).execute();
    for (const scan of stale) {
      await mutations.run(actor, async (trx) => {
        // Another worker may have reaped it (or the scan finished) since the read above: then this changes nothing but says so.
        const updated = await trx
          .updateTable('observatory_scans')
          .set({ status: 'failed', finished_at: now, lease_until: null, error_code: 'scan_abandoned', error_message: 'The worker running this scan stopped before it finished. Ask for a new scan.', progress: json<ScanProgress>({ phase: 'failed', targets: null, probesDone: 0 }) })
          .where('id', '=', scan.id)
          .where('status', '=', 'running')
          .where('lease_until', '<', now)
          .executeTakeFirst();
        const reaped = Number(updated.numUpdatedRows) > 0;
        return { result: undefined, audit: { action: 'observatory.scan.abandon', subject: { type: 'observatory_scan', id: scan.id }, details: { domain: scan.domain, reaped } } };
      });
    }
  }

  async function knownAddresses(trx: Transaction<Database>, domain: string): Promise<string[]> {
    const latest = await latestDoneScan(trx, domain);
    if (!latest) return [];
    const rows = await trx.selectFrom('observatory_scan_targets').select('address').distinct().where('scan_id', '=', latest.id).execute();
    return rows.map((r) => r.address);
  }

  async function markPace(trx: Transaction<Database>, addresses: readonly string[], at: Date): Promise<void> {
    for (const address of new Set(addresses)) {
      await trx
        .insertInto('observatory_address_pace')
        .values({ address, last_scan_at: at })
        .onConflict((c) => c.column('address').doUpdateSet({ last_scan_at: at }))
        .execute();
    }
  }

  /** Takes the next scan this worker may run now, or null (nothing due, or the global limit reached). */
  async function claimNext(): Promise<ClaimedScan | null> {
    return db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`.execute(trx);
      const now = clock.now();
      const { running } = await trx.selectFrom('observatory_scans').select((eb) => eb.fn.countAll<number>().as('running')).where('status', '=', 'running').executeTakeFirstOrThrow();
      if (Number(running) >= config.concurrency) return null;
      const candidates = await trx
        .selectFrom('observatory_scans')
        .select(['id', 'domain', 'mode'])
        .where('status', '=', 'queued')
        .where('not_before', '<=', now)
        .orderBy('requested_at')
        .orderBy('id')
        .limit(CANDIDATES_PER_CLAIM)
        .execute();
      for (const candidate of candidates) {
        const busy = await trx.selectFrom('observatory_scans').select('id').where('domain', '=', candidate.domain).where('status', '=', 'running').executeTakeFirst();
        if (busy) continue;
        const addresses = await knownAddresses(trx, candidate.domain);
        if (config.addressIntervalSeconds > 0 && addresses.length > 0) {
          const { last } = await trx.selectFrom('observatory_address_pace').select((eb) => eb.fn.max('last_scan_at').as('last')).where('address', 'in', addresses).executeTakeFirstOrThrow();
          const readyAt = last ? new Date(new Date(last).getTime() + config.addressIntervalSeconds * 1000) : now;
          if (readyAt > now) {
            await trx.updateTable('observatory_scans').set({ not_before: readyAt }).where('id', '=', candidate.id).execute();
            continue;
          }
        }
        await trx
          .updateTable('observatory_scans')
          .set({ status: 'running', started_at: now, lease_until: new Date(now.getTime() + config.timeoutMs + LEASE_MARGIN_MS), progress: json<ScanProgress>({ phase: 'resolving', targets: null, probesDone: 0 }) })
          .where('id', '=', candidate.id)
          .execute();
        await markPace(trx, addresses, now);
        return candidate;
      }
      return null;
    });
  }

  function progressRecorder(scanId: string, firstSeq: number) {
    let seq = firstSeq;
    let chain: Promise<void> = Promise.resolve();
    let lastWrite = 0;
    const progress: ScanProgress = { phase: 'resolving', targets: null, probesDone: 0 };
    const enqueue = (work: () => Promise<unknown>) => {
      chain = chain.then(work).then(() => undefined, (error: unknown) => log(`scan ${scanId}: could not record progress: ${(error as Error).message}`));
    };
    const event = (type: string, message: string) => {
      if (seq > MAX_EVENTS_PER_SCAN) return;
      const row = { scan_id: scanId, seq: seq++, at: clock.now(), type, message: message.slice(0, 500) };
      enqueue(() => db.insertInto('observatory_scan_events').values(row).execute());
    };
    const writeProgress = (force: boolean) => {
      const now = performance.now();
      if (!force && now - lastWrite < PROGRESS_WRITE_INTERVAL_MS) return;
      lastWrite = now;
      const snapshot = { ...progress };
      enqueue(() => db.updateTable('observatory_scans').set({ progress: json(snapshot) }).where('id', '=', scanId).where('status', '=', 'running').execute());
    };
    return {
      onScanner(e: ScanProgressEvent) {
        switch (e.type) {
          case 'domain-start':
            event('started', `Resolving the XMPP services of ${e.domain}`);
            break;
          case 'dns-done':
            progress.phase = 'probing';
            progress.targets = e.targets;
            event('discovered', e.targets === 0 ? 'No XMPP server found in DNS' : `Found ${e.targets} target${e.targets === 1 ? '' : 's'}; probing`);
            writeProgress(true);
            break;
          case 'probe-done':
            progress.probesDone = e.done;
            writeProgress(false);
            break;
          case 'target-done':
            event('target', `${e.target}: ${e.grade ?? 'unreachable'}`);
            break;
          case 'domain-done':
            progress.phase = 'storing';
            writeProgress(true);
            break;
        }
      },
      event,
      progress,
      /** Waits for pending writes; returns the next free event number. */
      async flush(): Promise<number> {
        await chain;
        return seq;
      },
    };
  }

  async function store(scan: ClaimedScan, report: ScanReport, nextSeq: number, probesDone: number): Promise<void> {
    await mutations.run(actor, async (trx) => {
      const now = clock.now();
      const previous = await latestDoneScan(trx, scan.domain);
      const findings = digestFindings(report);
      const changes = previous ? diffScans({ id: previous.id, grade: previous.grade, findings: previous.findings ?? [] }, { grade: report.grade, findings }) : null;
      const targets = summariseTargets(report);
      if (targets.length > 0) await trx.insertInto('observatory_scan_targets').values(targets.map((t) => ({ ...t, scan_id: scan.id }))).execute();
      await trx
        .updateTable('observatory_scans')
        .set({
          status: 'done', finished_at: now, lease_until: null, report: json(report), grade: report.grade, grade_ignoring_trust: report.gradeIgnoringTrust,
          grades: json(report.grades), scanner_version: report.scanner.version, findings: json(findings), changes: changes ? json(changes) : null,
          error_code: null, error_message: null, progress: json<ScanProgress>({ phase: 'done', targets: report.targets.length, probesDone }),
        })
        .where('id', '=', scan.id)
        .execute();
      await trx
        .updateTable('observatory_domains')
        .set((eb) => ({ first_scanned_at: eb.fn.coalesce('first_scanned_at', eb.val(now)), last_scanned_at: now }))
        .where('domain', '=', scan.domain)
        .execute();
      await markPace(trx, report.targets.map((t) => t.endpoint.address), now);
      if (nextSeq <= MAX_EVENTS_PER_SCAN + 1) {
        await trx.insertInto('observatory_scan_events').values({ scan_id: scan.id, seq: nextSeq, at: now, type: 'done', message: `Grade ${report.grade ?? 'none (no server reached)'}` }).execute();
      }
      return { result: undefined, audit: { action: 'observatory.scan.complete', subject: { type: 'observatory_scan', id: scan.id }, details: { domain: scan.domain, mode: scan.mode, grade: report.grade } } };
    });
  }

  async function fail(scan: ClaimedScan, code: string, message: string, nextSeq: number, progress: ScanProgress): Promise<void> {
    await mutations.run(actor, async (trx) => {
      const now = clock.now();
      await trx
        .updateTable('observatory_scans')
        .set({ status: 'failed', finished_at: now, lease_until: null, error_code: code, error_message: message, progress: json<ScanProgress>({ ...progress, phase: 'failed' }) })
        .where('id', '=', scan.id)
        .execute();
      if (nextSeq <= MAX_EVENTS_PER_SCAN + 1) await trx.insertInto('observatory_scan_events').values({ scan_id: scan.id, seq: nextSeq, at: now, type: 'failed', message }).execute();
      return { result: undefined, audit: { action: 'observatory.scan.fail', subject: { type: 'observatory_scan', id: scan.id }, details: { domain: scan.domain, code } } };
    });
  }

  async function execute(scan: ClaimedScan): Promise<void> {
    const { next } = await db.selectFrom('observatory_scan_events').select((eb) => eb.fn.max('seq').as('next')).where('scan_id', '=', scan.id).executeTakeFirstOrThrow();
    const recorder = progressRecorder(scan.id, Number(next ?? 0) + 1);
    const rule = addressRuleFor(config.allowPrivateTargets);
    let report: ScanReport;
    try {
      assertResolverAllowed(config.resolver);
      const domain = await db.selectFrom('observatory_domains').select('opted_out').where('domain', '=', scan.domain).executeTakeFirst();
      if (domain?.opted_out) throw new ScanRefusedError('domain_opted_out', `The operators of ${scan.domain} asked not to be scanned.`);
      await preflightAddresses(scan.domain, scan.mode, { resolver: config.resolver, rule });
      report = await scanDomain(scan.domain, {
        mode: scan.mode,
        ...(config.resolver ? { resolver: config.resolver } : {}),
        extraCa: config.extraCa,
        timeoutMs: config.timeoutMs,
        concurrency: config.connectionsPerScan,
        ...(config.clientCertificate ? { clientCertificate: config.clientCertificate } : {}),
        onProgress: recorder.onScanner,
      });
      // The scanner resolved again by itself: an answer that changed in between must not slip through.
      refuseIfDisallowed(scan.domain, disallowedAddresses(report, rule), rule);
    } catch (error) {
      const { code, message } = describeFailure(error);
      if (code === 'scan_failed') log(`scan ${scan.id} of ${scan.domain} failed: ${(error as Error).stack ?? String(error)}`);
      await fail(scan, code, message, await recorder.flush(), recorder.progress);
      return;
    }
    await store(scan, report, await recorder.flush(), recorder.progress.probesDone);
  }

  async function drain(): Promise<number> {
    const started = performance.now();
    const running = new Set<Promise<void>>();
    let count = 0;
    await reapAbandoned();
    for (;;) {
      while (running.size < config.concurrency && performance.now() - started < MAX_DRAIN_MS) {
        const scan = await claimNext();
        if (!scan) break;
        count++;
        const task: Promise<void> = execute(scan)
          .catch((error: unknown) => log(`scan ${scan.id} of ${scan.domain} could not be stored: ${(error as Error).message}`))
          .finally(() => running.delete(task));
        running.add(task);
      }
      if (running.size === 0) {
        if (!again) return count;
        again = false;
        continue;
      }
      await Promise.race(running);
    }
  }

  return {
    /** Runs every due scan (this process: one drain at a time; callers during a drain share it). */
    drain(): Promise<number> {
      if (draining) {
        again = true;
        return draining;
      }
      draining = drain().finally(() => {
        draining = undefined;
      });
      return draining;
    },

    /** Starts a drain in the background after a request; failures are logged, and the job retries every minute. */
    runSoon(): void {
      const task = this.drain().catch((error: unknown) => log(`observatory dispatcher failed: ${(error as Error).message}`));
      background.add(task);
      void task.finally(() => background.delete(task));
    },

    /** Resolves when background drains have finished (tests, shutdown). */
    async idle(): Promise<void> {
      while (background.size > 0 || draining) await Promise.allSettled([...background, draining]);
    },
  };
}

export type ScanRunner = ReturnType<typeof createScanRunner>;

function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof ScanRefusedError) return { code: error.code, message: error.message };
  if (error instanceof DomainNameError) return { code: 'invalid_domain', message: error.message };
  if (error instanceof ScanOptionsError) return { code: 'scan_misconfigured', message: `The observatory's scanner is misconfigured: ${error.message}` };
  return { code: 'scan_failed', message: `The scan failed: ${(error as Error).message ?? String(error)}`.slice(0, 1000) };
}
