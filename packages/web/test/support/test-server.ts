import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app.ts';
import { cliActor } from '../../../server/src/authz/actor.ts';
import { manualClock } from '../../../server/src/clock.ts';
import { loadConfig } from '../../../server/src/config.ts';
import type { Config } from '../../../server/src/config.ts';
import type { DatabaseHandle } from '../../../server/src/db/database.ts';
import { openPgliteTestDatabase } from '../../../server/src/db/test-databases.ts';
import { seedIfEmpty } from '../../../server/src/seed.ts';
import { createServices } from '../../../server/src/services.ts';
import type { Services } from '../../../server/src/services.ts';

export interface TestServer {
  url: string;
  services: Services;
  /** The server's clock: starts at the real time (cookies expire by the browser's clock) and only moves when told. */
  clock: ReturnType<typeof manualClock>;
  /** The first administrator's one-time setup link, as `serve` prints it on a fresh installation. */
  bootstrapLink: string;
  close(): Promise<void>;
}

/**
 * The real server, in process, on a free loopback port, with a fresh migrated PGlite database;
 * `seed` loads the bundled directory data and threat register as `serve` does on first start;
 * `config` overrides settings (e.g. a low proof-of-work difficulty, the scan fleet's resolver).
 */
export async function startTestServer(options: { webDist?: string; seed?: boolean; config?: Partial<Config> } = {}): Promise<TestServer> {
  const handle: DatabaseHandle = await openPgliteTestDatabase();
  let app: FastifyInstance | undefined;
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const clock = manualClock(new Date());
    const config = loadConfig({}, { host: '127.0.0.1', port, publicUrl: url, dataDir: '/nonexistent', seed: false, logLevel: 'silent', ...options.config });
    const services = createServices({ handle, clock, config });
    app = await buildApp({ services, logger: false, webDist: options.webDist ?? '/nonexistent' });
    if (options.seed) await seedIfEmpty(services, () => undefined);
    const bootstrapLink = await services.accounts.bootstrapAdmin(cliActor, 'admin@localhost');
    if (!bootstrapLink) throw new Error('A fresh database should need its first administrator.');
    await app.listen({ host: '127.0.0.1', port });
    const server = app;
    return {
      url,
      services,
      clock,
      bootstrapLink,
      async close() {
        await server.close();
        await handle.close();
      },
    };
  } catch (error) {
    await app?.close();
    await handle.close();
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
