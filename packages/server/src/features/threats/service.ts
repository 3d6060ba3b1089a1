import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { LineCounter, parseDocument } from 'yaml';
import type { Actor } from '../../authz/actor.ts';
import { actorLabel, jobActor } from '../../authz/actor.ts';
import type { Clock } from '../../clock.ts';
import { json } from '../../db/json.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { AttackTreeSchema, type AttackTree } from './attack-tree.ts';
import { formatIssue, toRegisterIssues, type RegisterIssue } from './issues.ts';
import { parseThreat, THREAT_STATUSES, type ExposureMetric, type Threat, type ThreatStatus } from './model.ts';
import { canSeeAuthors, canSeeCaseLink, canSeeRevision, threatPolicy, visibleRevision } from './policy.ts';
import { orderRegister, threatPriority, type PriorityRating } from './priority.ts';
import {
  documentOf,
  latestVersion,
  readXepDirectory,
  revisionOf,
  threatBySlug,
  versionBefore,
  versionByNumber,
  versionEntries,
  type RevisionRow,
  type ThreatRow,
  type VersionRow,
  type XepEntry,
} from './queries.ts';
import { readRegisterDir, SEED_DIR } from './register-files.ts';
import { analyzeThreat, renderRegister, type ExposureFigure } from './register-render.ts';
import { exportRegister, importRegister, MAX_THREAT_FILE_BYTES, parseThreatYaml, threatToYaml, type FileIssues } from './register-yaml.ts';
import { diffLines, diffRegisters, diffThreats, formatThreatDiff, summarizeChange, type ThreatDiff } from './threat-diff.ts';
import type { TreeAnalysis } from './tree-compute.ts';
import { analyzeTree } from './tree-compute.ts';

/**
 * The threat register in the database: threats and their revisions (every edit kept, with who,
 * why and when), numbered published versions, links to cases, and the live figures the
 * observatory provides. Rendering, diffs and YAML are the pure modules next to this one.
 */

/** The observatory's current figure for a metric; undefined when there is none yet. */
export type ExposureSource = (metric: ExposureMetric) => Promise<ExposureFigure | undefined>;
/** Of the given case ids, those whose case is published (the case feature decides). */
export type CaseVisibility = (caseIds: readonly string[]) => Promise<Iterable<string>>;
/** XEP titles and statuses by number, from the software directory. */
export type XepDirectory = (numbers: readonly number[]) => Promise<ReadonlyMap<number, XepEntry>>;

export interface ThreatServiceDeps {
  db: Kysely<Database>;
  mutations: Mutations;
  clock: Clock;
  /** Default: no figures. Can also be set later with `setExposureSource`. */
  exposureSource?: ExposureSource;
  /** Default: no case is public. Can also be set later with `setCaseVisibility`. */
  caseVisibility?: CaseVisibility;
  /** Default: the directory's `xeps` table when it exists. */
  xepDirectory?: XepDirectory;
}

/** A threat document as the editor sends it: a JSON object, or the YAML text of a threat file. */
export interface ThreatInput {
  threat?: unknown;
  yaml?: string;
}

export interface ThreatRecord {
  id: string;
  slug: string;
  /** The revision shown: the latest for the team, the latest reviewed or retired one for everyone else. */
  revision: number;
  /** The latest revision, drafts included; null when the caller may not know it. */
  latestRevision: number | null;
  publicRevision: number | null;
  threat: Threat;
  createdAt: Date;
  /** When the shown revision was made. */
  updatedAt: Date;
}

export interface ThreatSummary extends ThreatRecord {
  priority: PriorityRating;
  analysis: TreeAnalysis;
}

export interface CaseLinkView {
  caseId: string;
  note: string;
  public: boolean;
}

export interface XepLinkView {
  number: number;
  /** Null when the directory does not know the XEP (or is not installed). */
  title: string | null;
  status: string | null;
}

export interface ThreatView extends ThreatSummary {
  xeps: XepLinkView[];
  cases: CaseLinkView[];
  exposure: { metric: ExposureMetric; figure: ExposureFigure | null } | null;
}

export interface RevisionInfo {
  number: number;
  status: ThreatStatus;
  reason: string;
  /** Shown to the team only. */
  author: string | null;
  createdAt: Date;
  /** What changed since the previous revision the caller may see, one line per field. */
  changes: string[];
}

export interface RevisionDetail extends RevisionInfo {
  threat: Threat;
  yaml: string;
}

export interface ThreatDiffResult {
  slug: string;
  from: RevisionInfo;
  to: RevisionInfo;
  diff: ThreatDiff;
  /** The diff in words, as `formatThreatDiff` writes it. */
  text: string;
  /** Line diff of the two YAML documents, as a reviewer reads a pull request. */
  lines: { op: ' ' | '-' | '+'; line: string }[];
}

export interface RegisterVersionInfo {
  number: number;
  publishedAt: Date;
  publishedBy: string | null;
  notes: string;
  threatCount: number;
}

