// Bundles the desktop shell with esbuild: electron/main.ts → dist/electron/main.cjs (Node, CommonJS, with the
// services inside) and electron/preload.ts → dist/electron/preload.cjs (CommonJS requiring only 'electron',
// as Electron's sandboxed preloads must be).
//
// import.meta.url: the services find their files relative to their own module (divisions.ts reads
// new URL('../data/divisions/', import.meta.url); register.ts reads '../package.json'). In a CommonJS bundle
// import.meta is empty, so the banner computes a stand-in URL of a file one folder below the app root,
// <root>/services/bundle.js, from the bundle's own place (<root>/dist/electron/main.cjs), and `define` makes
// every import.meta.url in the bundle that URL. Then '../data/…' and '../package.json' land at <root>/data and
// <root>/package.json, in the repository and inside the packaged app (app.asar) alike.
//
// Usage: node scripts/build-electron.mjs [--outdir DIR]   (default dist/electron; the banner assumes the
// bundle sits two folders below the app root, as dist/electron does)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const IMPORT_META_URL_BANNER =
  "const __fq_import_meta_url = require('url').pathToFileURL(require('path').join(__dirname, '..', '..', 'services', 'bundle.js')).href;";

/** Builds both bundles into `outdir`; returns the files written. */
export async function buildElectron({ outdir = path.join(ROOT, 'dist', 'electron'), quiet = false } = {}) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    format: 'cjs',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'warning',
  };
  const main = path.join(outdir, 'main.cjs');
  const preload = path.join(outdir, 'preload.cjs');
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'main.ts')],
      outfile: main,
      platform: 'node',
      target: 'node20',
      // better-sqlite3 is native: it stays in node_modules (rebuilt for Electron's ABI at packaging).
      // playwright-core drives a separate Chromium for the CLI and browser mode; the desktop app prints with
      // Electron's own (electron/documents.ts) and never loads it.
      external: ['electron', 'better-sqlite3', 'playwright-core'],
      banner: { js: IMPORT_META_URL_BANNER },
      define: { 'import.meta.url': '__fq_import_meta_url' },
    }),
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'preload.ts')],
      outfile: preload,
      // a sandboxed preload runs in the renderer with a tiny require(): no Node built-ins, only 'electron'
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    }),
  ]);
  return { main, preload };
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  const started = Date.now();
  const out = await buildElectron({ outdir: values.outdir ? path.resolve(values.outdir) : undefined });
  console.log(`electron: ${path.relative(ROOT, out.main)}, ${path.relative(ROOT, out.preload)} (${Date.now() - started} ms)`);
}
