import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A directory project with linked maintainer accounts, written straight into the directory's tables for tests of other features. */
export async function addDirectoryProject(db: Kysely<Database>, input: { slug: string; name: string; inScope?: boolean; maintainerUserIds?: string[] }): Promise<string> {
  const id = randomUUID();
  const now = new Date('2026-01-01T00:00:00Z');
  await db.insertInto('directory_projects').values({ id, slug: input.slug, name: input.name, list_name: null, list_url: null, doap_url: `https://${input.slug}.example/doap.xml`, shortdesc: null, homepage: null, repository: null, doap_logo_url: null, doap_security_contact: null, newest_release_version: null, newest_release_date: null, logo_url: null, security_contact: null, security_policy_url: null, cve_vendor: null, cve_product: null, package_collection_url: null, package_name: null, in_scope: input.inScope ?? null, archived_at: null, archived_reason: null, current_snapshot_id: null, doap_changed_at: null, doap_checked_at: null, doap_etag: null, doap_last_modified: null, doap_fetch_problem: null, last_confirmed_at: null, created_at: now, updated_at: now }).execute();
  for (const userId of input.maintainerUserIds ?? []) {
    await db.insertInto('directory_maintainers').values({ project_id: id, user_id: userId, contact_email: null, xmpp_address: null, openpgp_key: null, added_at: now }).execute();
  }
  return id;
}
