import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors.ts';
import { errorResponses, iso, isoDateTime, isoOrNull } from '../../http/schemas.ts';
import { PROJECT_STATUSES, SEVERITIES } from '../cases/tables.ts';
import { advisoryHtml } from './content.ts';
import { atomFeed } from './feed.ts';
import type { AdvisoryService, DraftView, PublishedAdvisory } from './service.ts';

const text = (max: number) => z.string().max(max);

export const advisoryContentSchema = z.object({
  title: text(300),
  summary: text(100_000),
  severity: z.enum(SEVERITIES).nullable(),
  projects: z.array(z.object({ name: text(200), slug: text(100).nullable(), status: z.enum(PROJECT_STATUSES), fixedIn: text(100).nullable(), fixedVersions: z.array(text(100)).max(50), statement: text(20_000) })).max(200),
  cveIds: z.array(z.string().regex(/^CVE-\d{4}-\d{4,19}$/)).max(100),
  credits: z.array(z.object({ name: text(200), role: text(50) })).max(100),
  timeline: z.array(z.object({ at: z.iso.datetime({ offset: true }), event: text(500) })).max(100),
  references: z.array(z.object({ url: z.url({ protocol: /^https?$/ }).max(2000), name: text(300) })).max(100),
  workarounds: text(20_000),
});

const publishedSchema = z.object({ id: z.string(), revision: z.number(), publishedAt: isoDateTime, updatedAt: isoDateTime, content: advisoryContentSchema });
const publishedOut = (advisory: PublishedAdvisory) => ({ ...advisory, publishedAt: iso(advisory.publishedAt), updatedAt: iso(advisory.updatedAt) });

const draftSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  state: z.enum(['draft', 'approved', 'published']),
  draft: advisoryContentSchema,
  approvedAt: isoDateTime.nullable(),
  approvedBy: z.string().nullable(),
  publishedAt: isoDateTime.nullable(),
  revision: z.number(),
  blockers: z.array(z.string()),
  steps: z.array(z.object({ step: z.string(), revision: z.number(), status: z.string(), attempts: z.number(), lastError: z.string().nullable(), doneAt: isoDateTime.nullable() })),
});
const draftOut = (view: DraftView) => ({ ...view, approvedAt: isoOrNull(view.approvedAt), publishedAt: isoOrNull(view.publishedAt), steps: view.steps.map((step) => ({ ...step, doneAt: isoOrNull(step.doneAt) })) });

const caseParams = z.object({ id: z.string().max(40) });

