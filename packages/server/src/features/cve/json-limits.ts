/**
 * Bounds for untrusted JSON. JSON.parse itself copes with deep nesting, but every recursive walk
 * after it (schema validation, diff, normalisation) would overflow the stack, so depth and size are
 * checked first, without recursion.
 */

/** Deeper than any CVE record, OSV or CSAF document needs (the CVE schema nests about 10 levels). */
export const MAX_JSON_DEPTH = 64;
/** Values (objects, arrays and scalars) in one document; a 3.8 MB record has far fewer. */
export const MAX_JSON_NODES = 2_000_000;

export type JsonLimitProblem = { kind: 'depth'; depth: number } | { kind: 'nodes'; nodes: number };

export function checkJsonLimits(value: unknown, maxDepth = MAX_JSON_DEPTH, maxNodes = MAX_JSON_NODES): JsonLimitProblem | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    nodes++;
    if (nodes > maxNodes) return { kind: 'nodes', nodes };
    const { node, depth } = top;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'depth', depth: depth + 1 };
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

export function describeLimitProblem(problem: JsonLimitProblem): string {
  return problem.kind === 'depth'
    ? `is nested more than ${MAX_JSON_DEPTH} levels deep`
    : `has more than ${MAX_JSON_NODES.toLocaleString('en')} values`;
}
