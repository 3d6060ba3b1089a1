import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, iso, isoDateTime } from '../http/schemas.ts';
import type { AuditService } from './service.ts';

const eventSchema = z.object({
  seq: z.number(),
  at: isoDateTime,
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  via: z.string(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export function registerAuditRoutes(app: FastifyInstance, deps: { audit: AuditService }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/v1/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first, filtered (team)',
      querystring: z.object({
        action: z.string().max(100).optional().describe('An action, or a prefix ending in "." (e.g. "user.")'),
        actorId: z.string().max(100).optional(),
        subjectType: z.string().max(100).optional(),
        subjectId: z.string().max(200).optional(),
        since: z.iso.datetime({ offset: true }).optional(),
        until: z.iso.datetime({ offset: true }).optional(),
        beforeSeq: z.coerce.number().int().optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
      response: { 200: z.object({ events: z.array(eventSchema), nextBeforeSeq: z.number().nullable() }), ...errorResponses },
    },
  }, async (request) => {
    const { since, until, ...rest } = request.query;
    const result = await deps.audit.list(request.actor, { ...rest, since: since ? new Date(since) : undefined, until: until ? new Date(until) : undefined });
    return { events: result.events.map((event) => ({ ...event, at: iso(event.at) })), nextBeforeSeq: result.nextBeforeSeq };
  });

  api.get('/api/v1/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: 'Check the whole hash chain (team)',
      response: {
        200: z.object({ ok: z.boolean(), events: z.number(), headHash: z.string(), firstBroken: z.object({ seq: z.number(), reason: z.string() }).optional() }),
        ...errorResponses,
      },
    },
  }, async (request) => deps.audit.verify(request.actor));
}
