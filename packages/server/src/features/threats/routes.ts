import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, iso, isoDateTime } from '../../http/schemas.ts';
import { SKILLS } from './attack-tree.ts';
import { LEVELS, THREAT_FIELDS, THREAT_STATUSES, ThreatSchema, type Threat } from './model.ts';
import { PRIORITIES, type PriorityRating } from './priority.ts';
import { cveUrl, rfcUrl, xepLabel, xepUrl } from './refs.ts';
import { REGISTER_CSS } from './register-css.ts';
import { renderThreatSvg } from './register-render.ts';
import { MAX_THREAT_FILE_BYTES } from './register-yaml.ts';
import type { RegisterVersionDetail, RegisterVersionInfo, RevisionInfo, ThreatService, ThreatSummary, ThreatView } from './service.ts';
import { MAX_NOTES_LENGTH, MAX_REASON_LENGTH } from './service.ts';
import { summarizeChange, type FieldChange } from './threat-diff.ts';
import type { NodeValue, TreeAnalysis } from './tree-compute.ts';
import { renderTreeSvg } from './tree-svg.ts';
import { treeOutline, treeToDot } from './tree-text.ts';

export const REGISTER_CSS_PATH = '/api/v1/register.css';

const TAGS = ['threats'];

// ---------------------------------------------------------------- request schemas

const slugParam = z.object({ slug: z.string().max(64).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens') });
const revisionNumber = z.coerce.number().int().min(1).max(1_000_000_000);
const reason = z.string().max(MAX_REASON_LENGTH).describe('Why the change is made; kept with the revision');
const documentFields = {
  threat: z.unknown().optional().describe('The threat document (every field of the template), as JSON'),
  yaml: z.string().max(MAX_THREAT_FILE_BYTES).optional().describe('Or the text of a threat file in YAML'),
};
const formatQuery = z.object({ format: z.enum(['html', 'md', 'json']).default('html').describe('html (default), md or json') });

// ---------------------------------------------------------------- response schemas

const prioritySchema = z.object({ priority: z.enum(PRIORITIES), score: z.number() });
const nodeValueSchema = z.object({
  feasible: z.boolean(),
  likelihood: z.number(),
  cost: z.number().nullable().describe('US dollars; null when blocked'),
  skill: z.enum(SKILLS).nullable(),
});
const summarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  status: z.enum(THREAT_STATUSES),
  tags: z.array(z.string()),
  likelihood: z.enum(LEVELS),
  damage: z.enum(LEVELS),
  priority: prioritySchema,
  revision: z.number().describe('The revision shown'),
  latestRevision: z.number().nullable().describe('The latest revision, drafts included (team only)'),
  publicRevision: z.number().nullable(),
  exposureMetric: z.string().nullable(),
  goal: nodeValueSchema,
  cheapestAttack: z.object({ cost: z.number(), likelihood: z.number(), skill: z.enum(SKILLS) }).nullable(),
  updatedAt: isoDateTime,
});
const analysisSchema = z.object({
  goal: nodeValueSchema,
  unmitigated: nodeValueSchema,
  likelihoodBand: z.enum(LEVELS),
  nodes: z.array(nodeValueSchema.extend({ id: z.string() })),
  cutNodes: z.array(z.string()),
  cheapestAttack: z
    .object({
      nodes: z.array(z.string()),
      edges: z.array(z.tuple([z.string(), z.string()])),
      leaves: z.array(z.string()),
      cost: z.number(),
      likelihood: z.number(),
      skill: z.enum(SKILLS),
    })
    .nullable(),
  undeployedMitigations: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      node: z.string(),
      providedBy: z.array(z.string()),
      cutsCheapestAttack: z.boolean(),
      blocksGoal: z.boolean(),
      after: nodeValueSchema,
    }),
  ),
});
const exposureFigureSchema = z.object({ share: z.number(), sample: z.number(), measuredAt: z.string(), href: z.string().optional() });
const detailSchema = summarySchema.extend({
  threat: ThreatSchema,
  createdAt: isoDateTime,
  analysis: analysisSchema,
  svg: z.string().describe('The attack tree as an SVG document'),
  outline: z.string().describe('The attack tree as an indented outline'),
  links: z.object({
    xeps: z.array(z.object({ number: z.number(), label: z.string(), url: z.string(), title: z.string().nullable(), status: z.string().nullable() })),
    rfcs: z.array(z.object({ number: z.number(), label: z.string(), url: z.string() })),
    cves: z.array(z.object({ id: z.string(), url: z.string() })),
    cases: z.array(z.object({ caseId: z.string(), note: z.string(), public: z.boolean() })),
  }),
  exposure: z.object({ metric: z.string(), figure: exposureFigureSchema.nullable() }).nullable(),
});
const revisionSchema = z.object({
  number: z.number(),
  status: z.enum(THREAT_STATUSES),
  reason: z.string(),
  author: z.string().nullable().describe('Team only'),
  createdAt: isoDateTime,
  changes: z.array(z.string()),
});
const optionalText = z.string().optional();
const itemChangeSchema = z.object({ key: z.string(), properties: z.array(z.object({ property: z.string(), before: optionalText, after: optionalText })) });
const fieldChangeSchema = z.object({
  kind: z.enum(['value', 'set', 'items', 'tree']),
  field: z.enum(THREAT_FIELDS),
  summary: z.string(),
  before: optionalText,
  after: optionalText,
  added: z.array(z.string()).optional(),
  removed: z.array(z.string()).optional(),
  changed: z.array(itemChangeSchema).optional(),
  reordered: z.boolean().optional(),
  root: z.object({ before: z.string(), after: z.string() }).optional(),
});
const versionSchema = z.object({
  number: z.number(),
  publishedAt: isoDateTime,
  publishedBy: z.string().nullable().describe('Team only'),
  notes: z.string(),
  threatCount: z.number(),
});
const versionDetailSchema = versionSchema.extend({
  threats: z.array(z.object({ slug: z.string(), name: z.string(), revision: z.number(), status: z.enum(THREAT_STATUSES), priority: prioritySchema })),
  changes: z
    .object({
      previous: z.number(),
      added: z.array(z.string()),
      removed: z.array(z.string()),
      changed: z.array(z.object({ slug: z.string(), changes: z.array(z.string()) })),
    })
    .nullable(),
});
const issueSchema = z.object({
  code: z.string(),
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  node: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
});

