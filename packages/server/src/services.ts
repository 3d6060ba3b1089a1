import { createAuditService } from './audit/service.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { createMutations } from './db/mutations.ts';
import { accountJobs } from './features/accounts/jobs.ts';
import { createAccountService } from './features/accounts/service.ts';
import { advisoryJobs } from './features/advisories/jobs.ts';
import { createAdvisoryService } from './features/advisories/service.ts';
import { caseAccess, publishedCaseIds } from './features/cases/access.ts';
import { createCaseCveDrafting } from './features/cases/case-cve.ts';
import { createCaseService } from './features/cases/case-service.ts';
import { directoryLookup } from './features/cases/directory-lookup.ts';
import { caseJobs } from './features/cases/jobs.ts';
import { createNotifier } from './features/cases/notifier.ts';
import { directoryJobs } from './features/directory/jobs.ts';
import { createDirectoryService } from './features/directory/service.ts';
import { createReportService } from './features/cases/reports-service.ts';
import { observatoryJobs } from './features/observatory/jobs.ts';
import { createObservatoryService } from './features/observatory/service.ts';
import { createCveService } from './features/cve/service.ts';
import { createThreatService } from './features/threats/service.ts';
import type { JobDefinition } from './jobs/jobs.ts';
import { createMailer } from './mail/mailer.ts';
import { createOutbox, mailJobs } from './mail/outbox.ts';
import { createXmppOutbox } from './xmpp/outbox.ts';

/** Every service, built once per process from the database and the clock; shared by HTTP, CLI and jobs. */
export function createServices(deps: { handle: DatabaseHandle; clock: Clock; config: Config; log?: (message: string) => void }) {
  const { db } = deps.handle;
  const mutations = createMutations({ db, clock: deps.clock });
  const accounts = createAccountService({ db, mutations, clock: deps.clock, publicUrl: deps.config.publicUrl });
  const audit = createAuditService({ db });
  const threats = createThreatService({ db, mutations, clock: deps.clock });
  const outbox = createOutbox({ db, clock: deps.clock, mailer: deps.config.smtp ? createMailer({ smtpUrl: deps.config.smtp.url, from: deps.config.smtp.from }) : undefined, ...(deps.log ? { log: deps.log } : {}) });
  const directory = createDirectoryService({ db, mutations, clock: deps.clock, outbox, publicUrl: deps.config.publicUrl });
  const xmppOutbox = createXmppOutbox({ db, clock: deps.clock, account: deps.config.xmpp, ...(deps.log ? { log: deps.log } : {}) });
  const notifier = createNotifier({ mail: outbox, xmpp: xmppOutbox });
  mutations.afterCommit(() => notifier.deliverQueued());
  const caseDeps = { db, mutations, clock: deps.clock, publicUrl: deps.config.publicUrl, directory: directoryLookup, notifier };
  const cases = createCaseService(caseDeps);
  const reports = createReportService({ ...caseDeps, cases, powBits: deps.config.powBits });
  const cve = createCveService({ db, mutations, clock: deps.clock, publicUrl: deps.config.publicUrl, apiKeyFromEnvironment: deps.config.cveApiKey, directory, caseAccess: async (actor, caseId) => (await caseAccess(db, actor, caseId)) !== undefined });
  const caseCve = createCaseCveDrafting({ db, mutations, cve, publicUrl: deps.config.publicUrl });
  const advisories = createAdvisoryService({ ...caseDeps, xmpp: xmppOutbox, room: deps.config.xmpp?.room, records: cve.caseRecords });
  const observatory = createObservatoryService({ db, mutations, clock: deps.clock, config: deps.config.scan, autoDispatch: deps.config.workers, ...(deps.log ? { log: deps.log } : {}) });
  threats.setExposureSource(observatory.exposureSource);
  threats.setCaseVisibility((caseIds) => publishedCaseIds(db, caseIds, deps.clock.now()));
  const jobs: JobDefinition[] = [...accountJobs(accounts), ...mailJobs(outbox), ...directoryJobs(directory), ...xmppOutbox.jobs(), ...caseJobs({ cases, reports }), ...advisoryJobs(advisories), ...observatoryJobs(observatory)];
  return { db, clock: deps.clock, config: deps.config, mutations, accounts, audit, threats, outbox, directory, xmppOutbox, cases, reports, caseCve, advisories, observatory, cve, notifier, jobs };
}

export type Services = ReturnType<typeof createServices>;
