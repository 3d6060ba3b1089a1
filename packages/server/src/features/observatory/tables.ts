import type { Generated } from 'kysely';
import type { Grade, ScanMode, ScanReport, XmppMode } from '@xmppsec/scanner';

export const SCAN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

export const OPT_OUT_STATUSES = ['pending', 'active'] as const;
export type OptOutStatus = (typeof OPT_OUT_STATUSES)[number];

/** Every domain anyone asked about: scanned, queued, or opted out before ever being scanned. */
export interface ObservatoryDomainsTable {
  /** The comparison form: IDNA A-labels, lower case, no trailing dot. */
  domain: string;
  created_at: Date;
  first_scanned_at: Date | null;
  last_scanned_at: Date | null;
  /** Mirrors an active opt-out (kept in step by the same mutation); its scans are refused and its results hidden. */
  opted_out: Generated<boolean>;
}

export interface ScanProgress {
  phase: 'queued' | 'resolving' | 'probing' | 'storing' | 'done' | 'failed';
  /** Endpoints found by discovery; null until DNS is done. */
  targets: number | null;
  probesDone: number;
}

/** A finding as history compares it: one entry per code, with the modes it was seen in. */
export interface FindingDigest {
  code: string;
  severity: string;
  title: string;
  modes: XmppMode[];
}

/** What changed since the domain's previous completed scan. */
export interface ScanChanges {
  previousScanId: string;
  gradeFrom: Grade | null;
  gradeTo: Grade | null;
  added: FindingDigest[];
  removed: FindingDigest[];
}

export interface ObservatoryScansTable {
  id: string;
  domain: string;
  mode: ScanMode;
  status: ScanStatus;
  requested_at: Date;
  requested_by: string | null;
  requested_by_label: string;
  /** Who to count the request against: `user:<id>`, `ip:<keyed hash>` or `system:<label>`. */
  requester_key: string;
  /** The dispatcher does not start the scan before this (per-address pace). */
  not_before: Date;
  started_at: Date | null;
  finished_at: Date | null;
  /** A running scan whose lease passed was abandoned by its worker. */
  lease_until: Date | null;
  progress: ScanProgress;
  error_code: string | null;
  error_message: string | null;
  report: ScanReport | null;
  grade: Grade | null;
  grade_ignoring_trust: Grade | null;
  grades: Record<XmppMode, Grade | null> | null;
  scanner_version: string | null;
  findings: FindingDigest[] | null;
  changes: ScanChanges | null;
}

/** A progress event the UI shows while a scan runs. */
export interface ObservatoryScanEventsTable {
  scan_id: string;
  seq: number;
  at: Date;
  type: string;
  message: string;
}

/**
 * One row per target of a completed scan: the facts statistics count. A null means "not
 * measured on this target" (unreachable, no TLS, probe not run), never "no".
 */
export interface ObservatoryScanTargetsTable {
  scan_id: string;
  target_id: string;
  mode: XmppMode;
  transport: 'starttls' | 'directtls';
  host: string;
  port: number;
  address: string;
  family: number;
  reachable: boolean;
  grade: Grade | null;
  tls_version: string | null;
  sslv3: boolean | null;
  tls10: boolean | null;
  tls11: boolean | null;
  tls12: boolean | null;
  tls13: boolean | null;
  /** DNSSEC-validated TLSA records that match the chain. */
  dane: boolean | null;
  certificate_expired: boolean | null;
  trust_failure: boolean | null;
  identity_failure: boolean | null;
  /** STARTTLS transport only: what the features before TLS said. */
  starttls: 'none' | 'offered' | 'required' | null;
  starttls_not_required: boolean | null;
  plain_before_tls: boolean | null;
  /** s2s, when a client certificate was presented: no SASL EXTERNAL offered. */
  dialback_only: boolean | null;
  /** c2s: a -PLUS (channel-binding) SASL mechanism offered after TLS. */
  channel_binding: boolean | null;
  /** c2s: in-band registration (XEP-0077) advertised as a stream feature. */
  registration: boolean | null;
}

export interface ObservatoryOptOutsTable {
  domain: string;
  status: OptOutStatus;
  reason: string;
  /** How the team reaches the operator who asked (team only). */
  contact: string;
  requested_at: Date;
  requested_by_label: string;
  decided_at: Date | null;
  decided_by_label: string | null;
}

/** When an address was last scanned, to keep a polite pace per server. */
export interface ObservatoryAddressPaceTable {
  address: string;
  last_scan_at: Date;
}

export interface ObservatoryTables {
  observatory_domains: ObservatoryDomainsTable;
  observatory_scans: ObservatoryScansTable;
  observatory_scan_events: ObservatoryScanEventsTable;
  observatory_scan_targets: ObservatoryScanTargetsTable;
  observatory_opt_outs: ObservatoryOptOutsTable;
  observatory_address_pace: ObservatoryAddressPaceTable;
}
