// Backup and restore of a whole register: a consistent snapshot of the SQLite file taken with SQLite's online
// backup (the app may keep working meanwhile) plus the attachments it references, in one encrypted file.
// Restore verifies everything before it replaces anything, and keeps the replaced register beside the new one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AUDIT_HEAD_FILE, writeAuditHead } from '../audit/verify.ts';
import { AppError } from '../../shared/errors.ts';
import { ATTACHMENTS_DIR, attachmentPath } from '../attachments.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import { MIGRATION_NAMES } from '../db/migrations/index.ts';
import { acquireInstanceLock } from '../instanceLock.ts';
import { readBackup, writeBackup, type BackupHeader, type BackupSecret, type Entry } from './container.ts';

/** Passphrases shorter than this are refused: the backup leaves the office on a USB stick. */
export const MIN_PASSPHRASE_CHARS = 8;

export function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS)
    throw new AppError('VALIDATION', `备份口令至少${MIN_PASSPHRASE_CHARS}个字符（请妥善保管，遗失后备份无法打开）`);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export interface BackupResult {
  file: string;
  bytes: number;
  cases: number;
  attachments: number;
  /** Attachment rows whose file was not in the data folder (backed up without it). */
  missingAttachments: number;
}

/** Backs up the register in `dataDir` to `out`. */
export async function createBackup(
  dataDir: string,
  out: string,
  secret: BackupSecret,
  appVersion: string,
  now = new Date(),
): Promise<BackupResult> {
  if (typeof secret === 'string') checkPassphrase(secret);
  const source = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', `数据文件夹 ${dataDir} 中没有登记簿`);
  if (!fs.existsSync(path.dirname(path.resolve(out)))) throw new AppError('VALIDATION', `保存备份的文件夹不存在：${path.dirname(out)}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-backup-'));
  try {
    const snapshot = path.join(work, DATABASE_FILE);
    const live = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await live.backup(snapshot);
    } finally {
      live.close();
    }
    const copy = new Database(snapshot, { readonly: true });
    const facts = (() => {
      try {
        const cases = (copy.prepare('select count(*) as n from cases').get() as { n: number }).n;
        const hashes = (copy.prepare('select distinct sha256 from attachments').all() as { sha256: string }[]).map((r) => r.sha256);
        const applied = (copy.prepare('select count(*) as n from kysely_migration').get() as { n: number }).n;
        return { cases, hashes, applied };
      } finally {
        copy.close();
      }
    })();
    const present = facts.hashes.filter((sha) => fs.existsSync(attachmentPath(dataDir, sha)));
    const entries: Entry[] = [
      { name: DATABASE_FILE, file: snapshot },
      ...present.map((sha) => ({ name: `${ATTACHMENTS_DIR}/${sha.slice(0, 2)}/${sha}`, file: attachmentPath(dataDir, sha) })),
    ];
    await writeBackup(
      out,
      entries,
      { createdAt: now.toISOString(), appVersion, schemaVersion: facts.applied, cases: facts.cases, attachments: present.length },
      secret,
    );
    return {
      file: path.resolve(out),
      bytes: fs.statSync(out).size,
      cases: facts.cases,
      attachments: present.length,
      missingAttachments: facts.hashes.length - present.length,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export interface RestoreResult {
  cases: number;
  attachments: number;
  createdAt: string;
  /** Where the register that was replaced now is (null when there was none). */
  replaced: string | null;
}

/** Opens the restored file read-only and checks that it is a sound register this version can open. */
function verifySnapshot(file: string): number {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('VALIDATION', '备份中的登记簿无法打开，未作任何改动');
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('VALIDATION', `备份中的登记簿已损坏（${String(check)}），未作任何改动`);
    const applied = (db.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name);
    const unknown = applied.filter((name) => !MIGRATION_NAMES.includes(name));
    if (unknown.length > 0) throw new AppError('DB_TOO_NEW', '这个备份由更新版本的枫桥生成，请先升级本程序再恢复。未作任何改动。');
    return (db.prepare('select count(*) as n from cases').get() as { n: number }).n;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', '备份中的文件不是枫桥的登记簿，未作任何改动');
  } finally {
    db.close();
  }
}

/**
 * Restores a backup into `dataDir`. Everything is decrypted and checked in a folder beside the register first;
 * only then is the current register moved aside (kept as fengqiao.sqlite3.before-restore-…) and the restored
 * one moved in. Refused while the app has the register open.
 */
export async function restoreBackup(
  dataDir: string,
  file: string,
  secret: BackupSecret,
  /** lockHeld: the caller is the running app, which holds the instance lock and has the register closed. */
  options: { now?: Date; aside?: 'before-restore' | 'damaged'; lockHeld?: boolean } = {},
): Promise<RestoreResult> {
  const now = options.now ?? new Date();
  fs.mkdirSync(dataDir, { recursive: true });
  const release = options.lockHeld ? () => undefined : acquireInstanceLock(dataDir, 'restore');
  const work = fs.mkdtempSync(path.join(dataDir, '.restore-'));
  try {
    const { header, names } = await readBackup(file, work, secret);
    if (!names.includes(DATABASE_FILE)) throw new AppError('VALIDATION', '备份中没有登记簿文件，未作任何改动');
    const cases = verifySnapshot(path.join(work, DATABASE_FILE));
    const replaced = moveAside(dataDir, now, options.aside ?? 'before-restore');
    fs.renameSync(path.join(work, DATABASE_FILE), path.join(dataDir, DATABASE_FILE));
    noteRestoredAuditHead(dataDir, replaced);
    let attachments = 0;
    for (const name of names.filter((n) => n.startsWith(`${ATTACHMENTS_DIR}/`))) {
      const target = path.join(dataDir, name);
      attachments++;
      if (fs.existsSync(target)) continue; // content-addressed: the same name is the same bytes
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(path.join(work, name), target);
    }
    return { cases, attachments, createdAt: (header as BackupHeader).createdAt, replaced };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    release();
  }
}

/** The head noted for the replaced register goes aside with it; the restored register's own is noted. */
function noteRestoredAuditHead(dataDir: string, replaced: string | null): void {
  const head = path.join(dataDir, AUDIT_HEAD_FILE);
  if (fs.existsSync(head)) {
    if (replaced) fs.renameSync(head, `${replaced}.${AUDIT_HEAD_FILE}`);
    else fs.rmSync(head);
  }
  const restored = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    writeAuditHead(dataDir, restored);
  } catch {
    // a backup from before the audit chain: the app chains it when it opens the register
  } finally {
    restored.close();
  }
}

/** Moves the current register and its WAL aside, under one name with the time; returns where it went. */
function moveAside(dataDir: string, now: Date, label: string): string | null {
  const current = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(current)) return null;
  const aside = `${current}.${label}-${stamp(now)}`;
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(current + suffix)) fs.renameSync(current + suffix, aside + suffix);
  fs.renameSync(current, aside);
  return aside;
}
