/**
 * DOAP parsing throughput: our parser (full DOAP reading, and its XML layer alone) against
 * Python's standard xml.etree.ElementTree on the same files, the same number of times, in the
 * same run. Run: node bench/doap.bench.ts [rounds]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDoap } from '../packages/server/src/features/directory/doap-parser.ts';
import { readXmlTree } from '../packages/server/src/features/directory/xml-tree.ts';

const dir = fileURLToPath(new URL('../packages/server/src/features/directory/fixtures/doap/', import.meta.url));
const paths = readdirSync(dir).filter((f) => f.endsWith('.doap')).sort().map((f) => join(dir, f));
const files = paths.map((p) => readFileSync(p));
const bytesPerRound = files.reduce((n, f) => n + f.byteLength, 0);
const rounds = Number(process.argv[2] ?? 300);

interface Row {
  name: string;
  seconds: number;
}

function time(name: string, parse: (bytes: Uint8Array) => unknown): Row {
  for (let r = 0; r < 20; r++) for (const f of files) parse(f);
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const f of files) parse(f);
  return { name, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const PYTHON = String.raw`
import sys, json, time, xml.etree.ElementTree as ET
rounds = int(sys.argv[1])
data = [open(p, 'rb').read() for p in sys.argv[2:]]
for _ in range(20):
    for d in data: ET.fromstring(d)
start = time.perf_counter()
for _ in range(rounds):
    for d in data: ET.fromstring(d)
print(json.dumps({'seconds': time.perf_counter() - start}))
`;

const rows: Row[] = [
  time('xmppsec parseDoap (XML + DOAP reading + checks)', (b) => parseDoap(b)),
  time('xmppsec readXmlTree (XML layer only, saxes)', (b) => readXmlTree(b)),
];
let baseline: Row | undefined;
if (spawnSync('python3', ['--version']).status === 0) {
  const out = JSON.parse(execFileSync('python3', ['-c', PYTHON, String(rounds), ...paths], { encoding: 'utf8' })) as { seconds: number };
  baseline = { name: 'python3 xml.etree.ElementTree.fromstring (baseline)', seconds: out.seconds };
  rows.push(baseline);
} else {
  console.warn('python3 not found: no baseline column');
}

const parses = rounds * files.length;
const mb = (rounds * bytesPerRound) / 1e6;
console.log(`DOAP parsing: ${files.length} fixture files, ${(bytesPerRound / 1024).toFixed(1)} KiB per round, ${rounds} rounds (${parses} parses, ${mb.toFixed(1)} MB)\n`);
const header = ['parser', 'seconds', 'files/s', 'MB/s', 'time vs python'];
const table = rows.map((r) => [
  r.name,
  r.seconds.toFixed(3),
  Math.round(parses / r.seconds).toString(),
  (mb / r.seconds).toFixed(1),
  baseline ? `${(r.seconds / baseline.seconds).toFixed(2)}×` : 'n/a',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('\n"time vs python" above 1 means slower than the baseline. ElementTree only builds a tree (in C);');
console.log('parseDoap also resolves namespaces, reads every DOAP property and runs the checks.');
