import type { Services } from './services.ts';

/**
 * Loads the bundled public data (software directory, XEP list, threat register) into an empty
 * database, so a fresh `serve` is useful at once. Each capability adds its part here.
 */
export async function seedIfEmpty(_services: Services, _status: (message: string) => void): Promise<void> {}
