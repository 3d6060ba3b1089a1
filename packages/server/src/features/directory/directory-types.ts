import type { DoapProblem } from './doap-types.ts';
import type { XepSupportStatus } from './doap-vocabulary.ts';
import type { MaintenanceStatus } from './maintenance-status.ts';
import type { ProjectProblem } from './queries.ts';
import type { SoftwareListProblem } from './software-list.ts';
import type { XepListProblem } from './xep-list.ts';

/** What the directory service takes and returns (the views of single projects are in queries.ts). */

export interface ListImportResult {
  entries: number;
  created: string[];
  updated: string[];
  unchanged: number;
  delisted: string[];
  problems: SoftwareListProblem[];
}

export interface DoapImportResult {
  slug: string;
  projectCreated: boolean;
  snapshotId: string;
  sha256: string;
  newSnapshot: boolean;
  usable: boolean;
  applied: boolean;
  problems: DoapProblem[];
}

export interface XepImportResult {
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  problems: XepListProblem[];
}

export type RefreshOutcome =
  | { slug: string; kind: 'changed'; import: DoapImportResult; url: string }
  | { slug: string; kind: 'unchanged' | 'not-modified'; url: string }
  | { slug: string; kind: 'failed'; url: string; reason: string; message: string };

export interface RefreshSummary {
  checked: number;
  changed: number;
  unchanged: number;
  notModified: number;
  failed: number;
  outcomes: RefreshOutcome[];
}

export interface ProjectPatch {
  name?: string | undefined;
  slug?: string | undefined;
  doapUrl?: string | null | undefined;
  inScope?: boolean | null | undefined;
  logoUrl?: string | null | undefined;
  securityContact?: string | null | undefined;
  securityPolicyUrl?: string | null | undefined;
  cveVendor?: string | null | undefined;
  cveProduct?: string | null | undefined;
  packageCollectionUrl?: string | null | undefined;
  packageName?: string | null | undefined;
  notes?: string | undefined;
}

export interface MaintainerFields {
  contactEmail?: string | null | undefined;
  xmppAddress?: string | null | undefined;
  securityContact?: boolean | undefined;
  openpgpKey?: string | null | undefined;
}

/** What a CVE record's `affected[]` entry needs to name a product (CVE JSON 5). */
export interface ProductInfo {
  slug: string;
  name: string;
  vendor: string;
  product: string;
  collectionURL: string | null;
  packageName: string | null;
  repo: string | null;
  homepage: string | null;
  platforms: string[];
}

export interface ArchivalCandidate {
  slug: string;
  name: string;
  maintenance: MaintenanceStatus;
  problems: ProjectProblem[];
  maintainerCount: number;
  doapUrl: string | null;
  lastConfirmationRequestAt: Date | null;
}

export interface XepImplementationView {
  slug: string;
  name: string;
  status: XepSupportStatus | null;
  rawStatus: string | null;
  version: string | null;
  since: string | null;
  until: string | null;
  note: string | null;
  archived: boolean;
  inScope: boolean;
}

export interface XepView {
  number: number;
  /** false when the XEP list does not have it (projects may declare numbers the list lacks). */
  listed: boolean;
  title: string | null;
  abstract: string | null;
  type: string | null;
  status: string | null;
  shortname: string | null;
  tags: string[];
  lastRevision: { version: string; date: string } | null;
  supersedes: string[];
  supersededBy: string[];
  implementations: XepImplementationView[];
}

export interface XepSummary {
  number: number;
  title: string;
  status: string;
  type: string | null;
  shortname: string | null;
  lastRevision: { version: string; date: string } | null;
  implementations: number;
}
