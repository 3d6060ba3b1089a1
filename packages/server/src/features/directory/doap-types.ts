import type { XepSupportStatus } from './doap-vocabulary.ts';

export const DOAP_PROBLEM_CODES = [
  // the document could not be read (completely)
  'xml-malformed',
  'doctype-forbidden',
  'too-large',
  'too-deep',
  'too-many-elements',
  'invalid-encoding',
  'encoding-not-utf8',
  // structure
  'no-project',
  'several-projects',
  'no-rdf-root',
  'missing-name',
  // supported XEPs
  'unknown-status',
  'missing-status',
  'not-a-xep-url',
  'missing-xep',
  'duplicate-xep',
  'bare-xep-reference',
  // releases
  'release-without-date',
  'release-without-revision',
  'invalid-date',
  'duplicate-release',
  'release-date-order',
  // spelling and form
  'misspelled-property',
  'wrong-namespace',
  'unknown-property',
  'unexpected-property',
  'duplicate-property',
  'stray-whitespace',
  'too-many-problems',
] as const;
export type DoapProblemCode = (typeof DOAP_PROBLEM_CODES)[number];

/** Problems after which the parsed data must not replace data read from an earlier, good file. */
export const DESTRUCTIVE_PROBLEM_CODES: ReadonlySet<DoapProblemCode> = new Set<DoapProblemCode>([
  'xml-malformed',
  'doctype-forbidden',
  'too-large',
  'too-deep',
  'too-many-elements',
  'invalid-encoding',
  'no-project',
  'missing-name',
]);

export interface DoapProblem {
  line: number;
  column?: number;
  severity: 'error' | 'warning';
  code: DoapProblemCode;
  message: string;
}

export interface DoapRelease {
  revision: string | null;
  /** ISO date (YYYY-MM-DD) when the file gives a valid one. */
  created: string | null;
  name: string | null;
  branch: string | null;
  fileReleases: string[];
  line: number;
}

export interface DoapSupportedXep {
  number: number;
  /** The URL as written (trimmed). */
  url: string;
  /** null when missing or not one of the allowed values (then `rawStatus` has what was written). */
  status: XepSupportStatus | null;
  rawStatus: string | null;
  version: string | null;
  since: string | null;
  until: string | null;
  note: string | null;
  line: number;
}

export interface DoapRepository {
  /** The DOAP class name without "Repository": git, hg, svn, … ('repository' for the generic class). */
  kind: string;
  location: string | null;
  browse: string | null;
}

export interface DoapPerson {
  name: string | null;
  nick: string | null;
  homepage: string | null;
  email: string | null;
  xmppAddress: string | null;
}

export interface DoapProject {
  name: string | null;
  shortName: string | null;
  shortdesc: string | null;
  description: string | null;
  created: string | null;
  homepage: string | null;
  downloadPage: string | null;
  bugDatabase: string | null;
  supportForum: string | null;
  developerForum: string | null;
  wiki: string | null;
  blog: string | null;
  mailingLists: string[];
  securityContact: string | null;
  securityPolicy: string | null;
  license: string | null;
  logo: string | null;
  screenshots: string[];
  documentation: string | null;
  repositories: DoapRepository[];
  programmingLanguages: string[];
  /** Human languages of the user interface (doap:language). */
  languages: string[];
  os: string[];
  platforms: string[];
  /** Short names for xmpp-doap categories (`client`, `server`, …), otherwise the value as written. */
  categories: string[];
  maintainers: DoapPerson[];
  developers: DoapPerson[];
  releases: DoapRelease[];
  supportedXeps: DoapSupportedXep[];
  rfcs: number[];
  /** Other specifications in doap:implements (Internet-Drafts, Unicode reports, …). */
  otherSpecs: string[];
}

export interface DoapReport {
  /** null only when the document holds no doap:Project at all. */
  project: DoapProject | null;
  problems: DoapProblem[];
  /** A project name and no problem from DESTRUCTIVE_PROBLEM_CODES: safe to store over earlier data. */
  usable: boolean;
}
