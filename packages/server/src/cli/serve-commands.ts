import { once } from 'node:events';
import { buildApp } from '../app.ts';
import { loadConfig, parsePort } from '../config.ts';
import { cliActor } from '../authz/actor.ts';
import { createJobRunner } from '../jobs/jobs.ts';
import { openRuntime } from '../runtime.ts';
import { seedIfEmpty } from '../seed.ts';
import { dataDirOption, helpOption, parseCommandArgs } from './args.ts';
import type { CliCommand } from './command.ts';
import { printUsage, UsageError } from './command.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Run the web interface and the HTTP API (and, by default, the job workers)',
  usage: `Usage: xmppsec serve [--host HOST] [--port PORT] [--data-dir DIR] [--no-workers] [--no-seed]

Serves the web interface and the API under /api/v1. Without DATABASE_URL the embedded database
lives in --data-dir (created and migrated on first start, then loaded with the software directory
and the threat register). With DATABASE_URL=postgres://… it uses PostgreSQL, and --no-workers
leaves the background jobs to \`xmppsec worker\` processes.

Options:
  --host HOST       address to listen on (env XMPPSEC_HOST, default 127.0.0.1)
  --port PORT       TCP port (env XMPPSEC_PORT, default 8080)
  --data-dir DIR    embedded database directory (env XMPPSEC_DATA_DIR, default ./data)
  --no-workers      do not run job workers in this process (PostgreSQL only)
  --no-seed         do not load the bundled data into an empty database
  --admin-email E   e-mail of the first administrator on a fresh installation
                    (env XMPPSEC_ADMIN_EMAIL, default admin@localhost)
Environment (see docs/operations.md):
  DATABASE_URL                     postgres://… instead of the embedded database
  XMPPSEC_PUBLIC_URL               the address people use (https turns on secure cookies, HSTS)
  XMPPSEC_LOG_LEVEL                fatal|error|warn|info|debug|trace|silent (default info)
  XMPPSEC_TRUST_PROXY=true         behind a reverse proxy: take the client address from it
  XMPPSEC_SMTP_URL, XMPPSEC_MAIL_FROM                          mail delivery
  XMPPSEC_XMPP_SERVICE, XMPPSEC_XMPP_JID, XMPPSEC_XMPP_PASSWORD, XMPPSEC_XMPP_ROOM   XMPP notifications
  XMPPSEC_CVE_API_KEY              the CVE Services API key (kept out of the database)
  XMPPSEC_POW_BITS                 proof of work for anonymous reports (default 18)
  XMPPSEC_RATE_LIMIT_PER_MINUTE    per anonymous address (default 600; signed in: ten times)
  XMPPSEC_SCAN_*                   the observatory's resolver, CA file, limits and pace`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...helpOption, ...dataDirOption, host: { type: 'string' }, port: { type: 'string' }, 'no-workers': { type: 'boolean' }, 'no-seed': { type: 'boolean' }, 'admin-email': { type: 'string' } }, false);
    if (values.help) return printUsage(io, this.usage);
    const config = loadConfig(io.env, {
      ...(values.host ? { host: values.host } : {}),
      ...(values.port ? { port: parsePort(values.port) } : {}),
      ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
      ...(values['no-workers'] ? { workers: false } : {}),
      ...(values['no-seed'] ? { seed: false } : {}),
    });
    const runtime = await openRuntime(config, { onStatus: (message) => io.err(`${message}\n`) });
    const { services, handle } = runtime;
    const app = await buildApp({ services, logger: true });
    // A stray rejection in background work (a dropped peer connection, say) is logged, not fatal to the server.
    process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled rejection in background work'));
    // PGlite lives in this process only, so embedded mode always runs its workers here.
    const jobs = createJobRunner(handle, services.jobs, (message, error) => app.log.error({ err: error }, message));
    try {
      if (config.seed) await seedIfEmpty(services, (message) => io.err(`${message}\n`));
      const bootstrapLink = await services.accounts.bootstrapAdmin(cliActor, values['admin-email'] ?? io.env.XMPPSEC_ADMIN_EMAIL ?? 'admin@localhost');
      if (bootstrapLink) io.err(`\nNo account has been set up yet. Set the administrator's password here (valid 7 days):\n  ${bootstrapLink}\n\n`);
      await jobs.start({ workers: handle.backend === 'pglite' || config.workers });
      await app.listen({ host: config.host, port: config.port });
    } catch (error) {
      await jobs.stop().catch(() => undefined);
      await app.close().catch(() => undefined);
      await runtime.close();
      throw error;
    }
    io.err(`xmppsec is serving on ${config.publicUrl} (${handle.backend === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}). Stop with Ctrl-C.\n`);
    const signal = await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    io.err(`Received ${String(signal[0] ?? 'signal')}: stopping…\n`);
    await app.close();
    await jobs.stop();
    await services.notifier.idle();
    await runtime.close();
    return 0;
  },
};

export const workerCommand: CliCommand = {
  name: 'worker',
  summary: 'Run job workers only (PostgreSQL deployments; start as many as needed)',
  usage: `Usage: xmppsec worker

Takes background jobs (scans, publications, reminders, DOAP refresh, mail) from the queue in the
PostgreSQL database named by DATABASE_URL. Start as many worker processes, on as many machines, as
the load needs. The embedded database cannot be shared: without DATABASE_URL, \`serve\` runs the
workers itself.`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, helpOption, false);
    if (values.help) return printUsage(io, this.usage);
    const config = loadConfig(io.env);
    if (!config.databaseUrl) throw new UsageError('worker needs PostgreSQL (DATABASE_URL). With the embedded database, `xmppsec serve` runs the workers itself.');
    const runtime = await openRuntime(config, { onStatus: (message) => io.err(`${message}\n`) });
    const jobs = createJobRunner(runtime.handle, runtime.services.jobs, (message, error) => io.err(`${message}: ${String(error)}\n`));
    await jobs.start({ workers: true });
    io.err(`xmppsec worker running ${runtime.services.jobs.length} job kinds. Stop with Ctrl-C.\n`);
    await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
    await jobs.stop();
    await runtime.close();
    return 0;
  },
};
