// The backup file: a readable header line, then the register's files encrypted with AES-256-GCM under a key
// derived from the passphrase with scrypt. The header is authenticated too (GCM's additional data), so any
// change to the file, a wrong passphrase or a truncated copy fails the check before anything is used.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, type Transform, Writable } from 'node:stream';
import { AppError } from '../../shared/errors.ts';

const MAGIC = 'FENGQIAO-BACKUP 1\n';
const MAX_HEADER_BYTES = 64 * 1024;
const TAG_BYTES = 16;
/** scrypt cost: about a third of a second here, so guessing passphrases is slow. */
const KDF = { N: 2 ** 17, r: 8, p: 1 } as const;

export interface BackupHeader {
  format: 'fengqiao-backup';
  version: 1;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  cases: number;
  attachments: number;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'aes-256-gcm';
  iv: string;
}

export type HeaderFacts = Pick<BackupHeader, 'createdAt' | 'appVersion' | 'schemaVersion' | 'cases' | 'attachments'>;

/** One file of the backup: its name inside it ('fengqiao.sqlite3', 'attachments/ab/abcd…') and where it is. */
export interface Entry {
  name: string;
  file: string;
}

/**
 * A key already derived from the passphrase (kept by the app for its automatic backups, so that they run
 * unattended): backups made with it carry its salt, and open with the passphrase like any other.
 */
export interface StoredKey {
  kdf: BackupHeader['kdf'];
  key: Buffer;
}

/** The passphrase as typed, or the stored key. */
export type BackupSecret = string | StoredKey;

function deriveKey(passphrase: string, kdf: BackupHeader['kdf']): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * 1024 * 1024,
  });
}

/** Derives a key to keep, with a fresh salt. */
export function storedKeyFor(passphrase: string): StoredKey {
  const kdf: BackupHeader['kdf'] = { name: 'scrypt', ...KDF, salt: crypto.randomBytes(16).toString('base64') };
  return { kdf, key: deriveKey(passphrase, kdf) };
}

function keyFor(secret: BackupSecret, kdf: BackupHeader['kdf']): Buffer {
  if (typeof secret === 'string') return deriveKey(secret, kdf);
  const same = secret.kdf.salt === kdf.salt && secret.kdf.N === kdf.N && secret.kdf.r === kdf.r && secret.kdf.p === kdf.p;
  if (!same) throw new AppError('VALIDATION', '这个备份不是用本机保存的备份口令加密的：请输入当时设置的备份口令');
  return secret.key;
}

/** Entries as a byte stream: [u16 name length][name][u64 size][bytes] each. */
async function* entryStream(entries: readonly Entry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const size = fs.statSync(entry.file).size;
    const head = Buffer.alloc(2 + name.length + 8);
    head.writeUInt16BE(name.length, 0);
    name.copy(head, 2);
    head.writeBigUInt64BE(BigInt(size), 2 + name.length);
    yield head;
    for await (const chunk of fs.createReadStream(entry.file)) yield chunk as Buffer;
  }
}

/** Writes the backup to `out` (through a temporary file, renamed when complete and synced). */
export async function writeBackup(out: string, entries: readonly Entry[], facts: HeaderFacts, secret: BackupSecret): Promise<BackupHeader> {
  const iv = crypto.randomBytes(12);
  const kdf: BackupHeader['kdf'] =
    typeof secret === 'string' ? { name: 'scrypt', ...KDF, salt: crypto.randomBytes(16).toString('base64') } : secret.kdf;
  const header: BackupHeader = { format: 'fengqiao-backup', version: 1, ...facts, kdf, cipher: 'aes-256-gcm', iv: iv.toString('base64') };
  const headerLine = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(secret, kdf), iv);
  cipher.setAAD(headerLine);
  const tmp = `${out}.${process.pid}.part`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, MAGIC);
    fs.writeSync(fd, headerLine);
    await pipeline(Readable.from(entryStream(entries)), cipher, fs.createWriteStream('', { fd, autoClose: false }));
    fs.writeSync(fd, cipher.getAuthTag());
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, out);
  return header;
}

