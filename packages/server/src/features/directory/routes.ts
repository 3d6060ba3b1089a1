import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, iso, isoDateTime, isoOrNull } from '../../http/schemas.ts';
import { DOAP_PROBLEM_CODES } from './doap-types.ts';
import { XEP_SUPPORT_STATUSES } from './doap-vocabulary.ts';
import { MAINTENANCE_STATES } from './maintenance-status.ts';
import type { MaintainerView, ProjectProblem, ProjectView } from './queries.ts';
import type { DirectoryService } from './service.ts';
import { SLUG_PATTERN } from './slugs.ts';

const TAGS = ['directory'];
const XEP_IMPORT_BODY_LIMIT = 8 * 1024 * 1024;
const DOAP_IMPORT_BODY_LIMIT = 3 * 1024 * 1024;

const slugParam = z.string().min(1).max(64).describe('The project slug (a former slug resolves to the project too)');
const booleanText = z.enum(['true', 'false']).transform((value) => value === 'true');
const optionalText = (max: number) => z.string().max(max).nullable().optional();

// ---- response schemas (allow-lists) -------------------------------------------------------------

const maintenanceStatusSchema = z.object({
  state: z.enum(MAINTENANCE_STATES),
  signals: z.array(z.object({ kind: z.enum(['release', 'doap-change', 'confirmation']), at: isoDateTime.nullable(), ageDays: z.number().nullable(), fresh: z.boolean() })),
  archivedAt: isoDateTime.nullable(),
  archivalCandidate: z.boolean(),
  reasons: z.array(z.string()),
});

const problemSchema = z.object({
  source: z.enum(['fetch', 'doap']),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  at: isoDateTime.nullable(),
  line: z.number().nullable(),
  snapshotId: z.string().nullable(),
});

const summarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  shortdesc: z.string().nullable(),
  homepage: z.string().nullable(),
  logoUrl: z.string().nullable(),
  categories: z.array(z.string()),
  platforms: z.array(z.string()),
  programmingLanguages: z.array(z.string()),
  onSoftwareList: z.boolean(),
  inScope: z.boolean(),
  archived: z.boolean(),
  maintenance: z.enum(MAINTENANCE_STATES),
  newestRelease: z.object({ version: z.string().nullable(), date: z.string().nullable() }).nullable(),
  xepCount: z.number(),
  hasDoap: z.boolean(),
  hasDoapProblem: z.boolean(),
});

const maintainerSchema = z.object({
  userId: z.string(),
  accountEmail: z.string(),
  displayName: z.string(),
  contactEmail: z.string(),
  xmppAddress: z.string().nullable(),
  securityContact: z.boolean(),
  openpgpKey: z.string().nullable(),
  addedAt: isoDateTime,
});

