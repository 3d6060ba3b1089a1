import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, notFound } from '../../errors.ts';
import { errorResponses, iso, isoDateTime, isoOrNull } from '../../http/schemas.ts';
import type { CaseCveDrafting } from './case-cve.ts';
import type { CaseService, CaseView, PostView } from './case-service.ts';
import { MAX_ATTACHMENTS, MAX_ATTACHMENTS_BYTES } from './reports-service.ts';
import type { ReportService, ReportView } from './reports-service.ts';
import { CASE_ROLES, CASE_STATES, POST_KINDS, POST_VISIBILITIES, PROJECT_STATUSES, REPORT_STATUSES, SEVERITIES } from './tables.ts';

const text = (max: number) => z.string().max(max);
const TRACKING_HEADER = 'x-tracking-token';

const reportSchema = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(REPORT_STATUSES),
  caseId: z.string().nullable(),
  reporterName: z.string(),
  reporterEmail: z.string(),
  reporterXmpp: z.string().nullable(),
  title: z.string(),
  projects: z.array(z.object({ slug: z.string().nullable(), name: z.string(), listed: z.boolean(), inScope: z.boolean().nullable() })),
  description: z.string().nullable(),
  steps: z.string().nullable(),
  impact: z.string().nullable(),
  disclosurePlans: z.string().nullable(),
  creditConsent: z.boolean(),
  creditAs: z.string().nullable(),
  encryptedBody: z.string().nullable(),
  triageReason: z.string().nullable(),
  receivedAt: isoDateTime,
  acknowledgedAt: isoDateTime.nullable(),
  attachments: z.array(z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number(), sha256: z.string() })),
  messages: z.array(z.object({ fromSide: z.enum(['reporter', 'team']), authorLabel: z.string(), body: z.string(), createdAt: isoDateTime })),
});
const reportOut = (report: ReportView) => ({ ...report, receivedAt: iso(report.receivedAt), acknowledgedAt: isoOrNull(report.acknowledgedAt), messages: report.messages.map((message) => ({ ...message, createdAt: iso(message.createdAt) })) });

const deadlineSchema = z.object({ kind: z.string(), key: z.string(), dueAt: isoDateTime, overdue: z.boolean(), caseId: z.string().nullable(), reportId: z.string().nullable(), projectKey: z.string().nullable(), label: z.string() });
const projectSchema = z.object({
  projectKey: z.string(),
  projectSlug: z.string().nullable(),
  displayName: z.string(),
  status: z.enum(PROJECT_STATUSES),
  statement: z.string(),
  introducedIn: z.string().nullable(),
  fixedIn: z.string().nullable(),
  fixedVersions: z.array(z.string()),
  invitedAt: isoDateTime.nullable(),
  responseDueAt: isoDateTime.nullable(),
  firstResponseAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});
type ProjectView = CaseView['projects'][number];
const projectOut = (project: ProjectView) => ({ ...project, invitedAt: isoOrNull(project.invitedAt), responseDueAt: isoOrNull(project.responseDueAt), firstResponseAt: isoOrNull(project.firstResponseAt), updatedAt: iso(project.updatedAt) });

const caseSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  severity: z.enum(SEVERITIES).nullable(),
  state: z.enum(CASE_STATES),
  embargoAt: isoDateTime.nullable(),
  statusesShared: z.boolean(),
  version: z.number(),
  createdAt: isoDateTime,
  acceptedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
  closedAt: isoDateTime.nullable(),
  access: z.enum(['team', 'participant']),
  myRoles: z.array(z.enum(CASE_ROLES)),
  myProjectKeys: z.array(z.string()),
  projects: z.array(projectSchema),
  participants: z.array(z.object({ userId: z.string(), email: z.string(), displayName: z.string(), role: z.enum(CASE_ROLES), projectKey: z.string().nullable() })),
  embargoChanges: z.array(z.object({ fromAt: isoDateTime.nullable(), toAt: isoDateTime.nullable(), reason: z.string(), changedBy: z.string(), changedAt: isoDateTime })),
  vulnerabilities: z.array(z.object({ id: z.string(), title: z.string(), cveId: z.string().nullable() })),
  reports: z.array(z.object({ id: z.string(), reference: z.string(), status: z.string() })),
  deadlines: z.array(deadlineSchema),
});
const deadlineOut = (deadline: CaseView['deadlines'][number]) => ({ ...deadline, dueAt: iso(deadline.dueAt) });
const caseOut = (kase: CaseView) => ({
  ...kase,
  embargoAt: isoOrNull(kase.embargoAt),
  createdAt: iso(kase.createdAt),
  acceptedAt: iso(kase.acceptedAt),
  publishedAt: isoOrNull(kase.publishedAt),
  closedAt: isoOrNull(kase.closedAt),
  projects: kase.projects.map(projectOut),
  embargoChanges: kase.embargoChanges.map((change) => ({ ...change, fromAt: isoOrNull(change.fromAt), toAt: isoOrNull(change.toAt), changedAt: iso(change.changedAt) })),
  deadlines: kase.deadlines.map(deadlineOut),
});

