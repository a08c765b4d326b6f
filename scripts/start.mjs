// npm start: the desktop app when the Electron binary is here (building what is stale first), otherwise browser
// mode (`fengqiao serve`). Arguments after `npm start --` go to whichever runs, e.g. --data-dir DIR.
// FENGQIAO_BROWSER=1 skips the Electron attempt. See docs/desktop.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ELECTRON_PACKAGE = path.join(ROOT, 'node_modules', 'electron');
/** install.js fails in well under a second without a network here; a firewall that drops packets needs the cap. */
const INSTALL_TIMEOUT_MS = 60_000;
const FALLBACK_NOTICE = '未找到 Electron 桌面程序（无法下载）：改用浏览器模式。Electron binary not available; starting browser mode.';
const debug = process.env.FENGQIAO_LOG === 'debug';
const REPEAT_WINDOW_MS = 1000;

/** The Electron executable, found as node_modules/electron/index.js finds it, if it is actually on disk. */
function electronBinary() {
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(ELECTRON_PACKAGE, 'path.txt'), 'utf8').trim();
  } catch {
    // not downloaded (yet)
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : relative ? path.join(ELECTRON_PACKAGE, 'dist', relative) : null;
  return binary && fs.existsSync(binary) ? binary : null;
}

/** One attempt to download the binary the way `npm install` would have (electron is not allowed its install script). */
function tryInstallElectron() {
  const installer = path.join(ELECTRON_PACKAGE, 'install.js');
  if (!fs.existsSync(installer)) return;
  const started = Date.now();
  const result = spawnSync(process.execPath, [installer], {
    cwd: ELECTRON_PACKAGE,
    timeout: INSTALL_TIMEOUT_MS,
    stdio: debug ? 'inherit' : 'pipe',
    encoding: 'utf8',
  });
  if (debug) console.error(`electron install.js: status ${result.status}, ${Date.now() - started} ms`);
}

/** Runs the child until it ends; our SIGINT/SIGTERM/SIGHUP are passed on to it once, and its exit code is ours. */
function runChild(command, args, env = process.env) {
  // On POSIX the child gets its own process group, so a terminal's Ctrl+C reaches it once (through us) rather
  // than twice; a second SIGINT would cut short the child's clean close of the register. Windows has no such
  // signals: its console delivers Ctrl+C to the child itself.
  // npm forwards the terminal's signal to us as well, so the same signal arriving twice within a moment is
  // passed on once; pressing Ctrl+C again later still gets through.
  const posix = process.platform !== 'win32';
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env, detached: posix });
  const lastSent = new Map();
  const forward = (signal) => {
    if (!posix || child.exitCode !== null || child.signalCode !== null) return;
    const now = Date.now();
    if (now - (lastSent.get(signal) ?? -Infinity) < REPEAT_WINDOW_MS) return;
    lastSent.set(signal, now);
    child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  process.on('exit', () => forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`无法启动 ${command}：${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signalNumber(signal) ?? 1) : 1)));
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal];
}

async function startElectron(binary, args) {
  // The same staleness rule and build as browser mode (host/renderer.ts), run through tsx.
  const { register } = await import('tsx/esm/api');
  register();
  const { ensureRendererBuilt } = await import('../host/renderer.ts');
  await ensureRendererBuilt();
  return buildElectron({ quiet: true }).then(() => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node
    runChild(binary, ['.', ...args], env);
  });
}

function startBrowserMode(args) {
  runChild(process.execPath, [path.join(ROOT, 'bin', 'fengqiao.mjs'), 'serve', ...args]);
}

const args = process.argv.slice(2);
if (process.env.FENGQIAO_BROWSER === '1') {
  startBrowserMode(args);
} else {
  let binary = electronBinary();
  if (!binary) {
    tryInstallElectron();
    binary = electronBinary();
  }
  if (binary) {
    await startElectron(binary, args).catch(() => {
      console.error('桌面程序构建失败（见上方 esbuild 的提示）。Electron bundle build failed.');
      process.exit(1);
    });
  } else {
    console.log(FALLBACK_NOTICE);
    startBrowserMode(args);
  }
}
