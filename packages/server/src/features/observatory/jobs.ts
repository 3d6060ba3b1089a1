import type { JobDefinition } from '../../jobs/jobs.ts';
import { RUN_SCANS_JOB } from './scan-runner.ts';
import type { ObservatoryService } from './service.ts';

/**
 * Every minute a worker runs the queued scans that are due. A request made in a process that
 * runs workers starts them at once; this job is what picks up the rest (requests from API-only
 * processes, scans held back by the per-address pace, and abandoned ones).
 */
export const observatoryJobs = (observatory: ObservatoryService): JobDefinition[] => [
  {
    name: RUN_SCANS_JOB,
    cron: '* * * * *',
    retryLimit: 0,
    async handler() {
      await observatory.drain();
    },
  },
];
