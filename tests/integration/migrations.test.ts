import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { MIGRATIONS, MIGRATION_NAMES, SCHEMA_VERSION } from '../../services/db/migrations/index.ts';
import { openDatabase } from '../../services/db/open.ts';
import { backupBeforeMigration, KEEP_MIGRATION_BACKUPS } from '../../services/db/migrationBackup.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { testRegister, XUANWU_COMMITTEE } from '../helpers/register.ts';
import { verifyAuditChain } from '../../services/audit/verify.ts';
import { GENESIS_HASH } from '../../services/audit/chain.ts';

function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(`select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'kysely_%' order by type, name`)
    .all() as { type: string; name: string; sql: string | null }[];
  db.close();
  return rows.map((r) => `${r.type} ${r.name}: ${r.sql ?? ''}`);
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migrations', () => {
  it('create the whole schema on a fresh file, in WAL with foreign keys on', async () => {
    const file = path.join(tempDir(), 'fresh.sqlite3');
    const opened = await openDatabase(file);
    expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
    expect(opened.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(opened.db)).rows.map(
      (r) => r.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['committees', 'mediators', 'cases', 'parties', 'change_log', 'case_number_counters', 'case_search']),
    );
    await opened.close();
  });

  it('bring a database of every earlier version to the same schema as a fresh one', async () => {
    const dir = tempDir();
    const fresh = path.join(dir, 'fresh.sqlite3');
    await (await openDatabase(fresh)).close();
    for (let version = 0; version < MIGRATION_NAMES.length; version++) {
      const file = path.join(dir, `v${version}.sqlite3`);
      const earlier = Object.fromEntries(MIGRATION_NAMES.slice(0, version).map((name) => [name, MIGRATIONS[name]!]));
      await (await openDatabase(file, { migrations: earlier })).close();
      const upgraded = await openDatabase(file);
      expect(upgraded.schemaVersion).toBe(SCHEMA_VERSION);
      await upgraded.close();
      expect(schemaOf(file), `from version ${version}`).toEqual(schemaOf(fresh));
    }
  });

  it('are named so that they sort in order', () => {
    expect([...MIGRATION_NAMES].sort()).toEqual(MIGRATION_NAMES);
  });

  it('refuse a database written by a newer version, without changing it', async () => {
    const file = path.join(tempDir(), 'newer.sqlite3');
    const future = { ...MIGRATIONS, '2099-01-01T0000_from_the_future': { up: async () => {} } };
    await (await openDatabase(file, { migrations: future })).close();
    const before = sha(file);
    const error = await openDatabase(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toContain('更新版本');
    expect(sha(file)).toBe(before);
  });

  it('refuse a file that is not a register, without changing it', async () => {
    const file = path.join(tempDir(), 'notes.sqlite3');
    fs.writeFileSync(file, '这不是数据库文件'.repeat(200));
    const before = sha(file);
    const error = await openDatabase(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe('DB_INVALID');
    expect(sha(file)).toBe(before);
  });

  it('2026-11-29T0400_case_lifecycle keeps each registered case as it was, with its colour as the initial one', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'fengqiao.sqlite3');
    const v1 = { '2026-11-29T0200_create_register': MIGRATIONS['2026-11-29T0200_create_register']! };
    const old = await openDatabase(file, { migrations: v1 });
    const at = '2026-03-02T01:00:00.000Z';
    const own = { id: '0193a000-0000-7000-8000-0000000000c1' };
    await sql`insert into committees (id, area_code, name, kind, parent_id, abbreviation, is_own, created_at, updated_at)
      values (${own.id}, ${XUANWU_COMMITTEE.areaCode}, ${XUANWU_COMMITTEE.name}, 'township', null, '梅园', 1, ${at}, ${at})`.execute(
      old.db,
    );
    await sql`insert into cases (id, committee_id, year, serial, number, dispute_type, source, status, risk_level, registered_on, facts, created_at, updated_at)
      values ('0193a000-0000-7000-8000-00000000c001', ${own.id}, 2026, 1, '〔2026〕梅园调字第1号', 'neighbourhood', 'party_application',
              'registered', 'orange', '2026-03-02', '楼上漏水，双方协商未果。', ${at}, ${at})`.execute(old.db);
    await sql`insert into parties (id, case_id, position, role, kind, name, created_at, updated_at) values
      ('0193a000-0000-7000-8000-00000000a001', '0193a000-0000-7000-8000-00000000c001', 0, 'applicant', 'person', '张三', ${at}, ${at}),
      ('0193a000-0000-7000-8000-00000000a002', '0193a000-0000-7000-8000-00000000c001', 1, 'respondent', 'person', '李四', ${at}, ${at})`.execute(
      old.db,
    );
    await old.close();

    const { api } = await testRegister({ dataDir, setUp: false });
    // The register as it was before the migration is kept beside it.
    const [copy, ...more] = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(more).toEqual([]);
    expect(copy).toMatch(/^before-migration-v1-.*\.sqlite3$/);
    const kept = new Database(path.join(dataDir, 'backups', copy!), { readonly: true });
    expect(kept.prepare('select count(*) as n from kysely_migration').get()).toEqual({ n: 1 });
    expect(kept.prepare('select risk_level from cases').get()).toEqual({ risk_level: 'orange' });
    kept.close();
    const detail = await api.call('cases.get', { id: '0193a000-0000-7000-8000-00000000c001' });
    expect(detail).toMatchObject({ status: 'registered', riskLevel: 'orange', referral: null, version: 1 });
    expect(detail.progress).toMatchObject({ timeline: [], riskLevel: 'orange', availableSteps: ['accept', 'refuse', 'risk'] });
    const accepted = await api.call('cases.record', {
      caseId: detail.id,
      step: { kind: 'accept', on: '2026-03-03', consent: true, noticeGiven: true },
    });
    expect(accepted).toMatchObject({ status: 'accepted', riskLevel: 'orange', version: 2 });
  });

  it('2026-11-29T0600_accounts_audit chains the entries already in the log, in order', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'fengqiao.sqlite3');
    const v2 = Object.fromEntries(MIGRATION_NAMES.slice(0, 2).map((name) => [name, MIGRATIONS[name]!]));
    const old = await openDatabase(file, { migrations: v2 });
    for (const n of [1, 2, 3])
      await sql`insert into change_log (at, actor, entity, entity_id, action, data)
        values (${`2026-03-0${n}T01:00:00.000Z`}, 'desktop:wang', 'case', ${`c${n}`}, 'register', ${JSON.stringify({ n })})`.execute(
        old.db,
      );
    await old.close();

    const upgraded = await openDatabase(file);
    expect(verifyAuditChain(upgraded.raw, null)).toEqual({ entries: 3, ok: true, problems: [] });
    const rows = upgraded.raw.prepare('select prev_hash, hash from change_log order by seq').all() as { prev_hash: string; hash: string }[];
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(() => upgraded.raw.prepare(`update change_log set actor = 'x'`).run()).toThrow(/append-only/);
    await upgraded.close();
  });

  it('copy a register only when they change it, and keep the newest five copies', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'fengqiao.sqlite3');
    await (await openDatabase(file)).close();
    await (await openDatabase(file)).close();
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);

    const opened = await openDatabase(file);
    for (let i = 0; i < 7; i++) await backupBeforeMigration(opened.raw, file, 1, new Date(Date.UTC(2026, 0, 1 + i)));
    await opened.close();
    const copies = fs.readdirSync(path.join(dataDir, 'backups')).sort();
    expect(copies).toHaveLength(KEEP_MIGRATION_BACKUPS);
    expect(copies[0]).toContain('2026-01-03');
  });
});
