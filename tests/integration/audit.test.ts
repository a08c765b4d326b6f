// The audit log's hash chain finds an entry edited, deleted, moved or cut off the end behind the app's back.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../services/backup/check.ts';
import { entryHash } from '../../services/audit/chain.ts';
import { testRegister, sampleCase } from '../helpers/register.ts';

/** A register with a few entries in its log, closed; returns its folder. */
async function registerWithLog(): Promise<string> {
  const { api, register, dataDir } = await testRegister();
  for (let i = 0; i < 3; i++) {
    const { id } = await api.call('cases.register', sampleCase());
    await api.call('cases.get', { id });
  }
  await register.close();
  return dataDir;
}

/** Changes the log directly, as someone with the file and an SQLite tool could. */
function tamper(dataDir: string, work: (db: Database.Database) => void): void {
  const db = new Database(path.join(dataDir, 'fengqiao.sqlite3'));
  db.exec('drop trigger change_log_no_update; drop trigger change_log_no_delete;');
  work(db);
  db.close();
}

const auditProblems = (dataDir: string) => checkRegister(dataDir).problems.filter((p) => p.code === 'audit');

describe('the audit chain', () => {
  it('is whole after normal use, and check says so', async () => {
    const dataDir = await registerWithLog();
    const report = checkRegister(dataDir);
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.auditEntries).toBe(7); // the committee, three registrations, three reads
  });

  it('finds an edited entry', async () => {
    const dataDir = await registerWithLog();
    tamper(dataDir, (db) => db.prepare(`update change_log set actor = 'someone-else' where seq = 3`).run());
    expect(auditProblems(dataDir)).toEqual([{ code: 'audit', message: '审计日志第 3 条的内容与其校验值不符（条目被改动）' }]);
  });

  it('finds an edited entry whose hash was recomputed, at the next link', async () => {
    const dataDir = await registerWithLog();
    tamper(dataDir, (db) => {
      const row = db.prepare('select * from change_log where seq = 3').get() as Parameters<typeof entryHash>[1] & { prev_hash: string };
      const forged = { ...row, data: '{"number":"forged"}' };
      db.prepare('update change_log set data = ?, hash = ? where seq = 3').run(forged.data, entryHash(row.prev_hash, forged));
    });
    expect(auditProblems(dataDir).map((p) => p.message)).toEqual(['审计日志第 4 条与前一条的链接断开（条目被插入、替换或调换了顺序）']);
  });

  it('finds a deleted entry', async () => {
    const dataDir = await registerWithLog();
    tamper(dataDir, (db) => db.prepare('delete from change_log where seq = 4').run());
    expect(auditProblems(dataDir).map((p) => p.message)).toEqual(['审计日志第 4–4 条缺失，链接在第 5 条断开（条目被删除）']);
  });

  it('finds two entries that changed places', async () => {
    const dataDir = await registerWithLog();
    tamper(dataDir, (db) => {
      db.prepare('update change_log set seq = -1 where seq = 2').run();
      db.prepare('update change_log set seq = 2 where seq = 3').run();
      db.prepare('update change_log set seq = 3 where seq = -1').run();
    });
    const messages = auditProblems(dataDir).map((p) => p.message);
    expect(messages).toContain('审计日志第 2 条与前一条的链接断开（条目被插入、替换或调换了顺序）');
    expect(messages.every((m) => !m.includes('内容与其校验值不符'))).toBe(true);
  });

  it('finds entries cut off the end', async () => {
    const dataDir = await registerWithLog();
    tamper(dataDir, (db) => db.prepare('delete from change_log where seq >= 6').run());
    expect(auditProblems(dataDir).map((p) => p.message)).toEqual(['审计日志应至少有 7 条，现只到第 5 条（末尾的条目被删除）']);
  });

  it('is verified from the app by an auditor', async () => {
    const { api } = await testRegister();
    expect(await api.call('audit.verify', {})).toEqual({ entries: 1, ok: true, problems: [] });
  });
});
