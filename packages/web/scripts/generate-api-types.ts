import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaTypes, serverOpenApiDocument } from './api-types.ts';

/** Regenerates src/api/schema.d.ts from the server's routes; a test fails while it is out of date. */
export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '../src/api/schema.d.ts');

if (import.meta.main) {
  const document = await serverOpenApiDocument();
  writeFileSync(SCHEMA_FILE, await schemaTypes(document));
  const paths = Object.keys((document.paths ?? {}) as object).length;
  console.log(`Wrote ${SCHEMA_FILE} (${paths} paths).`);
}
