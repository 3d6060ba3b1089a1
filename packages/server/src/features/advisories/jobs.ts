import { jobActor } from '../../authz/actor.ts';
import type { JobDefinition } from '../../jobs/jobs.ts';
import type { AdvisoryService } from './service.ts';

export const advisoryJobs = (advisories: AdvisoryService): JobDefinition[] => [
  {
    name: 'advisories.publish-due',
    cron: '* * * * *',
    async handler() {
      await advisories.publishDue(jobActor('advisories.publish-due'));
      await advisories.runPublicationSteps(jobActor('advisories.publish-due'));
    },
  },
];
