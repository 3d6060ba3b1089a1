/** Regenerates packages/scanner/scan-report.schema.json: `node packages/scanner/src/report/write-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanReportJsonSchema } from './schema.ts';

writeFileSync(join(import.meta.dirname, '../../scan-report.schema.json'), `${JSON.stringify(scanReportJsonSchema, null, 2)}\n`);