export function registerAdvisoryRoutes(app: FastifyInstance, deps: { advisories: AdvisoryService; publicUrl: string }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { advisories } = deps;

  api.get('/api/v1/advisories', {
    schema: {
      tags: ['advisories'],
      summary: 'Published advisories, newest first',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }),
      response: { 200: z.object({ advisories: z.array(publishedSchema) }), ...errorResponses },
    },
  }, async (request) => ({ advisories: (await advisories.listPublished(request.actor, request.query.limit)).map(publishedOut) }));

  api.get('/api/v1/advisories/:id', {
    schema: { tags: ['advisories'], summary: 'One published advisory (its newest revision)', params: caseParams, response: { 200: publishedSchema, ...errorResponses } },
  }, async (request) => {
    const advisory = await advisories.published(request.actor, request.params.id);
    if (!advisory) throw notFound(`Advisory ${request.params.id}`);
    return publishedOut(advisory);
  });

  api.get('/api/v1/advisories/:id/revisions', {
    schema: { tags: ['advisories'], summary: 'Every revision of a published advisory, with what changed', params: caseParams, response: { 200: z.object({ revisions: z.array(z.object({ revision: z.number(), note: z.string(), publishedAt: isoDateTime, content: advisoryContentSchema })) }), ...errorResponses } },
  }, async (request) => ({ revisions: (await advisories.revisions(request.actor, request.params.id)).map((revision) => ({ ...revision, publishedAt: iso(revision.publishedAt) })) }));

  const feed = async (actor: Parameters<AdvisoryService['listPublished']>[0]) => {
    const items = await advisories.listPublished(actor, 50);
    return atomFeed({
      title: 'XMPP security advisories',
      selfUrl: `${deps.publicUrl}/advisories.atom`,
      siteUrl: `${deps.publicUrl}/advisories`,
      now: new Date(),
      entries: items.map((item) => ({ id: item.id, title: `${item.id}: ${item.content.title}`, link: `${deps.publicUrl}/advisories/${item.id}`, published: item.publishedAt, updated: item.updatedAt, html: advisoryHtml(item.content), categories: item.content.cveIds })),
    });
  };
  for (const url of ['/advisories.atom', '/api/v1/advisories.atom']) {
    app.get(url, { schema: { hide: true } }, async (request, reply) => reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=60').send(await feed(request.actor)));
  }

  api.post('/api/v1/subscriptions', {
    schema: { tags: ['advisories'], summary: 'Subscribe an e-mail address to advisories (a confirmation link is sent; optionally an OpenPGP key to encrypt to)', body: z.object({ email: z.email().max(254), openpgpKey: text(200_000).optional() }), response: { 202: z.object({ status: z.literal('confirmation_sent') }), ...errorResponses } },
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    await advisories.subscribe(request.actor, request.body);
    return reply.status(202).send({ status: 'confirmation_sent' as const });
  });

  api.post('/api/v1/subscriptions/confirm', {
    schema: { tags: ['advisories'], summary: 'Confirm a subscription with the token from its e-mail', body: z.object({ token: text(200) }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await advisories.confirmSubscription(request.actor, request.body.token);
    return reply.status(204).send(null);
  });

  api.post('/api/v1/subscriptions/unsubscribe', {
    schema: { tags: ['advisories'], summary: 'End a subscription with the token from its e-mail', body: z.object({ token: text(200) }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await advisories.unsubscribe(request.actor, request.body.token);
    return reply.status(204).send(null);
  });

  api.get('/api/v1/transparency', {
    schema: {
      tags: ['advisories'],
      summary: 'Yearly figures: reports, cases, advisories and CVEs, and median days to acknowledge, fix and publish',
      response: { 200: z.object({ years: z.array(z.object({ year: z.number(), reportsReceived: z.number(), casesOpened: z.number(), advisoriesPublished: z.number(), cvesPublished: z.number(), medianDaysToAcknowledge: z.number().nullable(), medianDaysToFix: z.number().nullable(), medianDaysToPublish: z.number().nullable() })) }), ...errorResponses },
    },
  }, async (request) => ({ years: await advisories.transparency(request.actor) }));

  // --- The team's side ---
  api.get('/api/v1/cases/:id/advisory', {
    schema: { tags: ['advisories'], summary: 'The case\'s advisory draft, what blocks its approval, and its publication steps (team)', params: caseParams, response: { 200: draftSchema, ...errorResponses } },
  }, async (request) => draftOut(await advisories.getDraft(request.actor, request.params.id)));

  api.put('/api/v1/cases/:id/advisory', {
    schema: { tags: ['advisories'], summary: 'Save the advisory draft (team)', params: caseParams, body: z.object({ draft: advisoryContentSchema }), response: { 200: draftSchema, ...errorResponses } },
  }, async (request) => draftOut(await advisories.saveDraft(request.actor, request.params.id, request.body.draft)));

  api.post('/api/v1/cases/:id/advisory/approve', {
    schema: { tags: ['advisories'], summary: 'Approve the advisory: it and the case\'s CVE records are published together at the embargo\'s end (team)', params: caseParams, body: z.object({ expectedVersion: z.number().int() }), response: { 200: draftSchema, ...errorResponses } },
  }, async (request) => draftOut(await advisories.approve(request.actor, request.params.id, request.body.expectedVersion)));

  api.post('/api/v1/cases/:id/advisory/withdraw', {
    schema: { tags: ['advisories'], summary: 'Withdraw the approval before publication (team)', params: caseParams, body: z.object({ expectedVersion: z.number().int() }), response: { 200: draftSchema, ...errorResponses } },
  }, async (request) => draftOut(await advisories.withdrawApproval(request.actor, request.params.id, request.body.expectedVersion)));

  api.post('/api/v1/cases/:id/advisory/revisions', {
    schema: { tags: ['advisories'], summary: 'Publish a revision of a published advisory, with a note on what changed (team)', params: caseParams, body: z.object({ draft: advisoryContentSchema, note: text(5000) }), response: { 201: publishedSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(publishedOut(await advisories.revise(request.actor, request.params.id, request.body.draft, request.body.note))));
}
