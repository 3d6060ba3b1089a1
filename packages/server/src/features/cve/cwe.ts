import cweList from './data/cwe-names.json' with { type: 'json' };

/** MITRE's guidance on whether a CWE may be used to describe a root cause (CWE 4.x "Mapping Notes"). */
export type CweUsage = 'Allowed' | 'Allowed-with-Review' | 'Discouraged' | 'Prohibited';

export interface CweEntry {
  id: string;
  name: string;
  usage: CweUsage;
}

/** The CWE list release the names come from (see data/SOURCE.md). */
export const CWE_LIST_VERSION: string = cweList.version;

const byId = new Map<string, CweEntry>(cweList.weaknesses.map((w) => [w.id, w as CweEntry]));

/** The shipped weaknesses, ordered by number. */
export function cweEntries(): CweEntry[] {
  return [...byId.values()];
}

/** `CWE-79` → its entry, or undefined when the small shipped table does not have it. */
export function lookupCwe(id: string): CweEntry | undefined {
  return byId.get(id.toUpperCase());
}

/** The text CVE records conventionally carry for a CWE: `CWE-79 Improper Neutralization of …`. */
export function cweDescription(entry: CweEntry): string {
  return `${entry.id} ${entry.name}`;
}