export interface RegisterVersionDetail extends RegisterVersionInfo {
  threats: { slug: string; name: string; revision: number; status: ThreatStatus; priority: PriorityRating }[];
  /** Since the previous version; null for the first. */
  changes: { previous: number; added: string[]; removed: string[]; changed: { slug: string; changes: string[] }[] } | null;
}

export interface RenderedRegister {
  /** The published version rendered; null for a preview. */
  version: number | null;
  publishedAt: Date | null;
  document: string;
  /** The threats the document shows. */
  threats: Threat[];
}

export interface RenderOptions {
  format: 'html' | 'md';
  /** HTML: link this stylesheet (the server serves it) instead of embedding the CSS. */
  stylesheetHref?: string;
  /** Markdown: refer to each tree as an image at this address instead of inlining the SVG. */
  treeImageHref?: (slug: string) => string;
}

export interface ImportSummary {
  created: string[];
  revised: string[];
  unchanged: string[];
  /** Threats in the database that the files do not mention; import never removes a threat. */
  notInFiles: string[];
}

export type TreePreview =
  | { ok: true; kind: 'tree' | 'threat'; tree: AttackTree; analysis: TreeAnalysis; threat: Threat | null }
  | { ok: false; kind: 'tree' | 'threat'; issues: RegisterIssue[] };

export const MAX_REASON_LENGTH = 1000;
export const MAX_NOTES_LENGTH = 5000;
const CASE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
/** Serialises publications so two never take the same number or the same predecessor. */
const PUBLISH_LOCK_KEY = 7_205_001;

