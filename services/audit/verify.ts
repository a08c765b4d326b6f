// Walks the audit log's hash chain from the first entry to the last and says where it breaks, and how:
// an entry whose content no longer matches its hash was edited; a gap in the sequence with a broken link means
// entries were deleted; a broken link without a gap means entries were inserted or moved. The last head seen
// by the app is also kept in a small file beside the register, so that entries cut off the end are found too.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { AuditVerification } from '../../shared/domain/account.ts';
import { GENESIS_HASH, entryHash, type ChainedFields } from './chain.ts';

export const AUDIT_HEAD_FILE = 'audit-head.json';
const LISTED = 20;

interface Head {
  seq: number;
  hash: string;
}

type Row = ChainedFields & { seq: number; prev_hash: string | null; hash: string | null };

export function verifyAuditChain(raw: Database.Database, head: Head | null): AuditVerification {
  const problems: AuditVerification['problems'] = [];
  let found = 0;
  const add = (p: AuditVerification['problems'][number]) => {
    found++;
    if (problems.length < LISTED) problems.push(p);
  };
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let entries = 0;
  let headSeen = head === null;
  const rows = raw
    .prepare('select seq, at, actor, user_id, entity, entity_id, action, data, prev_hash, hash from change_log order by seq')
    .iterate() as IterableIterator<Row>;
  for (const row of rows) {
    entries++;
    if (row.hash === null || row.prev_hash === null) {
      add({ code: 'AUDIT_UNCHAINED', seq: row.seq, message: `审计日志第 ${row.seq} 条没有校验值（未经本程序写入）` });
    } else {
      if (entryHash(row.prev_hash, row) !== row.hash)
        add({ code: 'AUDIT_EDITED', seq: row.seq, message: `审计日志第 ${row.seq} 条的内容与其校验值不符（条目被改动）` });
      if (row.prev_hash !== prevHash) {
        if (row.seq !== prevSeq + 1)
          add({
            code: 'AUDIT_DELETED',
            seq: row.seq,
            message: `审计日志第 ${prevSeq + 1}–${row.seq - 1} 条缺失，链接在第 ${row.seq} 条断开（条目被删除）`,
          });
        else
          add({
            code: 'AUDIT_REORDERED',
            seq: row.seq,
            message: `审计日志第 ${row.seq} 条与前一条的链接断开（条目被插入、替换或调换了顺序）`,
          });
      }
    }
    if (head && row.seq === head.seq) {
      headSeen = true;
      if (row.hash !== head.hash)
        add({ code: 'AUDIT_EDITED', seq: row.seq, message: `审计日志第 ${row.seq} 条与程序上次记下的校验值不符（条目被替换）` });
    }
    prevHash = row.hash ?? prevHash;
    prevSeq = row.seq;
  }
  if (!headSeen && head)
    add({
      code: 'AUDIT_TRUNCATED',
      seq: head.seq,
      message: `审计日志应至少有 ${head.seq} 条，现只到第 ${prevSeq} 条（末尾的条目被删除）`,
    });
  return { entries, ok: found === 0, problems };
}

export function readAuditHead(dataDir: string): Head | null {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(dataDir, AUDIT_HEAD_FILE), 'utf8')) as Partial<Head>;
    return typeof value.seq === 'number' && typeof value.hash === 'string' ? { seq: value.seq, hash: value.hash } : null;
  } catch {
    return null;
  }
}

/** Remembers the log's last entry beside the register (best effort: a lost write only weakens the check). */
export function writeAuditHead(dataDir: string, raw: Database.Database): void {
  const last = raw.prepare('select seq, hash from change_log order by seq desc limit 1').get() as Head | undefined;
  const file = path.join(dataDir, AUDIT_HEAD_FILE);
  if (!last?.hash) {
    fs.rmSync(file, { force: true });
    return;
  }
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(last));
  fs.renameSync(tmp, file);
}
