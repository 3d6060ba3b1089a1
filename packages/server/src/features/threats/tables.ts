import type { ExposureFigure } from './register-render.ts';
import type { Threat, ThreatStatus } from './model.ts';

/**
 * The register in the database. A threat row holds the latest revision (for lists and locks);
 * every edit is a revision row, kept for ever; a published register version is a numbered set
 * of revisions, so any past version renders exactly as it was published.
 */
export interface ThreatsTable {
  id: string;
  /** Stable: never changes once created. */
  slug: string;
  name: string;
  status: ThreatStatus;
  tags: string[];
  /** The latest revision's document. */
  content: Threat;
  /** The latest revision's number; edits name it to detect concurrent changes. */
  revision: number;
  /** The latest revision the public may read (status reviewed or retired); null while only drafts exist. */
  public_revision: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface ThreatRevisionsTable {
  id: string;
  threat_id: string;
  /** 1, 2, 3 … per threat. */
  number: number;
  status: ThreatStatus;
  content: Threat;
  /** Why the change was made, as its author wrote it. */
  reason: string;
  author_id: string | null;
  author_label: string;
  created_at: Date;
}

export interface RegisterVersionsTable {
  /** 1, 2, 3 … */
  number: number;
  published_at: Date;
  published_by_id: string | null;
  published_by_label: string;
  notes: string;
  /** The observatory figures shown at publication, by metric, so the version reads as it did. */
  exposure: Partial<Record<string, ExposureFigure>>;
}

export interface RegisterVersionEntriesTable {
  version: number;
  threat_id: string;
  revision_id: string;
}

/** Cases (from the case feature) that are instances of a threat; shown publicly once the case is. */
export interface ThreatCaseLinksTable {
  threat_id: string;
  case_id: string;
  note: string;
  created_by_label: string;
  created_at: Date;
}

export interface ThreatTables {
  threats: ThreatsTable;
  threat_revisions: ThreatRevisionsTable;
  register_versions: RegisterVersionsTable;
  register_version_entries: RegisterVersionEntriesTable;
  threat_case_links: ThreatCaseLinksTable;
}
