import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError, memoryIo } from '../../cli/command.ts';
import { doapCommand } from './doap-check-command.ts';
import type { DoapCheckResult } from './doap-check-command.ts';
import { DOAP_FIXTURES, doapFixtureFiles, hasPython, python } from './test-helpers.ts';

/** Counted with ElementTree, independently of our parser: SupportedXep entries and Versions per file. */
const COUNT = String.raw`
import sys, json, xml.etree.ElementTree as ET
D = '{http://usefulinc.com/ns/doap#}'
X = '{https://linkmauve.fr/ns/xmpp-doap#}'
out = {}
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    versions = [v for rel in root.iter(D + 'release') for v in rel if v.tag == D + 'Version']
    dated = sorted(v.findtext(D + 'created').strip() for v in versions if v.findtext(D + 'created'))
    out[path] = {'xeps': sum(1 for _ in root.iter(X + 'SupportedXep')), 'releases': len(versions), 'newest': dated[-1] if dated else None}
print(json.dumps(out))
`;

const files = doapFixtureFiles().map((f) => join(DOAP_FIXTURES, f));

describe.skipIf(!hasPython())('xmppsec doap check on the real fixtures', () => {
  const counts = python<Record<string, { xeps: number; releases: number; newest: string | null }>>(COUNT, files);

  it('reports every file with counts that match the files, and exits 0', async () => {
    const io = memoryIo();
    const code = await doapCommand.run(['check', ...files], io);
    expect(code).toBe(0);
    const out = io.stdout();
    const sections = out.split(/^== /m).slice(1);
    expect(sections).toHaveLength(files.length);
    for (const section of sections) {
      const source = section.split('\n')[0]!;
      const ref = counts[source]!;
      expect(section).toMatch(new RegExp(`^XEPs: +${ref.xeps}\\b`, 'm'));
      expect(section).toMatch(new RegExp(`^releases: +${ref.releases}\\b`, 'm'));
      if (ref.newest) expect(section).toMatch(new RegExp(`^releases: .*\\(${ref.newest}\\)`, 'm'));
    }
    expect(out).toContain(`${files.length} files checked, ${files.length} usable`);
    expect(out).toMatch(/line 23:5 +warning +misspelled-property/);
    expect(out).toMatch(/line 665:17 +error +unknown-status: XEP-0463: unknown status "parial"/);
  });

  it('prints the same counts as JSON', async () => {
    const io = memoryIo();
    expect(await doapCommand.run(['check', '--json', ...files], io)).toBe(0);
    const parsed = JSON.parse(io.stdout()) as { usable: boolean; files: DoapCheckResult[] };
    expect(parsed.usable).toBe(true);
    for (const r of parsed.files) {
      expect(r.summary?.xeps.total).toBe(counts[r.source]!.xeps);
      expect(r.summary?.releases.count).toBe(counts[r.source]!.releases);
      expect(r.summary?.releases.newest?.created ?? null).toBe(counts[r.source]!.newest);
    }
  });
});

describe('xmppsec doap check on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doap-check-'));
  const server = http.createServer((req, res) => {
    if (req.url === '/prosody.doap') return res.writeHead(200, { 'content-type': 'application/xml' }).end(readFileSync(join(DOAP_FIXTURES, 'prosody.doap')));
    if (req.url === '/moved') return res.writeHead(301, { location: '/prosody.doap' }).end();
    return res.writeHead(404).end();
  });
  let base = '';
  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 when one file is not usable, and still reports the others', async () => {
    const broken = join(dir, 'broken.doap');
    writeFileSync(broken, '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://usefulinc.com/ns/doap#">\n<Project><name>Broken</name>\n</rdf:RDF>\n');
    const io = memoryIo();
    expect(await doapCommand.run(['check', files[0]!, broken], io)).toBe(1);
    expect(io.stdout()).toMatch(/== .*broken\.doap\nname: +Broken\nusable: +no/);
    expect(io.stdout()).toMatch(/line 3:\d+ +error +xml-malformed/);
    expect(io.stdout()).toContain('2 files checked, 1 usable');
  });

  it('reports a missing file and a file above the size limit without reading it', async () => {
    const huge = join(dir, 'huge.doap');
    writeFileSync(huge, '');
    truncateSync(huge, 512 * 1024 * 1024);
    const io = memoryIo();
    expect(await doapCommand.run(['check', join(dir, 'missing.doap'), huge], io)).toBe(1);
    expect(io.stdout()).toMatch(/missing\.doap\nusable: +no — ENOENT/);
    expect(io.stdout()).toMatch(/huge\.doap\nname: +\(none\)\nusable: +no[\s\S]*too-large/);
  });

  it('fetches URLs, following redirects, and reports fetch failures with their reason', async () => {
    const io = memoryIo();
    expect(await doapCommand.run(['check', `${base}/moved`, `${base}/gone`], io)).toBe(1);
    expect(io.stdout()).toContain(`fetched from: ${base}/prosody.doap`);
    expect(io.stdout()).toMatch(/name: +Prosody IM/);
    expect(io.stdout()).toMatch(/gone\nusable: +no — bad-status: the server answered HTTP 404/);
    expect(io.stderr()).toContain(`fetching ${base}/moved`);
  });

  it('prints help, and refuses bad arguments with a usage error', async () => {
    const io = memoryIo();
    expect(await doapCommand.run(['check', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: xmppsec doap check');
    await expect(doapCommand.run(['check'], memoryIo())).rejects.toBeInstanceOf(UsageError);
    await expect(doapCommand.run(['check', '--frobnicate', 'x'], memoryIo())).rejects.toBeInstanceOf(UsageError);
    await expect(doapCommand.run(['lint'], memoryIo())).rejects.toBeInstanceOf(UsageError);
    await expect(doapCommand.run([], memoryIo())).rejects.toBeInstanceOf(UsageError);
  });
});
