// The register's accounts: creating them, signing in (with a pause after repeated wrong passwords), changing and
// resetting passwords, and the recovery of an administrator's password at the PC itself. Every change and every
// sign-in, failed or not, goes to the audit log in the same transaction.
import type { Kysely, Selectable } from 'kysely';
import type { Role, User } from '../../shared/domain/account.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/rules/ids.ts';
import { appendChange, runAsUser } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB, UsersTable } from '../db/schema.ts';
import { hashPassword, temporaryPassword, verifyPassword } from './passwords.ts';

type UserRow = Selectable<UsersTable>;

export const MAX_FAILED_LOGINS = 5;
export const LOGIN_PAUSE_MINUTES = 5;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role as Role,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
    lastLoginAt: row.last_login_at,
    passwordChangedAt: row.password_changed_at,
    passwordResetBy: row.password_reset_by,
    createdAt: row.created_at,
  };
}

export async function hasAccounts(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export async function findUser(db: Kysely<DB>, id: string): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function listUsers(db: Kysely<DB>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('active', 'desc').orderBy('created_at').execute();
  return rows.map(toUser);
}

export interface NewUser {
  username: string;
  name: string;
  role: Role;
  password: string;
}

/** Creates an account; with `first`, only while there is none (the first administrator at first run). */
export async function createUser(
  db: Kysely<DB>,
  input: NewUser,
  actor: string,
  options: { first?: boolean; now?: Date } = {},
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const at = (options.now ?? new Date()).toISOString();
  return immediateTransaction(db, async (trx) => {
    if (options.first && (await hasAccounts(trx))) throw new AppError('ALREADY_SET_UP', '已经创建过管理员账户，请直接登录');
    const taken = await trx.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', `登录名“${input.username}”已被使用`, [{ path: 'username', message: '此登录名已被使用' }]);
    const row: UserRow = {
      id: newId(),
      username: input.username,
      name: input.name,
      role: input.role,
      password_hash: passwordHash,
      active: 1,
      must_change_password: 0,
      failed_logins: 0,
      locked_until: null,
      last_login_at: null,
      password_changed_at: at,
      password_reset_by: null,
      created_at: at,
      updated_at: at,
      version: 1,
    };
    await trx.insertInto('users').values(row).execute();
    await appendChange(trx, {
      actor,
      at,
      entity: 'user',
      entityId: row.id,
      action: 'create',
      data: { username: row.username, name: row.name, role: row.role },
    });
    return toUser(row);
  });
}

/** Checks a sign-in; a wrong password counts, and after MAX_FAILED_LOGINS the account pauses for a while. */
export async function authenticate(db: Kysely<DB>, username: string, password: string, via: string, now = new Date()): Promise<User> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const wrong = new AppError('UNAUTHENTICATED', '登录名或密码不正确');
  if (!row) {
    await verifyPassword(password, await (dummyHash ??= hashPassword(temporaryPassword()))); // same time as for a real account: no hint which names exist
    throw wrong;
  }
  if (!row.active) throw new AppError('UNAUTHENTICATED', '此账户已停用，请联系管理员');
  if (row.locked_until && row.locked_until > now.toISOString())
    throw new AppError('UNAUTHENTICATED', `密码连续输错${MAX_FAILED_LOGINS}次，请于 ${clock(row.locked_until)} 后再试`);
  const ok = await verifyPassword(password, row.password_hash);
  const at = now.toISOString();
  await runAsUser(row.id, () =>
    immediateTransaction(db, async (trx) => {
      if (ok) {
        await trx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: at }).where('id', '=', row.id).execute();
      } else {
        const failed = row.failed_logins + 1;
        const pause = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOGIN_PAUSE_MINUTES * 60_000).toISOString() : null;
        await trx
          .updateTable('users')
          .set({ failed_logins: pause ? 0 : failed, locked_until: pause })
          .where('id', '=', row.id)
          .execute();
      }
      await appendChange(trx, {
        actor: `${via}:${row.username}`,
        at,
        entity: 'session',
        entityId: row.id,
        action: ok ? 'login' : 'login.failed',
        data: null,
      });
    }),
  );
  if (!ok) throw wrong;
  return toUser({ ...row, last_login_at: at, failed_logins: 0, locked_until: null });
}

/** Checks the password of a user who is already signed in (unlocking the screen); no pause, no log entry. */
export async function passwordMatches(db: Kysely<DB>, userId: string, password: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  return row !== undefined && (await verifyPassword(password, row.password_hash));
}

