// The register's health check (`fengqiao check`): SQLite's own integrity check, foreign keys, the attachments'
// files against their hashes, and each case's stored state against the state its recorded steps add up to.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { attachmentPath } from '../attachments.ts';
import { projectionOf, stateOf, type CaseHistory } from '../caseHistory.ts';
import { DATABASE_FILE } from '../dataDir.ts';
import type { CaseEventRow, CaseRow } from '../db/schema.ts';
import { readAuditHead, verifyAuditChain } from '../audit/verify.ts';

export interface Problem {
  code: 'integrity' | 'foreign_key' | 'attachment_missing' | 'attachment_damaged' | 'case_state' | 'audit';
  message: string;
}

export interface CheckReport {
  ok: boolean;
  cases: number;
  attachments: number;
  /** Entries in the audit log, whose hash chain was walked. */
  auditEntries: number;
  /** Up to 20 problems of each kind, so that one kind cannot hide the others. */
  problems: Problem[];
  /** How many problems of each kind there are in all. */
  counts: Partial<Record<Problem['code'], number>>;
}

const LISTED_PER_KIND = 20;

/** Checks the register in `dataDir` read-only; never changes it. */
export function checkRegister(dataDir: string): CheckReport {
  const file = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `数据文件夹 ${dataDir} 中没有登记簿`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return {
      ok: false,
      cases: 0,
      attachments: 0,
      auditEntries: 0,
      problems: [{ code: 'integrity', message: `登记簿无法打开：${(error as Error).message}` }],
      counts: { integrity: 1 },
    };
  }
  const problems: Problem[] = [];
  const counts: CheckReport['counts'] = {};
  const add = (p: Problem) => {
    counts[p.code] = (counts[p.code] ?? 0) + 1;
    if (counts[p.code]! <= LISTED_PER_KIND) problems.push(p);
  };
  try {
    let integrity: { integrity_check: string }[];
    try {
      integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    } catch (error) {
      // Not a database at all, or damaged past reading (SQLITE_NOTADB, SQLITE_CORRUPT).
      integrity = [{ integrity_check: `登记簿无法读取：${(error as Error).message}` }];
    }
    for (const row of integrity) if (row.integrity_check !== 'ok') add({ code: 'integrity', message: row.integrity_check });
    if (problems.length > 0) return { ok: false, cases: 0, attachments: 0, auditEntries: 0, problems, counts };

    for (const fk of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[])
      add({ code: 'foreign_key', message: `${fk.table} 第 ${fk.rowid} 行引用的 ${fk.parent} 记录不存在` });

    const attachments = db.prepare('select id, name, sha256 from attachments where deleted_at is null').all() as {
      id: string;
      name: string;
      sha256: string;
    }[];
    const checked = new Map<string, Problem['code'] | null>();
    for (const a of attachments) {
      if (!checked.has(a.sha256)) checked.set(a.sha256, fileProblem(attachmentPath(dataDir, a.sha256), a.sha256));
      const code = checked.get(a.sha256);
      if (code)
        add({
          code,
          message: `附件“${a.name}”（${a.id}）${code === 'attachment_missing' ? '的文件不在数据文件夹中' : '的文件已损坏（校验值不符）'}`,
        });
    }

    const cases = db.prepare('select * from cases where deleted_at is null').all() as CaseRow[];
    const events = db.prepare('select * from case_events order by case_id, seq').all() as CaseEventRow[];
    const byCase = new Map<string, CaseEventRow[]>();
    for (const e of events) (byCase.get(e.case_id) ?? byCase.set(e.case_id, []).get(e.case_id)!).push(e);
    for (const row of cases) {
      const history: CaseHistory = { row, events: byCase.get(row.id) ?? [] };
      const expected = projectionOf(stateOf(history));
      const differs = (Object.keys(expected) as (keyof typeof expected)[]).filter((k) => expected[k] !== row[k]);
      if (differs.length > 0) add({ code: 'case_state', message: `${row.number} 的 ${differs.join('、')} 与其办案记录不一致` });
    }

    // A register not yet opened by this version has no chain to walk (opening it adds one).
    const chained =
      (db.prepare(`select name from pragma_table_info('change_log') where name = 'hash'`).get() as object | undefined) !== undefined;
    const audit = chained ? verifyAuditChain(db, readAuditHead(dataDir)) : { entries: 0, problems: [] };
    for (const p of audit.problems) add({ code: 'audit', message: p.message });
    return {
      ok: problems.length === 0,
      cases: cases.length,
      attachments: attachments.length,
      auditEntries: audit.entries,
      problems,
      counts,
    };
  } finally {
    db.close();
  }
}

function fileProblem(file: string, sha256: string): Problem['code'] | null {
  if (!fs.existsSync(file)) return 'attachment_missing';
  const actual = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  return actual === sha256 ? null : 'attachment_damaged';
}
