// Where the register lives: --data-dir, else FENGQIAO_DATA_DIR, else the per-user application-data folder
// that Electron's app.getPath('userData') gives for the app name 'fengqiao'.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'fengqiao';
export const DATABASE_FILE = 'fengqiao.sqlite3';

/** Electron's appData per platform, joined with the app's folder name. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32') return p.join(env['APPDATA'] ?? p.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support', APP_FOLDER);
  return p.join(env['XDG_CONFIG_HOME'] || p.join(home, '.config'), APP_FOLDER);
}

export function resolveDataDir(options: { flag?: string | undefined; env?: NodeJS.ProcessEnv }): string {
  const env = options.env ?? process.env;
  const chosen = options.flag ?? env['FENGQIAO_DATA_DIR'];
  return chosen && chosen.trim() !== '' ? path.resolve(chosen) : defaultDataDir(process.platform, env);
}
