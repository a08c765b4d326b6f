// Builds the renderer (the UI) into dist/renderer. base './' lets Electron load it from file://.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

// The dev server injects an inline script (React refresh) that the strict CSP of index.html forbids;
// the CSP stays in every build and is dropped only while developing with `vite`.
const dropCspWhileDeveloping: Plugin = {
  name: 'fengqiao:drop-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), dropCspWhileDeveloping],
  // One bundle read from the local disk (or 127.0.0.1): its size costs nothing on a network.
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
