import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (dist/.vite/manifest.json). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  src?: string;
}
type Manifest = Record<string, ManifestChunk>;

export interface Payload {
  js: string[];
  css: string[];
}

export interface PayloadSize {
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The files a chunk needs before it runs: itself, its static imports (transitively) and their CSS. */
function closure(manifest: Manifest, key: string, payload: Payload = { js: [], css: [] }): Payload {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`No chunk ${key} in the build manifest`);
  if (payload.js.includes(chunk.file)) return payload;
  payload.js.push(chunk.file);
  for (const css of chunk.css ?? []) if (!payload.css.includes(css)) payload.css.push(css);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, payload);
  return payload;
}

/** What a browser downloads to show the first public page: the entry and everything it imports statically. */
export function firstPagePayload(dist: string): Payload {
  const manifest = readManifest(dist);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('The build has no entry chunk');
  return closure(manifest, entry);
}

/**
 * What a lazily loaded module (e.g. 'src/pages/console/console-area.tsx') adds on top of the first
 * page: its chunk and static imports, minus what the first page already loaded.
 */
export function lazyPayload(dist: string, source: string): Payload {
  const manifest = readManifest(dist);
  const first = firstPagePayload(dist);
  const own = closure(manifest, source);
  return { js: own.js.filter((file) => !first.js.includes(file)), css: own.css.filter((file) => !first.css.includes(file)) };
}

export function payloadSize(dist: string, payload: Payload): PayloadSize {
  const measure = (files: string[]) =>
    files.reduce(
      (sum, file) => {
        const bytes = readFileSync(join(dist, file));
        return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const js = measure(payload.js);
  const css = measure(payload.css);
  return { jsRaw: js.raw, jsGzip: js.gzip, cssRaw: css.raw, cssGzip: css.gzip };
}
