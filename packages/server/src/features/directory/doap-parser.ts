import { nearestKnownName } from './edit-distance.ts';
import { canonicalXepUrl, rfcNumberFromUrl, xepNumberFromName, xepNumberFromUrl } from './spec-urls.ts';
import {
  DOAP_NS, DOAP_TERMS, FOAF_NS, PERSON_ROLES, PROJECT_PROPERTIES, RDF_NS, REPOSITORY_CLASSES,
  REPOSITORY_PROPERTIES, SCHEMA_NAMESPACES, SUPPORTED_XEP_PROPERTIES, VERSION_PROPERTIES,
  XEP_SUPPORT_STATUSES, XMPP_CATEGORY_PREFIX, XMPP_NS, XMPP_TERMS, isXepSupportStatus,
} from './doap-vocabulary.ts';
import type { PersonRole } from './doap-vocabulary.ts';
import { DESTRUCTIVE_PROBLEM_CODES } from './doap-types.ts';
import type {
  DoapPerson, DoapProblem, DoapProblemCode, DoapProject, DoapReport, DoapRelease, DoapRepository,
  DoapSupportedXep,
} from './doap-types.ts';
import { compareParsed, parseVersion } from './version-order.ts';
import type { ParsedVersion } from './version-order.ts';
import { attribute, readXmlTree, xmlLang } from './xml-tree.ts';
import type { XmlElement, XmlLimits } from './xml-tree.ts';

export interface DoapParseOptions {
  limits?: Partial<XmlLimits>;
  /** Problems beyond this many are summarised in one line. */
  maxProblems?: number;
}

const VOCABULARY_NAMESPACES = new Set([DOAP_NS, XMPP_NS, '']);

interface Reader {
  problems: DoapProblem[];
  report: (at: XmlElement | number, severity: DoapProblem['severity'], code: DoapProblemCode, message: string) => void;
}

function createReader(maxProblems: number): Reader {
  const problems: DoapProblem[] = [];
  let dropped = 0;
  return {
    problems,
    report(at, severity, code, message) {
      if (problems.length >= maxProblems) {
        dropped += 1;
        const last = problems.at(-1);
        const summary = `${dropped} further problems not listed`;
        if (last?.code === 'too-many-problems') last.message = summary;
        else problems.push({ line: typeof at === 'number' ? at : at.line, severity: 'warning', code: 'too-many-problems', message: summary });
        return;
      }
      const problem: DoapProblem = typeof at === 'number'
        ? { line: at, severity, code, message }
        : { line: at.line, severity, code, message };
      if (typeof at !== 'number') problem.column = at.column;
      problems.push(problem);
    },
  };
}

/** How an element's name reads in messages: `xmpp:status`, `foaf:name`, plain for DOAP. */
function displayName(el: XmlElement): string {
  switch (el.uri) {
    case DOAP_NS:
    case '':
      return el.local;
    case XMPP_NS:
      return `xmpp:${el.local}`;
    case RDF_NS:
      return `rdf:${el.local}`;
    case FOAF_NS:
      return `foaf:${el.local}`;
    default:
      return SCHEMA_NAMESPACES.has(el.uri) ? `schema:${el.local}` : `{${el.uri}}${el.local}`;
  }
}

/**
 * Which known term `el` stands for in a context expecting `known` names in namespace `ns`:
 * the exact term, the same term in the wrong namespace, or a near-miss spelling of one
 * (each with a warning); undefined for anything else.
 */
