import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaTypes, serverOpenApiDocument } from '../scripts/api-types.ts';
import { SCHEMA_FILE } from '../scripts/generate-api-types.ts';
import { WEB_ROOT } from './support/web-build.ts';

/**
 * The UI's API client is typed by src/api/schema.d.ts. These tests keep it honest: the committed
 * types must be exactly what the server's current OpenAPI document generates, and the UI must
 * compile against them, so a changed route breaks the build instead of the page.
 */
describe('typed API client', () => {
  it('has schema types generated from the current OpenAPI document', async () => {
    const document = await serverOpenApiDocument();
    const expected = await schemaTypes(document);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const pathsIn = (text: string) => [...text.matchAll(/^ {4}"(\/api\/[^"]+)": \{$/gm)].map((match) => match[1]);
    // Name the paths that differ first: that is what a reader of the failure needs.
    expect(pathsIn(committed), 'API paths in packages/web/src/api/schema.d.ts; run `npm run generate:api -w @xmppsec/web`').toEqual(pathsIn(expected));
    expect(committed === expected, 'packages/web/src/api/schema.d.ts is out of date: run `npm run generate:api -w @xmppsec/web`').toBe(true);
  });

  it('compiles the UI against the committed types', () => {
    const tsc = join(createRequire(join(WEB_ROOT, '../../package.json')).resolve('typescript/package.json'), '../bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', join(WEB_ROOT, 'tsconfig.json')], { encoding: 'utf8', timeout: 300_000 });
    expect(result.stdout + result.stderr, 'tsc -p packages/web').toBe('');
    expect(result.status).toBe(0);
  });
});