const postSchema = z.object({ id: z.string(), thread: z.string(), visibility: z.enum(POST_VISIBILITIES), kind: z.enum(POST_KINDS), authorLabel: z.string(), body: z.string(), createdAt: isoDateTime });
const postOut = (post: PostView) => ({ ...post, createdAt: iso(post.createdAt) });

const caseParams = z.object({ id: z.string().max(40) });
const reportParams = z.object({ id: z.string().max(40) });

export function registerCaseRoutes(app: FastifyInstance, deps: { cases: CaseService; reports: ReportService; caseCve: CaseCveDrafting }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { cases, reports } = deps;

  // --- Intake (public) ---
  api.get('/api/v1/reports/challenge', {
    schema: { tags: ['reports'], summary: 'A proof-of-work challenge to solve before sending a report', response: { 200: z.object({ token: z.string(), bits: z.number(), expiresAt: isoDateTime }), ...errorResponses } },
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
  }, async (request) => {
    const challenge = await reports.challenge(request.actor);
    return { token: challenge.token, bits: challenge.bits, expiresAt: iso(challenge.expiresAt) };
  });

  api.post('/api/v1/reports', {
    bodyLimit: Math.ceil(MAX_ATTACHMENTS_BYTES * 1.4) + 4 * 1024 * 1024,
    schema: {
      tags: ['reports'],
      summary: 'Send a vulnerability report (optionally encrypted to the team\'s OpenPGP key); returns the private tracking link',
      body: z.object({
        reporterName: text(200).optional(),
        reporterEmail: z.email().max(254),
        reporterXmpp: text(300).optional(),
        projects: z.array(z.object({ slug: text(100).optional(), name: text(200).min(1) })).min(1).max(30),
        title: text(300).optional(),
        description: text(100_000).optional(),
        steps: text(100_000).optional(),
        impact: text(20_000).optional(),
        disclosurePlans: text(20_000).optional(),
        creditConsent: z.boolean(),
        creditAs: text(200).optional(),
        encryptedBody: text(2 * 1024 * 1024).optional(),
        attachments: z.array(z.object({ filename: text(255).min(1), contentType: text(100).optional(), data: z.base64().describe('The file, base64-encoded') })).max(MAX_ATTACHMENTS).optional(),
        proofOfWork: z.object({ token: text(300), counter: text(20) }),
      }),
      response: { 201: z.object({ reference: z.string(), trackingLink: z.string() }), ...errorResponses },
    },
    config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    const { attachments, ...rest } = request.body;
    const result = await reports.submit(request.actor, { ...rest, attachments: attachments?.map((attachment) => ({ filename: attachment.filename, contentType: attachment.contentType, data: Buffer.from(attachment.data, 'base64') })) });
    return reply.status(201).send({ reference: result.reference, trackingLink: result.trackingLink });
  });

  const trackingToken = (headers: Record<string, unknown>): string => {
    const token = headers[TRACKING_HEADER];
    if (typeof token !== 'string' || token.length < 10 || token.length > 200) throw notFound('That report');
    return token;
  };

  api.get('/api/v1/reports/track', {
    schema: {
      tags: ['reports'],
      summary: `The reporter's view of a report; the secret from the tracking link goes in the ${TRACKING_HEADER} header`,
      response: {
        200: z.object({
          reference: z.string(),
          status: z.enum(REPORT_STATUSES),
          title: z.string(),
          receivedAt: isoDateTime,
          acknowledgedAt: isoDateTime.nullable(),
          triageReason: z.string().nullable(),
          messages: z.array(z.object({ fromSide: z.enum(['reporter', 'team']), authorLabel: z.string(), body: z.string(), createdAt: isoDateTime })),
          case: z.object({ id: z.string(), state: z.enum(CASE_STATES), embargoAt: isoDateTime.nullable(), publishedAt: isoDateTime.nullable(), projects: z.array(z.object({ displayName: z.string(), status: z.enum(PROJECT_STATUSES), fixedIn: z.string().nullable() })), cveIds: z.array(z.string()) }).nullable(),
        }),
        ...errorResponses,
      },
    },
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
  }, async (request) => {
    const view = await reports.track(trackingToken(request.headers));
    return {
      ...view,
      receivedAt: iso(view.receivedAt),
      acknowledgedAt: isoOrNull(view.acknowledgedAt),
      messages: view.messages.map((message) => ({ ...message, createdAt: iso(message.createdAt) })),
      case: view.case ? { ...view.case, embargoAt: isoOrNull(view.case.embargoAt), publishedAt: isoOrNull(view.case.publishedAt) } : null,
    };
  });

  api.post('/api/v1/reports/track/messages', {
    schema: { tags: ['reports'], summary: 'The reporter answers the team through the tracking link', body: z.object({ body: text(50_000) }), response: { 204: z.null(), ...errorResponses } },
    config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    await reports.reporterReply(trackingToken(request.headers), request.body.body);
    return reply.status(204).send(null);
  });

  const keySchema = z.object({ fingerprint: z.string(), userIds: z.array(z.string()), expiresAt: isoDateTime.nullable(), armored: z.string() });
  api.get('/api/v1/team-key', {
    schema: { tags: ['reports'], summary: 'The security team\'s OpenPGP public key, for encrypted reports', response: { 200: keySchema, ...errorResponses } },
  }, async () => {
    const key = await reports.teamKey();
    if (!key) throw notFound('The team\'s OpenPGP key');
    return { ...key, expiresAt: isoOrNull(key.expiresAt) };
  });

  api.put('/api/v1/team-key', {
    schema: { tags: ['reports'], summary: 'Set the team\'s OpenPGP public key (admin)', body: z.object({ armored: text(200_000) }), response: { 200: keySchema, ...errorResponses } },
  }, async (request) => {
    const key = await reports.setTeamKey(request.actor, request.body.armored);
    return { ...key, expiresAt: isoOrNull(key.expiresAt) };
  });

  app.get('/.well-known/xmppsec/team-key.asc', { schema: { hide: true } }, async (_request, reply) => {
    const key = await reports.teamKey();
    if (!key) throw notFound('The team\'s OpenPGP key');
    return reply.type('application/pgp-keys').send(key.armored);
  });

  // --- Triage (team) ---
  api.get('/api/v1/reports', {
    schema: { tags: ['reports'], summary: 'Reports, newest first: the triage queue with ?status=new (team)', querystring: z.object({ status: z.enum(REPORT_STATUSES).optional() }), response: { 200: z.object({ reports: z.array(reportSchema) }), ...errorResponses } },
  }, async (request) => ({ reports: (await reports.list(request.actor, { status: request.query.status })).map(reportOut) }));

  api.get('/api/v1/reports/:id', {
    schema: { tags: ['reports'], summary: 'One report (team)', params: reportParams, response: { 200: reportSchema, ...errorResponses } },
  }, async (request) => reportOut(await reports.get(request.actor, request.params.id)));

  app.get<{ Params: { id: string; attachmentId: string } }>('/api/v1/reports/:id/attachments/:attachmentId', {
    schema: { tags: ['reports'], summary: 'Download an attachment (team); never served inline' } as never,
  }, async (request, reply) => {
    const attachment = await reports.attachment(request.actor, request.params.id, request.params.attachmentId);
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', `attachment; filename="${attachment.filename.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(Buffer.from(attachment.data));
  });

  api.post('/api/v1/reports/:id/acknowledge', {
    schema: { tags: ['reports'], summary: 'Acknowledge a report (team)', params: reportParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await reports.acknowledge(request.actor, request.params.id);
    return reply.status(204).send(null);
  });

  api.post('/api/v1/reports/:id/messages', {
    schema: { tags: ['reports'], summary: 'Write to the reporter (team)', params: reportParams, body: z.object({ body: text(50_000) }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await reports.reply(request.actor, request.params.id, request.body.body);
    return reply.status(204).send(null);
  });

  api.post('/api/v1/reports/:id/triage', {
    schema: {
      tags: ['reports'],
      summary: 'Accept into a new case, merge into a case, or close with a reason sent to the reporter (team)',
      params: reportParams,
      body: z.discriminatedUnion('action', [
        z.object({ action: z.literal('accept'), title: text(300).optional(), message: text(20_000).optional() }),
        z.object({ action: z.literal('merge'), caseId: text(40), message: text(20_000).optional() }),
        z.object({ action: z.literal('close'), reason: z.enum(['duplicate', 'not_vulnerability', 'out_of_scope']), message: text(20_000) }),
      ]),
      response: { 200: z.object({ caseId: z.string().nullable(), status: z.enum(REPORT_STATUSES) }), ...errorResponses },
    },
  }, async (request) => reports.triage(request.actor, request.params.id, request.body));

  // --- Cases ---
  api.get('/api/v1/dashboard', {
    schema: {
      tags: ['cases'],
      summary: 'New reports, overdue deadlines and embargoes ending soon (team)',
      response: {
        200: z.object({
          newReports: z.array(z.object({ id: z.string(), reference: z.string(), title: z.string(), receivedAt: isoDateTime })),
          overdue: z.array(deadlineSchema),
          upcoming: z.array(deadlineSchema),
          embargoesEndingSoon: z.array(z.object({ id: z.string(), title: z.string(), state: z.enum(CASE_STATES), embargoAt: isoDateTime })),
          openCases: z.number(),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => {
    const dashboard = await cases.dashboard(request.actor);
    return {
      ...dashboard,
      newReports: dashboard.newReports.map((report) => ({ ...report, receivedAt: iso(report.receivedAt) })),
      overdue: dashboard.overdue.map(deadlineOut),
      upcoming: dashboard.upcoming.map(deadlineOut),
      embargoesEndingSoon: dashboard.embargoesEndingSoon.map((kase) => ({ ...kase, embargoAt: iso(kase.embargoAt) })),
    };
  });

  api.get('/api/v1/cases', {
    schema: {
      tags: ['cases'],
      summary: 'The cases you may see (the team: all; maintainers and reporters: theirs)',
      querystring: z.object({ state: z.enum(CASE_STATES).optional() }),
      response: { 200: z.object({ cases: z.array(z.object({ id: z.string(), title: z.string(), state: z.enum(CASE_STATES), severity: z.enum(SEVERITIES).nullable(), embargoAt: isoDateTime.nullable(), createdAt: isoDateTime, version: z.number() })) }), ...errorResponses },
    },
  }, async (request) => ({ cases: (await cases.list(request.actor, { state: request.query.state })).map((kase) => ({ ...kase, embargoAt: isoOrNull(kase.embargoAt), createdAt: iso(kase.createdAt) })) }));

  api.post('/api/v1/cases', {
    schema: {
      tags: ['cases'],
      summary: 'Open a case without a report (team)',
      body: z.object({ title: text(300), summary: text(100_000).optional(), severity: z.enum(SEVERITIES).nullable().optional(), projects: z.array(z.object({ slug: text(100).nullable().optional(), name: text(200) })).max(100).optional() }),
      response: { 201: caseSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const created = await cases.create(request.actor, { ...request.body, projects: request.body.projects?.map((project) => ({ slug: project.slug ?? null, name: project.name })) });
    return reply.status(201).send(caseOut(created));
  });

  api.get('/api/v1/cases/:id', {
    schema: { tags: ['cases'], summary: 'One case, with what you may see of it', params: caseParams, response: { 200: caseSchema, ...errorResponses } },
  }, async (request) => caseOut(await cases.get(request.actor, request.params.id)));

  api.patch('/api/v1/cases/:id', {
    schema: {
      tags: ['cases'],
      summary: 'Change a case (team); name the version you edited: a stale one is refused with 409',
      params: caseParams,
      body: z.object({ expectedVersion: z.number().int(), title: text(300).optional(), summary: text(100_000).optional(), severity: z.enum(SEVERITIES).nullable().optional(), statusesShared: z.boolean().optional(), state: z.enum(CASE_STATES).optional(), reason: text(5000).optional() }),
      response: { 200: caseSchema, ...errorResponses },
    },
  }, async (request) => {
    const { expectedVersion, ...patch } = request.body;
    return caseOut(await cases.update(request.actor, request.params.id, expectedVersion, patch));
  });

  api.put('/api/v1/cases/:id/embargo', {
    schema: {
      tags: ['cases'],
      summary: 'Set the embargo: one instant in UTC, with the reason everyone in the case is told (team)',
      params: caseParams,
      body: z.object({ expectedVersion: z.number().int(), embargoAt: z.iso.datetime({ offset: true }).nullable(), reason: text(5000) }),
      response: { 200: caseSchema, ...errorResponses },
    },
  }, async (request) => caseOut(await cases.setEmbargo(request.actor, request.params.id, request.body.expectedVersion, request.body.embargoAt ? new Date(request.body.embargoAt) : null, request.body.reason)));

  api.post('/api/v1/cases/:id/projects', {
    schema: {
      tags: ['cases'],
      summary: 'Add an affected project: from the directory by slug (its maintainers are invited), or unlisted by name (team)',
      params: caseParams,
      body: z.object({ expectedVersion: z.number().int(), slug: text(100).optional(), name: text(200).optional() }),
      response: { 200: caseSchema, ...errorResponses },
    },
  }, async (request) => caseOut(await cases.addProject(request.actor, request.params.id, request.body.expectedVersion, request.body)));

  api.put('/api/v1/cases/:id/projects/:projectKey/status', {
    schema: {
      tags: ['cases'],
      summary: 'State a project\'s status: affected, not affected, fixed (with the version), won\'t fix (the project\'s maintainers or the team)',
      params: z.object({ id: z.string().max(40), projectKey: z.string().max(120) }),
      body: z.object({ status: z.enum(PROJECT_STATUSES), statement: text(20_000).optional(), fixedIn: text(100).nullable().optional(), introducedIn: text(100).nullable().optional(), fixedVersions: z.array(text(100)).max(50).optional() }),
      response: { 200: projectSchema, ...errorResponses },
    },
  }, async (request) => projectOut(await cases.setProjectStatus(request.actor, request.params.id, request.params.projectKey, request.body)));

  api.post('/api/v1/cases/:id/participants', {
    schema: {
      tags: ['cases'],
      summary: 'Add a participant by e-mail: coordinator, maintainer (for one of the case\'s projects), observer or reporter (team)',
      params: caseParams,
      body: z.object({ email: text(254), role: z.enum(CASE_ROLES), projectKey: text(120).optional() }),
      response: { 200: caseSchema, ...errorResponses },
    },
  }, async (request) => caseOut(await cases.addParticipant(request.actor, request.params.id, request.body)));

  api.delete('/api/v1/cases/:id/participants/:userId', {
    schema: { tags: ['cases'], summary: 'Remove a participant (team)', params: z.object({ id: z.string().max(40), userId: z.string().max(60) }), querystring: z.object({ role: z.enum(CASE_ROLES) }), response: { 200: caseSchema, ...errorResponses } },
  }, async (request) => caseOut(await cases.removeParticipant(request.actor, request.params.id, request.params.userId, request.query.role)));

  api.get('/api/v1/cases/:id/posts', {
    schema: { tags: ['cases'], summary: 'The case\'s threads: the general one and one per project, as far as you may read them', params: caseParams, querystring: z.object({ thread: text(120).optional() }), response: { 200: z.object({ posts: z.array(postSchema) }), ...errorResponses } },
  }, async (request) => ({ posts: (await cases.posts(request.actor, request.params.id, request.query.thread)).map(postOut) }));

  api.post('/api/v1/cases/:id/posts', {
    schema: {
      tags: ['cases'],
      summary: 'Write in a thread: shared with the participants who read it, or team-only (team); contact log entries (team)',
      params: caseParams,
      body: z.object({ thread: text(120), visibility: z.enum(POST_VISIBILITIES), kind: z.enum(POST_KINDS).optional(), body: text(100_000) }),
      response: { 201: postSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(postOut(await cases.post(request.actor, request.params.id, request.body))));

  api.post('/api/v1/cases/:id/vulnerabilities', {
    schema: { tags: ['cases'], summary: 'Add a vulnerability to a case; its CVE record is drafted from the case (team)', params: caseParams, body: z.object({ title: text(300) }), response: { 201: z.object({ id: z.string() }), ...errorResponses } },
  }, async (request, reply) => {
    if (!request.body.title.trim()) throw badRequest('title_required', 'Give the vulnerability a title.');
    return reply.status(201).send(await cases.addVulnerability(request.actor, request.params.id, request.body.title));
  });

  api.post('/api/v1/cases/:id/vulnerabilities/:vulnerabilityId/cve-draft', {
    schema: {
      tags: ['cases'],
      summary: 'Draft (or redraft) the vulnerability\'s CVE record from the case: affected projects and fixed versions, credits, the advisory link; reserves an ID when it has none (team)',
      params: z.object({ id: z.string().max(40), vulnerabilityId: z.string().max(60) }),
      body: z.object({ description: text(4096).optional(), cvss: text(512).optional(), cwe: text(20).optional() }),
      response: { 200: z.object({ cveId: z.string(), valid: z.boolean(), issues: z.array(z.object({ path: z.string(), message: z.string() })) }), ...errorResponses },
    },
  }, async (request) => {
    const record = await deps.caseCve.draft(request.actor, request.params.id, request.params.vulnerabilityId, request.body);
    const errors = record.team?.draftIssues.errors ?? [];
    return { cveId: record.cveId, valid: record.team?.draftValid ?? false, issues: errors.map((issue) => ({ path: issue.path, message: issue.message })) };
  });
}
