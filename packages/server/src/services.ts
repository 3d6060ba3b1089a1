import { createAuditService } from './audit/service.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { createMutations } from './db/mutations.ts';
import { accountJobs } from './features/accounts/jobs.ts';
import { createAccountService } from './features/accounts/service.ts';
import type { JobDefinition } from './jobs/jobs.ts';

/** Every service, built once per process from the database and the clock; shared by HTTP, CLI and jobs. */
export function createServices(deps: { handle: DatabaseHandle; clock: Clock; config: Config }) {
  const { db } = deps.handle;
  const mutations = createMutations({ db, clock: deps.clock });
  const accounts = createAccountService({ db, mutations, clock: deps.clock, publicUrl: deps.config.publicUrl });
  const audit = createAuditService({ db });
  const jobs: JobDefinition[] = [...accountJobs(accounts)];
  return { db, clock: deps.clock, config: deps.config, mutations, accounts, audit, jobs };
}

export type Services = ReturnType<typeof createServices>;
