import { jobActor } from '../../authz/actor.ts';
import type { JobDefinition } from '../../jobs/jobs.ts';
import type { DirectoryService } from './service.ts';

/**
 * The directory's schedules (UTC): DOAP files daily, the yearly confirmation requests weekly (each
 * project is asked once its last confirmation is 11 months old), the XEP health report monthly
 * to whoever the team configured.
 */
export const directoryJobs = (directory: DirectoryService): JobDefinition[] => [
  {
    name: 'directory.refresh-doap',
    cron: '17 3 * * *',
    retryLimit: 1,
    async handler() {
      await directory.refresh(jobActor('directory.refresh-doap'));
    },
  },
  {
    name: 'directory.confirmation-requests',
    cron: '0 9 * * 1',
    async handler() {
      await directory.requestConfirmations(jobActor('directory.confirmation-requests'));
    },
  },
  {
    name: 'directory.xep-health-mail',
    cron: '0 7 1 * *',
    async handler() {
      await directory.mailXepHealthReport(jobActor('directory.xep-health-mail'));
    },
  },
];
