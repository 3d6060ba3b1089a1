import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../../server/src/app.ts';
import { manualClock } from '../../server/src/clock.ts';
import { loadConfig } from '../../server/src/config.ts';
import { openDatabase } from '../../server/src/db/database.ts';
import { createServices } from '../../server/src/services.ts';

const HEADER = `// Generated from the server's OpenAPI document by packages/web/scripts/generate-api-types.ts.
// Do not edit: run \`npm run generate:api -w @xmppsec/web\` after changing an API route.
`;

/**
 * The OpenAPI document exactly as the server publishes it at /api/v1/openapi.json, built in
 * process on a throw-away in-memory database (routes only need the services to exist).
 */
export async function serverOpenApiDocument(): Promise<Record<string, unknown>> {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    const config = loadConfig({}, { publicUrl: 'http://localhost:8080', dataDir: '/nonexistent', seed: false });
    const services = createServices({ handle, clock: manualClock('2026-01-01T00:00:00Z'), config });
    const app = await buildApp({ services, logger: false, webDist: '/nonexistent' });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.statusCode}`);
      return response.json<Record<string, unknown>>();
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}

/** TypeScript declarations (`paths`, `components`, `operations`) for the document. */
export async function schemaTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { exportType: true, alphabetize: true });
  return HEADER + astToString(ast);
}
