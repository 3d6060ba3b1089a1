import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { deriveAffectedRange } from '../directory/affected-range.ts';
import type { AffectedRange } from '../directory/affected-range.ts';
import type { ProjectMatch } from './tables.ts';

/**
 * Which directory projects a CVE record's affected products name, and what the directory tells a
 * record about a project (its product names and the versions a fix covers).
 */

type Db = Kysely<Database> | Transaction<Database>;

/** What the CVE feature needs from the directory; the directory service provides it. */
export interface CveDirectoryPort {
  productFor(actor: Actor, slug: string): Promise<{ slug: string; name: string; vendor: string; product: string; collectionURL: string | null; packageName: string | null; repo: string | null }>;
  affectedRange(actor: Actor, slug: string, input: { fixedIn: string | null; introducedIn?: string | null | undefined }): Promise<AffectedRange>;
}

/** The same, read straight from the directory's tables (for tests and when no directory service is wired). */
export function tableDirectory(db: Kysely<Database>): CveDirectoryPort {
  async function project(slug: string) {
    const current = await db.selectFrom('directory_projects').selectAll().where('slug', '=', slug).executeTakeFirst();
    if (current) return current;
    const former = await db.selectFrom('directory_slug_history').select('project_id').where('slug', '=', slug).executeTakeFirst();
    const row = former ? await db.selectFrom('directory_projects').selectAll().where('id', '=', former.project_id).executeTakeFirst() : undefined;
    if (!row) throw notFound(`The project "${slug}"`);
    return row;
  }
  return {
    async productFor(_actor, slug) {
      const row = await project(slug);
      return {
        slug: row.slug,
        name: row.name,
        vendor: row.cve_vendor ?? row.name,
        product: row.cve_product ?? row.name,
        collectionURL: row.package_collection_url,
        packageName: row.package_name,
        repo: row.repository,
      };
    },
    async affectedRange(_actor, slug, input) {
      const row = await project(slug);
      const releases = await db.selectFrom('directory_releases').select('revision').where('project_id', '=', row.id).orderBy('position').execute();
      return deriveAffectedRange({ releases, fixedIn: input.fixedIn, introducedIn: input.introducedIn ?? null });
    },
  };
}

export interface ProjectCandidate {
  id: string;
  slug: string;
  /** Slugs the project had before a rename. */
  formerSlugs: string[];
  name: string;
  cveVendor: string | null;
  cveProduct: string | null;
  repository: string | null;
  packageCollectionUrl: string | null;
  packageName: string | null;
}

/** How an affected product names itself (CVE JSON 5 `affected[]`), plus an explicit project slug when a case gave one. */
export interface ProductKey {
  projectSlug?: string | undefined;
  vendor?: string | null | undefined;
  product?: string | null | undefined;
  repo?: string | null | undefined;
  collectionURL?: string | null | undefined;
  packageName?: string | null | undefined;
}

export interface ProjectLink {
  position: number;
  projectId: string;
  matchedBy: ProjectMatch;
}

export async function loadCandidates(db: Db): Promise<ProjectCandidate[]> {
  const [rows, former] = await Promise.all([
    db
      .selectFrom('directory_projects')
      .select(['id', 'slug', 'name', 'cve_vendor', 'cve_product', 'repository', 'package_collection_url', 'package_name'])
      .execute(),
    db.selectFrom('directory_slug_history').select(['slug', 'project_id']).execute(),
  ]);
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    formerSlugs: former.filter((f) => f.project_id === row.id).map((f) => f.slug),
    name: row.name,
    cveVendor: row.cve_vendor,
    cveProduct: row.cve_product,
    repository: row.repository,
    packageCollectionUrl: row.package_collection_url,
    packageName: row.package_name,
  }));
}

/** Comparable form of a repository URL: host and path, lower-case host, no scheme, `www.`, `.git` or trailing slash. */
export function repositoryKey(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const text = url.trim().replace(/^git\+/, '');
  let host: string;
  let path: string;
  const scp = /^[\w.-]+@([\w.-]+):(.*)$/.exec(text);
  if (scp) {
    host = scp[1] ?? '';
    path = `/${scp[2] ?? ''}`;
  } else {
    try {
      const parsed = new URL(text);
      host = parsed.hostname;
      path = parsed.pathname;
    } catch {
      return undefined;
    }
  }
  const key = `${host.toLowerCase().replace(/^www\./, '')}${path.replace(/\/+$/, '').replace(/\.git$/, '')}`;
  return key.includes('/') ? key : undefined;
}

const NOT_APPLICABLE = /^n\/a$/i;

function named(value: string | null | undefined): string | undefined {
  const v = value?.trim().toLowerCase();
  return v === undefined || v === '' || NOT_APPLICABLE.test(v) ? undefined : v;
}

/** The best way a product matches each candidate, strongest first; every candidate of the strongest kind found. */
export function matchProduct(product: ProductKey, candidates: readonly ProjectCandidate[]): { projects: ProjectCandidate[]; matchedBy: ProjectMatch } | undefined {
  const rules: [ProjectMatch, (c: ProjectCandidate) => boolean][] = [];
  const slug = product.projectSlug?.trim().toLowerCase();
  if (slug) rules.push(['slug', (c) => c.slug === slug || c.formerSlugs.includes(slug)]);
  const pkg = named(product.packageName);
  const collection = named(product.collectionURL)?.replace(/\/+$/, '');
  if (pkg && collection) {
    rules.push(['package', (c) => named(c.packageName) === pkg && named(c.packageCollectionUrl)?.replace(/\/+$/, '') === collection]);
  }
  const repo = repositoryKey(product.repo);
  if (repo) rules.push(['repository', (c) => repositoryKey(c.repository) === repo]);
  const vendor = named(product.vendor);
  const name = named(product.product);
  if (vendor && name) rules.push(['vendor_product', (c) => named(c.cveVendor) === vendor && named(c.cveProduct) === name]);
  if (name) {
    rules.push([
      'name',
      (c) => {
        const names = [named(c.name), named(c.cveProduct), c.slug].filter((n) => n !== undefined);
        if (!names.includes(name)) return false;
        // When the directory records the project's CVE vendor, a record naming another vendor is about another product.
        const knownVendor = named(c.cveVendor);
        return vendor === undefined || knownVendor === undefined || knownVendor === vendor;
      },
    ]);
  }
  for (const [matchedBy, test] of rules) {
    const projects = candidates.filter(test);
    if (projects.length > 0) return { projects, matchedBy };
  }
  return undefined;
}

export function matchProducts(products: readonly ProductKey[], candidates: readonly ProjectCandidate[]): ProjectLink[] {
  const links: ProjectLink[] = [];
  for (const [position, product] of products.entries()) {
    const match = matchProduct(product, candidates);
    for (const project of match?.projects ?? []) links.push({ position, projectId: project.id, matchedBy: match!.matchedBy });
  }
  return links;
}
