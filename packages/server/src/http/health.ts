import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';

export function registerHealthRoutes(app: FastifyInstance, deps: { db: Kysely<Database> }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up', response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));
  api.get('/readyz', {
    schema: { tags: ['health'], summary: 'The database answers', response: { 200: z.object({ status: z.literal('ready') }), 503: z.object({ status: z.literal('unavailable') }) } },
  }, async (request, reply) => {
    try {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ready' as const };
    } catch (error) {
      request.log.error({ err: error }, 'database not ready');
      return reply.status(503).send({ status: 'unavailable' as const });
    }
  });
}
