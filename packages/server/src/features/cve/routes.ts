import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { errorResponse, errorResponses, iso, isoDateTime, isoOrNull } from '../../http/schemas.ts';
import { caseDraftInputSchema } from './case-draft.ts';
import { cnaSettingsPatchSchema } from './cna-settings.ts';
import type { CnaSettingsView } from './cna-settings.ts';
import { cvssMetricObject } from './cvss.ts';
import { ISSUE_CODES } from './issues.ts';
import type { ProjectRef } from './queries.ts';
import { EXPORT_FORMATS } from './record-export.ts';
import type { ExportFormat } from './record-export.ts';
import { MAX_NOTE_LENGTH, MAX_RESERVE_AMOUNT, rejectionInputSchema } from './service.ts';
import type { CveRecordSummary, CveRecordView, CveService, RevisionSummary } from './service.ts';
import { CVE_ID_SOURCES, CVE_ID_STATES, CVE_REVISION_KINDS, PROJECT_MATCHES } from './tables.ts';
import { tarGzArchive } from './tar.ts';

const TAGS = ['cve'];
/** Room for a batch of records as large as CVE Services accepts (3.8 MB each). */
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;
const MAX_IMPORT_RECORDS = 200;
/** One record as large as CVE Services accepts, and the JSON around it. */
const VALIDATE_BODY_LIMIT = 4 * 1024 * 1024;
const EXPORT_TYPES = { cve: 'application/json; charset=utf-8', osv: 'application/json; charset=utf-8', csaf: 'application/json; charset=utf-8' } as const;

const idParam = z.object({ id: z.string().max(40).describe('A CVE ID, e.g. CVE-2026-1000') });
const noteField = z.string().max(MAX_NOTE_LENGTH).optional().describe('Why; kept with the revision');
const booleanText = z.enum(['true', 'false']).transform((value) => value === 'true');

// ---- response schemas (allow-lists; team details only under `team`) ------------------------------

