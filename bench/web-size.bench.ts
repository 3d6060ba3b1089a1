// Bytes of JavaScript and CSS a browser downloads for the first public page of the web interface and
// for the team console on top of it, raw and gzip-compressed, built in this run with Preact's
// compatibility layer (what ships) and with React itself, next to "hello world" pages built with
// plain React 19 + ReactDOM and with Preact as baselines. Ratios are against React's hello world.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstPagePayload, lazyPayload, payloadSize } from '../packages/web/scripts/bundle-size.ts';
import type { PayloadSize } from '../packages/web/scripts/bundle-size.ts';
import { runViteBuild, WEB_ROOT } from '../packages/web/scripts/vite-build.ts';
import type { Runtime } from '../packages/web/scripts/vite-build.ts';
import { table } from './load.ts';

// Inside packages/web so the baselines resolve react/preact from the same node_modules.
const WORK = join(WEB_ROOT, '.tmp', `web-size-${process.pid}`);

const HELLO: Record<Runtime, string> = {
  react: `import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Hello, world</h1>);\n`,
  preact: `import { render } from 'preact';\nrender(<h1>Hello, world</h1>, document.getElementById('root'));\n`,
};

function buildHello(runtime: Runtime): string {
  const project = join(WORK, `hello-${runtime}`);
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hello</title><script type="module" src="/main.jsx"></script></head><body><div id="root"></div></body></html>\n');
  writeFileSync(join(project, 'main.jsx'), HELLO[runtime]);
  writeFileSync(
    join(project, 'vite.config.mjs'),
    `export default { oxc: { jsx: { runtime: 'automatic', importSource: '${runtime}' } }, build: { outDir: process.env.XMPPSEC_WEB_OUT_DIR, manifest: true, modulePreload: { polyfill: false }, target: 'es2022' } };\n`,
  );
  const outDir = join(project, 'dist');
  runViteBuild({ projectDir: project, outDir });
  return outDir;
}

function buildApp(runtime: Runtime): string {
  const outDir = join(WORK, `app-${runtime}`);
  runViteBuild({ outDir, runtime });
  return outDir;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function row(name: string, size: PayloadSize, baseline: PayloadSize): Record<string, string> {
  return {
    payload: name,
    'JS raw': kb(size.jsRaw),
    'JS gzip': kb(size.jsGzip),
    'CSS raw': kb(size.cssRaw),
    'CSS gzip': kb(size.cssGzip),
    'JS gzip / React hello world': (size.jsGzip / baseline.jsGzip).toFixed(2),
  };
}

try {
  const started = performance.now();
  const helloReact = buildHello('react');
  const helloPreact = buildHello('preact');
  const appPreact = buildApp('preact');
  const appReact = buildApp('react');
  const baseline = payloadSize(helloReact, firstPagePayload(helloReact));
  const consoleSource = 'src/pages/console/console-area.tsx';
  const authSource = 'src/pages/auth/auth-area.tsx';
  const directorySource = 'src/pages/directory/directory-area.tsx';
  const threatsSource = 'src/pages/threats/threats-area.tsx';
  const advisoriesSource = 'src/pages/advisories/advisories-area.tsx';
  const reportSource = 'src/pages/report/report-area.tsx';
  const openpgpSource = 'src/pages/report/encrypt.ts';
  const observatorySource = 'src/pages/observatory/observatory-area.tsx';
  const rows = [
    row('baseline: React 19 + ReactDOM "hello world"', baseline, baseline),
    row('baseline: Preact "hello world"', payloadSize(helloPreact, firstPagePayload(helloPreact)), baseline),
    row('xmppsec first public page (Preact, shipped)', payloadSize(appPreact, firstPagePayload(appPreact)), baseline),
    row('  + software directory, loaded on demand', payloadSize(appPreact, lazyPayload(appPreact, directorySource)), baseline),
    row('  + threat register, loaded on demand', payloadSize(appPreact, lazyPayload(appPreact, threatsSource)), baseline),
    row('  + advisories, loaded on demand', payloadSize(appPreact, lazyPayload(appPreact, advisoriesSource)), baseline),
    row('  + report form, loaded on demand', payloadSize(appPreact, lazyPayload(appPreact, reportSource)), baseline),
    row('    + OpenPGP, only when encryption is chosen', payloadSize(appPreact, lazyPayload(appPreact, openpgpSource)), baseline),
    row('  + observatory, loaded on demand', payloadSize(appPreact, lazyPayload(appPreact, observatorySource)), baseline),
    row('  + sign-in pages, loaded on demand', payloadSize(appPreact, lazyPayload(appPreact, authSource)), baseline),
    row('  + team console, loaded on demand', payloadSize(appPreact, lazyPayload(appPreact, consoleSource)), baseline),
    row('xmppsec first public page (same code on React)', payloadSize(appReact, firstPagePayload(appReact)), baseline),
    row('  + team console, loaded on demand', payloadSize(appReact, lazyPayload(appReact, consoleSource)), baseline),
  ];
  console.log(table(rows));
  const shipped = payloadSize(appPreact, firstPagePayload(appPreact));
  const onReact = payloadSize(appReact, firstPagePayload(appReact));
  console.log(`\nFirst public page: ${kb(shipped.jsGzip)} of gzipped JavaScript, ${(onReact.jsGzip / shipped.jsGzip).toFixed(1)}× less than the same UI built on React (${kb(onReact.jsGzip)}).`);
  console.log(`Four builds in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  rmSync(WORK, { recursive: true, force: true });
}
