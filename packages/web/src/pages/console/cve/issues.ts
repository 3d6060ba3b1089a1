import type { ApiResponse } from '../../../api/client.ts';

export type Issue = ApiResponse<'/api/v1/cve/validate', 'post'>['errors'][number];

/**
 * Problems come back with a path: a draft field (`affected[0].vendor`) or, from the official
 * schema and the CVE Program's rules, a field of the built record (`containers.cna.affected[0]…`).
 * Both are put next to the draft field a person edits.
 */
export function draftPath(path: string): string {
  const inCna = /^containers\.cna\.(.*)$/.exec(path);
  if (!inCna) return path;
  const rest = inCna[1]!;
  // The built record's descriptions are the draft's English description and the other languages.
  if (/^descriptions\[0\]/.test(rest)) return rest.replace(/^descriptions\[0\](\.value)?/, 'description');
  const other = /^descriptions\[(\d+)\](.*)$/.exec(rest);
  if (other) return `otherDescriptions[${Number(other[1]) - 1}]${other[2]}`;
  if (rest === 'descriptions') return 'description';
  return rest;
}

/** The messages for exactly this field (both kinds of path), joined; undefined when there are none. */
export function messagesAt(issues: readonly Issue[], path: string): string | undefined {
  const messages = issues.filter((issue) => draftPath(issue.path) === path).map((issue) => issue.message);
  return messages.length > 0 ? [...new Set(messages)].join('; ') : undefined;
}

/** Whether any problem lies at or under the path (to open the section that holds it). */
export function hasIssuesWithin(issues: readonly Issue[], prefix: string): boolean {
  return issues.some((issue) => {
    const path = draftPath(issue.path);
    return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  });
}