export async function changePassword(
  db: Kysely<DB>,
  userId: string,
  current: string,
  next: string,
  actor: string,
  now = new Date(),
): Promise<User> {
  if (!(await passwordMatches(db, userId, current)))
    throw new AppError('VALIDATION', '原密码不正确', [{ path: 'current', message: '原密码不正确' }]);
  return setPassword(db, userId, await hashPassword(next), { mustChange: false, resetBy: null, action: 'password.change', actor, now });
}

/** An administrator sets a temporary password; the user chooses their own at the next sign-in. */
export async function resetPassword(db: Kysely<DB>, userId: string, password: string, actor: string, now = new Date()): Promise<User> {
  return setPassword(db, userId, await hashPassword(password), { mustChange: true, resetBy: actor, action: 'password.reset', actor, now });
}

/**
 * Recovery of a forgotten administrator password, from the command line of this PC (physical access): a new
 * temporary password for the named administrator (or the only one), recorded in the audit log with the
 * operating-system account and the computer's name, and shown to the administrators in the account list.
 */
export async function recoverAdmin(
  db: Kysely<DB>,
  username: string | null,
  actor: string,
  host: string,
  now = new Date(),
): Promise<{ user: User; temporaryPassword: string }> {
  const admins = await db.selectFrom('users').selectAll().where('role', '=', 'admin').execute();
  let row: UserRow | undefined;
  if (username) {
    row = admins.find((a) => a.username === username);
    if (!row)
      throw new AppError(
        'NOT_FOUND',
        `没有登录名为“${username}”的管理员账户（管理员：${admins.map((a) => a.username).join('、') || '无'}）`,
      );
  } else {
    if (admins.length !== 1)
      throw new AppError(
        'VALIDATION',
        admins.length === 0
          ? '登记簿中还没有管理员账户：请打开枫桥创建'
          : `有多个管理员账户，请用 --username 指定：${admins.map((a) => a.username).join('、')}`,
      );
    row = admins[0]!;
  }
  const password = temporaryPassword();
  const user = await setPassword(db, row.id, await hashPassword(password), {
    mustChange: true,
    resetBy: `${actor}@${host}（本机恢复）`,
    action: 'password.recover',
    actor,
    now,
    reactivate: true,
  });
  return { user, temporaryPassword: password };
}

async function setPassword(
  db: Kysely<DB>,
  userId: string,
  passwordHash: string,
  how: { mustChange: boolean; resetBy: string | null; action: string; actor: string; now: Date; reactivate?: boolean },
): Promise<User> {
  const at = how.now.toISOString();
  return immediateTransaction(db, async (trx) => {
    const row = await trx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '没有找到该账户');
    const changes = {
      password_hash: passwordHash,
      must_change_password: how.mustChange ? 1 : 0,
      password_changed_at: at,
      password_reset_by: how.resetBy ?? row.password_reset_by,
      failed_logins: 0,
      locked_until: null,
      active: how.reactivate ? 1 : row.active,
      updated_at: at,
      version: row.version + 1,
    };
    await trx.updateTable('users').set(changes).where('id', '=', userId).execute();
    await appendChange(trx, {
      actor: how.actor,
      at,
      entity: 'user',
      entityId: userId,
      action: how.action,
      data: { username: row.username },
    });
    return toUser({ ...row, ...changes });
  });
}

export interface UserChanges {
  id: string;
  name?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
}

/** Changes a name, role or whether the account is active; the last active administrator stays one. */
export async function updateUser(db: Kysely<DB>, input: UserChanges, actor: string, now = new Date()): Promise<User> {
  const at = now.toISOString();
  return immediateTransaction(db, async (trx) => {
    const row = await trx.selectFrom('users').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '没有找到该账户');
    const next = {
      name: input.name ?? row.name,
      role: input.role ?? row.role,
      active: input.active === undefined ? row.active : input.active ? 1 : 0,
    };
    if (row.role === 'admin' && row.active === 1 && (next.role !== 'admin' || next.active === 0)) {
      const others = await trx
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('active', '=', 1)
        .where('id', '!=', row.id)
        .executeTakeFirst();
      if (!others) throw new AppError('CONFLICT', '这是唯一的管理员账户，不能停用或改为其他角色；请先另设一名管理员');
    }
    const changes = { ...next, updated_at: at, version: row.version + 1 };
    await trx.updateTable('users').set(changes).where('id', '=', row.id).execute();
    await appendChange(trx, { actor, at, entity: 'user', entityId: row.id, action: 'update', data: next });
    return toUser({ ...row, ...changes });
  });
}

function clock(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A valid hash of a random password, verified against when the name is unknown (made on first need). */
let dummyHash: Promise<string> | null = null;
