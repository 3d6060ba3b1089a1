import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors.ts';

/**
 * PostgreSQL text cannot hold the NUL character, so a value with one would fail deep inside a
 * query. Every request's path parameters, query and JSON body are checked up front instead, and
 * such a request is refused with a clear error before anything is read or written.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [['path', request.params], ['query', request.query], ['body', request.body]] as const) {
      const where = findNul(value, part);
      if (where) throw badRequest('invalid_character', `${where} contains a NUL character, which is not allowed.`);
    }
  });
}

function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path} (a key)`;
    const found = findNul(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
