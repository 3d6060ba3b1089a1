import { jobActor } from '../../authz/actor.ts';
import type { JobDefinition } from '../../jobs/jobs.ts';
import type { AccountService } from './service.ts';

export const accountJobs = (accounts: AccountService): JobDefinition[] => [
  {
    name: 'accounts.cleanup-expired',
    cron: '*/15 * * * *',
    async handler() {
      await accounts.cleanupExpired(jobActor('accounts.cleanup-expired'));
    },
  },
];
