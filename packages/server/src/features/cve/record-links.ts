import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadCandidates, matchProducts } from './directory-link.ts';
import type { ProductKey } from './directory-link.ts';
import type { CveRecord } from './record-types.ts';

/** Keeps `cve_record_projects` in step with a record's affected products (drafts are read defensively: they may be invalid). */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function productKey(entry: unknown, slugHint?: unknown): ProductKey {
  const a = isObj(entry) ? entry : {};
  return {
    projectSlug: text(slugHint ?? a.projectSlug),
    vendor: text(a.vendor),
    product: text(a.product),
    repo: text(a.repo),
    collectionURL: text(a.collectionURL),
    packageName: text(a.packageName),
  };
}

export function productsOfDraft(draft: unknown): ProductKey[] {
  const affected = isObj(draft) && Array.isArray(draft.affected) ? draft.affected : [];
  return affected.slice(0, 1000).map((entry) => productKey(entry));
}

/**
 * The affected products of a released record; a draft's `projectSlug` hints (from a case) apply
 * position by position, since a built record keeps the draft's order.
 */
export function productsOfRecord(record: CveRecord, draft: unknown): ProductKey[] {
  if (record.cveMetadata.state !== 'PUBLISHED') return [];
  const cna: Obj = isObj(record.containers.cna) ? record.containers.cna : {};
  const affected: unknown[] = Array.isArray(cna.affected) ? cna.affected : [];
  const hints = productsOfDraft(draft);
  const aligned = hints.length === affected.length;
  return affected.slice(0, 1000).map((entry, i) => productKey(entry, aligned ? hints[i]?.projectSlug : undefined));
}

/** Replaces the links of one basis; returns the linked projects' slugs. */
export async function relink(trx: Transaction<Database>, cveId: string, basis: 'draft' | 'published', products: readonly ProductKey[]): Promise<string[]> {
  await trx.deleteFrom('cve_record_projects').where('cve_id', '=', cveId).where('basis', '=', basis).execute();
  if (products.length === 0) return [];
  const candidates = await loadCandidates(trx);
  const links = matchProducts(products, candidates);
  if (links.length > 0) {
    await trx
      .insertInto('cve_record_projects')
      .values(links.map((l) => ({ cve_id: cveId, basis, position: l.position, project_id: l.projectId, matched_by: l.matchedBy })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const slugs = new Map(candidates.map((c) => [c.id, c.slug]));
  return [...new Set(links.map((l) => slugs.get(l.projectId)!))];
}
