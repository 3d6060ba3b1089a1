import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GRADES } from '@xmppsec/scanner';
import { errorResponses, iso, isoDateTime, isoOrNull } from '../../http/schemas.ts';
import { MAX_DOMAIN_INPUT } from './domain-input.ts';
import type { DomainView, HistoryEntry, ObservatoryService, OptOutView, ScanView, Statistics } from './service.ts';
import { MAX_CONTACT_LENGTH, MAX_REASON_LENGTH, STATISTIC_NAMES, TLS_VERSION_NAMES } from './service.ts';
import { OPT_OUT_STATUSES, SCAN_STATUSES } from './tables.ts';

const TAGS = ['observatory'];
const BADGE_CACHE_SECONDS = 3600;
const UNSCANNED_BADGE_CACHE_SECONDS = 300;

// ---------------------------------------------------------------- request schemas

const domainText = z.string().min(1).max(MAX_DOMAIN_INPUT).describe('An XMPP domain, e.g. example.org (IDNs in either form)');
const domainParams = z.object({ domain: domainText });
const modeSchema = z.enum(['c2s', 's2s', 'both']);
const gradeSchema = z.enum(GRADES);

// ---------------------------------------------------------------- response schemas

const gradeOrNull = gradeSchema.nullable();
const findingDigestSchema = z.object({ code: z.string(), severity: z.string(), title: z.string(), modes: z.array(z.enum(['c2s', 's2s'])) });
const changesSchema = z.object({
  previousScanId: z.string(),
  gradeFrom: gradeOrNull,
  gradeTo: gradeOrNull,
  added: z.array(findingDigestSchema),
  removed: z.array(findingDigestSchema),
}).nullable().describe('What changed since the previous completed scan of the domain');
const progressSchema = z.object({ phase: z.enum(['queued', 'resolving', 'probing', 'storing', 'done', 'failed']), targets: z.number().nullable(), probesDone: z.number() });
const scanSchema = z.object({
  id: z.string(),
  domain: z.string(),
  mode: modeSchema,
  status: z.enum(SCAN_STATUSES),
  requestedAt: isoDateTime,
  startedAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  progress: progressSchema,
  events: z.array(z.object({ seq: z.number(), at: isoDateTime, type: z.string(), message: z.string() })),
  grade: gradeOrNull,
  gradeIgnoringTrust: gradeOrNull,
  grades: z.object({ c2s: gradeOrNull, s2s: gradeOrNull }).nullable(),
  scannerVersion: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  changes: changesSchema,
  report: z.unknown().describe('The full scan report once done (JSON schema: @xmppsec/scanner/scan-report.schema.json); null before'),
  links: z.object({ self: z.string(), domain: z.string(), badge: z.string() }),
});
const fixSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error', 'critical']),
  title: z.string(),
  cap: gradeOrNull,
  fix: z.object({ prosody: z.string(), ejabberd: z.string(), general: z.string() }),
  details: z.array(z.string()),
  targets: z.array(z.string()),
});
const explanationSchema = z.object({
  reasons: z.array(z.object({ code: z.string(), grade: gradeSchema, reason: z.string(), targets: z.array(z.string()) })),
  fixes: z.array(fixSchema),
  notes: z.array(fixSchema),
}).nullable();
const historySchema = z.object({ scanId: z.string(), mode: modeSchema, finishedAt: isoDateTime, grade: gradeOrNull, scannerVersion: z.string().nullable(), changes: changesSchema });
const domainSchema = z.object({
  domain: z.string(),
  optedOut: z.boolean(),
  firstScannedAt: isoDateTime.nullable(),
  lastScannedAt: isoDateTime.nullable(),
  grade: gradeOrNull,
  latest: scanSchema.nullable(),
  explanation: explanationSchema,
  history: z.array(historySchema),
  pendingScanId: z.string().nullable(),
  badge: z.string(),
});
const shareSchema = z.object({ count: z.number(), sample: z.number(), share: z.number().nullable() });
const statisticsSchema = z.object({
  domains: z.number(),
  measuredAt: isoDateTime.nullable(),
  grades: z.record(z.enum([...GRADES, 'none']), shareSchema),
  tlsVersions: z.record(z.enum(TLS_VERSION_NAMES), shareSchema),
  metrics: z.record(z.enum(STATISTIC_NAMES), shareSchema),
});
const optOutSchema = z.object({
  domain: z.string(),
  status: z.enum(OPT_OUT_STATUSES),
  reason: z.string(),
  contact: z.string(),
  requestedAt: isoDateTime,
  requestedBy: z.string(),
  decidedAt: isoDateTime.nullable(),
  decidedBy: z.string().nullable(),
});

