// Finds the built UI (dist/renderer) for browser mode, building it first when it is missing or older than
// its sources (a fresh clone after `npm ci` has sources only).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { log } from '../services/logger.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_DIST = path.join(ROOT, 'dist', 'renderer');

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const mtime = fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

export function rendererIsStale(): boolean {
  const index = path.join(RENDERER_DIST, 'index.html');
  if (!fs.existsSync(index)) return true;
  const sources = path.join(ROOT, 'renderer');
  if (!fs.existsSync(sources)) return false; // an installed package ships the build only
  const built = fs.statSync(index).mtimeMs;
  return Math.max(newestMtime(sources), newestMtime(path.join(ROOT, 'shared'))) > built;
}

export async function ensureRendererBuilt(): Promise<string> {
  if (rendererIsStale()) {
    process.stderr.write('正在构建界面（首次启动或源码有更新，约需半分钟）… building the UI\n');
    const vite = await import('vite');
    await vite.build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    log.info('renderer built', { dir: RENDERER_DIST });
  }
  return RENDERER_DIST;
}