function classify(r: Reader, el: XmlElement, ns: string, known: ReadonlySet<string>): string | undefined {
  if (el.uri === ns && known.has(el.local)) return el.local;
  if (!VOCABULARY_NAMESPACES.has(el.uri) && el.uri !== ns) return undefined;
  const expected = ns === XMPP_NS ? 'xmpp:' : '';
  if (known.has(el.local)) {
    const where = el.uri === '' ? 'in no namespace' : `in namespace ${el.uri}`;
    r.report(el, 'warning', 'wrong-namespace', `<${el.local}> is ${where}; expected ${expected}${el.local} (${ns}); read as such`);
    return el.local;
  }
  const near = nearestKnownName(el.local, known);
  if (near !== undefined) {
    r.report(el, 'warning', 'misspelled-property', `<${displayName(el)}> looks like a misspelling of ${expected}${near}; read as ${expected}${near}`);
    return near;
  }
  if (DOAP_TERMS.has(el.local) || XMPP_TERMS.has(el.local)) {
    r.report(el, 'warning', 'unexpected-property', `<${displayName(el)}> is not expected here; ignored`);
  } else if (el.uri === DOAP_NS || el.uri === XMPP_NS) {
    r.report(el, 'warning', 'unknown-property', `<${displayName(el)}> is not a known ${el.uri === XMPP_NS ? 'xmpp-doap' : 'DOAP'} property; ignored`);
  }
  return undefined;
}

/** A short value: warns about surrounding whitespace, returns it trimmed; null when empty. */
function tokenValue(r: Reader, el: XmlElement, raw: string, what: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  if (trimmed !== raw) {
    r.report(el, 'warning', 'stray-whitespace', `${what} has stray whitespace: ${JSON.stringify(raw)}`);
  }
  return trimmed;
}

function resource(r: Reader, el: XmlElement): string | null {
  const res = attribute(el, RDF_NS, 'resource');
  if (res !== undefined) return tokenValue(r, el, res, `rdf:resource of <${displayName(el)}>`);
  return tokenValue(r, el, el.text, `<${displayName(el)}>`);
}

function token(r: Reader, el: XmlElement): string | null {
  return tokenValue(r, el, el.text, `<${displayName(el)}>`);
}

/** Prose (descriptions, notes) may be wrapped over lines; the wrapping is not a problem. */
function prose(el: XmlElement): string | null {
  const collapsed = el.text.split(/\s+/).filter((w) => w !== '').join(' ');
  return collapsed === '' ? null : collapsed;
}

/** Of several language variants, the English (or untagged) one, else the first. */
function pickLanguage(candidates: { value: string; lang: string | undefined }[]): string | null {
  const english = candidates.find((c) => c.lang === undefined || c.lang.toLowerCase().startsWith('en'));
  return (english ?? candidates[0])?.value ?? null;
}

function isoDate(raw: string): string | undefined {
  const date = raw.length > 10 && raw[10] === 'T' ? raw.slice(0, 10) : raw;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? date : undefined;
}

function dateValue(r: Reader, el: XmlElement): string | null {
  const raw = token(r, el);
  if (raw === null) return null;
  const date = isoDate(raw);
  if (date === undefined) {
    r.report(el, 'warning', 'invalid-date', `<${displayName(el)}> is not a date of the form YYYY-MM-DD: ${JSON.stringify(raw)}`);
    return null;
  }
  return date;
}

/** The values already in each list, so that adding stays linear however many a hostile file repeats. */
const listedValues = new WeakMap<unknown[], Set<unknown>>();

function pushUnique<T>(list: T[], value: T | null): void {
  if (value === null) return;
  let seen = listedValues.get(list);
  if (!seen) {
    seen = new Set(list);
    listedValues.set(list, seen);
  }
  if (seen.has(value)) return;
  seen.add(value);
  list.push(value);
}

function emptyProject(): DoapProject {
  return {
    name: null, shortName: null, shortdesc: null, description: null, created: null, homepage: null,
    downloadPage: null, bugDatabase: null, supportForum: null, developerForum: null, wiki: null, blog: null,
    mailingLists: [], securityContact: null, securityPolicy: null, license: null, logo: null, screenshots: [],
    documentation: null, repositories: [], programmingLanguages: [], languages: [], os: [], platforms: [],
    categories: [], maintainers: [], developers: [], releases: [], supportedXeps: [], rfcs: [], otherSpecs: [],
  };
}

