import { sql } from 'kysely';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { evaluateCompliance, rolesForCategories } from './compliance.ts';
import type { ComplianceLevel, ComplianceRole, ComplianceSuite } from './compliance.ts';
import type { DoapProblem } from './doap-types.ts';
import { isXepSupportStatus } from './doap-vocabulary.ts';
import type { XepSupportStatus } from './doap-vocabulary.ts';
import { maintenanceStatus } from './maintenance-status.ts';
import type { MaintenanceState, MaintenanceStatus } from './maintenance-status.ts';
import type { DirectoryProjectsTable, DoapFetchProblem } from './tables.ts';
import type { XepInfo } from './xep-list.ts';

/** Reading the directory: project lookup by current or former slug, and the views the API returns. */

type Db = Kysely<Database> | Transaction<Database>;
export type ProjectRow = Selectable<DirectoryProjectsTable>;

export interface ProjectSummary {
  slug: string;
  name: string;
  shortdesc: string | null;
  homepage: string | null;
  logoUrl: string | null;
  categories: string[];
  platforms: string[];
  programmingLanguages: string[];
  onSoftwareList: boolean;
  inScope: boolean;
  archived: boolean;
  maintenance: MaintenanceState;
  newestRelease: { version: string | null; date: string | null } | null;
  xepCount: number;
  hasDoap: boolean;
  /** The last fetch failed, or the newest DOAP file could not be used. */
  hasDoapProblem: boolean;
}

export interface ProjectProblem {
  source: 'fetch' | 'doap';
  severity: 'error' | 'warning';
  code: string;
  message: string;
  at: Date | null;
  line: number | null;
  snapshotId: string | null;
}

export interface ReleaseView {
  revision: string | null;
  created: string | null;
  name: string | null;
  branch: string | null;
}

export interface DeclaredXepView {
  number: number;
  /** From the XEP list, when it is imported and has the XEP. */
  title: string | null;
  xepStatus: string | null;
  status: XepSupportStatus | null;
  rawStatus: string | null;
  version: string | null;
  since: string | null;
  until: string | null;
  note: string | null;
}

export interface SnapshotSummary {
  id: string;
  sha256: string;
  source: string;
  fetchedAt: Date;
  lastSeenAt: Date;
  byteLength: number;
  usable: boolean;
  problemCount: number;
  current: boolean;
}

export interface ComplianceView {
  suite: string;
  title: string;
  roles: ComplianceRole[];
  categories: {
    id: string;
    name: string;
    levels: { role: ComplianceRole; level: ComplianceLevel; state: 'met' | 'met-partially' | 'not-met'; missing: string[]; partial: string[] }[];
  }[];
}

export interface MaintainerView {
  userId: string;
  accountEmail: string;
  displayName: string;
  contactEmail: string;
  xmppAddress: string | null;
  securityContact: boolean;
  openpgpKey: string | null;
  addedAt: Date;
}

export interface ProjectView extends ProjectSummary {
  id: string;
  formerSlugs: string[];
  listName: string | null;
  repository: string | null;
  doapUrl: string | null;
  listUrl: string | null;
  securityContact: string | null;
  securityPolicyUrl: string | null;
  cve: { vendor: string | null; product: string | null; collectionUrl: string | null; packageName: string | null };
  notes: string;
  /** The values the team or the maintainers set (the effective ones above fall back to the DOAP file). */
  edited: { logoUrl: string | null; securityContact: string | null };
  inScopeDecision: boolean | null;
  archivedAt: Date | null;
  archivedReason: string | null;
  releases: ReleaseView[];
  xeps: DeclaredXepView[];
  rfcs: number[];
  snapshots: SnapshotSummary[];
  problems: ProjectProblem[];
  maintenanceStatus: MaintenanceStatus;
  compliance: ComplianceView[];
  maintainerCount: number;
  /** Only for the team and the project's own maintainers. */
  maintainers?: MaintainerView[];
  lastConfirmedAt: Date | null;
  doapChangedAt: Date | null;
  doapCheckedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The project a slug names: its current slug, or one it had before a rename. */
export async function findProject(db: Db, slug: string): Promise<ProjectRow | undefined> {
  const current = await db.selectFrom('directory_projects').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (current) return current;
  const former = await db.selectFrom('directory_slug_history').select('project_id').where('slug', '=', slug).executeTakeFirst();
  if (!former) return undefined;
  return db.selectFrom('directory_projects').selectAll().where('id', '=', former.project_id).executeTakeFirst();
}

export async function requireProject(db: Db, slug: string): Promise<ProjectRow> {
  const row = await findProject(db, slug);
  if (!row) throw notFound(`The project "${slug}"`);
  return row;
}

export async function maintainerIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db.selectFrom('directory_maintainers').select('user_id').where('project_id', '=', projectId).execute();
  return rows.map((row) => row.user_id);
}