const issueSchema = z.object({ path: z.string(), message: z.string(), code: z.enum(ISSUE_CODES) });
const issuesSchema = z.object({ errors: z.array(issueSchema), warnings: z.array(issueSchema) });
const projectSchema = z.object({ slug: z.string(), name: z.string(), position: z.number().describe('Index of the affected product'), matchedBy: z.enum(PROJECT_MATCHES) });
const teamSummarySchema = z.object({
  source: z.enum(CVE_ID_SOURCES),
  caseId: z.string().nullable(),
  reservedAt: isoDateTime,
  title: z.string().nullable(),
  draftRevision: z.number().nullable(),
  draftValid: z.boolean(),
  revisionCount: z.number(),
  unpublishedChanges: z.boolean(),
  editable: z.boolean(),
});
const summaryFields = {
  cveId: z.string(),
  state: z.enum(CVE_ID_STATES),
  title: z.string().nullable(),
  public: z.boolean(),
  publishedAt: isoDateTime.nullable().describe('From when the record is public'),
  assigner: z.string().nullable(),
  dateUpdated: z.string().nullable(),
  projects: z.array(projectSchema).describe('Directory projects the released record names'),
};
const summarySchema = z.object({ ...summaryFields, team: teamSummarySchema.optional().describe('Team only') });
const detailSchema = z.object({
  ...summaryFields,
  record: z.record(z.string(), z.unknown()).nullable().describe('The released CVE JSON 5 record (published or rejected)'),
  team: teamSummarySchema
    .extend({ draft: z.unknown(), draftIssues: issuesSchema, draftProjects: z.array(projectSchema) })
    .optional()
    .describe('Team only: the draft and what keeps it from being published'),
});
const settingsSchema = z.object({
  shortName: z.string().nullable(),
  orgId: z.string().nullable(),
  poolStart: z.number(),
  servicesUrl: z.string().nullable(),
  servicesUser: z.string().nullable(),
  apiKeySource: z.enum(['environment', 'settings']).nullable().describe('Where the CVE Services API key comes from; the key itself is never returned'),
  publisherName: z.string().nullable(),
  publisherNamespace: z.string().nullable(),
  idSource: z.enum(['local', 'cve-services']),
  identityComplete: z.boolean(),
});
const revisionSummarySchema = z.object({
  number: z.number(),
  kind: z.enum(CVE_REVISION_KINDS),
  valid: z.boolean(),
  errorCount: z.number(),
  reason: z.string().nullable(),
  author: z.string(),
  createdAt: isoDateTime,
});
const outcomeSchema = z.object({ cveId: z.string(), outcome: z.enum(['published', 'updated', 'restored', 'unchanged']), revision: z.number().nullable(), viaCveServices: z.boolean() });
const changeSchema = z.object({ kind: z.enum(['added', 'removed', 'changed']), path: z.string(), oldValue: z.unknown().optional(), newValue: z.unknown().optional() });
const importResultSchema = z.object({
  name: z.string(),
  status: z.enum(['imported', 'skipped', 'rejected']),
  cveId: z.string().optional(),
  state: z.enum(['PUBLISHED', 'REJECTED']).optional(),
  projects: z.array(z.string()).optional(),
  normalised: z.array(z.string()).optional().describe('JSON Pointers of strings whose surrounding whitespace was removed'),
  warnings: z.array(issueSchema).optional(),
  reason: z.string().optional(),
  errors: z.array(issueSchema).optional(),
});
const validationSchema = z.object({
  valid: z.boolean(),
  errors: z.array(issueSchema),
  warnings: z.array(issueSchema),
  schemaVersion: z.string().optional(),
  record: z.record(z.string(), z.unknown()).optional().describe('For a draft: the record it builds'),
});
const cvssSchema = z.object({
  version: z.enum(['3.0', '3.1', '4.0']),
  vectorString: z.string(),
  baseScore: z.number(),
  baseSeverity: z.string(),
  score: z.number(),
  nomenclature: z.string().optional(),
  temporalScore: z.number().optional(),
  environmentalScore: z.number().optional(),
  metrics: z.record(z.string(), z.string()),
  cveMetric: z.record(z.string(), z.union([z.string(), z.number()])).describe('The object a CVE record holds under metrics[].cvssV3_1 / cvssV4_0'),
});
const textBody = z.string();
const withUpstream = { ...errorResponses, 502: errorResponse };

// ---- mapping ------------------------------------------------------------------------------------

const projectsOut = (list: ProjectRef[]) => list.map((p) => ({ slug: p.slug, name: p.name, position: p.position, matchedBy: p.matchedBy }));

function teamSummaryOut(team: NonNullable<CveRecordSummary['team']>) {
  return {
    source: team.source,
    caseId: team.caseId,
    reservedAt: iso(team.reservedAt),
    title: team.title,
    draftRevision: team.draftRevision,
    draftValid: team.draftValid,
    revisionCount: team.revisionCount,
    unpublishedChanges: team.unpublishedChanges,
    editable: team.editable,
  };
}

function summaryOut(s: CveRecordSummary | CveRecordView) {
  return { cveId: s.cveId, state: s.state, title: s.title, public: s.public, publishedAt: isoOrNull(s.publishedAt), assigner: s.assigner, dateUpdated: s.dateUpdated, projects: projectsOut(s.projects) };
}

function detailOut(view: CveRecordView) {
  return {
    ...summaryOut(view),
    record: view.record as Record<string, unknown> | null,
    ...(view.team ? { team: { ...teamSummaryOut(view.team), draft: view.team.draft, draftIssues: view.team.draftIssues, draftProjects: projectsOut(view.team.draftProjects) } } : {}),
  };
}

const revisionOut = (r: RevisionSummary) => ({ number: r.number, kind: r.kind, valid: r.valid, errorCount: r.errorCount, reason: r.reason, author: r.author, createdAt: iso(r.createdAt) });
const settingsOut = (s: CnaSettingsView) => ({ ...s });