// ---------------------------------------------------------------- mapping

const valueOut = (v: NodeValue) => ({ feasible: v.feasible, likelihood: v.likelihood, cost: Number.isFinite(v.cost) ? v.cost : null, skill: v.skill });

function analysisOut(a: TreeAnalysis) {
  return {
    goal: valueOut(a.root),
    unmitigated: valueOut(a.unmitigated),
    likelihoodBand: a.likelihoodBand,
    nodes: [...a.values].map(([id, v]) => ({ id, ...valueOut(v) })),
    cutNodes: [...a.cutNodes],
    cheapestAttack: a.cheapest
      ? { nodes: a.cheapest.nodes, edges: a.cheapest.edges, leaves: a.cheapest.leaves, cost: a.cheapest.cost, likelihood: a.cheapest.likelihood, skill: a.cheapest.skill }
      : null,
    undeployedMitigations: a.undeployed.map((e) => ({
      id: e.mitigation.id,
      label: e.mitigation.label,
      node: e.node,
      providedBy: e.mitigation.providedBy,
      cutsCheapestAttack: e.cutsCheapestAttack,
      blocksGoal: e.blocksGoal,
      after: valueOut(e.after),
    })),
  };
}

function summaryOut(s: ThreatSummary) {
  const t = s.threat;
  const cheapest = s.analysis.cheapest;
  return {
    slug: s.slug,
    name: t.name,
    status: t.status,
    tags: t.tags,
    likelihood: t.likelihood,
    damage: t.damage,
    priority: s.priority satisfies PriorityRating,
    revision: s.revision,
    latestRevision: s.latestRevision,
    publicRevision: s.publicRevision,
    exposureMetric: t.exposureMetric ?? null,
    goal: valueOut(s.analysis.root),
    cheapestAttack: cheapest ? { cost: cheapest.cost, likelihood: cheapest.likelihood, skill: cheapest.skill } : null,
    updatedAt: iso(s.updatedAt),
  };
}

