/**
 * TypeScript shapes of CVE JSON 5.x records (CVE_Record_Format_bundled.json), for the parts xmppsec
 * reads and writes. The official schema stays the authority: every record is validated against it,
 * and fields not modelled here survive untouched (`[key: string]: unknown` where the schema allows
 * more, and `x_` extensions everywhere).
 */

export type CveState = 'PUBLISHED' | 'REJECTED';
export type VersionStatus = 'affected' | 'unaffected' | 'unknown';

export const CREDIT_TYPES = [
  'finder',
  'reporter',
  'analyst',
  'coordinator',
  'remediation developer',
  'remediation reviewer',
  'remediation verifier',
  'tool',
  'sponsor',
  'other',
] as const;
export type CreditType = (typeof CREDIT_TYPES)[number];

export const REFERENCE_TAGS = [
  'broken-link',
  'customer-entitlement',
  'exploit',
  'government-resource',
  'issue-tracking',
  'mailing-list',
  'mitigation',
  'not-applicable',
  'patch',
  'permissions-required',
  'media-coverage',
  'product',
  'related',
  'release-notes',
  'signature',
  'technical-description',
  'third-party-advisory',
  'vendor-advisory',
  'vdb-entry',
] as const;
export type ReferenceTag = (typeof REFERENCE_TAGS)[number];

export const CNA_TAGS = ['unsupported-when-assigned', 'exclusively-hosted-service', 'disputed'] as const;
export type CnaTag = (typeof CNA_TAGS)[number];

export interface Description {
  lang: string;
  value: string;
  supportingMedia?: Array<{ type: string; base64?: boolean; value: string }>;
}

export interface ProviderMetadata {
  orgId: string;
  shortName?: string;
  dateUpdated?: string;
}

export interface VersionChange {
  at: string;
  status: VersionStatus;
}

export interface VersionEntry {
  version: string;
  status: VersionStatus;
  versionType?: string;
  lessThan?: string;
  lessThanOrEqual?: string;
  changes?: VersionChange[];
}

export interface AffectedProduct {
  vendor?: string;
  product?: string;
  collectionURL?: string;
  packageName?: string;
  packageURL?: string;
  cpes?: string[];
  modules?: string[];
  programFiles?: string[];
  programRoutines?: Array<{ name: string }>;
  platforms?: string[];
  repo?: string;
  defaultStatus?: VersionStatus;
  versions?: VersionEntry[];
}

export interface ProblemTypeDescription {
  lang: string;
  description: string;
  cweId?: string;
  type?: string;
  references?: Reference[];
}

export interface Reference {
  url: string;
  name?: string;
  tags?: string[];
}

export interface Impact {
  capecId?: string;
  descriptions: Description[];
}

export interface Metric {
  format?: string;
  scenarios?: Array<{ lang: string; value: string }>;
  cvssV4_0?: Record<string, unknown>;
  cvssV3_1?: Record<string, unknown>;
  cvssV3_0?: Record<string, unknown>;
  cvssV2_0?: Record<string, unknown>;
  other?: { type: string; content: unknown };
}

export interface TimelineEntry {
  time: string;
  lang: string;
  value: string;
}

export interface Credit {
  lang: string;
  value: string;
  user?: string;
  type?: CreditType;
}

export interface CnaPublishedContainer {
  providerMetadata: ProviderMetadata;
  dateAssigned?: string;
  datePublic?: string;
  title?: string;
  descriptions: Description[];
  affected: AffectedProduct[];
  cpeApplicability?: unknown[];
  problemTypes?: Array<{ descriptions: ProblemTypeDescription[] }>;
  references: Reference[];
  impacts?: Impact[];
  metrics?: Metric[];
  configurations?: Description[];
  workarounds?: Description[];
  solutions?: Description[];
  exploits?: Description[];
  timeline?: TimelineEntry[];
  credits?: Credit[];
  source?: Record<string, unknown>;
  tags?: string[];
  taxonomyMappings?: unknown[];
  [extension: `x_${string}`]: unknown;
}

export interface CnaRejectedContainer {
  providerMetadata: ProviderMetadata;
  rejectedReasons: Description[];
  replacedBy?: string[];
  [extension: `x_${string}`]: unknown;
}

export interface CveMetadata {
  cveId: string;
  assignerOrgId: string;
  assignerShortName?: string;
  requesterUserId?: string;
  state: CveState;
  serial?: number;
  dateReserved?: string;
  datePublished?: string;
  dateUpdated?: string;
  dateRejected?: string;
}

export interface PublishedCveRecord {
  dataType: 'CVE_RECORD';
  dataVersion: string;
  cveMetadata: CveMetadata & { state: 'PUBLISHED' };
  containers: { cna: CnaPublishedContainer; adp?: Array<Record<string, unknown>> };
}

export interface RejectedCveRecord {
  dataType: 'CVE_RECORD';
  dataVersion: string;
  cveMetadata: CveMetadata & { state: 'REJECTED' };
  containers: { cna: CnaRejectedContainer };
}

export type CveRecord = PublishedCveRecord | RejectedCveRecord;

export function isRejected(record: CveRecord): record is RejectedCveRecord {
  return record.cveMetadata.state === 'REJECTED';
}