export const effectiveInScope = (row: Pick<ProjectRow, 'in_scope' | 'doap_url' | 'current_snapshot_id'>): boolean =>
  row.in_scope ?? (row.doap_url !== null || row.current_snapshot_id !== null);

export function projectMaintenance(row: ProjectRow, now: Date): MaintenanceStatus {
  return maintenanceStatus({
    newestReleaseAt: row.newest_release_date ? new Date(`${row.newest_release_date}T00:00:00Z`) : null,
    newestDoapChangeAt: row.doap_changed_at,
    lastConfirmedAt: row.last_confirmed_at,
    archived: row.archived_at !== null,
    archivedAt: row.archived_at,
    now,
  });
}

/** The newest snapshot seen, when it is not the one the project's data comes from (it was unusable). */
async function unusedNewestSnapshot(db: Db, row: ProjectRow) {
  const newest = await db
    .selectFrom('directory_doap_snapshots')
    .select(['id', 'usable', 'problems', 'last_seen_at'])
    .where('project_id', '=', row.id)
    .orderBy('seen_order', 'desc')
    .limit(1)
    .executeTakeFirst();
  return newest && newest.id !== row.current_snapshot_id && !newest.usable ? newest : undefined;
}

export function summaryOf(row: ProjectRow, now: Date, xepCount: number, newestUnusable: boolean): ProjectSummary {
  return {
    slug: row.slug,
    name: row.name,
    shortdesc: row.shortdesc,
    homepage: row.homepage,
    logoUrl: row.logo_url ?? row.doap_logo_url,
    categories: row.categories,
    platforms: row.platforms,
    programmingLanguages: row.programming_languages,
    onSoftwareList: row.on_software_list,
    inScope: effectiveInScope(row),
    archived: row.archived_at !== null,
    maintenance: projectMaintenance(row, now).state,
    newestRelease: row.newest_release_version !== null || row.newest_release_date !== null ? { version: row.newest_release_version, date: row.newest_release_date } : null,
    xepCount,
    hasDoap: row.current_snapshot_id !== null,
    hasDoapProblem: row.doap_fetch_problem !== null || newestUnusable,
  };
}

