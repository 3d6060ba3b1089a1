import type { DirectoryDeps } from './directory-context.ts';
import { createDirectoryContext } from './directory-context.ts';
import { createImportService } from './import-service.ts';
import { createMaintainerService } from './maintainer-service.ts';
import { createProjectService } from './project-service.ts';
import { createXepService } from './xep-service.ts';

export type { DirectoryDeps } from './directory-context.ts';
export type * from './directory-types.ts';

/**
 * The software directory: projects from xmpp.org's software list and their DOAP files, snapshots,
 * maintainers and their yearly confirmation, the XEP list. Other features call
 * `affectedRange(actor, slug, { fixedIn, introducedIn })` and `productFor(actor, slug)` for CVE
 * records, and `projectsMaintainedBy(actor, userId)` for what a maintainer may see.
 */
export function createDirectoryService(deps: DirectoryDeps) {
  const ctx = createDirectoryContext(deps);
  return {
    ...createProjectService(ctx),
    ...createMaintainerService(ctx),
    ...createImportService(ctx),
    ...createXepService(ctx),
  };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
