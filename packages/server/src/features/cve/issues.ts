/**
 * A problem found in a CVE record (or a CNA container, OSV or CSAF document): where it is, what is
 * wrong in words, and a stable code a program can act on.
 */
export interface Issue {
  /** Dotted path to the field, e.g. `containers.cna.affected[0].versions[1].lessThan`; `(record)` for the whole document. */
  path: string;
  message: string;
  code: IssueCode;
}

export const ISSUE_CODES = [
  'NOT_JSON',
  'TOO_LARGE',
  'TOO_DEEP',
  'SCHEMA',
  'DRAFT',
  'ENGLISH_DESCRIPTION',
  'DUPLICATE_ENGLISH',
  'BLANK_TEXT',
  'CVSS_VECTOR',
  'CVSS_SCORE',
  'CVSS_SEVERITY',
  'CVSS_METRIC',
  'DUPLICATE_REFERENCE',
  'EMPTY_RANGE',
  'CWE_MISMATCH',
  'CWE_USAGE',
  'WHITESPACE',
  'ORG_MISMATCH',
  'FUTURE_DATE',
  'STATE',
  'OSV_SCHEMA',
  'CSAF',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export function issue(path: string, message: string, code: IssueCode): Issue {
  return { path, message, code };
}

export function formatIssue(i: Issue): string {
  return `${i.path}: ${i.message}`;
}