function parseFormats(text: string | undefined): ExportFormat[] {
  if (text === undefined) return [...EXPORT_FORMATS];
  const formats = [...new Set(text.split(',').map((f) => f.trim()).filter((f) => f !== ''))];
  const unknown = formats.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (formats.length === 0 || unknown.length > 0) throw badRequest('invalid_formats', `formats is a comma-separated list of ${EXPORT_FORMATS.join(', ')}.`);
  return formats as ExportFormat[];
}

/** The CVE records API. Public reads see only public records (the embargo rule); the team authors and publishes. */
export function registerCveRoutes(app: FastifyInstance, deps: { cve: CveService }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { cve } = deps;

  api.get('/api/v1/cve/settings', {
    schema: { tags: TAGS, summary: "The CNA's settings (the CVE Services API key is never returned)", response: { 200: settingsSchema, ...errorResponses } },
  }, async (request) => settingsOut(await cve.settings(request.actor)));

  api.put('/api/v1/cve/settings', {
    schema: { tags: TAGS, summary: "Change the CNA's settings (admin); null clears a field", body: cnaSettingsPatchSchema, response: { 200: settingsSchema, ...errorResponses } },
  }, async (request) => settingsOut(await cve.updateSettings(request.actor, request.body)));

  api.post('/api/v1/cve/ids', {
    schema: {
      tags: TAGS,
      summary: 'Reserve CVE IDs: from CVE Services when configured, else from the local pool',
      body: z.object({ amount: z.number().int().min(1).max(MAX_RESERVE_AMOUNT).optional(), year: z.number().int().optional() }),
      response: { 201: z.object({ ids: z.array(z.string()), source: z.enum(['local', 'cve-services']), remainingQuota: z.number().nullable() }), ...withUpstream },
    },
  }, async (request, reply) => reply.status(201).send(await cve.reserve(request.actor, request.body)));

  api.get('/api/v1/cve/records', {
    schema: {
      tags: TAGS,
      summary: 'CVE records: the public ones for everyone, all of them for the team',
      querystring: z.object({
        state: z.enum(CVE_ID_STATES).optional(),
        caseId: z.string().max(100).optional().describe('Team only'),
        project: z.string().max(64).optional().describe('A directory project slug'),
        q: z.string().max(100).optional().describe('Part of the ID (the team also searches titles)'),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      response: { 200: z.object({ records: z.array(summarySchema), total: z.number() }), ...errorResponses },
    },
  }, async (request) => {
    const result = await cve.list(request.actor, request.query);
    return { records: result.records.map((s) => ({ ...summaryOut(s), ...(s.team ? { team: teamSummaryOut(s.team) } : {}) })), total: result.total };
  });

  api.get('/api/v1/cve/records/:id', {
    schema: { tags: TAGS, summary: 'One record: the released record once public; the draft for the team', params: idParam, response: { 200: detailSchema, ...errorResponses } },
  }, async (request) => detailOut(await cve.get(request.actor, request.params.id)));

  for (const format of EXPORT_FORMATS) {
    api.get(`/api/v1/cve/records/:id/${format}.json`, {
      schema: {
        tags: TAGS,
        summary: `The record as ${format === 'cve' ? 'a CVE JSON 5 record' : format === 'osv' ? 'an OSV document' : 'a CSAF 2.0 document'}`,
        params: idParam,
        querystring: z.object({ draft: booleanText.optional().describe('Team only: a preview built from the current draft') }),
        response: { 200: textBody.describe('application/json'), ...errorResponses },
      },
    }, async (request, reply) => {
      const result = await cve.exportRecord(request.actor, request.params.id, format, { draft: request.query.draft === true });
      return reply.type(EXPORT_TYPES[format]).header('content-disposition', `inline; filename="${result.fileName}"`).send(result.text);
    });
  }

  api.get('/api/v1/cve/export.tar.gz', {
    schema: {
      tags: TAGS,
      summary: 'Every public record, as a .tar.gz: index.json, cve/<ID>.json, osv/<ID>.json, csaf/<id>.json',
      querystring: z.object({ formats: z.string().max(40).optional().describe('Comma-separated: cve, osv, csaf (default: all)') }),
      response: { 200: z.any().describe('application/gzip'), ...errorResponses },
    },
  }, async (request, reply) => {
    const formats = parseFormats(request.query.formats);
    const { files, index } = await cve.exportPublic(request.actor, formats);
    const archive = tarGzArchive([{ path: 'index.json', content: `${JSON.stringify(index, null, 2)}\n` }, ...files.map((f) => ({ path: f.path, content: f.text }))], new Date());
    return reply.type('application/gzip').header('content-disposition', 'attachment; filename="cve-records.tar.gz"').send(archive);
  });

  api.put('/api/v1/cve/records/:id/draft', {
    schema: {
      tags: TAGS,
      summary: 'Save the draft (kept as a revision even when invalid; its issues come back)',
      params: idParam,
      body: z.object({
        draft: z.record(z.string(), z.unknown()).describe('The draft fields (title, description, affected, references, …); check them with POST /api/v1/cve/validate'),
        note: noteField,
        expectedRevision: z.number().int().min(1).optional().describe('The draft revision the editor started from; a newer one is a conflict'),
      }),
      response: { 200: detailSchema, ...errorResponses },
    },
  }, async (request) => {
    const { draft, note, expectedRevision } = request.body;
    return detailOut(await cve.saveDraft(request.actor, request.params.id, { draft, note, expectedRevision }));
  });

  api.put('/api/v1/cve/records/:id/case', {
    schema: {
      tags: TAGS,
      summary: 'Link the record to a case (or unlink it with null): it is then public only once the case is published',
      params: idParam,
      body: z.object({ caseId: z.string().min(1).max(100).nullable() }),
      response: { 204: z.null(), ...errorResponses },
    },
  }, async (request, reply) => {
    await cve.linkCase(request.actor, request.params.id, request.body.caseId);
    return reply.status(204).send(null);
  });

  api.post('/api/v1/cve/cases/:caseId/draft', {
    schema: {
      tags: TAGS,
      summary: "Draft a case's record from what the case knows (affected projects and versions from the directory)",
      params: z.object({ caseId: z.string().max(100) }),
      body: caseDraftInputSchema.omit({ caseId: true }),
      response: { 200: detailSchema, ...withUpstream },
    },
  }, async (request) => detailOut(await cve.draftFromCase(request.actor, { ...request.body, caseId: request.params.caseId })));

  api.get('/api/v1/cve/records/:id/revisions', {
    schema: { tags: TAGS, summary: 'Every revision: saved drafts and released versions', params: idParam, response: { 200: z.array(revisionSummarySchema), ...errorResponses } },
  }, async (request) => (await cve.revisions(request.actor, request.params.id)).map(revisionOut));

  api.get('/api/v1/cve/records/:id/revisions/:number', {
    schema: {
      tags: TAGS,
      summary: 'One revision, with its draft and the record it built',
      params: idParam.extend({ number: z.coerce.number().int().min(1).max(1_000_000) }),
      response: { 200: revisionSummarySchema.extend({ draft: z.unknown(), record: z.record(z.string(), z.unknown()).nullable(), issues: issuesSchema }), ...errorResponses },
    },
  }, async (request) => {
    const r = await cve.revision(request.actor, request.params.id, request.params.number);
    return { ...revisionOut(r), draft: r.draft, record: r.record as Record<string, unknown> | null, issues: r.issues };
  });

  const revisionRef = z.union([z.enum(['draft', 'published']), z.coerce.number().int().min(1).max(1_000_000)]);
  api.get('/api/v1/cve/records/:id/diff', {
    schema: {
      tags: TAGS,
      summary: 'Field-level changes between two revisions (default: what is published → the draft)',
      params: idParam,
      querystring: z.object({ from: revisionRef.default('published'), to: revisionRef.default('draft') }),
      response: { 200: z.object({ from: z.string(), to: z.string(), basis: z.enum(['record', 'draft']), changes: z.array(changeSchema) }), ...errorResponses },
    },
  }, async (request) => {
    const diff = await cve.diff(request.actor, request.params.id, request.query.from, request.query.to);
    return { ...diff, changes: diff.changes.map((c) => ({ kind: c.kind, path: c.path, ...('oldValue' in c ? { oldValue: c.oldValue } : {}), ...('newValue' in c ? { newValue: c.newValue } : {}) })) };
  });

  api.post('/api/v1/cve/records/:id/publish', {
    schema: {
      tags: TAGS,
      summary: 'Publish the draft (first publication or update; CVE Services gets only the CNA container). Nothing happens when nothing changed',
      params: idParam,
      body: z.object({ note: noteField }).default({}),
      response: { 200: outcomeSchema, ...withUpstream },
    },
  }, async (request) => cve.publishRecord(request.actor, request.params.id, { note: request.body.note }));

  api.post('/api/v1/cve/records/:id/reject', {
    schema: { tags: TAGS, summary: 'Reject the ID or the published record, with reasons', params: idParam, body: rejectionInputSchema, response: { 200: detailSchema, ...withUpstream } },
  }, async (request) => detailOut(await cve.rejectRecord(request.actor, request.params.id, request.body)));

  api.post('/api/v1/cve/records/:id/restore', {
    schema: {
      tags: TAGS,
      summary: 'Bring a rejected record back: publish the draft (or the one given) again',
      params: idParam,
      body: z.object({ reason: z.string().min(1).max(MAX_NOTE_LENGTH), draft: z.record(z.string(), z.unknown()).optional() }),
      response: { 200: outcomeSchema, ...withUpstream },
    },
  }, async (request) => cve.restoreRecord(request.actor, request.params.id, request.body));

  api.post('/api/v1/cve/import', {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Import published CVE JSON 5 records; each whole or not at all, with a report',
      body: z.object({ records: z.array(z.object({ name: z.string().max(300).optional(), record: z.unknown() })).min(1).max(MAX_IMPORT_RECORDS) }),
      response: { 200: z.object({ imported: z.number(), skipped: z.number(), rejected: z.number(), files: z.array(importResultSchema) }), ...errorResponses },
    },
  }, async (request) => cve.importRecords(request.actor, request.body.records.map((r, i) => ({ name: r.name ?? `records[${i}]`, value: r.record }))));

  api.post('/api/v1/cve/validate', {
    bodyLimit: VALIDATE_BODY_LIMIT,
    schema: {
      tags: TAGS,
      summary: 'Check a CVE record, or a draft as it would be published, without saving (for live validation)',
      body: z
        .object({ record: z.unknown().optional(), draft: z.unknown().optional(), cveId: z.string().max(40).optional() })
        .refine((b) => (b.record === undefined) !== (b.draft === undefined), 'give either record or draft'),
      response: { 200: validationSchema, ...errorResponses },
    },
  }, async (request) => {
    const result = await cve.validate(request.actor, request.body);
    return {
      valid: result.valid,
      errors: result.errors,
      warnings: result.warnings,
      ...(result.schemaVersion !== undefined ? { schemaVersion: result.schemaVersion } : {}),
      ...('record' in result && result.record ? { record: result.record as unknown as Record<string, unknown> } : {}),
    };
  });

  api.post('/api/v1/cvss/parse', {
    schema: {
      tags: TAGS,
      summary: 'Parse and score a CVSS 3.x or 4.0 vector (for the calculator)',
      body: z.object({ vector: z.string().max(600) }),
      response: { 200: cvssSchema, ...errorResponses },
    },
  }, async (request) => {
    const parsed = cve.cvss(request.actor, request.body.vector);
    return {
      version: parsed.version,
      vectorString: parsed.vectorString,
      baseScore: parsed.baseScore,
      baseSeverity: parsed.baseSeverity,
      score: parsed.score,
      ...(parsed.nomenclature ? { nomenclature: parsed.nomenclature } : {}),
      ...(parsed.temporalScore !== undefined ? { temporalScore: parsed.temporalScore } : {}),
      ...(parsed.environmentalScore !== undefined ? { environmentalScore: parsed.environmentalScore } : {}),
      metrics: parsed.metrics,
      cveMetric: cvssMetricObject(parsed),
    };
  });
}