function firstIssuesMessage(issues: readonly RegisterIssue[], prefix: string): string {
  const first = issues[0];
  if (!first) return prefix;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${prefix}: ${formatIssue(first)}${more}`;
}

function invalidThreat(issues: RegisterIssue[]): AppError {
  return badRequest('invalid_threat', firstIssuesMessage(issues, 'The threat is not valid'), { issues });
}

/** Validates the editor's input into a threat; every problem names its field or tree node. */
export function parseThreatInput(input: ThreatInput): Threat {
  const hasThreat = input.threat !== undefined;
  const hasYaml = input.yaml !== undefined;
  if (hasThreat === hasYaml) {
    throw badRequest('invalid_request', 'Send the threat either as a JSON document in "threat" or as the text of a threat file in "yaml", not both.');
  }
  const parsed = hasYaml ? parseThreatYaml(input.yaml!) : parseThreat(input.threat);
  if (!parsed.ok) throw invalidThreat(parsed.issues);
  return parsed.threat;
}

function checkedText(value: string | undefined, what: { code: string; name: string; max: number; required: boolean }): string {
  const text = (value ?? '').trim();
  if (what.required && text === '') {
    throw badRequest(`${what.code}_required`, `Give a ${what.name}: it is kept with the change for everyone who reads the history.`);
  }
  if (text.length > what.max) throw badRequest(`${what.code}_too_long`, `A ${what.name} has at most ${what.max} characters.`);
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text)) {
    throw badRequest(`invalid_${what.code}`, `A ${what.name} must not contain control characters.`);
  }
  return text;
}

const checkReason = (reason: string | undefined) => checkedText(reason, { code: 'reason', name: 'reason', max: MAX_REASON_LENGTH, required: true });

function sameDocument(a: Threat, b: Threat): boolean {
  return diffThreats(a, b).changes.length === 0;
}

function changedFields(before: Threat, after: Threat): string[] {
  return diffThreats(before, after).changes.map((c) => c.field);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function positionOf(counter: LineCounter, doc: ReturnType<typeof parseDocument>, path: (string | number)[]) {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) {
      const { line, col } = counter.linePos(range[0]);
      return { line, column: col };
    }
  }
  return {};
}

/**
 * Checks the YAML of an attack tree (`root:` and `nodes:`) or of a whole threat file, for the
 * editor's live preview; issues carry the line and name the node.
 */
export function previewTreeYaml(text: string): TreePreview {
  if (Buffer.byteLength(text, 'utf8') > MAX_THREAT_FILE_BYTES) {
    return { ok: false, kind: 'tree', issues: [{ code: 'yaml-too-large', path: [], message: `a tree has at most ${MAX_THREAT_FILE_BYTES} bytes of YAML` }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true, schema: 'core' });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      kind: 'tree',
      issues: problems.slice(0, 20).map((e) => {
        const pos = e.linePos?.[0];
        const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return { code: 'yaml-syntax', path: [], message, ...(pos ? { line: pos.line, column: pos.col } : {}) };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { ok: false, kind: 'tree', issues: [{ code: 'yaml-syntax', path: [], message: (error as Error).message }] };
  }
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'tree' in data) {
    const parsed = parseThreatYaml(text);
    if (!parsed.ok) return { ok: false, kind: 'threat', issues: parsed.issues };
    return { ok: true, kind: 'threat', tree: parsed.threat.tree, analysis: analyzeThreat(parsed.threat), threat: parsed.threat };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, kind: 'tree', issues: [{ code: 'not-a-threat-file', path: [], line: 1, column: 1, message: 'an attack tree is a mapping with "root" and "nodes"' }] };
  }
  const result = AttackTreeSchema.safeParse(data);
  if (!result.success) {
    return {
      ok: false,
      kind: 'tree',
      issues: toRegisterIssues(result.error, data).map((issue) => ({ ...issue, ...positionOf(counter, doc, issue.path) })),
    };
  }
  return { ok: true, kind: 'tree', tree: result.data, analysis: analyzeTree(result.data), threat: null };
}

export function createThreatService(deps: ThreatServiceDeps) {
  const { db, mutations, clock } = deps;
  let exposureSource: ExposureSource | undefined = deps.exposureSource;
  let caseVisibility: CaseVisibility | undefined = deps.caseVisibility;
  const xepDirectory: XepDirectory = deps.xepDirectory ?? ((numbers) => readXepDirectory(db, numbers));

  async function visibleThreat(actor: Actor, slug: string): Promise<{ row: ThreatRow; shown: number }> {
    const row = await threatBySlug(db, slug);
    const shown = row ? visibleRevision(actor, row) : undefined;
    if (!row || shown === undefined) throw notFound('That threat');
    return { row, shown };
  }

  async function visibleRevisionRow(actor: Actor, row: ThreatRow, number: number): Promise<RevisionRow> {
    const revision = number <= row.revision ? await revisionOf(db, row.id, number) : undefined;
    if (!revision || !canSeeRevision(actor, revision.status)) throw notFound(`Revision ${number} of that threat`);
    return revision;
  }

  /** The team (readers of drafts, or editors through a token limited to writing) sees the latest revision number. */
  const isTeam = (actor: Actor): boolean => threatPolicy.can(actor, 'threat.read_drafts') || threatPolicy.can(actor, 'threat.edit');

  function recordOf(actor: Actor, row: ThreatRow, revision: { number: number; content: Threat; created_at: Date }): ThreatRecord {
    const team = isTeam(actor);
    return {
      id: row.id,
      slug: row.slug,
      revision: revision.number,
      latestRevision: team ? row.revision : null,
      publicRevision: row.public_revision,
      threat: documentOf(revision),
      createdAt: row.created_at,
      updatedAt: revision.created_at,
    };
  }

  async function recordFor(actor: Actor, row: ThreatRow, number: number): Promise<ThreatRecord> {
    if (number === row.revision && canSeeRevision(actor, row.status)) return recordOf(actor, row, latestOf(row));
    return recordOf(actor, row, await visibleRevisionRow(actor, row, number));
  }

  const latestOf = (row: ThreatRow) => ({ number: row.revision, content: row.content, created_at: row.updated_at });

  function summaryOf(record: ThreatRecord): ThreatSummary {
    return { ...record, priority: threatPriority(record.threat), analysis: analyzeThreat(record.threat) };
  }

  async function publicCaseIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0 || !caseVisibility) return new Set();
    return new Set(await caseVisibility(ids));
  }

  async function exposureFigures(threats: readonly Threat[]): Promise<Partial<Record<ExposureMetric, ExposureFigure>>> {
    const figures: Partial<Record<ExposureMetric, ExposureFigure>> = {};
    if (!exposureSource) return figures;
    for (const metric of new Set(threats.map((t) => t.exposureMetric).filter((m) => m !== undefined))) {
      const figure = await exposureSource(metric);
      if (figure) figures[metric] = figure;
    }
    return figures;
  }

  /** `previous` undefined: the first revision the actor sees; null: leave the changes out. */
  function revisionInfo(actor: Actor, row: RevisionRow, previous: RevisionRow | undefined | null): RevisionInfo {
    let changes: string[] = [];
    if (previous) changes = diffThreats(documentOf(previous), documentOf(row)).changes.map(summarizeChange);
    else if (previous === undefined) changes = [row.number === 1 ? 'Created' : 'First published revision'];
    return {
      number: row.number,
      status: row.status,
      reason: row.reason,
      author: canSeeAuthors(actor) ? row.author_label : null,
      createdAt: row.created_at,
      changes,
    };
  }

  /** What the next publication would contain: every threat's latest reviewed or retired revision. */
  async function publishableEntries(trx: Kysely<Database>) {
    return trx
      .selectFrom('threats as t')
      .innerJoin('threat_revisions as r', (join) => join.onRef('r.threat_id', '=', 't.id').onRef('r.number', '=', 't.public_revision'))
      .select(['t.id as threatId', 'r.id as revisionId', 'r.number', 'r.content'])
      .where('t.public_revision', 'is not', null)
      .execute();
  }

  async function insertRevision(trx: Transaction<Database>, actor: Actor, threatId: string, number: number, threat: Threat, reason: string, now: Date) {
    await trx
      .insertInto('threat_revisions')
      .values({
        id: randomUUID(),
        threat_id: threatId,
        number,
        status: threat.status,
        content: json(threat),
        reason,
        author_id: actor.kind === 'user' ? actor.userId : null,
        author_label: actorLabel(actor),
        created_at: now,
      })
      .execute();
  }

  /** Inserts a new threat at revision 1; a taken slug (even by a concurrent writer) is a conflict. */
  async function insertThreat(trx: Transaction<Database>, actor: Actor, threat: Threat, reason: string): Promise<string> {
    const now = clock.now();
    const id = randomUUID();
    const inserted = await trx
      .insertInto('threats')
      .values({
        id,
        slug: threat.slug,
        name: threat.name,
        status: threat.status,
        tags: threat.tags,
        content: json(threat),
        revision: 1,
        public_revision: threat.status === 'draft' ? null : 1,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows !== 1n) throw conflict('threat_exists', `A threat with the slug "${threat.slug}" exists already; edit it instead.`);
    await insertRevision(trx, actor, id, 1, threat, reason, now);
    return id;
  }

  /** Appends a revision to a locked threat row; the row must be at `row.revision` still. */
  async function appendRevision(trx: Transaction<Database>, actor: Actor, row: ThreatRow, next: Threat, reason: string): Promise<number> {
    const now = clock.now();
    const number = row.revision + 1;
    await insertRevision(trx, actor, row.id, number, next, reason, now);
    const updated = await trx
      .updateTable('threats')
      .set({
        name: next.name,
        status: next.status,
        tags: next.tags,
        content: json(next),
        revision: number,
        public_revision: next.status === 'draft' ? row.public_revision : number,
        updated_at: now,
      })
      .where('id', '=', row.id)
      .where('revision', '=', row.revision)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw staleRevision(row.slug, row.revision + 1, row.revision);
    return number;
  }

  function staleRevision(slug: string, base: number, current: number): AppError {
    return conflict(
      'revision_conflict',
      `Your change is based on revision ${base} of "${slug}", but it is at revision ${current} now: someone else changed it meanwhile. Load revision ${current}, look at what changed, re-apply your change and save again.`,
      { baseRevision: base, currentRevision: current },
    );
  }

  async function lockForChange(trx: Transaction<Database>, slug: string, baseRevision: number): Promise<ThreatRow> {
    const row = await trx.selectFrom('threats').selectAll().where('slug', '=', slug).forUpdate().executeTakeFirst();
    if (!row) throw notFound('That threat');
    if (row.revision !== baseRevision) throw staleRevision(slug, baseRevision, row.revision);
    return row;
  }

  function checkBaseRevision(baseRevision: number): void {
    if (!Number.isSafeInteger(baseRevision) || baseRevision < 1) {
      throw badRequest('invalid_base_revision', 'baseRevision is the number of the revision your change starts from (1 or more).');
    }
  }

  /** The threat as its editor sees it right after a change. */
  async function reload(actor: Actor, slug: string): Promise<ThreatView> {
    const row = await threatBySlug(db, slug);
    if (!row) throw notFound('That threat');
    return viewOf(actor, row, recordOf(actor, row, latestOf(row)));
  }

  async function viewOf(actor: Actor, row: ThreatRow, record: ThreatRecord): Promise<ThreatView> {
    const { threat } = record;
    const directory = await xepDirectory(threat.links.xeps);
    const links = await db.selectFrom('threat_case_links').selectAll().where('threat_id', '=', row.id).orderBy('case_id').execute();
    const published = await publicCaseIds(links.map((l) => l.case_id));
    const team = isTeam(actor);
    const cases = links
      .map((l) => ({ caseId: l.case_id, note: l.note, public: published.has(l.case_id) }))
      .filter((c) => team || canSeeCaseLink(actor, c.public));
    const figure = threat.exposureMetric && exposureSource ? await exposureSource(threat.exposureMetric) : undefined;
    return {
      ...summaryOf(record),
      xeps: threat.links.xeps.map((number) => ({ number, title: directory.get(number)?.title ?? null, status: directory.get(number)?.status ?? null })),
      cases,
      exposure: threat.exposureMetric ? { metric: threat.exposureMetric, figure: figure ?? null } : null,
    };
  }

  async function versionDetail(actor: Actor, row: VersionRow): Promise<RegisterVersionDetail> {
    const entries = await versionEntries(db, row.number);
    const threats = orderRegister(entries.map((e) => ({ ...e.threat, revision: e.revision })));
    const before = await versionBefore(db, row.number);
    let changes: RegisterVersionDetail['changes'] = null;
    if (before) {
      const diff = diffRegisters((await versionEntries(db, before.number)).map((e) => e.threat), entries.map((e) => e.threat));
      changes = {
        previous: before.number,
        added: diff.added.map((t) => t.slug),
        removed: diff.removed.map((t) => t.slug),
        changed: diff.changed.map((d) => ({ slug: d.slug, changes: d.changes.map(summarizeChange) })),
      };
    }
    return {
      ...versionInfo(actor, row, entries.length),
      threats: threats.map((t) => ({ slug: t.slug, name: t.name, revision: t.revision, status: t.status, priority: threatPriority(t) })),
      changes,
    };
  }

  async function renderVersionRow(version: VersionRow, options: RenderOptions & { liveExposure: boolean }): Promise<RenderedRegister> {
    const entries = await versionEntries(db, version.number);
    const threats = entries.map((e) => e.threat);
    const before = await versionBefore(db, version.number);
    const previous = before ? { version: String(before.number), threats: (await versionEntries(db, before.number)).map((e) => e.threat) } : undefined;
    const exposure = options.liveExposure ? await exposureFigures(threats) : (version.exposure as Partial<Record<ExposureMetric, ExposureFigure>>);
    const document = renderRegister(threats, {
      format: options.format,
      version: String(version.number),
      publishedAt: isoDate(version.published_at),
      exposure,
      ...(previous ? { previous } : {}),
      ...documentOptions(options),
    });
    return { version: version.number, publishedAt: version.published_at, document, threats };
  }

  function versionInfo(actor: Actor, row: VersionRow, threatCount: number): RegisterVersionInfo {
    return {
      number: row.number,
      publishedAt: row.published_at,
      publishedBy: canSeeAuthors(actor) ? row.published_by_label : null,
      notes: row.notes,
      threatCount,
    };
  }

  const service = {
    /** For the observatory: `fn(metric)` gives the live figure of an exposure metric. */
    setExposureSource(fn: ExposureSource | undefined): void {
      exposureSource = fn;
    },

    /** For the case feature: `fn(caseIds)` returns those of the ids whose case is public. */
    setCaseVisibility(fn: CaseVisibility | undefined): void {
      caseVisibility = fn;
    },

    async isEmpty(actor: Actor): Promise<boolean> {
      threatPolicy.assert(actor, 'threat.read_drafts');
      const row = await db.selectFrom('threats').select('id').limit(1).executeTakeFirst();
      return row === undefined;
    },

    /** The threats the actor may read, in register order (priority first, retired last). */
    async list(actor: Actor, filter: { status?: ThreatStatus; tag?: string } = {}): Promise<ThreatSummary[]> {
      threatPolicy.assert(actor, 'threat.read');
      const rows = await db.selectFrom('threats').selectAll().orderBy('slug').execute();
      const shown = rows.flatMap((row) => {
        const number = visibleRevision(actor, row);
        return number === undefined ? [] : [{ row, number }];
      });
      const older = shown.filter((s) => s.number !== s.row.revision);
      const revisions =
        older.length === 0
          ? []
          : await db
              .selectFrom('threat_revisions')
              .selectAll()
              .where((eb) => eb.or(older.map((s) => eb.and([eb('threat_id', '=', s.row.id), eb('number', '=', s.number)]))))
              .execute();
      const byThreat = new Map(revisions.map((r) => [r.threat_id, r]));
      const records = shown.map(({ row, number }) => {
        const revision = number === row.revision ? { number, content: row.content, created_at: row.updated_at } : byThreat.get(row.id)!;
        return recordOf(actor, row, revision);
      });
      const filtered = records.filter(
        (r) => (filter.status === undefined || r.threat.status === filter.status) && (filter.tag === undefined || r.threat.tags.includes(filter.tag)),
      );
      return orderRegister(filtered.map((r) => ({ ...r.threat, record: r }))).map((t) => summaryOf(t.record));
    },

    /** One threat with its analysis, resolved links and live exposure figure; `revision` picks an older one. */
    async get(actor: Actor, slug: string, options: { revision?: number } = {}): Promise<ThreatView> {
      threatPolicy.assert(actor, 'threat.read');
      const { row, shown } = await visibleThreat(actor, slug);
      return viewOf(actor, row, await recordFor(actor, row, options.revision ?? shown));
    },

    /** The revisions the actor may see, oldest first, each with what changed since the one before it. */
    async revisions(actor: Actor, slug: string): Promise<RevisionInfo[]> {
      threatPolicy.assert(actor, 'threat.read');
      const { row } = await visibleThreat(actor, slug);
      const rows = (await db.selectFrom('threat_revisions').selectAll().where('threat_id', '=', row.id).orderBy('number').execute()).filter((r) =>
        canSeeRevision(actor, r.status),
      );
      return rows.map((r, i) => revisionInfo(actor, r, rows[i - 1]));
    },

    async revision(actor: Actor, slug: string, number: number): Promise<RevisionDetail> {
      threatPolicy.assert(actor, 'threat.read');
      const { row } = await visibleThreat(actor, slug);
      const revision = await visibleRevisionRow(actor, row, number);
      const earlier = (
        await db.selectFrom('threat_revisions').selectAll().where('threat_id', '=', row.id).where('number', '<', number).orderBy('number', 'desc').execute()
      ).find((r) => canSeeRevision(actor, r.status));
      const threat = documentOf(revision);
      return { ...revisionInfo(actor, revision, earlier), threat, yaml: threatToYaml(threat) };
    },

    /** Field by field and line by line, from revision `from` to revision `to` (any two, either order). */
    async diff(actor: Actor, slug: string, from: number, to: number): Promise<ThreatDiffResult> {
      threatPolicy.assert(actor, 'threat.read');
      const { row } = await visibleThreat(actor, slug);
      const a = await visibleRevisionRow(actor, row, from);
      const b = await visibleRevisionRow(actor, row, to);
      const before = documentOf(a);
      const after = documentOf(b);
      const diff = diffThreats(before, after);
      return {
        slug,
        from: revisionInfo(actor, a, null),
        to: revisionInfo(actor, b, null),
        diff,
        text: formatThreatDiff(diff),
        lines: diffLines(threatToYaml(before), threatToYaml(after)),
      };
    },

    async create(actor: Actor, input: ThreatInput & { reason?: string }): Promise<ThreatView> {
      threatPolicy.assert(actor, 'threat.edit');
      const threat = parseThreatInput(input);
      const reason = checkReason(input.reason);
      await mutations.run(actor, async (trx) => {
        const id = await insertThreat(trx, actor, threat, reason);
        return { result: id, audit: { action: 'threat.create', subject: { type: 'threat', id }, details: { slug: threat.slug, revision: 1, status: threat.status } } };
      });
      return reload(actor, threat.slug);
    },

    /** Saves a new revision; `baseRevision` is the revision the edit started from. */
    async edit(actor: Actor, slug: string, input: ThreatInput & { baseRevision: number; reason?: string }): Promise<ThreatView> {
      threatPolicy.assert(actor, 'threat.edit');
      checkBaseRevision(input.baseRevision);
      const next = parseThreatInput(input);
      const reason = checkReason(input.reason);
      if (next.slug !== slug) {
        throw badRequest('slug_mismatch', `The document's slug is "${next.slug}" but you are editing "${slug}": a threat's slug never changes.`);
      }
      await mutations.run(actor, async (trx) => {
        const row = await lockForChange(trx, slug, input.baseRevision);
        const current = documentOf(row);
        if (sameDocument(current, next)) throw badRequest('no_changes', `The edit changes nothing in revision ${row.revision}; no revision was made.`);
        const number = await appendRevision(trx, actor, row, next, reason);
        return {
          result: number,
          audit: { action: 'threat.edit', subject: { type: 'threat', id: row.id }, details: { slug, revision: number, fields: changedFields(current, next) } },
        };
      });
      return reload(actor, slug);
    },

    async setStatus(actor: Actor, slug: string, input: { status: ThreatStatus; baseRevision: number; reason?: string }): Promise<ThreatView> {
      threatPolicy.assert(actor, 'threat.edit');
      checkBaseRevision(input.baseRevision);
      if (!(THREAT_STATUSES as readonly string[]).includes(input.status)) {
        throw badRequest('invalid_status', `A threat's status is one of ${THREAT_STATUSES.join(', ')}.`);
      }
      const reason = checkReason(input.reason);
      await mutations.run(actor, async (trx) => {
        const row = await lockForChange(trx, slug, input.baseRevision);
        if (row.status === input.status) throw badRequest('no_changes', `"${slug}" is ${input.status} already.`);
        const next = { ...documentOf(row), status: input.status };
        const number = await appendRevision(trx, actor, row, next, reason);
        return {
          result: number,
          audit: { action: 'threat.status_change', subject: { type: 'threat', id: row.id }, details: { slug, revision: number, from: row.status, to: input.status } },
        };
      });
      return reload(actor, slug);
    },

    async linkCase(actor: Actor, slug: string, input: { caseId: string; note?: string }): Promise<CaseLinkView> {
      threatPolicy.assert(actor, 'threat.link_case');
      if (!CASE_ID_PATTERN.test(input.caseId)) throw badRequest('invalid_case_id', 'A case id is 1-100 letters, digits and . _ : - characters.');
      const note = checkedText(input.note, { code: 'note', name: 'note', max: MAX_REASON_LENGTH, required: false });
      await mutations.run(actor, async (trx) => {
        const row = await trx.selectFrom('threats').select('id').where('slug', '=', slug).executeTakeFirst();
        if (!row) throw notFound('That threat');
        const inserted = await trx
          .insertInto('threat_case_links')
          .values({ threat_id: row.id, case_id: input.caseId, note, created_by_label: actorLabel(actor), created_at: clock.now() })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (inserted.numInsertedOrUpdatedRows !== 1n) throw conflict('case_already_linked', `Case ${input.caseId} is linked to "${slug}" already.`);
        return { result: undefined, audit: { action: 'threat.link_case', subject: { type: 'threat', id: row.id }, details: { slug, caseId: input.caseId } } };
      });
      return { caseId: input.caseId, note, public: (await publicCaseIds([input.caseId])).has(input.caseId) };
    },

    async unlinkCase(actor: Actor, slug: string, caseId: string): Promise<void> {
      threatPolicy.assert(actor, 'threat.link_case');
      await mutations.run(actor, async (trx) => {
        const row = await trx.selectFrom('threats').select('id').where('slug', '=', slug).executeTakeFirst();
        if (!row) throw notFound('That threat');
        const deleted = await trx.deleteFrom('threat_case_links').where('threat_id', '=', row.id).where('case_id', '=', caseId).executeTakeFirst();
        if (deleted.numDeletedRows !== 1n) throw notFound(`A link from "${slug}" to case ${caseId}`);
        return { result: undefined, audit: { action: 'threat.unlink_case', subject: { type: 'threat', id: row.id }, details: { slug, caseId } } };
      });
    },

    /** For the case feature's pages: the threats (visible to the actor) that a case is an instance of. */
    async threatsForCase(actor: Actor, caseId: string): Promise<{ slug: string; name: string }[]> {
      threatPolicy.assert(actor, 'threat.read');
      if (!threatPolicy.can(actor, 'threat.read_drafts') && !(await publicCaseIds([caseId])).has(caseId)) return [];
      const rows = await db
        .selectFrom('threat_case_links as l')
        .innerJoin('threats as t', 't.id', 'l.threat_id')
        .selectAll('t')
        .where('l.case_id', '=', caseId)
        .orderBy('t.slug')
        .execute();
      const out: { slug: string; name: string }[] = [];
      for (const row of rows) {
        const shown = visibleRevision(actor, row);
        if (shown === undefined) continue;
        out.push({ slug: row.slug, name: (await recordFor(actor, row, shown)).threat.name });
      }
      return out;
    },

    /** The live preview behind the tree editor: validation with node names, analysis, nothing stored. */
    previewTree(actor: Actor, yaml: string): TreePreview {
      threatPolicy.assert(actor, 'threat.preview_tree');
      return previewTreeYaml(yaml);
    },

    /**
     * Publishes the next numbered version: every threat's latest reviewed or retired revision,
     * with the observatory's figures of the moment. Refused when nothing changed.
     */
    async publish(actor: Actor, input: { notes?: string } = {}): Promise<RegisterVersionDetail> {
      threatPolicy.assert(actor, 'register.publish');
      const notes = checkedText(input.notes, { code: 'notes', name: 'note', max: MAX_NOTES_LENGTH, required: false });
      // Figures are read before the transaction: no I/O of another feature inside it.
      const exposure = await exposureFigures((await publishableEntries(db)).map((e) => documentOf(e)));
      const number = await mutations.run(actor, async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK_KEY})`.execute(trx);
        const entries = await publishableEntries(trx);
        if (entries.length === 0) throw conflict('register_empty', 'There is nothing to publish: no threat is reviewed or retired yet.');
        const previous = await latestVersion(trx);
        if (previous) {
          const before = await trx.selectFrom('register_version_entries').select('revision_id').where('version', '=', previous.number).execute();
          const ids = new Set(before.map((e) => e.revision_id));
          if (ids.size === entries.length && entries.every((e) => ids.has(e.revisionId))) {
            throw conflict('register_unchanged', `Nothing changed since version ${previous.number}: review or retire a threat first.`);
          }
        }
        const next = (previous?.number ?? 0) + 1;
        await trx
          .insertInto('register_versions')
          .values({
            number: next,
            published_at: clock.now(),
            published_by_id: actor.kind === 'user' ? actor.userId : null,
            published_by_label: actorLabel(actor),
            notes,
            exposure: json(exposure),
          })
          .execute();
        await trx
          .insertInto('register_version_entries')
          .values(entries.map((e) => ({ version: next, threat_id: e.threatId, revision_id: e.revisionId })))
          .execute();
        return {
          result: next,
          audit: { action: 'register.publish', subject: { type: 'register_version', id: String(next) }, details: { version: next, threats: entries.length } },
        };
      });
      return versionDetail(actor, (await versionByNumber(db, number))!);
    },

    async versions(actor: Actor): Promise<RegisterVersionInfo[]> {
      threatPolicy.assert(actor, 'register.read');
      const rows = await db.selectFrom('register_versions').selectAll().orderBy('number', 'desc').execute();
      const counts = await db
        .selectFrom('register_version_entries')
        .select(['version', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('version')
        .execute();
      const byVersion = new Map(counts.map((c) => [c.version, Number(c.n)]));
      return rows.map((row) => versionInfo(actor, row, byVersion.get(row.number) ?? 0));
    },

    /** One published version: its threats and what changed since the version before. */
    async version(actor: Actor, number?: number): Promise<RegisterVersionDetail> {
      threatPolicy.assert(actor, 'register.read');
      const row = number === undefined ? await latestVersion(db) : await versionByNumber(db, number);
      if (!row) throw number === undefined ? noVersion() : notFound(`Register version ${number}`);
      return versionDetail(actor, row);
    },

    /**
     * A published version as one document, with the changes since the version before. Past
     * versions show the figures of their day; `liveExposure` shows today's instead.
     */
    async render(actor: Actor, options: RenderOptions & { version?: number; liveExposure?: boolean }): Promise<RenderedRegister> {
      threatPolicy.assert(actor, 'register.read');
      const row = options.version === undefined ? await latestVersion(db) : await versionByNumber(db, options.version);
      if (!row) throw options.version === undefined ? noVersion() : notFound(`Register version ${options.version}`);
      return renderVersionRow(row, { ...options, liveExposure: options.liveExposure ?? false });
    },

    /** What the next publication would look like (with `includeDrafts`, the team's whole working register). */
    async preview(actor: Actor, options: RenderOptions & { includeDrafts?: boolean }): Promise<RenderedRegister> {
      threatPolicy.assert(actor, 'register.preview');
      const threats = options.includeDrafts
        ? (await db.selectFrom('threats').selectAll().execute()).map(documentOf)
        : (await publishableEntries(db)).map(documentOf);
      const latest = await latestVersion(db);
      const previous = latest ? { version: String(latest.number), threats: (await versionEntries(db, latest.number)).map((e) => e.threat) } : undefined;
      const document = renderRegister(threats, {
        format: options.format,
        version: `${(latest?.number ?? 0) + 1} (unpublished${options.includeDrafts ? ', with drafts' : ''})`,
        exposure: await exposureFigures(threats),
        ...(previous ? { previous } : {}),
        ...documentOptions(options),
      });
      return { version: null, publishedAt: null, document, threats };
    },

    /**
     * Loads a register folder (file name → YAML text): new threats are created, changed ones get a
     * revision, equal ones are left alone. Any invalid file rejects the whole import.
     */
    async importFiles(actor: Actor, files: Iterable<readonly [string, string]>, options: { reason?: string } = {}): Promise<ImportSummary> {
      threatPolicy.assert(actor, 'threat.import');
      const reason = checkedText(options.reason ?? 'Imported from YAML files', { code: 'reason', name: 'reason', max: MAX_REASON_LENGTH, required: true });
      const result = importRegister(files);
      if (!result.ok) throw invalidRegister(result.errors);
      const summary: ImportSummary = { created: [], revised: [], unchanged: [], notInFiles: [] };
      const audit: { action: string; subject: { type: string; id: string }; details: Record<string, unknown> }[] = [];
      await mutations.run(actor, async (trx) => {
        const rows = await trx.selectFrom('threats').selectAll().orderBy('slug').forUpdate().execute();
        const bySlug = new Map(rows.map((r) => [r.slug, r]));
        for (const threat of result.threats) {
          const row = bySlug.get(threat.slug);
          if (!row) {
            const id = await insertThreat(trx, actor, threat, reason);
            summary.created.push(threat.slug);
            audit.push({ action: 'threat.create', subject: { type: 'threat', id }, details: { slug: threat.slug, revision: 1, status: threat.status, via: 'import' } });
            continue;
          }
          const current = documentOf(row);
          if (sameDocument(current, threat)) {
            summary.unchanged.push(threat.slug);
            continue;
          }
          const number = await appendRevision(trx, actor, row, threat, reason);
          summary.revised.push(threat.slug);
          audit.push({ action: 'threat.edit', subject: { type: 'threat', id: row.id }, details: { slug: threat.slug, revision: number, fields: changedFields(current, threat), via: 'import' } });
        }
        const named = new Set(result.threats.map((t) => t.slug));
        summary.notInFiles = rows.filter((r) => !named.has(r.slug)).map((r) => r.slug);
        const event = {
          action: 'threat.import',
          details: { created: summary.created.length, revised: summary.revised.length, unchanged: summary.unchanged.length },
        };
        return { result: undefined, audit: [...audit, event] };
      });
      return summary;
    },

    /** Every threat's latest revision as `<slug>.yaml` files, drafts included. */
    async exportFiles(actor: Actor): Promise<Map<string, string>> {
      threatPolicy.assert(actor, 'threat.export');
      const rows = await db.selectFrom('threats').selectAll().execute();
      return exportRegister(rows.map(documentOf));
    },
  };
  return service;
}

function documentOptions(options: RenderOptions) {
  return {
    ...(options.stylesheetHref !== undefined ? { stylesheetHref: options.stylesheetHref } : { standalone: true }),
    ...(options.treeImageHref !== undefined ? { treeImageHref: options.treeImageHref } : {}),
  };
}

function noVersion(): AppError {
  return new AppError('not_found', 404, 'No version of the register has been published yet.');
}

function invalidRegister(errors: FileIssues[]): AppError {
  const first = errors[0];
  const issue = first?.issues[0];
  const count = errors.reduce((n, e) => n + e.issues.length, 0);
  const message = first && issue
    ? `The register files have ${count} problem${count === 1 ? '' : 's'}; nothing was imported. First: ${formatIssue(issue, first.file)}`
    : 'The register files are not valid; nothing was imported.';
  return badRequest('invalid_register', message, { errors });
}

export type ThreatService = ReturnType<typeof createThreatService>;

/** On a fresh installation: load the register shipped with xmppsec and publish it as version 1. */
export async function seedThreatRegister(threats: ThreatService, status: (message: string) => void): Promise<void> {
  const actor = jobActor('seed');
  if (!(await threats.isEmpty(actor))) return;
  const summary = await threats.importFiles(actor, await readRegisterDir(SEED_DIR), { reason: 'The register shipped with xmppsec' });
  const version = await threats.publish(actor, { notes: 'The initial register shipped with xmppsec.' });
  status(`Threat register: loaded ${summary.created.length} threats, published version ${version.number} with ${version.threatCount} reviewed ones.`);
}
