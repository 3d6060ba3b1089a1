import { CVSS_METRIC_TABLES, cvssMetricObject, parseCvss } from './cvss.ts';
import { pick } from '../../util/seeded-random.ts';

/**
 * Generated CVE records for property tests and the validation benchmark: valid variations of real
 * records, and random damage to them. Deterministic for a given random source.
 */

type Json = Record<string, unknown>;

const WORDS = ['stanza', 'roster', 'presence', 'MUC', 'server', 'client', 'TLS', 'SASL', 'dialback', 'carbons', 'upload', 'bookmark', 'denial', 'crash', 'bypass', 'spoofing', 'overflow', 'injection'];
const TAGS = ['patch', 'vendor-advisory', 'issue-tracking', 'mailing-list', 'release-notes', 'x_refsource_MISC'];

function sentence(random: () => number, words: number): string {
  return Array.from({ length: words }, () => pick(random, WORDS)).join(' ');
}

/** A random, well-formed CVSS vector of the given version with all base metrics. */
export function randomCvssVector(random: () => number, version: '3.1' | '4.0'): string {
  const table = CVSS_METRIC_TABLES[version];
  const parts = Object.entries(table)
    .filter(([, def]) => def.group === 'base' || random() < 0.1)
    .map(([abbr, def]) => {
      const values = Object.keys(def.values).filter((v) => def.group !== 'base' || v !== 'X');
      return `${abbr}:${pick(random, values)}`;
    });
  return `CVSS:${version}/${parts.join('/')}`;
}

function randomVersion(random: () => number): string {
  return `${Math.floor(random() * 5)}.${Math.floor(random() * 20)}.${Math.floor(random() * 30)}`;
}

/** A valid variation of a published record: another ID, texts, versions, references, scores. */
export function varyRecord(base: unknown, random: () => number, index: number): Json {
  const record = structuredClone(base) as Json;
  const meta = record.cveMetadata as Json;
  const year = 1999 + Math.floor(random() * 28);
  meta.cveId = `CVE-${year}-${String(10000 + index)}`;
  const containers = record.containers as Json;
  const cna = containers.cna as Json;
  if (meta.state !== 'PUBLISHED') return record;
  const descriptions = cna.descriptions as Json[];
  const first = descriptions[0];
  if (first) first.value = `${String(first.value).slice(0, 200)} ${sentence(random, 3 + Math.floor(random() * 20))}`;
  const affected = cna.affected as Json[];
  if (random() < 0.6) {
    affected.push({
      vendor: pick(random, ['Prosody', 'ProcessOne', 'Ignite Realtime', 'Gajim', 'Dino']),
      product: pick(random, ['Prosody', 'ejabberd', 'Openfire', 'Gajim', 'Dino', 'Smack']),
      defaultStatus: 'unaffected',
      versions: Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
        version: randomVersion(random),
        status: 'affected',
        versionType: 'semver',
        lessThan: randomVersion(random),
      })),
    });
  }
  const references = cna.references as Json[];
  for (let i = 0, n = Math.floor(random() * 5); i < n; i++) {
    references.push({ url: `https://example.org/advisories/${index}/${i}`, tags: [pick(random, TAGS)] });
  }
  if (random() < 0.5) {
    const parsed = parseCvss(randomCvssVector(random, random() < 0.5 ? '3.1' : '4.0'));
    const key = parsed.version === '4.0' ? 'cvssV4_0' : 'cvssV3_1';
    cna.metrics = [...((cna.metrics as Json[] | undefined) ?? []), { [key]: cvssMetricObject(parsed) }];
  }
  if (random() < 0.3) {
    cna.timeline = [{ time: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T12:00:00Z`, lang: 'en', value: sentence(random, 5) }];
  }
  return record;
}

/** Paths (as key lists) to every value in a JSON document. */
function allPaths(value: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) allPaths(v, [...at, k], out);
  return out;
}

const JUNK: unknown[] = ['', ' ', 'x', 'CVE-0-0', 'CVSS:3.1/AV:Z', 'not a url', -1, 0, 11.5, 1e308, true, null, [], {}, [1, 'a'], { x_foo: 1 }, 'é'.repeat(5000), '2024-13-45T99:99:99Z'];

/** Damages a copy of a record in one random way; returns it with a description of the damage. */
export function damageRecord(base: unknown, random: () => number): { record: unknown; damage: string } {
  const record = structuredClone(base);
  const paths = allPaths(record).filter((p) => p.length > 0);
  const path = pick(random, paths);
  let parent: unknown = record;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path.at(-1) as string | number;
  const target = parent as Record<string | number, unknown>;
  const kind = pick(random, ['delete', 'replace', 'extra', 'duplicate'] as const);
  if (kind === 'delete') {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else if (kind === 'replace') {
    target[last] = structuredClone(pick(random, JUNK));
  } else if (kind === 'extra') {
    const node = target[last];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) (node as Json)[pick(random, ['foo', 'x_extra', 'Vendor', ''])] = pick(random, JUNK);
    else target[last] = [node];
  } else if (Array.isArray(target)) {
    target.push(structuredClone(target[Number(last)]));
  } else {
    target[last] = [target[last], target[last]];
  }
  return { record, damage: `${kind} at ${path.join('.')}` };
}