function detailOut(v: ThreatView) {
  const t: Threat = v.threat;
  return {
    ...summaryOut(v),
    threat: t,
    createdAt: iso(v.createdAt),
    analysis: analysisOut(v.analysis),
    svg: renderThreatSvg(t, v.analysis),
    outline: treeOutline(t.tree, v.analysis),
    links: {
      xeps: v.xeps.map((x) => ({ number: x.number, label: xepLabel(x.number), url: xepUrl(x.number), title: x.title, status: x.status })),
      rfcs: t.links.rfcs.map((n) => ({ number: n, label: `RFC ${n}`, url: rfcUrl(n) })),
      cves: t.links.cves.map((id) => ({ id, url: cveUrl(id) })),
      cases: v.cases,
    },
    exposure: v.exposure,
  };
}

const revisionOut = (r: RevisionInfo) => ({ ...r, createdAt: iso(r.createdAt) });
const versionOut = (v: RegisterVersionInfo) => ({ ...v, publishedAt: iso(v.publishedAt) });
const versionDetailOut = (v: RegisterVersionDetail) => ({ ...versionOut(v), threats: v.threats, changes: v.changes });
const changeOut = (c: FieldChange) => ({ ...c, summary: summarizeChange(c) });

/** Text bodies (HTML, Markdown, SVG, DOT) are sent as they are; Fastify serialises JSON only. */
const textBody = z.string();
const documentOrJson = z.union([versionDetailSchema, textBody]).describe('The document as text/html or text/markdown; with format=json, the version\'s contents');

const DOCUMENT_TYPES = { html: 'text/html; charset=utf-8', md: 'text/markdown; charset=utf-8' } as const;