/** The header of a backup file, or VALIDATION when the file is not one. Reads the first bytes only. */
export function readHeader(file: string): { header: BackupHeader; headerLine: Buffer; bodyStart: number; size: number } {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    throw new AppError('NOT_FOUND', `无法打开备份文件 ${file}：${(error as Error).message}`);
  }
  try {
    const size = fs.fstatSync(fd).size;
    const start = Buffer.alloc(Math.min(size, MAGIC.length + MAX_HEADER_BYTES));
    fs.readSync(fd, start, 0, start.length, 0);
    if (start.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new AppError('VALIDATION', `${file} 不是枫桥的备份文件`);
    const end = start.indexOf(0x0a, MAGIC.length);
    if (end < 0) throw new AppError('VALIDATION', '备份文件的头部不完整，文件可能已损坏');
    const headerLine = start.subarray(MAGIC.length, end + 1);
    let header: BackupHeader;
    try {
      header = JSON.parse(headerLine.toString('utf8')) as BackupHeader;
    } catch {
      throw new AppError('VALIDATION', '备份文件的头部已损坏');
    }
    if (header.format !== 'fengqiao-backup' || header.version !== 1 || header.cipher !== 'aes-256-gcm' || header.kdf?.name !== 'scrypt')
      throw new AppError('VALIDATION', '备份文件的格式不是本程序能读取的版本');
    const bodyStart = end + 1;
    if (size < bodyStart + TAG_BYTES) throw new AppError('VALIDATION', '备份文件不完整（可能复制中断），未作任何改动');
    return { header, headerLine, bodyStart, size };
  } finally {
    fs.closeSync(fd);
  }
}

/** Parses the entry stream and writes each entry below `dir`; names may not leave it. */
function entryWriter(dir: string): Writable {
  let buffered: Buffer = Buffer.alloc(0);
  let current: { fd: number; left: bigint } | null = null;
  const written: string[] = [];
  const writer = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
        for (;;) {
          if (current) {
            const take = Number(current.left < BigInt(buffered.length) ? current.left : BigInt(buffered.length));
            if (take > 0) fs.writeSync(current.fd, buffered, 0, take);
            buffered = buffered.subarray(take);
            current.left -= BigInt(take);
            if (current.left > 0n) break;
            fs.closeSync(current.fd);
            current = null;
          }
          if (buffered.length < 2) break;
          const nameLength = buffered.readUInt16BE(0);
          if (buffered.length < 2 + nameLength + 8) break;
          const name = buffered.subarray(2, 2 + nameLength).toString('utf8');
          const target = path.resolve(dir, name);
          if (!target.startsWith(path.resolve(dir) + path.sep)) throw new AppError('VALIDATION', '备份文件中有非法的文件名');
          fs.mkdirSync(path.dirname(target), { recursive: true });
          current = { fd: fs.openSync(target, 'w'), left: buffered.readBigUInt64BE(2 + nameLength) };
          written.push(name);
          buffered = buffered.subarray(2 + nameLength + 8);
        }
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    final(done) {
      if (current) fs.closeSync(current.fd);
      done(current || buffered.length ? new AppError('VALIDATION', '备份文件内容不完整') : null);
    },
  });
  Object.defineProperty(writer, 'names', { get: () => written });
  return writer;
}

/**
 * Decrypts a backup into `dir` and verifies it. Refused (VALIDATION, nothing used) on a wrong passphrase or
 * any change to the file: GCM checks the tag only at the end, so the caller uses `dir` only after success.
 */
export async function readBackup(file: string, dir: string, secret: BackupSecret): Promise<{ header: BackupHeader; names: string[] }> {
  const { header, headerLine, bodyStart, size } = readHeader(file);
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  fs.closeSync(fd);
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor(secret, header.kdf), Buffer.from(header.iv, 'base64'));
  decipher.setAAD(headerLine);
  decipher.setAuthTag(tag);
  const writer = entryWriter(dir);
  try {
    await pipeline(fs.createReadStream(file, { start: bodyStart, end: size - TAG_BYTES - 1 }), decipher as unknown as Transform, writer);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', '口令不正确，或备份文件已损坏、被改动：未作任何改动');
  }
  return { header, names: (writer as unknown as { names: string[] }).names };
}
