// Automatic backups: once a day while the app runs (and on demand), an encrypted backup of the register and its
// attachments into backups/auto in the data folder, the newest N kept, and a second copy in another folder (a
// USB stick) when one is set. The settings and the derived key live in files beside the register, not in it, so
// that they still work when the register itself is damaged (see ../app.ts).
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_KEEP_DEFAULT, type BackupConfigure, type BackupFile, type BackupStatus } from '../../shared/domain/backup.ts';
import { AppError } from '../../shared/errors.ts';
import { log } from '../logger.ts';
import { createBackup } from './backup.ts';
import { storedKeyFor, type StoredKey } from './container.ts';

export const AUTO_DIR = path.join('backups', 'auto');
const SETTINGS_FILE = 'backup-settings.json';
const KEY_FILE = 'backup.key';
const STATUS_FILE = 'status.json';
const NAME = /^fengqiao-auto-[\dT-]+Z?\.fqbak$/;
export const DAY_MS = 24 * 60 * 60 * 1000;

interface Settings {
  keep: number;
  extraFolder: string | null;
}

interface LastRun {
  lastSuccessAt: string | null;
  lastFile: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  extraError: string | null;
}

const NO_RUN: LastRun = { lastSuccessAt: null, lastFile: null, lastError: null, lastErrorAt: null, extraError: null };

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Writes through a temporary file and a rename, synced: a crash leaves the old file or the new one. */
function writeJson(file: string, value: unknown, mode = 0o644): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', mode);
  try {
    fs.writeSync(fd, JSON.stringify(value, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function readStoredKey(dataDir: string): StoredKey | null {
  const stored = readJson<{ kdf: StoredKey['kdf']; key: string }>(path.join(dataDir, KEY_FILE));
  return stored?.kdf && stored.key ? { kdf: stored.kdf, key: Buffer.from(stored.key, 'base64') } : null;
}

function readSettings(dataDir: string): Settings {
  const s = readJson<Partial<Settings>>(path.join(dataDir, SETTINGS_FILE));
  return { keep: s?.keep ?? BACKUP_KEEP_DEFAULT, extraFolder: s?.extraFolder ?? null };
}

function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((n) => NAME.test(n));
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const stat = fs.statSync(path.join(folder, name));
      return { name, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

function rotate(folder: string, keep: number): void {
  for (const old of listBackups(folder).slice(keep)) fs.rmSync(path.join(folder, old.name), { force: true });
}

function checkFolder(folder: string): void {
  if (!path.isAbsolute(folder))
    throw new AppError('VALIDATION', '请填写完整的文件夹路径（例如 E:\\枫桥备份）', [{ path: 'extraFolder', message: '请填写完整路径' }]);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    if (!fs.statSync(folder).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AppError('VALIDATION', `文件夹 ${folder} 不存在或无法写入：请插好U盘或检查路径`, [
      { path: 'extraFolder', message: '文件夹不存在或无法写入' },
    ]);
  }
}

export interface AutoBackup {
  status(now?: Date): BackupStatus;
  configure(input: BackupConfigure): BackupStatus;
  /** Backs up now; answers with the status (a failure is in lastError, not thrown). */
  run(now?: Date): Promise<BackupStatus>;
  /** Backs up when the last success is a day old or more. */
  runIfDue(now?: Date): Promise<void>;
}

export function autoBackup(dataDir: string, appVersion: string, onBackedUp?: (file: string) => Promise<void>): AutoBackup {
  const folder = path.join(dataDir, AUTO_DIR);
  const statusFile = path.join(folder, STATUS_FILE);
  let running: Promise<BackupStatus> | null = null;
  const last = (): LastRun => ({ ...NO_RUN, ...readJson<LastRun>(statusFile) });

  const status = (now = new Date()): BackupStatus => {
    const settings = readSettings(dataDir);
    const run = last();
    const configured = readStoredKey(dataDir) !== null;
    const due = run.lastSuccessAt ? new Date(Math.max(new Date(run.lastSuccessAt).getTime() + DAY_MS, now.getTime())) : now;
    return {
      configured,
      ...settings,
      folder,
      running: running !== null,
      ...run,
      nextDueAt: configured ? due.toISOString() : null,
      files: listBackups(folder),
    };
  };

  const runOnce = async (now: Date): Promise<BackupStatus> => {
    const key = readStoredKey(dataDir);
    if (!key) throw new AppError('NOT_SET_UP', '尚未设置备份口令：请在“设置 → 备份”中设置后再备份');
    const settings = readSettings(dataDir);
    const name = `fengqiao-auto-${now.toISOString().replace(/[:.]/g, '-')}.fqbak`;
    const file = path.join(folder, name);
    fs.mkdirSync(folder, { recursive: true });
    try {
      await createBackup(dataDir, file, key, appVersion, now);
      rotate(folder, settings.keep);
    } catch (error) {
      const message = error instanceof AppError ? error.message : `备份失败：${(error as Error).message}`;
      log.error('automatic backup failed', { error: String(error) });
      writeJson(statusFile, { ...last(), lastError: message, lastErrorAt: now.toISOString() });
      return status(now);
    }
    let extraError: string | null = null;
    if (settings.extraFolder) {
      try {
        checkFolder(settings.extraFolder);
        const part = path.join(settings.extraFolder, `${name}.part`);
        fs.copyFileSync(file, part);
        const fd = fs.openSync(part, 'r+');
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fs.renameSync(part, path.join(settings.extraFolder, name));
        rotate(settings.extraFolder, settings.keep);
      } catch (error) {
        extraError = error instanceof AppError ? error.message : `复制到 ${settings.extraFolder} 失败：${(error as Error).message}`;
        log.warn('second copy of the backup failed', { folder: settings.extraFolder, error: String(error) });
      }
    }
    writeJson(statusFile, { lastSuccessAt: now.toISOString(), lastFile: file, lastError: null, lastErrorAt: null, extraError });
    await onBackedUp?.(file);
    log.info('automatic backup written', { file });
    return status(now);
  };

  const run = (now = new Date()) => {
    running ??= runOnce(now).finally(() => (running = null));
    return running;
  };

  return {
    status,
    run,
    configure(input) {
      if (input.extraFolder) checkFolder(input.extraFolder);
      if (input.passphrase) writeJson(path.join(dataDir, KEY_FILE), keyFile(storedKeyFor(input.passphrase)), 0o600);
      else if (!readStoredKey(dataDir))
        throw new AppError('VALIDATION', '请设置备份口令', [{ path: 'passphrase', message: '首次设置时请填写备份口令' }]);
      writeJson(path.join(dataDir, SETTINGS_FILE), { keep: input.keep, extraFolder: input.extraFolder });
      return status();
    },
    async runIfDue(now = new Date()) {
      const s = status(now);
      if (s.configured && !s.running && s.nextDueAt !== null && new Date(s.nextDueAt) <= now) await run(now);
    },
  };
}

function keyFile(stored: StoredKey) {
  return { note: '枫桥自动备份的密钥（由备份口令派生）。请勿复制到U盘或发给他人。', kdf: stored.kdf, key: stored.key.toString('base64') };
}

/** Every backup that could bring the register back, newest first: the automatic ones and the second copies. */
export function recoveryBackups(dataDir: string): (BackupFile & { file: string; location: 'auto' | 'extra' })[] {
  const auto = path.join(dataDir, AUTO_DIR);
  const extra = readSettings(dataDir).extraFolder;
  const found = [
    ...listBackups(auto).map((b) => ({ ...b, file: path.join(auto, b.name), location: 'auto' as const })),
    ...(extra ? listBackups(extra).map((b) => ({ ...b, file: path.join(extra, b.name), location: 'extra' as const })) : []),
  ];
  return found.sort((a, b) => b.name.localeCompare(a.name));
}