export interface ProjectFilter {
  category?: string | undefined;
  maintenance?: MaintenanceState | undefined;
  xep?: number | undefined;
  xepStatus?: XepSupportStatus | undefined;
  inScope?: boolean | undefined;
  archived?: boolean | undefined;
  q?: string | undefined;
  /** Only projects this user maintains. */
  maintainedBy?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const likePattern = (text: string) => `%${text.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;

export async function listProjects(db: Db, filter: ProjectFilter, now: Date): Promise<{ projects: ProjectSummary[]; total: number }> {
  let query = db.selectFrom('directory_projects').selectAll();
  if (filter.category) query = query.where(sql<boolean>`${filter.category} = ANY(categories)`);
  if (filter.inScope !== undefined) query = query.where(sql<boolean>`coalesce(in_scope, doap_url IS NOT NULL OR current_snapshot_id IS NOT NULL)`, '=', filter.inScope);
  if (filter.archived !== undefined) query = query.where('archived_at', filter.archived ? 'is not' : 'is', null);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', pattern), eb(eb.fn('lower', ['list_name']), 'like', pattern)]));
  }
  if (filter.xep !== undefined) {
    const xep = filter.xep;
    const status = filter.xepStatus;
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('directory_project_xeps as px')
          .select('px.xep')
          .whereRef('px.project_id', '=', 'directory_projects.id')
          .where('px.xep', '=', xep)
          .$if(status !== undefined, (sub) => sub.where('px.status', '=', status!)),
      ),
    );
  }
  if (filter.maintainedBy) {
    const userId = filter.maintainedBy;
    query = query.where((eb) => eb.exists(eb.selectFrom('directory_maintainers as m').select('m.user_id').whereRef('m.project_id', '=', 'directory_projects.id').where('m.user_id', '=', userId)));
  }
  const rows = await query.orderBy(sql`lower(name)`).orderBy('slug').execute();
  const counts = new Map((await db.selectFrom('directory_project_xeps').select(['project_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('project_id').execute()).map((r) => [r.project_id, Number(r.n)]));
  const newest = await sql<{ project_id: string; id: string; usable: boolean; current_snapshot_id: string | null }>`
    SELECT DISTINCT ON (s.project_id) s.project_id, s.id, s.usable, p.current_snapshot_id
    FROM directory_doap_snapshots s JOIN directory_projects p ON p.id = s.project_id
    ORDER BY s.project_id, s.seen_order DESC`.execute(db);
  const unusable = new Set(newest.rows.filter((r) => !r.usable && r.id !== r.current_snapshot_id).map((r) => r.project_id));
  let summaries = rows.map((row) => summaryOf(row, now, counts.get(row.id) ?? 0, unusable.has(row.id)));
  if (filter.maintenance) summaries = summaries.filter((summary) => summary.maintenance === filter.maintenance);
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? 50;
  return { projects: summaries.slice(offset, offset + limit), total: summaries.length };
}

function snapshotProblems(problems: unknown, at: Date, snapshotId: string, severities: readonly DoapProblem['severity'][]): ProjectProblem[] {
  return (problems as DoapProblem[])
    .filter((problem) => severities.includes(problem.severity))
    .map((problem) => ({ source: 'doap', severity: problem.severity, code: problem.code, message: problem.message, at, line: problem.line, snapshotId }));
}

/** What the team and maintainers should know: a failing fetch, an unusable newest DOAP, warnings in the one in use. */
export async function projectProblems(db: Db, row: ProjectRow): Promise<ProjectProblem[]> {
  const problems: ProjectProblem[] = [];
  const fetchProblem = row.doap_fetch_problem as DoapFetchProblem | null;
  if (fetchProblem) {
    problems.push({ source: 'fetch', severity: 'error', code: fetchProblem.reason, message: `fetching ${fetchProblem.url} failed: ${fetchProblem.message}`, at: new Date(fetchProblem.at), line: null, snapshotId: null });
  }
  const unused = await unusedNewestSnapshot(db, row);
  if (unused) {
    problems.push({ source: 'doap', severity: 'error', code: 'unusable-doap', message: 'the newest DOAP file could not be used; the directory keeps the data of the last good one', at: unused.last_seen_at, line: null, snapshotId: unused.id });
    problems.push(...snapshotProblems(unused.problems, unused.last_seen_at, unused.id, ['error', 'warning']));
  }
  if (row.current_snapshot_id) {
    const current = await db.selectFrom('directory_doap_snapshots').select(['id', 'problems', 'last_seen_at']).where('id', '=', row.current_snapshot_id).executeTakeFirst();
    if (current) problems.push(...snapshotProblems(current.problems, current.last_seen_at, current.id, ['error', 'warning']));
  }
  return problems;
}

export function complianceOf(suites: readonly ComplianceSuite[], categories: readonly string[], xeps: readonly { number: number; status: XepSupportStatus | null }[], rfcs: readonly number[]): ComplianceView[] {
  const roles = rolesForCategories(categories);
  return suites.map((suite) => {
    const result = evaluateCompliance(suite, { xeps, rfcs }, roles);
    return {
      suite: result.suite,
      title: result.title,
      roles: result.roles,
      categories: result.categories.map((category) => ({
        id: category.id,
        name: category.name,
        levels: category.levels.map((level) => ({
          role: level.role,
          level: level.level,
          state: level.state,
          missing: level.missing.map((gap) => gap.feature),
          partial: level.partial.map((gap) => gap.feature),
        })),
      })),
    };
  });
}

export async function loadMaintainers(db: Db, projectId: string): Promise<MaintainerView[]> {
  const rows = await db
    .selectFrom('directory_maintainers as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.display_name', 'm.contact_email', 'm.xmpp_address', 'm.security_contact', 'm.openpgp_key', 'm.added_at'])
    .where('m.project_id', '=', projectId)
    .orderBy('m.added_at')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    accountEmail: r.email,
    displayName: r.display_name,
    contactEmail: r.contact_email ?? r.email,
    xmppAddress: r.xmpp_address,
    securityContact: r.security_contact,
    openpgpKey: r.openpgp_key,
    addedAt: r.added_at,
  }));
}

export async function projectView(db: Db, row: ProjectRow, now: Date, suites: readonly ComplianceSuite[], withMaintainers: boolean): Promise<ProjectView> {
  const [formerSlugs, releases, xeps, rfcs, snapshots, maintainerCount, problems] = await Promise.all([
    db.selectFrom('directory_slug_history').select('slug').where('project_id', '=', row.id).orderBy('retired_at').execute(),
    db.selectFrom('directory_releases').select(['revision', 'created', 'name', 'branch']).where('project_id', '=', row.id).orderBy('position').execute(),
    db
      .selectFrom('directory_project_xeps as px')
      .leftJoin('directory_xeps as x', 'x.number', 'px.xep')
      .select(['px.xep', 'x.title', 'x.status as xep_status', 'px.status', 'px.raw_status', 'px.version', 'px.since', 'px.until', 'px.note'])
      .where('px.project_id', '=', row.id)
      .orderBy('px.xep')
      .execute(),
    db.selectFrom('directory_project_rfcs').select('rfc').where('project_id', '=', row.id).orderBy('rfc').execute(),
    db
      .selectFrom('directory_doap_snapshots')
      .select(['id', 'sha256', 'source', 'fetched_at', 'last_seen_at', 'byte_length', 'usable', sql<number>`jsonb_array_length(problems)`.as('problem_count')])
      .where('project_id', '=', row.id)
      .orderBy('seen_order', 'desc')
      .execute(),
    db.selectFrom('directory_maintainers').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', row.id).executeTakeFirstOrThrow(),
    projectProblems(db, row),
  ]);
  const declared = xeps.map((x) => ({
    number: x.xep,
    title: x.title,
    xepStatus: x.xep_status,
    status: x.status !== null && isXepSupportStatus(x.status) ? x.status : null,
    rawStatus: x.raw_status,
    version: x.version,
    since: x.since,
    until: x.until,
    note: x.note,
  }));
  const rfcNumbers = rfcs.map((r) => r.rfc);
  const newestUnusable = problems.some((problem) => problem.code === 'unusable-doap');
  const view: ProjectView = {
    ...summaryOf(row, now, xeps.length, newestUnusable),
    id: row.id,
    formerSlugs: formerSlugs.map((r) => r.slug),
    listName: row.list_name,
    repository: row.repository,
    doapUrl: row.doap_url,
    listUrl: row.list_url,
    securityContact: row.security_contact ?? row.doap_security_contact,
    securityPolicyUrl: row.security_policy_url,
    cve: { vendor: row.cve_vendor, product: row.cve_product, collectionUrl: row.package_collection_url, packageName: row.package_name },
    notes: row.notes,
    edited: { logoUrl: row.logo_url, securityContact: row.security_contact },
    inScopeDecision: row.in_scope,
    archivedAt: row.archived_at,
    archivedReason: row.archived_reason,
    releases,
    xeps: declared,
    rfcs: rfcNumbers,
    snapshots: snapshots.map((s) => ({
      id: s.id,
      sha256: s.sha256,
      source: s.source,
      fetchedAt: s.fetched_at,
      lastSeenAt: s.last_seen_at,
      byteLength: s.byte_length,
      usable: s.usable,
      problemCount: Number(s.problem_count),
      current: s.id === row.current_snapshot_id,
    })),
    problems,
    maintenanceStatus: projectMaintenance(row, now),
    compliance: complianceOf(suites, row.categories, declared, rfcNumbers),
    maintainerCount: Number(maintainerCount.n),
    lastConfirmedAt: row.last_confirmed_at,
    doapChangedAt: row.doap_changed_at,
    doapCheckedAt: row.doap_checked_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (withMaintainers) view.maintainers = await loadMaintainers(db, row.id);
  return view;
}

/** The XEP list as the pure XEP-health code reads it. */
export async function xepInfos(db: Db): Promise<XepInfo[]> {
  const rows = await db.selectFrom('directory_xeps').selectAll().orderBy('number').execute();
  return rows.map((row) => ({
    number: row.number,
    accepted: true,
    protoName: null,
    title: row.title,
    abstract: row.abstract,
    type: row.type,
    status: row.status,
    approver: row.approver,
    sig: null,
    shortname: row.shortname,
    lastRevision: row.last_revision_version !== null && row.last_revision_date !== null ? { version: row.last_revision_version, date: row.last_revision_date, initials: null, remark: row.last_revision_remark } : null,
    lastCall: null,
    tags: row.tags,
    supersedes: row.supersedes as XepInfo['supersedes'],
    supersededBy: row.superseded_by as XepInfo['supersededBy'],
    line: 0,
  }));
}