function readPerson(el: XmlElement): DoapPerson | null {
  // The value of doap:maintainer is a foaf:Person node (any class is accepted).
  const node = el.children[0];
  if (!node) return null;
  const person: DoapPerson = { name: null, nick: null, homepage: null, email: null, xmppAddress: null };
  for (const p of node.children) {
    if (p.uri !== FOAF_NS) continue;
    const value = (attribute(p, RDF_NS, 'resource') ?? p.text).trim() || null;
    if (value === null) continue;
    if (p.local === 'name') person.name ??= value;
    else if (p.local === 'nick') person.nick ??= value;
    else if (p.local === 'homepage') person.homepage ??= value;
    else if (p.local === 'mbox') person.email ??= value.toLowerCase().startsWith('mailto:') ? value.slice(7) : value;
    else if (p.local === 'jabberID') person.xmppAddress ??= value.toLowerCase().startsWith('xmpp:') ? value.slice(5) : value;
  }
  return person;
}

function readRepository(r: Reader, el: XmlElement): DoapRepository[] {
  const repositories: DoapRepository[] = [];
  for (const node of el.children) {
    const cls = classify(r, node, DOAP_NS, REPOSITORY_CLASSES);
    if (cls === undefined) continue;
    const repo: DoapRepository = {
      kind: cls === 'Repository' ? 'repository' : cls.replace(/Repository$|Branch$/, '').toLowerCase(),
      location: null,
      browse: null,
    };
    for (const p of node.children) {
      const prop = classify(r, p, DOAP_NS, REPOSITORY_PROPERTIES);
      if (prop === 'location') repo.location ??= resource(r, p);
      else if (prop === 'browse') repo.browse ??= resource(r, p);
    }
    repositories.push(repo);
  }
  return repositories;
}

function readVersion(r: Reader, node: XmlElement): DoapRelease {
  const release: DoapRelease = { revision: null, created: null, name: null, branch: null, fileReleases: [], line: node.line };
  for (const p of node.children) {
    switch (classify(r, p, DOAP_NS, VERSION_PROPERTIES)) {
      case 'revision':
        if (release.revision === null) release.revision = token(r, p);
        else r.report(p, 'warning', 'duplicate-property', `a second <revision> in the same Version is ignored`);
        break;
      case 'created':
        release.created ??= dateValue(r, p);
        break;
      case 'name':
        release.name ??= token(r, p);
        break;
      case 'branch':
        release.branch ??= token(r, p);
        break;
      case 'file-release':
        pushUnique(release.fileReleases, resource(r, p));
        break;
    }
  }
  if (release.revision === null) r.report(node, 'warning', 'release-without-revision', 'a release has no <revision>');
  if (release.created === null) {
    const which = release.revision === null ? 'a release' : `release ${release.revision}`;
    r.report(node, 'warning', 'release-without-date', `${which} has no valid <created> date`);
  }
  return release;
}

const VERSION_CLASS = new Set(['Version']);
const SUPPORTED_XEP_CLASS = new Set(['SupportedXep']);
const PROJECT_CLASS = new Set(['Project']);

function readReleases(r: Reader, el: XmlElement): DoapRelease[] {
  // rdf:parseType="Resource" puts the Version's properties directly in <release>.
  const direct = attribute(el, RDF_NS, 'parseType') === 'Resource'
    || el.children.some((c) => c.uri === DOAP_NS && VERSION_PROPERTIES.has(c.local));
  if (direct) return [readVersion(r, el)];
  // Several Version nodes in one release are several releases.
  return el.children
    .filter((c) => classify(r, c, DOAP_NS, VERSION_CLASS) === 'Version')
    .map((v) => readVersion(r, v));
}

interface XepSeen {
  line: number;
}

