import { fromPglite, PgBoss } from 'pg-boss';
import type { DatabaseHandle } from '../db/database.ts';

/**
 * Background work (scans, publications at embargo end, reminders, DOAP refresh, mail) runs through
 * pg-boss on the same database: in-process with PGlite, in any number of `xmppsec worker`
 * processes with PostgreSQL.
 */
export interface JobDefinition<Data extends object = object> {
  name: string;
  /** Cron expression (UTC) for jobs that run on a schedule. */
  cron?: string;
  /** Retries with backoff before the job is marked failed. */
  retryLimit?: number;
  /** How many of this job one worker process runs at once. */
  concurrency?: number;
  handler(data: Data): Promise<void>;
}

export interface JobRunner {
  send<Data extends object>(name: string, data: Data, options?: { singletonKey?: string; startAfter?: Date }): Promise<string | null>;
  /** Creates the queues and schedules; with `workers`, also takes jobs from the queues. */
  start(options: { workers: boolean }): Promise<void>;
  stop(): Promise<void>;
}

export function createJobRunner(handle: DatabaseHandle, definitions: readonly JobDefinition<never>[], log: (message: string, error?: unknown) => void): JobRunner {
  const boss =
    handle.backend === 'pglite'
      ? new PgBoss({ db: fromPglite(handle.pglite!), backend: 'pglite', schema: 'pgboss' })
      : new PgBoss({ connectionString: handle.connectionString!, schema: 'pgboss', max: 4 });
  boss.on('error', (error) => log('job system error', error));
  let started = false;

  return {
    async send(name, data, options = {}) {
      return boss.send(name, data, { ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}), ...(options.startAfter ? { startAfter: options.startAfter } : {}) });
    },

    async start({ workers }) {
      await boss.start();
      started = true;
      for (const definition of definitions) {
        await boss.createQueue(definition.name, { retryLimit: definition.retryLimit ?? 3, retryBackoff: true });
        if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'UTC' });
        if (workers) {
          await boss.work<object>(definition.name, { batchSize: 1, localConcurrency: definition.concurrency ?? 1, pollingIntervalSeconds: 2 }, async ([job]) => {
            if (job) await definition.handler(job.data as never);
          });
        }
      }
    },

    async stop() {
      if (started) await boss.stop({ graceful: true, timeout: 10_000 });
      started = false;
    },
  };
}