export function registerThreatRoutes(app: FastifyInstance, deps: { threats: ThreatService }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { threats } = deps;

  api.get('/api/v1/threats', {
    schema: {
      tags: TAGS,
      summary: 'The threat register, ordered by priority (drafts for the team only)',
      querystring: z.object({ status: z.enum(THREAT_STATUSES).optional(), tag: z.string().max(40).optional() }),
      response: { 200: z.object({ threats: z.array(summarySchema) }), ...errorResponses },
    },
  }, async (request) => {
    const filter = { ...(request.query.status ? { status: request.query.status } : {}), ...(request.query.tag ? { tag: request.query.tag } : {}) };
    return { threats: (await threats.list(request.actor, filter)).map(summaryOut) };
  });

  api.post('/api/v1/threats', {
    schema: {
      tags: TAGS,
      summary: 'Add a threat (team); its first revision',
      body: z.object({ reason, ...documentFields }),
      response: { 201: detailSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { reason: why, threat, yaml } = request.body;
    const view = await threats.create(request.actor, { reason: why, ...(threat !== undefined ? { threat } : {}), ...(yaml !== undefined ? { yaml } : {}) });
    return reply.status(201).send(detailOut(view));
  });

  api.post('/api/v1/threats/validate-tree', {
    schema: {
      tags: TAGS,
      summary: 'Check the YAML of an attack tree (or of a whole threat) for the editor: problems naming the node, or the analysis and diagram',
      body: z.object({ yaml: z.string().max(MAX_THREAT_FILE_BYTES) }),
      response: {
        200: z.object({
          ok: z.boolean(),
          kind: z.enum(['tree', 'threat']),
          issues: z.array(issueSchema),
          analysis: analysisSchema.nullable(),
          svg: z.string().nullable(),
          outline: z.string().nullable(),
          dot: z.string().nullable(),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => {
    const result = threats.previewTree(request.actor, request.body.yaml);
    if (!result.ok) return { ok: false, kind: result.kind, issues: result.issues, analysis: null, svg: null, outline: null, dot: null };
    const svg = result.threat ? renderThreatSvg(result.threat, result.analysis) : renderTreeSvg(result.tree, result.analysis, { idPrefix: 'preview' });
    return {
      ok: true,
      kind: result.kind,
      issues: [],
      analysis: analysisOut(result.analysis),
      svg,
      outline: treeOutline(result.tree, result.analysis),
      dot: treeToDot(result.tree, result.analysis),
    };
  });

  api.get('/api/v1/threats/:slug', {
    schema: {
      tags: TAGS,
      summary: 'One threat with its tree analysis, diagram and outline; ?revision= for an older one',
      params: slugParam,
      querystring: z.object({ revision: revisionNumber.optional() }),
      response: { 200: detailSchema, ...errorResponses },
    },
  }, async (request) => {
    const { revision } = request.query;
    return detailOut(await threats.get(request.actor, request.params.slug, revision !== undefined ? { revision } : {}));
  });

  api.put('/api/v1/threats/:slug', {
    schema: {
      tags: TAGS,
      summary: 'Save a new revision (team); baseRevision is the revision the edit started from (409 when someone saved meanwhile)',
      params: slugParam,
      body: z.object({ baseRevision: revisionNumber, reason, ...documentFields }),
      response: { 200: detailSchema, ...errorResponses },
    },
  }, async (request) => {
    const { baseRevision, reason: why, threat, yaml } = request.body;
    return detailOut(
      await threats.edit(request.actor, request.params.slug, {
        baseRevision,
        reason: why,
        ...(threat !== undefined ? { threat } : {}),
        ...(yaml !== undefined ? { yaml } : {}),
      }),
    );
  });

  api.post('/api/v1/threats/:slug/status', {
    schema: {
      tags: TAGS,
      summary: 'Mark a threat draft, reviewed or retired (team); a new revision',
      params: slugParam,
      body: z.object({ status: z.enum(THREAT_STATUSES), baseRevision: revisionNumber, reason }),
      response: { 200: detailSchema, ...errorResponses },
    },
  }, async (request) => detailOut(await threats.setStatus(request.actor, request.params.slug, request.body)));

  api.get('/api/v1/threats/:slug/revisions', {
    schema: {
      tags: TAGS,
      summary: 'Every revision of a threat the caller may see, with what changed in each',
      params: slugParam,
      response: { 200: z.object({ revisions: z.array(revisionSchema) }), ...errorResponses },
    },
  }, async (request) => ({ revisions: (await threats.revisions(request.actor, request.params.slug)).map(revisionOut) }));

  api.get('/api/v1/threats/:slug/revisions/:number', {
    schema: {
      tags: TAGS,
      summary: 'One revision: the document and its YAML',
      params: slugParam.extend({ number: revisionNumber }),
      response: { 200: revisionSchema.extend({ threat: ThreatSchema, yaml: z.string() }), ...errorResponses },
    },
  }, async (request) => {
    const detail = await threats.revision(request.actor, request.params.slug, request.params.number);
    return { ...revisionOut(detail), threat: detail.threat, yaml: detail.yaml };
  });

  api.get('/api/v1/threats/:slug/diff', {
    schema: {
      tags: TAGS,
      summary: 'What changed between two revisions: field by field, in words, and as a YAML line diff',
      params: slugParam,
      querystring: z.object({ from: revisionNumber, to: revisionNumber }),
      response: {
        200: z.object({
          slug: z.string(),
          from: revisionSchema,
          to: revisionSchema,
          changes: z.array(fieldChangeSchema),
          text: z.string(),
          lines: z.array(z.object({ op: z.enum([' ', '-', '+']), line: z.string() })),
        }),
        ...errorResponses,
      },
    },
  }, async (request) => {
    const result = await threats.diff(request.actor, request.params.slug, request.query.from, request.query.to);
    return { slug: result.slug, from: revisionOut(result.from), to: revisionOut(result.to), changes: result.diff.changes.map(changeOut), text: result.text, lines: result.lines };
  });

  api.get('/api/v1/threats/:slug/tree.svg', {
    schema: {
      tags: TAGS,
      summary: 'The attack tree as an SVG image',
      params: slugParam,
      querystring: z.object({ revision: revisionNumber.optional() }),
      response: { 200: textBody, ...errorResponses },
    },
  }, async (request, reply) => {
    const { revision } = request.query;
    const view = await threats.get(request.actor, request.params.slug, revision !== undefined ? { revision } : {});
    return reply.type('image/svg+xml; charset=utf-8').send(`${renderThreatSvg(view.threat, view.analysis)}\n`);
  });

  api.get('/api/v1/threats/:slug/tree.dot', {
    schema: {
      tags: TAGS,
      summary: 'The attack tree as Graphviz DOT',
      params: slugParam,
      querystring: z.object({ revision: revisionNumber.optional() }),
      response: { 200: textBody, ...errorResponses },
    },
  }, async (request, reply) => {
    const { revision } = request.query;
    const view = await threats.get(request.actor, request.params.slug, revision !== undefined ? { revision } : {});
    return reply
      .type('text/vnd.graphviz; charset=utf-8')
      .header('content-disposition', `attachment; filename="${view.slug}.dot"`)
      .send(`${treeToDot(view.threat.tree, view.analysis, view.threat.slug)}\n`);
  });

  api.post('/api/v1/threats/:slug/cases', {
    schema: {
      tags: TAGS,
      summary: 'Record that a case is an instance of the threat (team); shown publicly once the case is',
      params: slugParam,
      body: z.object({ caseId: z.string().max(100), note: z.string().max(MAX_REASON_LENGTH).optional() }),
      response: { 201: z.object({ caseId: z.string(), note: z.string(), public: z.boolean() }), ...errorResponses },
    },
  }, async (request, reply) => {
    const { caseId, note } = request.body;
    return reply.status(201).send(await threats.linkCase(request.actor, request.params.slug, { caseId, ...(note !== undefined ? { note } : {}) }));
  });

  api.delete('/api/v1/threats/:slug/cases/:caseId', {
    schema: {
      tags: TAGS,
      summary: 'Remove a case link (team)',
      params: slugParam.extend({ caseId: z.string().max(100) }),
      response: { 204: z.null(), ...errorResponses },
    },
  }, async (request, reply) => {
    await threats.unlinkCase(request.actor, request.params.slug, request.params.caseId);
    return reply.status(204).send(null);
  });

  // ---------------------------------------------------------------- the published register

  app.get(REGISTER_CSS_PATH, { schema: { tags: TAGS, summary: 'The stylesheet of the register document' } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(REGISTER_CSS),
  );

  api.get('/api/v1/register', {
    schema: {
      tags: TAGS,
      summary: 'The current published register: a complete HTML page (default), Markdown, or its contents as JSON',
      querystring: formatQuery,
      response: { 200: documentOrJson, ...errorResponses },
    },
  }, async (request, reply) => {
    const { format } = request.query;
    if (format === 'json') return versionDetailOut(await threats.version(request.actor));
    const rendered = await threats.render(request.actor, { format, stylesheetHref: REGISTER_CSS_PATH, liveExposure: true });
    return reply.type(DOCUMENT_TYPES[format]).send(rendered.document);
  });

  api.get('/api/v1/register/versions', {
    schema: {
      tags: TAGS,
      summary: 'Every published version of the register, newest first',
      response: { 200: z.object({ versions: z.array(versionSchema) }), ...errorResponses },
    },
  }, async (request) => ({ versions: (await threats.versions(request.actor)).map(versionOut) }));

  api.get('/api/v1/register/versions/:number', {
    schema: {
      tags: TAGS,
      summary: 'One published version exactly as published: HTML (default), Markdown, or its contents as JSON',
      params: z.object({ number: revisionNumber }),
      querystring: formatQuery,
      response: { 200: documentOrJson, ...errorResponses },
    },
  }, async (request, reply) => {
    const { format } = request.query;
    const version = request.params.number;
    if (format === 'json') return versionDetailOut(await threats.version(request.actor, version));
    const rendered = await threats.render(request.actor, { format, version, stylesheetHref: REGISTER_CSS_PATH });
    return reply.type(DOCUMENT_TYPES[format]).send(rendered.document);
  });

  api.post('/api/v1/register/versions', {
    schema: {
      tags: TAGS,
      summary: 'Publish the next version (team): every threat\u2019s latest reviewed or retired revision',
      body: z.object({ notes: z.string().max(MAX_NOTES_LENGTH).optional() }),
      response: { 201: versionDetailSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { notes } = request.body;
    const version = await threats.publish(request.actor, notes !== undefined ? { notes } : {});
    return reply.status(201).send(versionDetailOut(version));
  });

  api.get('/api/v1/register/preview', {
    schema: {
      tags: TAGS,
      summary: 'What the next version would look like (team); drafts=true shows the whole working register',
      querystring: z.object({ format: z.enum(['html', 'md']).default('html'), drafts: z.enum(['true', 'false']).default('false') }),
      response: { 200: textBody, ...errorResponses },
    },
  }, async (request, reply) => {
    const { format, drafts } = request.query;
    const rendered = await threats.preview(request.actor, { format, includeDrafts: drafts === 'true', stylesheetHref: REGISTER_CSS_PATH });
    return reply.type(DOCUMENT_TYPES[format]).send(rendered.document);
  });
}