function readSupportedXep(r: Reader, node: XmlElement, seen: Map<number, XepSeen>): DoapSupportedXep | null {
  const values = new Map<string, { el: XmlElement; value: string | null }>();
  const notes: { value: string; lang: string | undefined }[] = [];
  for (const p of node.children) {
    const prop = classify(r, p, XMPP_NS, SUPPORTED_XEP_PROPERTIES);
    if (prop === undefined) continue;
    if (prop === 'note') {
      const note = prose(p);
      if (note !== null) notes.push({ value: note, lang: xmlLang(p) });
      continue;
    }
    if (values.has(prop)) {
      r.report(p, 'warning', 'duplicate-property', `a second <xmpp:${prop}> in the same SupportedXep is ignored`);
      continue;
    }
    values.set(prop, { el: p, value: prop === 'xep' ? resource(r, p) : token(r, p) });
  }
  const xep = values.get('xep');
  if (xep?.value == null) {
    r.report(node, 'error', 'missing-xep', 'a SupportedXep has no <xmpp:xep rdf:resource="https://xmpp.org/extensions/xep-NNNN.html"/>; ignored');
    return null;
  }
  const number = xepNumberFromUrl(xep.value);
  if (number === undefined) {
    const guess = xepNumberFromName(xep.value);
    const hint = guess === undefined ? '' : `; write ${canonicalXepUrl(guess)}`;
    r.report(xep.el, 'error', 'not-a-xep-url', `${JSON.stringify(xep.value)} is not a XEP URL${hint}; entry ignored`);
    return null;
  }
  const label = `XEP-${String(number).padStart(4, '0')}`;
  const first = seen.get(number);
  if (first) {
    r.report(node, 'error', 'duplicate-xep', `${label} is declared again (first on line ${first.line}); this entry is ignored`);
    return null;
  }
  seen.set(number, { line: node.line });

  const statusEntry = values.get('status');
  const rawStatus = statusEntry?.value ?? null;
  let status: DoapSupportedXep['status'] = null;
  if (rawStatus === null) {
    r.report(node, 'warning', 'missing-status', `${label} has no <xmpp:status>`);
  } else if (isXepSupportStatus(rawStatus)) {
    status = rawStatus;
  } else if (statusEntry) {
    const near = nearestKnownName(rawStatus, XEP_SUPPORT_STATUSES);
    const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
    r.report(statusEntry.el, 'error', 'unknown-status',
      `${label}: unknown status "${rawStatus}"${hint}; allowed: ${XEP_SUPPORT_STATUSES.join(', ')}`);
  }
  return {
    number,
    url: xep.value,
    status,
    rawStatus,
    version: values.get('version')?.value ?? null,
    since: values.get('since')?.value ?? null,
    until: values.get('until')?.value ?? null,
    note: pickLanguage(notes),
    line: node.line,
  };
}

function readImplements(r: Reader, el: XmlElement, project: DoapProject, seen: Map<number, XepSeen>): void {
  const res = attribute(el, RDF_NS, 'resource');
  if (res !== undefined) {
    const url = tokenValue(r, el, res, 'rdf:resource of <implements>');
    if (url === null) return;
    const rfc = rfcNumberFromUrl(url);
    const xep = xepNumberFromUrl(url);
    if (rfc !== undefined) {
      pushUnique(project.rfcs, rfc);
    } else if (xep !== undefined) {
      const label = `XEP-${String(xep).padStart(4, '0')}`;
      const first = seen.get(xep);
      if (first) {
        r.report(el, 'error', 'duplicate-xep', `${label} is declared again (first on line ${first.line}); this entry is ignored`);
        return;
      }
      seen.set(xep, { line: el.line });
      r.report(el, 'warning', 'bare-xep-reference', `${label} is referenced without xmpp:SupportedXep, so its status and version are unknown`);
      project.supportedXeps.push({ number: xep, url, status: null, rawStatus: null, version: null, since: null, until: null, note: null, line: el.line });
    } else {
      pushUnique(project.otherSpecs, url);
    }
    return;
  }
  for (const node of el.children) {
    if (classify(r, node, XMPP_NS, SUPPORTED_XEP_CLASS) !== 'SupportedXep') continue;
    const entry = readSupportedXep(r, node, seen);
    if (entry) project.supportedXeps.push(entry);
  }
}

