import type { ColumnType, Generated } from 'kysely';

/** A `date` column: both backends return it as 'YYYY-MM-DD' text. */
type DateText = ColumnType<string, string, string>;

/** What went wrong the last time the DOAP URL was fetched (cleared by the next good fetch). */
export interface DoapFetchProblem {
  at: string;
  url: string;
  reason: string;
  message: string;
}

/**
 * A project in the directory. Fields fall into three groups: from xmpp.org's software list
 * (list_*), from the newest usable DOAP snapshot (doap_* and the declared releases, XEPs, RFCs),
 * and edited by the team or the maintainers (never touched by an import). `categories` and
 * `platforms` are the union of list and DOAP values, kept for filtering.
 */
export interface DirectoryProjectsTable {
  id: string;
  slug: string;
  name: string;
  /** The name follows the DOAP file (projects first seen through one); else the list's or the team's name stays. */
  name_from_doap: Generated<boolean>;
  list_name: string | null;
  on_software_list: Generated<boolean>;
  list_url: string | null;
  list_categories: Generated<string[]>;
  list_platforms: Generated<string[]>;
  doap_url: string | null;
  shortdesc: string | null;
  homepage: string | null;
  repository: string | null;
  programming_languages: Generated<string[]>;
  doap_categories: Generated<string[]>;
  doap_platforms: Generated<string[]>;
  categories: Generated<string[]>;
  platforms: Generated<string[]>;
  doap_logo_url: string | null;
  doap_security_contact: string | null;
  newest_release_version: string | null;
  newest_release_date: DateText | null;
  logo_url: string | null;
  security_contact: string | null;
  security_policy_url: string | null;
  cve_vendor: string | null;
  cve_product: string | null;
  package_collection_url: string | null;
  package_name: string | null;
  notes: Generated<string>;
  /** null: in scope exactly when a DOAP file is on record; true/false: the team decided. */
  in_scope: boolean | null;
  archived_at: Date | null;
  archived_reason: string | null;
  current_snapshot_id: string | null;
  doap_changed_at: Date | null;
  doap_checked_at: Date | null;
  doap_etag: string | null;
  doap_last_modified: string | null;
  doap_fetch_problem: ColumnType<DoapFetchProblem | null, unknown, unknown>;
  last_confirmed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface DirectorySlugHistoryTable {
  slug: string;
  project_id: string;
  retired_at: Date;
}

/** Every distinct version of a project's DOAP file ever seen, with what the parser made of it. */
export interface DirectoryDoapSnapshotsTable {
  id: string;
  project_id: string;
  sha256: string;
  /** The URL or file it came from. */
  source: string;
  /** When this content was first seen. */
  fetched_at: Date;
  last_seen_at: Date;
  /** Increases every time any snapshot is seen: the newest version is the highest, even within one instant. */
  seen_order: Generated<number>;
  raw_text: string;
  byte_length: number;
  parsed: ColumnType<unknown, unknown, unknown>;
  problems: ColumnType<unknown, unknown, unknown>;
  usable: boolean;
  etag: string | null;
  last_modified: string | null;
}

export interface DirectoryReleasesTable {
  project_id: string;
  position: number;
  revision: string | null;
  created: DateText | null;
  name: string | null;
  branch: string | null;
}

export interface DirectoryProjectXepsTable {
  project_id: string;
  xep: number;
  status: string | null;
  raw_status: string | null;
  version: string | null;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface DirectoryProjectRfcsTable {
  project_id: string;
  rfc: number;
}

export interface DirectoryMaintainersTable {
  project_id: string;
  user_id: string;
  /** Where directory mail goes; the account's address when null. */
  contact_email: string | null;
  xmpp_address: string | null;
  security_contact: Generated<boolean>;
  openpgp_key: string | null;
  added_at: Date;
}

export interface DirectoryConfirmationsTable {
  id: string;
  project_id: string;
  user_id: string;
  token_hash: string;
  sent_at: Date;
  expires_at: Date;
  confirmed_at: Date | null;
}

export interface DirectoryXepsTable {
  number: number;
  title: string;
  abstract: string | null;
  type: string | null;
  status: string;
  approver: string | null;
  shortname: string | null;
  last_revision_version: string | null;
  last_revision_date: DateText | null;
  last_revision_remark: string | null;
  tags: Generated<string[]>;
  supersedes: ColumnType<unknown, unknown, unknown>;
  superseded_by: ColumnType<unknown, unknown, unknown>;
  updated_at: Date;
}

export interface DirectoryTables {
  directory_projects: DirectoryProjectsTable;
  directory_slug_history: DirectorySlugHistoryTable;
  directory_doap_snapshots: DirectoryDoapSnapshotsTable;
  directory_releases: DirectoryReleasesTable;
  directory_project_xeps: DirectoryProjectXepsTable;
  directory_project_rfcs: DirectoryProjectRfcsTable;
  directory_maintainers: DirectoryMaintainersTable;
  directory_confirmations: DirectoryConfirmationsTable;
  directory_xeps: DirectoryXepsTable;
}
