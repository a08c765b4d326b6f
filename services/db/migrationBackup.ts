// Before a new version changes an existing register's schema, a copy of the register as it was is kept in
// `backups/` of the data folder (SQLite's online backup; the newest few kept). If the copy cannot be made,
// the register is not migrated.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { log } from '../logger.ts';

export const BACKUPS_DIR = 'backups';
const PREFIX = 'before-migration-';
/** How many pre-migration copies are kept; older ones are removed. */
export const KEEP_MIGRATION_BACKUPS = 5;

export async function backupBeforeMigration(raw: Database.Database, file: string, fromVersion: number, now = new Date()): Promise<string> {
  const dir = path.join(path.dirname(file), BACKUPS_DIR);
  const target = path.join(dir, `${PREFIX}v${fromVersion}-${now.toISOString().replace(/[:.]/g, '-')}.sqlite3`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    await raw.backup(target);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw new AppError(
      'UNAVAILABLE',
      `升级数据文件前的备份没有成功（${(error as Error).message}），为保护数据，本次没有升级。请检查磁盘空间后重试。`,
    );
  }
  const copies = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX))
    .sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - KEEP_MIGRATION_BACKUPS))) fs.rmSync(path.join(dir, old), { force: true });
  log.info('register copied before migration', { file: target, fromVersion });
  return target;
}