function readProject(r: Reader, el: XmlElement): DoapProject {
  const project = emptyProject();
  const names: { value: string; lang: string | undefined; el: XmlElement }[] = [];
  const shortdescs: { value: string; lang: string | undefined }[] = [];
  const descriptions: { value: string; lang: string | undefined }[] = [];
  const seenXeps = new Map<number, XepSeen>();
  const people: Record<PersonRole, DoapPerson[]> = {
    maintainer: [], developer: [], documenter: [], translator: [], tester: [], helper: [],
  };

  for (const child of el.children) {
    if (SCHEMA_NAMESPACES.has(child.uri)) {
      if (child.local === 'logo') project.logo ??= resource(r, child);
      else if (child.local === 'screenshot') pushUnique(project.screenshots, resource(r, child));
      else if (child.local === 'documentation') project.documentation ??= resource(r, child);
      continue;
    }
    if (child.uri === XMPP_NS && child.local === 'SupportedXep') {
      r.report(child, 'warning', 'unexpected-property', 'xmpp:SupportedXep belongs inside <implements>; read anyway');
      const entry = readSupportedXep(r, child, seenXeps);
      if (entry) project.supportedXeps.push(entry);
      continue;
    }
    const prop = classify(r, child, DOAP_NS, PROJECT_PROPERTIES);
    switch (prop) {
      case undefined:
        break;
      case 'name': {
        const value = token(r, child);
        if (value !== null) names.push({ value, lang: xmlLang(child), el: child });
        break;
      }
      case 'short-name': project.shortName ??= token(r, child); break;
      case 'shortdesc': {
        const value = token(r, child);
        if (value !== null) shortdescs.push({ value, lang: xmlLang(child) });
        break;
      }
      case 'description': {
        const value = prose(child);
        if (value !== null) descriptions.push({ value, lang: xmlLang(child) });
        break;
      }
      case 'created': project.created ??= dateValue(r, child); break;
      case 'homepage': project.homepage ??= resource(r, child); break;
      case 'download-page': project.downloadPage ??= resource(r, child); break;
      case 'bug-database': project.bugDatabase ??= resource(r, child); break;
      case 'support-forum': project.supportForum ??= resource(r, child); break;
      case 'developer-forum': project.developerForum ??= resource(r, child); break;
      case 'wiki': project.wiki ??= resource(r, child); break;
      case 'blog': project.blog ??= resource(r, child); break;
      case 'mailing-list': pushUnique(project.mailingLists, resource(r, child)); break;
      case 'security-contact': project.securityContact ??= resource(r, child); break;
      case 'security-policy': project.securityPolicy ??= resource(r, child); break;
      case 'license': project.license ??= resource(r, child); break;
      case 'documentation': project.documentation ??= resource(r, child); break;
      case 'screenshots': pushUnique(project.screenshots, resource(r, child)); break;
      case 'repository': project.repositories.push(...readRepository(r, child)); break;
      case 'programming-language': pushUnique(project.programmingLanguages, resource(r, child)); break;
      case 'language': pushUnique(project.languages, resource(r, child)); break;
      case 'os': pushUnique(project.os, resource(r, child)); break;
      case 'platform': pushUnique(project.platforms, resource(r, child)); break;
      case 'category': {
        const value = resource(r, child);
        pushUnique(project.categories, value?.startsWith(XMPP_CATEGORY_PREFIX) ? value.slice(XMPP_CATEGORY_PREFIX.length) : value);
        break;
      }
      case 'release': project.releases.push(...readReleases(r, child)); break;
      case 'implements': readImplements(r, child, project, seenXeps); break;
      default:
        if ((PERSON_ROLES as readonly string[]).includes(prop)) {
          const person = readPerson(child);
          if (person) people[prop as PersonRole].push(person);
        }
    }
  }

  project.name = pickLanguage(names);
  const sameLanguage = names.filter((n) => n.lang === names[0]?.lang && n.value !== names[0]?.value);
  for (const extra of sameLanguage) {
    r.report(extra.el, 'warning', 'duplicate-property', `a second <name> "${extra.value}" is ignored; the project is named "${project.name}"`);
  }
  if (project.name === null) r.report(el, 'error', 'missing-name', 'the Project has no <name>');
  project.shortdesc = pickLanguage(shortdescs);
  project.description = pickLanguage(descriptions);
  project.maintainers = people.maintainer;
  project.developers = people.developer;
  return project;
}

