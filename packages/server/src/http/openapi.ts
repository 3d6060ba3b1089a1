import type { FastifyInstance } from 'fastify';
import { escapeXml as escapeHtml } from '../text/escape.ts';

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h2{border-bottom:1px solid #ccc;margin-top:2rem}details{border:1px solid #ddd;border-radius:4px;margin:.5rem 0;padding:.25rem .75rem}
summary{cursor:pointer}code.m{display:inline-block;min-width:4.5rem;font-weight:700}pre{background:#f5f5f5;padding:.5rem;overflow:auto;font-size:.85rem}`;

/** The OpenAPI document, and a plain browsable reference rendered from it on the server (no scripts). */
export function registerOpenApiRoutes(app: FastifyInstance): void {
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/v1/docs.css', { schema: { hide: true } }, async (_request, reply) => reply.type('text/css').send(DOCS_CSS));
  app.get('/api/v1/docs', { schema: { hide: true } }, async (_request, reply) => {
    const document = app.swagger() as { info: { title: string; description?: string }; paths?: Record<string, Record<string, Operation>> };
    const byTag = new Map<string, string[]>();
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const tag = operation.tags?.[0] ?? 'other';
        const sections = byTag.get(tag) ?? [];
        sections.push(renderOperation(method, path, operation));
        byTag.set(tag, sections);
      }
    }
    const body = [...byTag.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tag, sections]) => `<section><h2>${escapeHtml(tag)}</h2>${sections.join('')}</section>`)
      .join('');
    return reply.type('text/html; charset=utf-8').send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(document.info.title)}</title><link rel="stylesheet" href="/api/v1/docs.css"></head><body><main><h1>${escapeHtml(document.info.title)}</h1><p>${escapeHtml(document.info.description ?? '')} Machine-readable: <a href="/api/v1/openapi.json">openapi.json</a>.</p>${body}</main></body></html>`,
    );
  });
}

function renderOperation(method: string, path: string, operation: Operation): string {
  const parameters = (operation.parameters ?? []).map((parameter) => `<li><code>${escapeHtml(parameter.name)}</code> (${escapeHtml(parameter.in)}${parameter.required ? ', required' : ''})${parameter.description ? ` — ${escapeHtml(parameter.description)}` : ''}</li>`).join('');
  const requestSchema = operation.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(operation.responses ?? {})
    .map(([status, response]) => {
      const schema = response.content?.['application/json']?.schema;
      return `<li>${escapeHtml(status)}${schema ? `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>` : ''}</li>`;
    })
    .join('');
  return `<details><summary><code class="m">${method.toUpperCase()}</code> <code>${escapeHtml(path)}</code> — ${escapeHtml(operation.summary ?? '')}</summary>${parameters ? `<h3>Parameters</h3><ul>${parameters}</ul>` : ''}${requestSchema ? `<h3>Request body</h3><pre>${escapeHtml(JSON.stringify(requestSchema, null, 2))}</pre>` : ''}<h3>Responses</h3><ul>${responses}</ul></details>`;
}