const projectSchema = summarySchema.extend({
  id: z.string(),
  formerSlugs: z.array(z.string()),
  listName: z.string().nullable(),
  repository: z.string().nullable(),
  doapUrl: z.string().nullable(),
  listUrl: z.string().nullable(),
  securityContact: z.string().nullable(),
  securityPolicyUrl: z.string().nullable(),
  cve: z.object({ vendor: z.string().nullable(), product: z.string().nullable(), collectionUrl: z.string().nullable(), packageName: z.string().nullable() }),
  notes: z.string(),
  edited: z.object({ logoUrl: z.string().nullable(), securityContact: z.string().nullable() }),
  inScopeDecision: z.boolean().nullable(),
  archivedAt: isoDateTime.nullable(),
  archivedReason: z.string().nullable(),
  releases: z.array(z.object({ revision: z.string().nullable(), created: z.string().nullable(), name: z.string().nullable(), branch: z.string().nullable() })),
  xeps: z.array(z.object({
    number: z.number(),
    title: z.string().nullable(),
    xepStatus: z.string().nullable(),
    status: z.enum(XEP_SUPPORT_STATUSES).nullable(),
    rawStatus: z.string().nullable(),
    version: z.string().nullable(),
    since: z.string().nullable(),
    until: z.string().nullable(),
    note: z.string().nullable(),
  })),
  rfcs: z.array(z.number()),
  snapshots: z.array(z.object({ id: z.string(), sha256: z.string(), source: z.string(), fetchedAt: isoDateTime, lastSeenAt: isoDateTime, byteLength: z.number(), usable: z.boolean(), problemCount: z.number(), current: z.boolean() })),
  problems: z.array(problemSchema),
  maintenanceStatus: maintenanceStatusSchema,
  compliance: z.array(z.object({
    suite: z.string(),
    title: z.string(),
    roles: z.array(z.enum(['server', 'client'])),
    categories: z.array(z.object({
      id: z.string(),
      name: z.string(),
      levels: z.array(z.object({ role: z.enum(['server', 'client']), level: z.enum(['core', 'advanced']), state: z.enum(['met', 'met-partially', 'not-met']), missing: z.array(z.string()), partial: z.array(z.string()) })),
    })),
  })),
  maintainerCount: z.number(),
  maintainers: z.array(maintainerSchema).optional(),
  lastConfirmedAt: isoDateTime.nullable(),
  doapChangedAt: isoDateTime.nullable(),
  doapCheckedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

const doapProblemSchema = z.object({ line: z.number(), column: z.number().optional(), severity: z.enum(['error', 'warning']), code: z.enum(DOAP_PROBLEM_CODES), message: z.string() });

const doapImportSchema = z.object({
  slug: z.string(),
  projectCreated: z.boolean(),
  snapshotId: z.string(),
  sha256: z.string(),
  newSnapshot: z.boolean(),
  usable: z.boolean(),
  applied: z.boolean(),
  problems: z.array(doapProblemSchema),
});

const refreshOutcomeSchema = z.object({
  slug: z.string(),
  kind: z.enum(['changed', 'unchanged', 'not-modified', 'failed']),
  url: z.string(),
  reason: z.string().optional(),
  message: z.string().optional(),
  import: doapImportSchema.optional(),
});

const xepRevisionSchema = z.object({ version: z.string(), date: z.string() }).nullable();

const xepSummarySchema = z.object({ number: z.number(), title: z.string(), status: z.string(), type: z.string().nullable(), shortname: z.string().nullable(), lastRevision: xepRevisionSchema, implementations: z.number() });

const xepSchema = z.object({
  number: z.number(),
  listed: z.boolean(),
  title: z.string().nullable(),
  abstract: z.string().nullable(),
  type: z.string().nullable(),
  status: z.string().nullable(),
  shortname: z.string().nullable(),
  tags: z.array(z.string()),
  lastRevision: xepRevisionSchema,
  supersedes: z.array(z.string()),
  supersededBy: z.array(z.string()),
  implementations: z.array(z.object({
    slug: z.string(),
    name: z.string(),
    status: z.enum(XEP_SUPPORT_STATUSES).nullable(),
    rawStatus: z.string().nullable(),
    version: z.string().nullable(),
    since: z.string().nullable(),
    until: z.string().nullable(),
    note: z.string().nullable(),
    archived: z.boolean(),
    inScope: z.boolean(),
  })),
});

const implementationSchema = z.object({ project: z.string(), status: z.enum(XEP_SUPPORT_STATUSES).nullable(), version: z.string().nullable() });
const xepHealthSchema = z.object({
  generatedAt: isoDateTime,
  dueForDeferral: z.array(z.object({ number: z.number(), title: z.string(), lastRevision: xepRevisionSchema, monthsSinceRevision: z.number().nullable() })),
  advancementCandidates: z.array(z.object({ number: z.number(), title: z.string(), completeImplementations: z.array(implementationSchema) })),
  retiredButImplemented: z.array(z.object({ number: z.number(), title: z.string(), status: z.enum(['Deprecated', 'Obsolete']), implementations: z.array(implementationSchema) })),
});

const affectedRangeSchema = z.object({
  project: z.object({ slug: z.string(), name: z.string() }),
  releasesOnRecord: z.number(),
  fixedIn: z.string().nullable(),
  introducedIn: z.string().nullable(),
  versionType: z.enum(['semver', 'custom']),
  order: z.enum(['known', 'unknown']),
  affected: z.array(z.string()),
  unaffected: z.array(z.string()),
  unknown: z.array(z.object({ revision: z.string(), against: z.string() })),
  cveVersions: z.array(z.object({ version: z.string(), status: z.enum(['affected', 'unaffected', 'unknown']), versionType: z.string().optional(), lessThan: z.string().optional() })),
  notes: z.array(z.string()),
});

const productSchema = z.object({
  slug: z.string(),
  name: z.string(),
  vendor: z.string(),
  product: z.string(),
  collectionURL: z.string().nullable(),
  packageName: z.string().nullable(),
  repo: z.string().nullable(),
  homepage: z.string().nullable(),
  platforms: z.array(z.string()),
});

const candidateSchema = z.object({
  slug: z.string(),
  name: z.string(),
  maintenance: maintenanceStatusSchema,
  problems: z.array(problemSchema),
  maintainerCount: z.number(),
  doapUrl: z.string().nullable(),
  lastConfirmationRequestAt: isoDateTime.nullable(),
});

// ---- request schemas ----------------------------------------------------------------------------

const editableFields = {
  logoUrl: optionalText(2000),
  securityContact: optionalText(500),
  securityPolicyUrl: optionalText(2000),
  cveVendor: optionalText(200),
  cveProduct: optionalText(200),
  packageCollectionUrl: optionalText(2000),
  packageName: optionalText(200),
  notes: z.string().max(10_000).optional(),
};

const maintainerFields = {
  contactEmail: optionalText(254),
  xmppAddress: optionalText(300),
  securityContact: z.boolean().optional(),
  openpgpKey: optionalText(64 * 1024),
};

// ---- view mappers -------------------------------------------------------------------------------

const problemOut = (problem: ProjectProblem) => ({ ...problem, at: isoOrNull(problem.at) });
const maintainerOut = (maintainer: MaintainerView) => ({ ...maintainer, addedAt: iso(maintainer.addedAt) });

function projectOut({ maintainers, ...project }: ProjectView) {
  return {
    ...project,
    archivedAt: isoOrNull(project.archivedAt),
    snapshots: project.snapshots.map((s) => ({ ...s, fetchedAt: iso(s.fetchedAt), lastSeenAt: iso(s.lastSeenAt) })),
    problems: project.problems.map(problemOut),
    ...(maintainers ? { maintainers: maintainers.map(maintainerOut) } : {}),
    lastConfirmedAt: isoOrNull(project.lastConfirmedAt),
    doapChangedAt: isoOrNull(project.doapChangedAt),
    doapCheckedAt: isoOrNull(project.doapCheckedAt),
    createdAt: iso(project.createdAt),
    updatedAt: iso(project.updatedAt),
  };
}

export function registerDirectoryRoutes(app: FastifyInstance, deps: { directory: DirectoryService }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { directory } = deps;

  api.get('/api/v1/projects', {
    schema: {
      tags: TAGS,
      summary: 'Projects in the directory, filtered and paged',
      querystring: z.object({
        category: z.string().max(50).optional(),
        maintenance: z.enum(MAINTENANCE_STATES).optional().describe('Maintenance state'),
        xep: z.coerce.number().int().min(1).max(9999).optional().describe('Only projects that declare this XEP'),
        xepStatus: z.enum(XEP_SUPPORT_STATUSES).optional().describe('With xep: only this support status'),
        inScope: booleanText.optional(),
        archived: booleanText.optional(),
        mine: booleanText.optional().describe('Only the projects the caller maintains'),
        q: z.string().max(100).optional().describe('Search in names'),
        limit: z.coerce.number().int().min(1).max(500).optional(),
        offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
      }),
      response: { 200: z.object({ projects: z.array(summarySchema), total: z.number() }), ...errorResponses },
    },
  }, async (request) => {
    const result = await directory.listProjects(request.actor, request.query);
    return { projects: result.projects, total: result.total };
  });

  api.post('/api/v1/projects', {
    schema: {
      tags: TAGS,
      summary: 'Add a project by hand (team)',
      body: z.strictObject({ name: z.string().max(200), slug: z.string().max(64).optional(), doapUrl: optionalText(2000), homepage: optionalText(2000) }),
      response: { 201: projectSchema, ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send(projectOut(await directory.createProject(request.actor, request.body))));

  api.get('/api/v1/projects/:slug', {
    schema: {
      tags: TAGS,
      summary: 'A project with its releases, XEPs, RFCs, snapshots, problems, maintenance status and compliance; a former slug resolves too',
      params: z.object({ slug: slugParam }),
      response: { 200: projectSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const project = await directory.getProject(request.actor, request.params.slug);
    if (project.slug !== request.params.slug) reply.header('content-location', `/api/v1/projects/${project.slug}`);
    return projectOut(project);
  });

  api.patch('/api/v1/projects/:slug', {
    schema: {
      tags: TAGS,
      summary: 'Edit a project: the team edits everything; a maintainer edits the fields no DOAP file carries, on their own projects',
      params: z.object({ slug: slugParam }),
      body: z.strictObject({
        name: z.string().max(200).optional(),
        slug: z.string().max(64).regex(SLUG_PATTERN, 'a slug is lower-case letters, digits and inner hyphens').optional(),
        doapUrl: optionalText(2000),
        inScope: z.boolean().nullable().optional(),
        ...editableFields,
      }),
      response: { 200: projectSchema, ...errorResponses },
    },
  }, async (request) => projectOut(await directory.updateProject(request.actor, request.params.slug, request.body)));

  api.post('/api/v1/projects/:slug/archive', {
    schema: { tags: TAGS, summary: 'Archive a project (team)', params: z.object({ slug: slugParam }), body: z.strictObject({ reason: z.string().max(1000) }), response: { 200: projectSchema, ...errorResponses } },
  }, async (request) => projectOut(await directory.archiveProject(request.actor, request.params.slug, request.body.reason)));

  api.post('/api/v1/projects/:slug/unarchive', {
    schema: { tags: TAGS, summary: 'Bring an archived project back (team)', params: z.object({ slug: slugParam }), response: { 200: projectSchema, ...errorResponses } },
  }, async (request) => projectOut(await directory.unarchiveProject(request.actor, request.params.slug)));

  api.post('/api/v1/projects/:slug/refresh', {
    schema: { tags: TAGS, summary: "Fetch the project's DOAP file now (team)", params: z.object({ slug: slugParam }), response: { 200: refreshOutcomeSchema, ...errorResponses } },
  }, async (request) => (await directory.refresh(request.actor, { slugs: [request.params.slug] })).outcomes[0]!);

  api.get('/api/v1/projects/:slug/snapshots/:id', {
    schema: {
      tags: TAGS,
      summary: 'One stored version of the DOAP file, with its problems',
      params: z.object({ slug: slugParam, id: z.string().max(100) }),
      response: { 200: z.object({ id: z.string(), sha256: z.string(), source: z.string(), fetchedAt: isoDateTime, lastSeenAt: isoDateTime, usable: z.boolean(), current: z.boolean(), problems: z.array(doapProblemSchema), rawText: z.string() }), ...errorResponses },
    },
  }, async (request) => {
    const snapshot = await directory.getSnapshot(request.actor, request.params.slug, request.params.id);
    return { ...snapshot, fetchedAt: iso(snapshot.fetchedAt), lastSeenAt: iso(snapshot.lastSeenAt) };
  });

  api.get('/api/v1/projects/:slug/affected-range', {
    schema: {
      tags: TAGS,
      summary: 'The releases a vulnerability affects, from the first fixed (and optionally first affected) version, with CVE `versions` entries',
      params: z.object({ slug: slugParam }),
      querystring: z.object({ fixedIn: z.string().min(1).max(100).optional().describe('Omit when there is no fix yet'), introducedIn: z.string().min(1).max(100).optional() }),
      response: { 200: affectedRangeSchema, ...errorResponses },
    },
  }, async (request) => directory.affectedRange(request.actor, request.params.slug, { fixedIn: request.query.fixedIn ?? null, introducedIn: request.query.introducedIn ?? null }));

  api.get('/api/v1/projects/:slug/product', {
    schema: { tags: TAGS, summary: 'How CVE records name this product (vendor, product, package, repository)', params: z.object({ slug: slugParam }), response: { 200: productSchema, ...errorResponses } },
  }, async (request) => directory.productFor(request.actor, request.params.slug));

  api.get('/api/v1/projects/:slug/maintainers', {
    schema: { tags: TAGS, summary: "The project's maintainers (team, and the project's maintainers)", params: z.object({ slug: slugParam }), response: { 200: z.object({ maintainers: z.array(maintainerSchema) }), ...errorResponses } },
  }, async (request) => ({ maintainers: (await directory.listMaintainers(request.actor, request.params.slug)).map(maintainerOut) }));

  api.post('/api/v1/projects/:slug/maintainers', {
    schema: {
      tags: TAGS,
      summary: 'Link an account with the maintainer role to the project (team)',
      params: z.object({ slug: slugParam }),
      body: z.strictObject({ email: z.string().max(254), ...maintainerFields }),
      response: { 201: z.object({ maintainers: z.array(maintainerSchema) }), ...errorResponses },
    },
  }, async (request, reply) => reply.status(201).send({ maintainers: (await directory.linkMaintainer(request.actor, request.params.slug, request.body)).map(maintainerOut) }));

  api.patch('/api/v1/projects/:slug/maintainers/:userId', {
    schema: {
      tags: TAGS,
      summary: "Edit a maintainer's contact details (team, or the maintainer themself)",
      params: z.object({ slug: slugParam, userId: z.string().max(100) }),
      body: z.strictObject(maintainerFields),
      response: { 200: z.object({ maintainers: z.array(maintainerSchema) }), ...errorResponses },
    },
  }, async (request) => ({ maintainers: (await directory.updateMaintainer(request.actor, request.params.slug, request.params.userId, request.body)).map(maintainerOut) }));

  api.delete('/api/v1/projects/:slug/maintainers/:userId', {
    schema: { tags: TAGS, summary: 'Unlink a maintainer (team)', params: z.object({ slug: slugParam, userId: z.string().max(100) }), response: { 200: z.object({ maintainers: z.array(maintainerSchema) }), ...errorResponses } },
  }, async (request) => ({ maintainers: (await directory.unlinkMaintainer(request.actor, request.params.slug, request.params.userId)).map(maintainerOut) }));

  api.post('/api/v1/projects/:slug/confirm', {
    schema: { tags: TAGS, summary: 'Confirm that the project is still maintained (its maintainers)', params: z.object({ slug: slugParam }), response: { 200: projectSchema, ...errorResponses } },
  }, async (request) => projectOut(await directory.confirm(request.actor, request.params.slug)));

  api.post('/api/v1/projects/:slug/confirmation-requests', {
    schema: {
      tags: TAGS,
      summary: 'E-mail the maintainers a one-click confirmation link now (team)',
      params: z.object({ slug: slugParam }),
      response: { 200: z.object({ requested: z.array(z.object({ slug: z.string(), recipients: z.number() })) }), ...errorResponses },
    },
  }, async (request) => directory.requestConfirmations(request.actor, { slug: request.params.slug }));

  const tokenBody = z.strictObject({ token: z.string().min(1).max(200) });

  api.post('/api/v1/confirmations/preview', {
    schema: { tags: TAGS, summary: 'What a confirmation link confirms (without confirming)', body: tokenBody, response: { 200: z.object({ slug: z.string(), name: z.string(), expiresAt: isoDateTime }), ...errorResponses } },
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
  }, async (request) => {
    const preview = await directory.previewConfirmation(request.actor, request.body.token);
    return { ...preview, expiresAt: iso(preview.expiresAt) };
  });

  api.post('/api/v1/confirmations', {
    schema: {
      tags: TAGS,
      summary: 'Confirm a project with the token from the e-mailed link (the token is in the body, so it stays out of logs)',
      body: tokenBody,
      response: { 200: z.object({ slug: z.string(), name: z.string(), confirmedAt: isoDateTime }), ...errorResponses },
    },
    config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
  }, async (request) => {
    const confirmed = await directory.confirmByToken(request.actor, request.body.token);
    return { ...confirmed, confirmedAt: iso(confirmed.confirmedAt) };
  });

  api.get('/api/v1/directory/archival-candidates', {
    schema: { tags: TAGS, summary: 'Projects without any maintenance signal for two years, with the evidence (team); nothing is archived automatically', response: { 200: z.object({ candidates: z.array(candidateSchema) }), ...errorResponses } },
  }, async (request) => ({
    candidates: (await directory.archivalCandidates(request.actor)).map((c) => ({ ...c, problems: c.problems.map(problemOut), lastConfirmationRequestAt: isoOrNull(c.lastConfirmationRequestAt) })),
  }));

  api.post('/api/v1/directory/import/software-list', {
    schema: {
      tags: TAGS,
      summary: "Import xmpp.org's software list (data/software.json, the JSON array as the body) (team)",
      body: z.array(z.unknown()).max(10_000),
      response: {
        200: z.object({
          entries: z.number(),
          created: z.array(z.string()),
          updated: z.array(z.string()),
          unchanged: z.number(),
          delisted: z.array(z.string()),
          problems: z.array(z.object({ index: z.number(), name: z.string().nullable(), severity: z.enum(['error', 'warning']), message: z.string() })),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => directory.importSoftwareList(request.actor, request.body));

  api.post('/api/v1/directory/import/doap', {
    schema: {
      tags: TAGS,
      summary: 'Import a DOAP file, from a URL or given as text (team)',
      body: z.union([
        z.strictObject({ url: z.string().max(2000), slug: z.string().max(64).optional() }),
        z.strictObject({ content: z.string().max(DOAP_IMPORT_BODY_LIMIT), source: z.string().max(2000).optional(), slug: z.string().max(64).optional() }),
      ]),
      response: { 200: doapImportSchema, 502: errorResponses[400], ...errorResponses },
    },
    bodyLimit: DOAP_IMPORT_BODY_LIMIT + 64 * 1024,
  }, async (request) => {
    const body = request.body;
    const result = 'url' in body
      ? await directory.importDoapUrl(request.actor, body.url, { slug: body.slug })
      : await directory.importDoap(request.actor, { content: body.content, source: body.source ?? 'uploaded', slug: body.slug });
    return result;
  });

  api.post('/api/v1/directory/import/xeps', {
    schema: {
      tags: TAGS,
      summary: "Import the XEP list (xeplist.xml, given as text in `xml`) (team)",
      body: z.strictObject({ xml: z.string().max(XEP_IMPORT_BODY_LIMIT) }),
      response: {
        200: z.object({ total: z.number(), added: z.number(), updated: z.number(), unchanged: z.number(), problems: z.array(z.object({ line: z.number(), severity: z.enum(['error', 'warning']), code: z.string(), message: z.string() })) }),
        ...errorResponses,
      },
    },
    bodyLimit: XEP_IMPORT_BODY_LIMIT + 64 * 1024,
  }, async (request) => directory.importXeps(request.actor, request.body.xml));

  api.get('/api/v1/xeps', {
    schema: {
      tags: TAGS,
      summary: 'The XEP list with the number of implementations on record',
      querystring: z.object({
        status: z.string().max(30).optional(),
        type: z.string().max(50).optional(),
        q: z.string().max(100).optional().describe('Search in titles and short names, or a number'),
        limit: z.coerce.number().int().min(1).max(1000).optional(),
        offset: z.coerce.number().int().min(0).max(100_000).optional(),
      }),
      response: { 200: z.object({ xeps: z.array(xepSummarySchema), total: z.number() }), ...errorResponses },
    },
  }, async (request) => directory.listXeps(request.actor, request.query));

  api.get('/api/v1/xeps/health', {
    schema: {
      tags: TAGS,
      summary: 'XEPs that need attention: Experimental without revision for 12 months, Experimental with several complete implementations, Deprecated/Obsolete still implemented',
      querystring: z.object({ staleAfterMonths: z.coerce.number().int().min(1).max(120).optional(), minCompleteImplementations: z.coerce.number().int().min(1).max(100).optional() }),
      response: { 200: xepHealthSchema, ...errorResponses },
    },
  }, async (request) => directory.xepHealth(request.actor, request.query));

  api.get('/api/v1/xeps/health/recipients', {
    schema: { tags: TAGS, summary: 'Who gets the monthly XEP health report by e-mail (team)', response: { 200: z.object({ emails: z.array(z.string()) }), ...errorResponses } },
  }, async (request) => ({ emails: await directory.xepHealthRecipients(request.actor) }));

  api.put('/api/v1/xeps/health/recipients', {
    schema: { tags: TAGS, summary: 'Set who gets the monthly XEP health report; an empty list stops it (team)', body: z.strictObject({ emails: z.array(z.string().max(254)).max(20) }), response: { 200: z.object({ emails: z.array(z.string()) }), ...errorResponses } },
  }, async (request) => ({ emails: await directory.setXepHealthRecipients(request.actor, request.body.emails) }));

  api.get('/api/v1/xeps/:number', {
    schema: {
      tags: TAGS,
      summary: 'A XEP with every project that declares it, its support status and version',
      params: z.object({ number: z.coerce.number().int().min(1).max(9999) }),
      response: { 200: xepSchema, ...errorResponses },
    },
  }, async (request) => directory.getXep(request.actor, request.params.number));
}
