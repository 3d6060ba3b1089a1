import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../authz/actor.ts';
import type { Clock } from '../../clock.ts';
import type { Mutations } from '../../db/mutations.ts';
import type { Database } from '../../db/schema.ts';
import type { Outbox } from '../../mail/outbox.ts';
import { loadComplianceSuites } from './compliance-suite-files.ts';
import type { ComplianceSuite } from './compliance.ts';
import { canOnProject } from './policy.ts';
import { maintainerIds, projectView } from './queries.ts';
import type { ProjectRow, ProjectView } from './queries.ts';
import type { SafeFetchOptions } from './safe-fetch.ts';

export type Trx = Transaction<Database>;

/** Lists in audit details are cut at this length (the counts stay complete). */
export const MAX_AUDIT_LIST = 200;

export interface DirectoryDeps {
  db: Kysely<Database>;
  mutations: Mutations;
  clock: Clock;
  outbox: Outbox;
  /** Links in e-mails point here. */
  publicUrl: string;
  /** Limits for fetching DOAP files (tests shorten them and allow loopback). */
  fetchOptions?: SafeFetchOptions;
  suitesDir?: string;
}

/** What the parts of the directory service share: their dependencies, the compliance suites, the project view. */
export function createDirectoryContext(deps: DirectoryDeps) {
  let suites: Promise<ComplianceSuite[]> | undefined;
  const complianceSuites = () => (suites ??= loadComplianceSuites(deps.suitesDir));
  return {
    ...deps,
    complianceSuites,
    projectUrl: (slug: string) => `${deps.publicUrl}/directory/${slug}`,
    /** A project as `actor` may see it: with the maintainers' contacts only for the team and the project's maintainers. */
    async view(actor: Actor, row: ProjectRow): Promise<ProjectView> {
      const ids = await maintainerIds(deps.db, row.id);
      return projectView(deps.db, row, deps.clock.now(), await complianceSuites(), canOnProject(actor, 'project.maintainers_read', ids));
    },
  };
}

export type DirectoryContext = ReturnType<typeof createDirectoryContext>;