/**
 * Consistency of the release list: the same revision twice, and, within one branch (versions
 * that differ only in their last component, like 0.31 and 0.32 or 1.2.3 and 1.2.4), a higher
 * version dated before a lower one. Across branches that is normal (maintenance releases).
 */
function checkReleases(r: Reader, releases: readonly DoapRelease[]): void {
  const byRevision = new Map<string, DoapRelease>();
  for (const rel of releases) {
    if (rel.revision === null) continue;
    const first = byRevision.get(rel.revision);
    if (first) r.report(rel.line, 'warning', 'duplicate-release', `release ${rel.revision} is listed again (first on line ${first.line})`);
    else byRevision.set(rel.revision, rel);
  }
  const branches = new Map<string, { rel: DoapRelease; version: ParsedVersion }[]>();
  for (const rel of byRevision.values()) {
    if (rel.created === null) continue;
    const version = parseVersion(rel.revision!);
    if ((version.scheme !== 'semver' && version.scheme !== 'numeric') || version.stage === null || version.numbers.length < 2) continue;
    const key = `${version.numbers.length}:${version.numbers.slice(0, -1).join('.')}`;
    const list = branches.get(key);
    if (list) list.push({ rel, version });
    else branches.set(key, [{ rel, version }]);
  }
  for (const branch of branches.values()) {
    const ordered = branch.toSorted((a, b) => {
      const c = compareParsed(a.version, b.version);
      return c === 'unknown' ? 0 : c;
    });
    let latest = ordered[0];
    for (const entry of ordered.slice(1)) {
      if (latest && entry.rel.created! < latest.rel.created! && compareParsed(entry.version, latest.version) === 1) {
        r.report(entry.rel.line, 'warning', 'release-date-order',
          `release ${entry.rel.revision} is dated ${entry.rel.created}, before the lower version ${latest.rel.revision} (${latest.rel.created}); check the dates`);
      }
      if (!latest || entry.rel.created! > latest.rel.created!) latest = entry;
    }
  }
}

function findProjects(r: Reader, root: XmlElement): XmlElement[] {
  const isProject = (el: XmlElement) => classify(r, el, DOAP_NS, PROJECT_CLASS) === 'Project';
  if (root.uri === RDF_NS && root.local === 'RDF') return root.children.filter(isProject);
  if (isProject(root)) {
    r.report(root, 'warning', 'no-rdf-root', 'the document element is Project, not rdf:RDF');
    return [root];
  }
  return [];
}

/**
 * Reads a DOAP file (XEP-0453, RDF/XML) into a DoapProject and a list of problems, each with
 * its line. Never throws on bad input: malformed, hostile or oversized documents give a report.
 */
export function parseDoap(input: string | Uint8Array, options: DoapParseOptions = {}): DoapReport {
  const tree = readXmlTree(input, options.limits);
  const r = createReader(options.maxProblems ?? 500);
  for (const p of tree.problems) r.problems.push(p);

  let project: DoapProject | null = null;
  if (tree.root) {
    const projects = findProjects(r, tree.root);
    const first = projects[0];
    if (first) {
      project = readProject(r, first);
      checkReleases(r, project.releases);
    }
    for (const extra of projects.slice(1)) {
      r.report(extra, 'warning', 'several-projects', 'the file describes more than one Project; only the first is read');
    }
  }
  if (!project && !tree.aborted) {
    r.report(tree.root ?? 1, 'error', 'no-project', 'no doap:Project found (expected rdf:RDF containing Project)');
  }
  const problems = r.problems.toSorted((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  const usable = project?.name != null && !problems.some((p) => DESTRUCTIVE_PROBLEM_CODES.has(p.code));
  return { project, problems, usable };
}