// ---------------------------------------------------------------- mapping

const domainPath = (domain: string) => `/api/v1/observatory/domains/${encodeURIComponent(domain)}`;

const scanOut = (s: ScanView) => ({
  ...s,
  requestedAt: iso(s.requestedAt),
  startedAt: isoOrNull(s.startedAt),
  finishedAt: isoOrNull(s.finishedAt),
  events: s.events.map((e) => ({ ...e, at: iso(e.at) })),
  links: { self: `/api/v1/observatory/scans/${s.id}`, domain: domainPath(s.domain), badge: `${domainPath(s.domain)}/badge.svg` },
});
const historyOut = (h: HistoryEntry) => ({ ...h, finishedAt: iso(h.finishedAt) });
const domainOut = (d: DomainView) => ({
  domain: d.domain,
  optedOut: d.optedOut,
  firstScannedAt: isoOrNull(d.firstScannedAt),
  lastScannedAt: isoOrNull(d.lastScannedAt),
  grade: d.latest?.grade ?? null,
  latest: d.latest ? scanOut(d.latest) : null,
  explanation: d.explanation,
  history: d.history.map(historyOut),
  pendingScanId: d.pendingScanId,
  badge: `${domainPath(d.domain)}/badge.svg`,
});
const statisticsOut = (s: Statistics) => ({
  domains: s.domains,
  measuredAt: isoOrNull(s.measuredAt),
  grades: s.grades,
  tlsVersions: s.tlsVersions,
  metrics: s.metrics,
});
const optOutOut = (o: OptOutView) => ({ ...o, requestedAt: iso(o.requestedAt), decidedAt: isoOrNull(o.decidedAt) });

