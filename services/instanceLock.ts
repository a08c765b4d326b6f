// One long-running app per register: the desktop shell and browser mode take a lock file in the data folder,
// so two windows never work on one register at once. One-shot CLI commands do not need it (SQLite's own
// locking keeps their writes safe); a lock left by a crashed process is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

export const LOCK_FILE = 'fengqiao.lock';

interface LockInfo {
  pid: number;
  mode: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** Takes the lock or throws UNAVAILABLE naming who holds it. Returns the release function. */
export function acquireInstanceLock(dataDir: string, mode: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, mode, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(file);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        const how = holder.mode === 'desktop' ? '桌面程序' : '浏览器模式';
        throw new AppError('UNAVAILABLE', `枫桥已在运行（${how}，进程 ${holder.pid}），同一份数据不能同时打开两次。请切换到已打开的窗口。`);
      }
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new AppError('UNAVAILABLE', '无法锁定数据文件夹，请稍后重试。');
}
