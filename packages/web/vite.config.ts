import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Alias } from 'vite';

/**
 * The UI is written against React's API. By default it ships with Preact's compatibility layer,
 * which renders the same components for a fraction of the bytes (bench/web-size.bench.ts measures
 * both); XMPPSEC_WEB_RUNTIME=react builds with React itself.
 */
export const WEB_ROOT = dirname(fileURLToPath(import.meta.url));

const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

export default defineConfig(({ mode }) => ({
  root: WEB_ROOT,
  base: '/',
  // Console-only chunks are loaded on demand; nothing may be inlined into the page, since the
  // server's Content-Security-Policy allows scripts and styles from files only.
  resolve: { alias: process.env.XMPPSEC_WEB_RUNTIME === 'react' ? [] : preactAliases },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: mode === 'development' } },
  build: {
    outDir: process.env.XMPPSEC_WEB_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Lists each entry's static and lazy chunks: the size benchmark and the tests read it.
    manifest: true,
    reportCompressedSize: false,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
}));
