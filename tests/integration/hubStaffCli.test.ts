// `fengqiao hub staff …` as a real process: the first administrator made at the command line, a temporary
// password that signs in once and must be changed, a reset, the last administrator kept, the exit codes, the
// actions in admin_log as `cli:<os user>` — on the embedded SQLite file and on PostgreSQL (--db).
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../server/db/open.ts';
import type { HubDB } from '../../server/db/schema.ts';
import { verifyLogin } from '../../server/staff.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { fengqiao } from '../helpers/runCli.ts';
import { tempDir } from '../helpers/tempDir.ts';

interface Shown {
  username: string;
  displayName: string;
  role: string;
  active: boolean;
  mustChangePassword: boolean;
  temporaryPassword?: string;
}

let cluster: TestPostgres | null = null;
afterAll(async () => {
  await cluster?.close();
});

/** Runs `fengqiao hub staff …` against the hub in `dataDir` (or `db`). */
function staff(target: { dataDir: string; db?: string }, args: string[]) {
  return fengqiao(['hub', 'staff', ...args, '--data-dir', target.dataDir, ...(target.db ? ['--db', target.db] : [])]);
}

async function inHub<T>(target: { dataDir: string; db?: string }, work: (db: Kysely<HubDB>) => Promise<T>): Promise<T> {
  const hub = await openHubDatabase(target.db, target.dataDir);
  try {
    return await work(hub.db);
  } finally {
    await hub.close();
  }
}

describe('fengqiao hub staff', { timeout: 120_000 }, () => {
  it('adds the first administrator with a temporary password, resets it, keeps the last administrator, and logs each as cli:', async () => {
    const target = { dataDir: tempDir('fengqiao-hub-') };

    const added = await staff(target, ['add', '--username', 'Wang', '--role', 'admin', '--display-name', '王芳', '--json']);
    expect(added.code, added.stderr).toBe(0);
    const admin = JSON.parse(added.stdout) as Shown;
    expect(admin).toMatchObject({ username: 'wang', displayName: '王芳', role: 'admin', active: true, mustChangePassword: true });
    expect(admin.temporaryPassword).toMatch(/^[A-Za-z2-9]{12}$/);

    // Plain output: the password alone on stdout, the explanation on stderr.
    const viewer = await staff(target, ['add', '--username', 'zhao', '--role', 'viewer']);
    expect(viewer.code).toBe(0);
    expect(viewer.stdout).toMatch(/^[A-Za-z2-9]{12}\n$/);
    expect(viewer.stderr).toContain('首次登录后必须修改');

    const list = await staff(target, ['list', '--json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as Shown[]).map((s) => [s.username, s.role, s.active, s.mustChangePassword])).toEqual([
      ['wang', 'admin', true, true],
      ['zhao', 'viewer', true, true],
    ]);
    expect((await staff(target, ['list'])).stdout).toContain('wang\tadmin\t王芳\tmust change password');

    await inHub(target, async (db) => {
      const login = await verifyLogin(db, 'wang', admin.temporaryPassword!);
      expect(login).toMatchObject({ ok: true, staff: { mustChangePassword: true } });
    });

    const reset = await staff(target, ['reset', '--username', 'wang', '--json']);
    expect(reset.code).toBe(0);
    const again = (JSON.parse(reset.stdout) as Shown).temporaryPassword!;
    expect(again).not.toBe(admin.temporaryPassword);
    await inHub(target, async (db) => {
      expect(await verifyLogin(db, 'wang', admin.temporaryPassword!)).toEqual({ ok: false, reason: 'invalid' });
      expect((await verifyLogin(db, 'wang', again)).ok).toBe(true);
    });

    const last = await staff(target, ['deactivate', '--username', 'wang']);
    expect(last.code).toBe(3);
    expect(last.stderr).toContain('不能停用最后一位在用的管理员');
    const gone = await staff(target, ['deactivate', '--username', 'zhao']);
    expect(gone.code).toBe(0);
    expect(gone.stdout).toContain('已停用工作人员');

    await inHub(target, async (db) => {
      const log = await db.selectFrom('admin_log').selectAll().orderBy('at').orderBy('log_id').execute();
      const byCli = log.filter((e) => e.actor.startsWith('cli:'));
      expect(byCli.map((e) => e.action)).toEqual(['staff_added', 'staff_added', 'staff_password_reset', 'staff_deactivated']);
      expect(byCli.every((e) => /^cli:.+$/.test(e.actor) && e.staff_id === null)).toBe(true);
      expect(JSON.parse(byCli[0]!.detail)).toEqual({ username: 'wang', role: 'admin', displayName: '王芳' });
      expect(JSON.stringify(log)).not.toContain(again);
    });
  });

  it('exits 2 for a wrong command line, 3 for a taken name, 4 for an unknown one', async () => {
    const target = { dataDir: tempDir('fengqiao-hub-') };
    expect((await staff(target, ['add', '--username', 'li', '--role', 'boss'])).code).toBe(2);
    expect((await staff(target, ['add', '--role', 'admin'])).code).toBe(2);
    expect((await staff(target, ['promote', '--username', 'li'])).code).toBe(2);
    expect((await staff(target, ['add', '--username', 'li', '--role', 'admin'])).code).toBe(0);
    const taken = await staff(target, ['add', '--username', 'LI', '--role', 'viewer']);
    expect(taken.code).toBe(3);
    expect(taken.stderr).toContain('登录名 li 已被使用');
    const badName = await staff(target, ['add', '--username', '李', '--role', 'viewer']);
    expect(badName.code).toBe(3);
    const unknown = await staff(target, ['reset', '--username', 'nobody']);
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain('没有登录名为 nobody 的工作人员');
  });

  it('works on PostgreSQL through --db', async () => {
    cluster = await startPostgres();
    const target = { dataDir: tempDir('fengqiao-hub-'), db: await cluster.createDatabase() };
    const added = await staff(target, ['add', '--username', 'sun', '--role', 'admin', '--json']);
    expect(added.code, added.stderr).toBe(0);
    const list = await staff(target, ['list', '--json']);
    expect((JSON.parse(list.stdout) as Shown[]).map((s) => s.username)).toEqual(['sun']);
    expect((await staff(target, ['deactivate', '--username', 'sun'])).code).toBe(3);
    await inHub(target, async (db) => {
      expect((await db.selectFrom('admin_log').select('action').execute()).map((e) => e.action)).toEqual(['staff_added']);
    });
  });
});
