import { Document, LineCounter, isCollection, isScalar, parseDocument, visit, type Node } from 'yaml';
import type { AttackNode, AttackTree, Mitigation } from './attack-tree.ts';
import type { RegisterIssue } from './issues.ts';
import { parseThreat, type ExistingApproach, type PotentialApproach, type Threat } from './model.ts';

/**
 * The register as a folder of YAML files, one per threat (`<slug>.yaml`), so it can live in a git
 * repository and be reviewed as pull requests. Export writes block style with a fixed key order
 * (the template's), short lists of scalars on one line, multi-line text as literal blocks; import
 * reports every problem with its line in the file. Export then import gives back an equal threat.
 */

export const MAX_THREAT_FILE_BYTES = 512 * 1024;
const MAX_ALIASES = 50;

function orderedMitigation(m: Mitigation): Mitigation {
  return { id: m.id, label: m.label, providedBy: [...m.providedBy], deployed: m.deployed };
}

function orderedNode(n: AttackNode): AttackNode {
  const out: AttackNode = { id: n.id, label: n.label };
  if (n.gate !== undefined) out.gate = n.gate;
  if (n.children !== undefined) out.children = [...n.children];
  if (n.estimate !== undefined) {
    out.estimate = { likelihood: n.estimate.likelihood, cost: n.estimate.cost, skill: n.estimate.skill };
  }
  if (n.mitigations !== undefined) out.mitigations = n.mitigations.map(orderedMitigation);
  return out;
}

function orderedTree(t: AttackTree): AttackTree {
  return { root: t.root, nodes: t.nodes.map(orderedNode) };
}

function orderedExisting(a: ExistingApproach): ExistingApproach {
  return { name: a.name, description: a.description, refs: [...a.refs] };
}

function orderedPotential(a: PotentialApproach): PotentialApproach {
  return { name: a.name, description: a.description, implementationIssues: a.implementationIssues, refs: [...a.refs] };
}

/** The threat with its keys in template order, so the YAML is stable whatever built the object. */
export function canonicalThreat(t: Threat): Threat {
  const out: Threat = {
    slug: t.slug,
    name: t.name,
    status: t.status,
    tags: [...t.tags],
    abstract: t.abstract,
    definition: t.definition,
    tree: orderedTree(t.tree),
    likelihood: t.likelihood,
    damage: t.damage,
    existingApproaches: t.existingApproaches.map(orderedExisting),
    gap: t.gap,
    potentialApproaches: t.potentialApproaches.map(orderedPotential),
    recommendation: t.recommendation,
    links: { xeps: [...t.links.xeps], rfcs: [...t.links.rfcs], cves: [...t.links.cves] },
  };
  if (t.exposureMetric !== undefined) out.exposureMetric = t.exposureMetric;
  return out;
}

export function threatToYaml(threat: Threat): string {
  const doc = new Document(canonicalThreat(threat));
  // Lists of scalars (children, tags, references, links) read best on one line: `[a, b]`.
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item) && !String(item.value).includes('\n'))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, blockQuote: 'literal', indent: 2, indentSeq: true, flowCollectionPadding: false });
}

export type ParseYamlResult = { ok: true; threat: Threat } | { ok: false; issues: RegisterIssue[] };

function position(counter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/** The closest YAML node to a path: the node itself, or its nearest existing ancestor. */
function locate(doc: Document, path: (string | number)[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (node !== undefined && node !== null && (isScalar(node) || isCollection(node))) return node as Node;
  }
  return undefined;
}

/** Parses one threat file; every issue carries the line and column it is about. */
export function parseThreatYaml(text: string): ParseYamlResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_THREAT_FILE_BYTES) {
    return {
      ok: false,
      issues: [{ code: 'yaml-too-large', path: [], message: `a threat file has at most ${MAX_THREAT_FILE_BYTES} bytes` }],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true, schema: 'core' });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      issues: problems.slice(0, 20).map((e) => {
        const issue: RegisterIssue = { code: 'yaml-syntax', path: [], message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') };
        const pos = e.linePos?.[0];
        if (pos) {
          issue.line = pos.line;
          issue.column = pos.col;
        }
        return issue;
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { ok: false, issues: [{ code: 'yaml-syntax', path: [], message: (error as Error).message }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      issues: [{ code: 'not-a-threat-file', path: [], line: 1, column: 1, message: 'a threat file is a mapping of the template fields (slug, name, …)' }],
    };
  }
  const parsed = parseThreat(data);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    issues: parsed.issues.map((issue) => {
      const node = locate(doc, issue.path);
      return node?.range ? { ...issue, ...position(counter, node.range[0]) } : issue;
    }),
  };
}

export interface FileIssues {
  file: string;
  issues: RegisterIssue[];
}

export interface ImportResult {
  ok: boolean;
  /** Valid threats, in file-name order. */
  threats: Threat[];
  /** Problems per file; a file with problems contributes no threat. */
  errors: FileIssues[];
}

export function isThreatFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** `<slug>.yaml` per threat, ordered by file name. */
export function exportRegister(threats: readonly Threat[]): Map<string, string> {
  const sorted = [...threats].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return new Map(sorted.map((t) => [`${t.slug}.yaml`, threatToYaml(t)]));
}

/** Reads a register from file name → YAML text; non-YAML names are ignored (READMEs and the like). */
export function importRegister(files: Iterable<readonly [string, string]>): ImportResult {
  const threats: Threat[] = [];
  const errors: FileIssues[] = [];
  const bySlug = new Map<string, string>();
  const entries = [...files].filter(([name]) => isThreatFileName(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file, text] of entries) {
    const result = parseThreatYaml(text);
    if (!result.ok) {
      errors.push({ file, issues: result.issues });
      continue;
    }
    const base = (file.split('/').pop() ?? file).replace(/\.ya?ml$/i, '');
    const issues: RegisterIssue[] = [];
    if (base !== result.threat.slug) {
      issues.push({
        code: 'slug-mismatch',
        path: ['slug'],
        message: `the file is named "${base}" but the threat's slug is "${result.threat.slug}": name the file ${result.threat.slug}.yaml`,
      });
    }
    const other = bySlug.get(result.threat.slug);
    if (other !== undefined) {
      issues.push({ code: 'duplicate-slug', path: ['slug'], message: `slug "${result.threat.slug}" is also used by ${other}` });
    }
    if (issues.length > 0) {
      const counter = new LineCounter();
      const slugNode = parseDocument(text, { lineCounter: counter }).get('slug', true);
      errors.push({
        file,
        issues: issues.map((i) => (isScalar(slugNode) && slugNode.range ? { ...i, ...position(counter, slugNode.range[0]) } : i)),
      });
      continue;
    }
    bySlug.set(result.threat.slug, file);
    threats.push(result.threat);
  }
  return { ok: errors.length === 0, threats, errors };
}
