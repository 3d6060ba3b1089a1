import { sql, type Kysely, type Transaction } from 'kysely';
import type { Grade, ScanMode } from '@xmppsec/scanner';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Scan modes whose results answer a request for `mode`: the same, or a scan of both. */
export const coveringModes = (mode: ScanMode): ScanMode[] => (mode === 'both' ? ['both'] : [mode, 'both']);

export async function findDomain(db: Db, domain: string) {
  return db.selectFrom('observatory_domains').selectAll().where('domain', '=', domain).executeTakeFirst();
}

/** The newest completed scan of a domain, optionally only one that covers `mode`. */
export async function latestDoneScan(db: Db, domain: string, mode?: ScanMode) {
  let query = db.selectFrom('observatory_scans').selectAll().where('domain', '=', domain).where('status', '=', 'done');
  if (mode) query = query.where('mode', 'in', coveringModes(mode));
  return query.orderBy('finished_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function activeScan(db: Db, domain: string, mode: ScanMode) {
  return db
    .selectFrom('observatory_scans')
    .selectAll()
    .where('domain', '=', domain)
    .where('status', 'in', ['queued', 'running'])
    .where('mode', 'in', coveringModes(mode))
    .orderBy('requested_at')
    .limit(1)
    .executeTakeFirst();
}

/** Any queued or running scan of a domain, whatever its mode. */
export async function pendingScan(db: Db, domain: string) {
  return db.selectFrom('observatory_scans').select(['id']).where('domain', '=', domain).where('status', 'in', ['queued', 'running']).orderBy('requested_at').limit(1).executeTakeFirst();
}

export async function scanEvents(db: Db, scanId: string, afterSeq = 0) {
  return db.selectFrom('observatory_scan_events').select(['seq', 'at', 'type', 'message']).where('scan_id', '=', scanId).where('seq', '>', afterSeq).orderBy('seq').execute();
}

export interface HistoryRow {
  id: string;
  mode: ScanMode;
  finished_at: Date | null;
  grade: Grade | null;
  scanner_version: string | null;
  changes: Database['observatory_scans']['changes'];
}

export async function domainHistory(db: Db, domain: string, limit: number): Promise<HistoryRow[]> {
  return db
    .selectFrom('observatory_scans')
    .select(['id', 'mode', 'finished_at', 'grade', 'scanner_version', 'changes'])
    .where('domain', '=', domain)
    .where('status', '=', 'done')
    .orderBy('finished_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export interface DomainListRow {
  domain: string;
  opted_out: boolean;
  first_scanned_at: Date | null;
  last_scanned_at: Date | null;
  scan_id: string | null;
  grade: Grade | null;
  mode: ScanMode | null;
}

/** Scanned domains with their latest grade, by name; opted-out ones only when asked (team). */
export async function listDomains(db: Db, options: { offset: number; limit: number; includeOptedOut: boolean; grade?: Grade | 'none'; prefix?: string }): Promise<{ rows: DomainListRow[]; total: number }> {
  const filters = [sql`d.first_scanned_at IS NOT NULL`];
  if (!options.includeOptedOut) filters.push(sql`NOT d.opted_out`);
  if (options.prefix) filters.push(sql`d.domain LIKE ${`${options.prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (options.grade === 'none') filters.push(sql`latest.grade IS NULL`);
  else if (options.grade) filters.push(sql`latest.grade = ${options.grade}`);
  const where = sql.join(filters, sql` AND `);
  const from = sql`observatory_domains d
    LEFT JOIN LATERAL (
      SELECT s.id, s.grade, s.mode FROM observatory_scans s
      WHERE s.domain = d.domain AND s.status = 'done'
      ORDER BY s.finished_at DESC, s.id DESC LIMIT 1
    ) latest ON true`;
  const [rows, total] = await Promise.all([
    sql<DomainListRow>`SELECT d.domain, d.opted_out, d.first_scanned_at, d.last_scanned_at, latest.id AS scan_id, latest.grade, latest.mode
      FROM ${from} WHERE ${where} ORDER BY d.domain LIMIT ${options.limit} OFFSET ${options.offset}`.execute(db),
    sql<{ total: number }>`SELECT count(*)::int8 AS total FROM ${from} WHERE ${where}`.execute(db),
  ]);
  return { rows: rows.rows, total: total.rows[0]?.total ?? 0 };
}

/** Per-domain facts over the latest completed scan of every domain that has not opted out. */
export const DOMAIN_METRICS = [
  'sslv3', 'tls10', 'tls11', 'tls12', 'tls13', 'tls_below_12', 'dane', 'no_dane', 'certificate_expired', 'trust_failure',
  'identity_failure', 'starttls_not_required', 'plain_before_tls', 'dialback_only', 'no_channel_binding', 'registration',
] as const;
export type DomainMetric = (typeof DOMAIN_METRICS)[number];

export interface RawStatistics {
  domains: number;
  measuredAt: Date | null;
  grades: Partial<Record<Grade | 'none', number>>;
  /** For each metric: domains where it holds, and domains where it could be measured. */
  metrics: Record<DomainMetric, { count: number; sample: number }>;
}

const LATEST = sql`SELECT DISTINCT ON (s.domain) s.id, s.domain, s.grade, s.finished_at
  FROM observatory_scans s JOIN observatory_domains d ON d.domain = s.domain
  WHERE s.status = 'done' AND NOT d.opted_out
  ORDER BY s.domain, s.finished_at DESC, s.id DESC`;

/**
 * A domain has a property when any of its reachable targets has it (an attacker picks the
 * weakest door), except DANE and channel binding, which every target must have. A target where
 * a fact was not measured (null) does not count either way; a domain where no target measured
 * it is left out of that metric's sample.
 */
export async function rawStatistics(db: Db): Promise<RawStatistics> {
  const perDomain = sql`SELECT l.domain,
      bool_or(t.sslv3) AS sslv3, bool_or(t.tls10) AS tls10, bool_or(t.tls11) AS tls11, bool_or(t.tls12) AS tls12, bool_or(t.tls13) AS tls13,
      bool_or(coalesce(t.sslv3, false) OR coalesce(t.tls10, false) OR coalesce(t.tls11, false))
        FILTER (WHERE t.sslv3 IS NOT NULL OR t.tls10 IS NOT NULL OR t.tls11 IS NOT NULL) AS tls_below_12,
      bool_and(t.dane) AS dane,
      bool_or(NOT t.dane) AS no_dane,
      bool_or(t.certificate_expired) AS certificate_expired,
      bool_or(t.trust_failure) AS trust_failure,
      bool_or(t.identity_failure) AS identity_failure,
      bool_or(t.starttls_not_required) AS starttls_not_required,
      bool_or(t.plain_before_tls) AS plain_before_tls,
      bool_or(t.dialback_only) AS dialback_only,
      bool_or(NOT t.channel_binding) AS no_channel_binding,
      bool_or(t.registration) AS registration
    FROM (${LATEST}) l LEFT JOIN observatory_scan_targets t ON t.scan_id = l.id AND t.reachable
    GROUP BY l.domain`;
  const columns = sql.join(DOMAIN_METRICS.map((m) => sql`count(*) FILTER (WHERE ${sql.ref(m)}) AS ${sql.ref(`${m}_count`)}, count(${sql.ref(m)}) AS ${sql.ref(`${m}_sample`)}`));
  const [metrics, grades] = await Promise.all([
    sql<Record<string, number>>`SELECT ${columns} FROM (${perDomain}) p`.execute(db),
    sql<{ grade: Grade | null; domains: number; measured_at: Date | null }>`SELECT grade, count(*)::int8 AS domains, max(finished_at) AS measured_at FROM (${LATEST}) l GROUP BY grade`.execute(db),
  ]);
  const row = metrics.rows[0] ?? {};
  const result: RawStatistics = { domains: 0, measuredAt: null, grades: {}, metrics: {} as RawStatistics['metrics'] };
  for (const m of DOMAIN_METRICS) result.metrics[m] = { count: Number(row[`${m}_count`] ?? 0), sample: Number(row[`${m}_sample`] ?? 0) };
  for (const g of grades.rows) {
    result.grades[g.grade ?? 'none'] = Number(g.domains);
    result.domains += Number(g.domains);
    if (g.measured_at && (!result.measuredAt || g.measured_at > result.measuredAt)) result.measuredAt = new Date(g.measured_at);
  }
  return result;
}
