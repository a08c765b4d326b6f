// The long-running app (the desktop shell and browser mode) around the register: it checks the file at start
// (SQLite's quick_check, in a worker, while the app is already usable), runs the automatic backups, and when
// the register fails its check it does not give up: it serves a recovery mode that lists the backups and restores the one the clerk picks (the damaged file is kept), then opens the
// restored register in place, without a restart.
import path from 'node:path';
import type { ApiResult } from '../shared/api/result.ts';
import { contract, isMethodName } from '../shared/api/contract.ts';
import { AppError } from '../shared/errors.ts';
import { log } from './logger.ts';
import { DATABASE_FILE } from './dataDir.ts';
import { recoveryBackups, readStoredKey } from './backup/auto.ts';
import { restoreBackup } from './backup/backup.ts';
import { issuesOf, type CallContext } from './dispatcher.ts';
import { quickCheckInWorker, type RunningCheck } from './db/quickCheck.ts';
import { APP_VERSION, openRegister, type Register, type RegisterOptions } from './register.ts';

export interface AppService {
  dispatch(method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
  readonly dataDir: string;
  readonly databaseFile: string;
  /** The register, or null while in recovery mode. */
  register(): Register | null;
  /** Settles when the check at start is done (the app is usable meanwhile). */
  readonly checked: Promise<void>;
}

export interface AppOptions extends RegisterOptions {
  /** Check for a due backup this often (default every 30 minutes; the first check a minute after start). */
  backupCheckMs?: number;
  /** Start the quick_check this long after opening (default 5 s: the first screen comes first). */
  checkDelayMs?: number;
}

const FIRST_CHECK_MS = 60_000;

export async function openApp(options: AppOptions): Promise<AppService> {
  const dataDir = path.resolve(options.dataDir);
  const databaseFile = path.join(dataDir, DATABASE_FILE);
  let register: Register | null = null;
  let problem: string | null = null;
  let timers: NodeJS.Timeout[] = [];

  const schedule = (r: Register) => {
    const check = () => void r.backups.runIfDue().catch((error: unknown) => log.error('backup check failed', { error: String(error) }));
    const first = setTimeout(check, Math.min(FIRST_CHECK_MS, options.backupCheckMs ?? FIRST_CHECK_MS));
    const every = setInterval(check, options.backupCheckMs ?? 30 * 60_000);
    first.unref();
    every.unref();
    timers = [first, every];
    r.sync.start();
  };
  const open = async () => {
    register = await openRegister({ ...options, dataDir });
    problem = null;
    schedule(register);
  };

  try {
    await open();
  } catch (error) {
    if (!isDamage(error)) throw error;
    problem =
      error instanceof AppError ? error.message : `数据文件 ${databaseFile} 已损坏（${(error as Error).message}），程序没有改动它。`;
    log.error('starting in recovery mode', { dataDir, problem });
  }

  // A file that opens may still be damaged deeper down: quick_check reads every page, off the main thread.
  let running: RunningCheck | null = null;
  let cancelled = false;
  let wake: (() => void) | null = null;
  const check = async () => {
    if (!register) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.checkDelayMs ?? 5000);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (cancelled) return;
    running = quickCheckInWorker(databaseFile);
    const result = await running.result.catch((error: unknown) => {
      log.warn('the quick check could not run', { error: String(error) });
      return null;
    });
    if (result === null || result === 'ok' || !register) return;
    log.error('the register failed its quick check; switching to recovery mode', { result: result.slice(0, 2000) });
    problem = `数据文件 ${databaseFile} 检查未通过，可能已损坏（${result.slice(0, 200)}）。`;
    const open = register;
    register = null;
    for (const t of timers) clearTimeout(t);
    await open.close().catch(() => undefined);
  };
  const checked = check();

  const recover = async (input: { file: string; passphrase?: string | null | undefined }) => {
    const listed = recoveryBackups(dataDir).find((b) => b.file === input.file);
    if (!listed) throw new AppError('VALIDATION', '请从列出的备份中选择一个');
    const secret = input.passphrase || readStoredKey(dataDir);
    if (!secret)
      throw new AppError('VALIDATION', '本机没有保存备份口令：请输入备份口令', [{ path: 'passphrase', message: '请输入备份口令' }]);
    const result = await restoreBackup(dataDir, listed.file, secret, { aside: 'damaged', lockHeld: true });
    await open();
    log.info('restored from a backup in recovery mode', { file: listed.file, kept: result.replaced });
    return { cases: result.cases, createdAt: result.createdAt, replaced: result.replaced };
  };

  const recoveryDispatch = async (method: string, input: unknown): Promise<ApiResult<unknown>> => {
    try {
      if (method === 'app.info')
        return { ok: true, value: { version: APP_VERSION, mode: options.mode, dataDir, databaseFile, schemaVersion: 0 } };
      if (method === 'recovery.status') return { ok: true, value: { problem, databaseFile, backups: recoveryBackups(dataDir) } };
      if (method === 'recovery.restore' && isMethodName(method)) {
        const parsed = contract[method].input.safeParse(input ?? {});
        if (!parsed.success) throw new AppError('VALIDATION', '填写的内容有误', issuesOf(parsed.error));
        return { ok: true, value: await recover(parsed.data) };
      }
      throw new AppError('DB_INVALID', problem ?? '登记簿无法使用');
    } catch (error) {
      return { ok: false, error: (error instanceof AppError ? error : new AppError('INTERNAL', `恢复失败：${String(error)}`)).toPayload() };
    }
  };

  return {
    dataDir,
    databaseFile,
    register: () => register,
    checked,
    dispatch: (method, input, ctx) => (register ? register.dispatch(method, input, ctx) : recoveryDispatch(method, input)),
    async close() {
      cancelled = true;
      wake?.();
      running?.cancel();
      await checked;
      for (const t of timers) clearTimeout(t);
      await register?.close();
    },
  };
}

/** Damage found while opening: the file is not a database, or SQLite met a malformed page on the way. */
function isDamage(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'DB_INVALID';
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}
