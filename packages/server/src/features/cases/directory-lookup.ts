import { effectiveInScope, findProject } from '../directory/queries.ts';
import type { DirectoryLookup } from './ports.ts';

/** Cases read the software directory's tables: which projects exist, are in scope, and who maintains them. */
export const directoryLookup: DirectoryLookup = {
  async project(db, slug) {
    const row = await findProject(db, slug);
    if (!row) return undefined;
    return { slug: row.slug, name: row.name, inScope: row.archived_at === null && effectiveInScope(row) };
  },

  async maintainers(db, slug) {
    const row = await findProject(db, slug);
    if (!row) return [];
    return db
      .selectFrom('directory_maintainers')
      .innerJoin('users', 'users.id', 'directory_maintainers.user_id')
      .select(['users.id as userId', 'users.email'])
      .where('directory_maintainers.project_id', '=', row.id)
      .where('users.disabled_at', 'is', null)
      .orderBy('users.email')
      .execute();
  },
};
