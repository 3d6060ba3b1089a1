/**
 * The normalisations between importing a CVE record and exporting it again. Export writes back what
 * import stored; import applies exactly these changes, and no others:
 *
 * 1. Leading and trailing whitespace is removed from every string value. CVE Services does the same
 *    to every submission (its `trimJSONWhitespace` step), so records that came from the CVE List are
 *    already in this form and come back unchanged.
 *
 * Deliberately kept as found, because the schema accepts them and other tools rely on them:
 * timestamps without a time zone (UTC is implied), `dataVersion` 5.0 / 5.1, `n/a` vendors and
 * products, `x_` extension fields (including `x_legacyV4Record`), ADP containers, key order.
 *
 * `exportCveJson` then formats the record as the CVE List does (four-space indentation, no final
 * newline); formatting is not content, and for the real fixtures the output is byte-identical.
 */
export const NORMALISATIONS = ['trim-string-whitespace'] as const;

export interface NormaliseResult<T> {
  value: T;
  /** Paths (JSON Pointers) of the strings that changed. */
  changed: string[];
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Applies the normalisations to a parsed record (not mutated) and reports what changed. */
export function normaliseCveRecord<T>(record: T): NormaliseResult<T> {
  const changed: string[] = [];
  const visit = (node: unknown, pointer: string): unknown => {
    if (typeof node === 'string') {
      const trimmed = node.trim();
      if (trimmed !== node) changed.push(pointer);
      return trimmed;
    }
    if (Array.isArray(node)) return node.map((v, i) => visit(v, `${pointer}/${i}`));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, `${pointer}/${escape(k)}`)]));
    }
    return node;
  };
  return { value: visit(record, '') as T, changed };
}

/** The record as a CVE List file: four-space indentation, no trailing newline. */
export function exportCveJson(record: unknown): string {
  return JSON.stringify(record, null, 4);
}