export function registerObservatoryRoutes(app: FastifyInstance, deps: { observatory: ObservatoryService }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { observatory } = deps;

  api.post('/api/v1/observatory/scans', {
    schema: {
      tags: TAGS,
      summary: 'Ask for a scan of a domain. 202 with a new queued scan; 200 with an earlier one when the domain is being scanned or was scanned in the last minutes',
      body: z.object({
        domain: domainText,
        mode: modeSchema.default('both').describe('c2s, s2s or both (default)'),
        force: z.boolean().optional().describe('Team only: scan again even if a recent result exists'),
      }),
      response: { 200: z.object({ scan: scanSchema, reused: z.enum(['in-progress', 'recent']) }), 202: z.object({ scan: scanSchema, reused: z.null() }), ...errorResponses },
    },
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { domain, mode, force } = request.body;
    const result = await observatory.requestScan(request.actor, { domain, mode, ...(force !== undefined ? { force } : {}) }, { clientAddress: request.ip });
    if (result.reused === null) return reply.status(202).send({ scan: scanOut(result.scan), reused: null });
    return reply.status(200).send({ scan: scanOut(result.scan), reused: result.reused });
  });

  api.get('/api/v1/observatory/scans/:id', {
    schema: {
      tags: TAGS,
      summary: 'A scan: status, progress events (poll with ?after=<last seq> for new ones), and the report once done',
      params: z.object({ id: z.string().min(1).max(100) }),
      querystring: z.object({ after: z.coerce.number().int().min(0).max(1_000_000).optional().describe('Only events after this sequence number') }),
      response: { 200: scanSchema, ...errorResponses },
    },
  }, async (request) => {
    const { after } = request.query;
    return scanOut(await observatory.getScan(request.actor, request.params.id, after !== undefined ? { afterSeq: after } : {}));
  });

  api.get('/api/v1/observatory/domains', {
    schema: {
      tags: TAGS,
      summary: 'Scanned domains with their latest grade, by name',
      querystring: z.object({
        page: z.coerce.number().int().min(1).max(1_000_000).default(1),
        perPage: z.coerce.number().int().min(1).max(200).default(50),
        grade: z.enum([...GRADES, 'none']).optional().describe('Only domains with this latest grade (none: no server reached)'),
        prefix: z.string().max(MAX_DOMAIN_INPUT).optional().describe('Only domains starting with this text'),
      }),
      response: {
        200: z.object({
          page: z.number(),
          perPage: z.number(),
          total: z.number(),
          domains: z.array(z.object({ domain: z.string(), grade: gradeOrNull, mode: modeSchema.nullable(), scanId: z.string().nullable(), optedOut: z.boolean(), firstScannedAt: isoDateTime.nullable(), lastScannedAt: isoDateTime.nullable() })),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => {
    const { page, perPage, grade, prefix } = request.query;
    const result = await observatory.listDomains(request.actor, { page, perPage, ...(grade ? { grade } : {}), ...(prefix ? { prefix } : {}) });
    return { ...result, domains: result.domains.map((d) => ({ ...d, firstScannedAt: isoOrNull(d.firstScannedAt), lastScannedAt: isoOrNull(d.lastScannedAt) })) };
  });

  api.get('/api/v1/observatory/domains/:domain', {
    schema: {
      tags: TAGS,
      summary: 'A domain: its latest report and grade, the reasons for the grade, what to fix (Prosody, ejabberd), and its history',
      params: domainParams,
      response: { 200: domainSchema, ...errorResponses },
    },
  }, async (request) => domainOut(await observatory.getDomain(request.actor, request.params.domain)));

  api.get('/api/v1/observatory/domains/:domain/badge.svg', {
    schema: {
      tags: TAGS,
      summary: 'An SVG badge with the domain\'s grade, to embed on a web page',
      params: domainParams,
      response: { 200: z.string().describe('image/svg+xml'), ...errorResponses },
    },
  }, async (request, reply) => {
    const badge = await observatory.badge(request.actor, request.params.domain);
    return reply
      .type('image/svg+xml; charset=utf-8')
      .header('cache-control', `public, max-age=${badge.scanned ? BADGE_CACHE_SECONDS : UNSCANNED_BADGE_CACHE_SECONDS}`)
      // The badge is meant to be embedded by other sites, and needs nothing but its own markup.
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
      .header('x-content-type-options', 'nosniff')
      .send(badge.svg);
  });

  api.get('/api/v1/observatory/statistics', {
    schema: {
      tags: TAGS,
      summary: 'Network statistics over the latest scan of every domain: grades, TLS versions, DANE, certificate and identity failures, STARTTLS, …',
      response: { 200: statisticsSchema, ...errorResponses },
    },
  }, async (request) => statisticsOut(await observatory.statistics(request.actor)));

  api.post('/api/v1/observatory/opt-out-requests', {
    schema: {
      tags: TAGS,
      summary: 'An operator asks that their domain not be scanned; the security team confirms with them and then opts it out',
      body: z.object({
        domain: domainText,
        contact: z.string().min(3).max(MAX_CONTACT_LENGTH).describe('An e-mail or XMPP address at which the team can confirm with you'),
        reason: z.string().max(MAX_REASON_LENGTH).default(''),
      }),
      response: { 202: z.object({ domain: z.string(), status: z.enum(OPT_OUT_STATUSES) }), ...errorResponses },
    },
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => reply.status(202).send(await observatory.requestOptOut(request.actor, request.body)));

  api.get('/api/v1/observatory/opt-outs', {
    schema: {
      tags: TAGS,
      summary: 'Opt-outs and pending opt-out requests (team)',
      querystring: z.object({ status: z.enum(OPT_OUT_STATUSES).optional() }),
      response: { 200: z.object({ optOuts: z.array(optOutSchema) }), ...errorResponses },
    },
  }, async (request) => ({ optOuts: (await observatory.listOptOuts(request.actor, request.query.status ? { status: request.query.status } : {})).map(optOutOut) }));

  api.post('/api/v1/observatory/opt-outs', {
    schema: {
      tags: TAGS,
      summary: 'Opt a domain out, or confirm a pending request (team): its scans are refused, queued ones cancelled, its results hidden',
      body: z.object({ domain: domainText, reason: z.string().max(MAX_REASON_LENGTH).optional() }),
      response: { 201: optOutSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { domain, reason } = request.body;
    return reply.status(201).send(optOutOut(await observatory.addOptOut(request.actor, { domain, ...(reason !== undefined ? { reason } : {}) })));
  });

  api.delete('/api/v1/observatory/opt-outs/:domain', {
    schema: { tags: TAGS, summary: 'End an opt-out, or turn down a pending request (team)', params: domainParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await observatory.removeOptOut(request.actor, request.params.domain);
    return reply.status(204).send(null);
  });
}
