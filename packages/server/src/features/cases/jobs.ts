import { jobActor } from '../../authz/actor.ts';
import type { JobDefinition } from '../../jobs/jobs.ts';
import type { CaseService } from './case-service.ts';
import type { ReportService } from './reports-service.ts';

export const caseJobs = (deps: { cases: CaseService; reports: ReportService }): JobDefinition[] => [
  {
    name: 'cases.reminders',
    cron: '7 * * * *',
    async handler() {
      await deps.cases.sendDueReminders(jobActor('cases.reminders'));
    },
  },
  {
    name: 'reports.cleanup-challenges',
    cron: '23 3 * * *',
    async handler() {
      await deps.reports.cleanupChallenges(jobActor('reports.cleanup-challenges'));
    },
  },
];
