import { jobActor } from './authz/actor.ts';
import { seedThreatRegister } from './features/threats/service.ts';
import type { Services } from './services.ts';

/**
 * Loads the bundled public data (software directory, XEP list, threat register) into an empty
 * database, so a fresh `serve` is useful at once. Each capability adds its part here.
 */
export async function seedIfEmpty(services: Services, status: (message: string) => void): Promise<void> {
  await services.directory.seedIfEmpty(jobActor('seed'), status);
  await services.cve.seedIfEmpty(jobActor('seed'), status);
  await seedThreatRegister(services.threats, status);
}
