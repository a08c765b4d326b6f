// scripts/build-electron.mjs: the two bundles, what they require, and the bundled main process running under
// plain Node (Electron stood in) from an app folder laid out like the packaged app.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function requiredModules(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...new Set([...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

describe('build-electron', () => {
  let appRoot: string;
  let outdir: string;

  beforeAll(() => {
    // a throwaway app folder: dist/electron (built here), dist/renderer, data/, package.json, node_modules
    appRoot = fs.mkdtempSync(path.join(fs.realpathSync(process.env['TMPDIR'] ?? '/tmp'), 'fengqiao-bundle-'));
    outdir = path.join(appRoot, 'dist', 'electron');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs'), '--outdir', outdir], { cwd: ROOT, stdio: 'pipe' });
    return () => fs.rmSync(appRoot, { recursive: true, force: true });
  });

  it('writes dist/electron/main.cjs and preload.cjs', () => {
    expect(fs.existsSync(path.join(outdir, 'main.cjs'))).toBe(true);
    expect(fs.existsSync(path.join(outdir, 'preload.cjs'))).toBe(true);
  });

  it('makes a preload that requires nothing but electron', () => {
    expect(requiredModules(path.join(outdir, 'preload.cjs'))).toEqual(['electron']);
    expect(fs.readFileSync(path.join(outdir, 'preload.cjs'), 'utf8')).not.toMatch(/\bprocess\.env\b/);
  });

  it('makes a main bundle that leaves out only electron, better-sqlite3 and Node built-ins', () => {
    const foreign = requiredModules(path.join(outdir, 'main.cjs')).filter((m) => !BUILTINS.has(m));
    expect(foreign).toEqual(['better-sqlite3', 'electron']);
    // playwright-core (the CLI's and browser mode's PDF engine) is imported only when used, never by the desktop app.
    expect(fs.readFileSync(path.join(outdir, 'main.cjs'), 'utf8')).toMatch(/import\("playwright-core"\)/);
    expect(fs.readFileSync(path.join(outdir, 'main.cjs'), 'utf8')).not.toMatch(/import\.meta/);
  });

  it('runs: the bundled services find data/ and package.json of the app folder', () => {
    fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html>');
    fs.cpSync(path.join(ROOT, 'data'), path.join(appRoot, 'data'), { recursive: true });
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    fs.writeFileSync(path.join(appRoot, 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9-bundle' }));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(appRoot, 'node_modules'), 'junction');
    const dataDir = tempDir('fengqiao-bundle-data-');

    const output = execFileSync(
      process.execPath,
      ['--import', pathToFileURL(path.join(ROOT, 'tests', 'electron', 'fakeElectron.mjs')).href, path.join(outdir, 'main.cjs')],
      {
        cwd: appRoot,
        env: { ...process.env, FQ_APP_ROOT: appRoot, FENGQIAO_DATA_DIR: dataDir, FENGQIAO_LOG: 'silent' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    const lines = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const answer = (method: string) => lines.find((l) => l['call'] === method)?.['answer'];

    expect(lines.find((l) => l['errorBox'])).toBeUndefined();
    expect(lines.find((l) => l['window'])?.['window']).toMatchObject({
      webPreferences: { preload: path.join(outdir, 'preload.cjs'), sandbox: true, contextIsolation: true, devTools: false },
    });
    expect(answer('app.info')).toMatchObject({ ok: true, value: { version: '9.9.9-bundle', mode: 'desktop', dataDir } });
    const provinces = answer('divisions.children') as { ok: boolean; value: { name: string }[] };
    expect(provinces.ok).toBe(true);
    expect(provinces.value.map((p) => p.name)).toContain('北京市');
    expect(lines.at(-1)).toEqual({ quit: true });
  });
});
