// The district's staff accounts on the hub's page: viewers (概况 only) and administrators (enrolment codes,
// revoking devices, staff, the log). Passwords are scrypt hashes (server/passwords.ts); a new account and a reset
// password get a temporary one that must be changed at the next sign-in; five failed sign-ins in a row lock the
// account for fifteen minutes; the last active administrator cannot be deactivated. Every administrative action,
// from the page or the command line, goes into admin_log (logAdminAction).
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../shared/errors.ts';
import { username as usernameField } from '../shared/domain/account.ts';
import { lockHub, writeTransaction } from './db/open.ts';
import type { HubDB, StaffTable } from './db/schema.ts';
import { hashPassword, passwordProblem, temporaryPassword, verifyPassword } from './passwords.ts';

export type StaffRole = 'viewer' | 'admin';
export const STAFF_ROLES: readonly StaffRole[] = ['viewer', 'admin'];
export const ROLE_LABELS: Record<StaffRole, string> = { viewer: '查看人员', admin: '管理员' };

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;
const DISPLAY_NAME_MAX = 40;

export interface StaffMember {
  staffId: string;
  username: string;
  displayName: string;
  role: StaffRole;
  mustChangePassword: boolean;
  createdAt: string;
  deactivatedAt: string | null;
  lastLoginAt: string | null;
  failedLogins: number;
  lockedUntil: string | null;
}

/** Who acts: a signed-in staff member (`{ staffId, name: username }`) or the command line (`{ staffId: null, name: 'cli:root' }`). */
export interface AdminActor {
  staffId: string | null;
  name: string;
}

/** When and from where an action is taken: the hub's clock (tests inject one) and the client's address. */
export interface ActionContext {
  now?: Date;
  ip?: string | null;
}

/** The actions admin_log records, with their Chinese names for the log page. */
export const ADMIN_ACTIONS = {
  login: '登录',
  login_failed: '登录失败',
  account_locked: '账户锁定',
  logout: '退出登录',
  password_changed: '修改密码',
  enrolment_code_created: '生成登记码',
  device_revoked: '停用设备',
  staff_added: '添加工作人员',
  staff_password_reset: '重置密码',
  staff_deactivated: '停用工作人员',
} as const;
export type AdminAction = keyof typeof ADMIN_ACTIONS;

function memberOf(row: StaffTable): StaffMember {
  return {
    staffId: row.staff_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    mustChangePassword: Number(row.must_change_password) === 1,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
    lastLoginAt: row.last_login_at,
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until,
  };
}

/** A login name as stored (trimmed, lower case), or a VALIDATION error in Chinese. */
export function normaliseUsername(name: string): string {
  const parsed = usernameField.safeParse(name);
  if (!parsed.success) throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? '登录名不正确');
  return parsed.data;
}

function checkRole(role: string): StaffRole {
  if (!(STAFF_ROLES as readonly string[]).includes(role)) throw new AppError('VALIDATION', '角色应为 admin（管理员）或 viewer（查看人员）');
  return role as StaffRole;
}

function checkDisplayName(name: string | undefined, fallback: string): string {
  const trimmed = (name ?? '').trim();
  if (trimmed === '') return fallback;
  if ([...trimmed].length > DISPLAY_NAME_MAX) throw new AppError('VALIDATION', `姓名不能超过${DISPLAY_NAME_MAX}个字符`);
  if (/\p{Cc}/u.test(trimmed)) throw new AppError('VALIDATION', '姓名不能含控制字符');
  return trimmed;
}

let lastLogMs = 0;
/** A log id that sorts by creation within this process (the tie-break of equal `at`) and is unique across processes. */
function logId(): string {
  lastLogMs = Math.max(Date.now(), lastLogMs + 1);
  return `${lastLogMs.toString(16).padStart(12, '0')}-${crypto.randomBytes(8).toString('hex')}`;
}

const newStaffId = () => crypto.randomBytes(16).toString('hex');

/**
 * Records an administrative action. Example: `logAdminAction(db, { staffId, name: 'wang' }, 'device_revoked',
 * { deviceId }, '10.0.0.5')`, or with a string actor for the command line: `logAdminAction(db, 'cli:root', …)`.
 */
export async function logAdminAction(
  db: Kysely<HubDB>,
  actor: AdminActor | string,
  action: AdminAction,
  detail: Record<string, unknown> = {},
  ip: string | null = null,
  now: Date = new Date(),
): Promise<void> {
  const who = typeof actor === 'string' ? { staffId: null, name: actor } : actor;
  await db
    .insertInto('admin_log')
    .values({
      log_id: logId(),
      at: now.toISOString(),
      staff_id: who.staffId,
      actor: who.name,
      action,
      detail: JSON.stringify(detail),
      ip,
    })
    .execute();
}

export interface AdminLogEntry {
  logId: string;
  at: string;
  staffId: string | null;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  ip: string | null;
}

/** The log, newest first. Example: `adminLog(db, { page: 1, pageSize: 50 })` → `{ entries, total }`. */
export async function adminLog(
  db: Kysely<HubDB>,
  paging: { page: number; pageSize: number },
): Promise<{ entries: AdminLogEntry[]; total: number }> {
  const page = Math.max(1, Math.floor(paging.page));
  const pageSize = Math.min(500, Math.max(1, Math.floor(paging.pageSize)));
  const counted = await db
    .selectFrom('admin_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('admin_log')
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('log_id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total: Number(counted.n),
    entries: rows.map((r) => {
      let detail: Record<string, unknown> = {};
      try {
        const parsed: unknown = JSON.parse(r.detail);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) detail = parsed as Record<string, unknown>;
      } catch {
        // A detail that is not JSON is shown as nothing rather than failing the page.
      }
      return { logId: r.log_id, at: r.at, staffId: r.staff_id, actor: r.actor, action: r.action, detail, ip: r.ip };
    }),
  };
}

export async function listStaff(db: Kysely<HubDB>): Promise<StaffMember[]> {
  const rows = await db.selectFrom('staff').selectAll().orderBy('username').execute();
  return rows.map(memberOf);
}

export async function staffById(db: Kysely<HubDB>, staffId: string): Promise<StaffMember | null> {
  const row = await db.selectFrom('staff').selectAll().where('staff_id', '=', staffId).executeTakeFirst();
  return row ? memberOf(row) : null;
}

/** A short digest of the stored hash: it changes whenever the password does (a new salt), so sessions can notice. */
export async function passwordFingerprint(db: Kysely<HubDB>, staffId: string): Promise<string | null> {
  const row = await db.selectFrom('staff').select('password_hash').where('staff_id', '=', staffId).executeTakeFirst();
  return row ? fingerprintOf(row.password_hash) : null;
}

function fingerprintOf(hash: string): string {
  return crypto.createHash('sha256').update(hash, 'utf8').digest('hex').slice(0, 32);
}

/**
 * Adds a staff member with a temporary password (to be changed at the first sign-in). Example:
 * `createStaff(db, { username: 'wang', role: 'admin', displayName: '王芳' }, 'cli:root')` → `{ staff, temporaryPassword }`.
 * CONFLICT when the login name is taken (also by a deactivated account).
 */
export async function createStaff(
  db: Kysely<HubDB>,
  input: { username: string; role: string; displayName?: string | undefined },
  actor: AdminActor | string,
  context: ActionContext = {},
): Promise<{ staff: StaffMember; temporaryPassword: string }> {
  const now = context.now ?? new Date();
  const username = normaliseUsername(input.username);
  const role = checkRole(input.role);
  const displayName = checkDisplayName(input.displayName, username);
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const staff = await writeTransaction(db, async (trx) => {
    await lockHub(trx, 'staff');
    const taken = await trx.selectFrom('staff').select('staff_id').where('username', '=', username).executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', `登录名 ${username} 已被使用`);
    const row: StaffTable = {
      staff_id: newStaffId(),
      username,
      display_name: displayName,
      role,
      password_hash: hash,
      must_change_password: 1,
      created_at: now.toISOString(),
      deactivated_at: null,
      last_login_at: null,
      failed_logins: 0,
      locked_until: null,
    };
    await trx.insertInto('staff').values(row).execute();
    await logAdminAction(trx, actor, 'staff_added', { username, role, displayName }, context.ip ?? null, now);
    return memberOf(row);
  });
  return { staff, temporaryPassword: password };
}

/**
 * Gives a staff member a new temporary password (to be changed at the next sign-in) and lifts a lock. NOT_FOUND for
 * an unknown login name, CONFLICT for a deactivated account.
 */
export async function resetStaffPassword(
  db: Kysely<HubDB>,
  username: string,
  actor: AdminActor | string,
  context: ActionContext = {},
): Promise<{ staff: StaffMember; temporaryPassword: string }> {
  const now = context.now ?? new Date();
  const name = normaliseUsername(username);
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const staff = await writeTransaction(db, async (trx) => {
    await lockHub(trx, 'staff');
    const row = await trx.selectFrom('staff').selectAll().where('username', '=', name).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `没有登录名为 ${name} 的工作人员`);
    if (row.deactivated_at !== null) throw new AppError('CONFLICT', `工作人员 ${name} 已停用`);
    const changes = { password_hash: hash, must_change_password: 1, failed_logins: 0, locked_until: null };
    await trx.updateTable('staff').set(changes).where('staff_id', '=', row.staff_id).execute();
    await logAdminAction(trx, actor, 'staff_password_reset', { username: name }, context.ip ?? null, now);
    return memberOf({ ...row, ...changes });
  });
  return { staff, temporaryPassword: password };
}

/** Deactivates a staff member (kept, with the name, for the log). CONFLICT for the last active administrator. */
export async function deactivateStaff(
  db: Kysely<HubDB>,
  username: string,
  actor: AdminActor | string,
  context: ActionContext = {},
): Promise<StaffMember> {
  const now = context.now ?? new Date();
  const name = normaliseUsername(username);
  return writeTransaction(db, async (trx) => {
    // Under the lock, two administrators deactivating each other at once cannot leave the district with none.
    await lockHub(trx, 'staff');
    const row = await trx.selectFrom('staff').selectAll().where('username', '=', name).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `没有登录名为 ${name} 的工作人员`);
    if (row.deactivated_at !== null) throw new AppError('CONFLICT', `工作人员 ${name} 已停用`);
    if (row.role === 'admin') {
      const others = await trx
        .selectFrom('staff')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'admin')
        .where('deactivated_at', 'is', null)
        .where('staff_id', '!=', row.staff_id)
        .executeTakeFirstOrThrow();
      if (Number(others.n) === 0) throw new AppError('CONFLICT', '不能停用最后一位在用的管理员：请先添加另一位管理员');
    }
    await trx.updateTable('staff').set({ deactivated_at: now.toISOString() }).where('staff_id', '=', row.staff_id).execute();
    await logAdminAction(trx, actor, 'staff_deactivated', { username: name, role: row.role }, context.ip ?? null, now);
    return memberOf({ ...row, deactivated_at: now.toISOString() });
  });
}

/**
 * A staff member's own change of password (the forced one after a temporary password, or any time): the current
 * password must be given. VALIDATION when it is wrong or the new one is too weak.
 */
export async function changeOwnPassword(
  db: Kysely<HubDB>,
  staffId: string,
  current: string,
  next: string,
  context: ActionContext = {},
): Promise<StaffMember> {
  const now = context.now ?? new Date();
  const row = await db.selectFrom('staff').selectAll().where('staff_id', '=', staffId).executeTakeFirst();
  if (!row || row.deactivated_at !== null) throw new AppError('NOT_FOUND', '账户不存在或已停用');
  if (!(await verifyPassword(current, row.password_hash))) throw new AppError('VALIDATION', '当前密码不正确');
  const problem = passwordProblem(next, row.username);
  if (problem) throw new AppError('VALIDATION', problem);
  if (next === current) throw new AppError('VALIDATION', '新密码不能与当前密码相同');
  const hash = await hashPassword(next);
  return writeTransaction(db, async (trx) => {
    await lockHub(trx, 'staff');
    const changes = { password_hash: hash, must_change_password: 0 };
    // Only if nobody reset it meanwhile: the password checked above must still be the stored one.
    const updated = await trx
      .updateTable('staff')
      .set(changes)
      .where('staff_id', '=', staffId)
      .where('password_hash', '=', row.password_hash)
      .where('deactivated_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('CONFLICT', '密码刚被管理员重置或账户已停用，请重新登录');
    await logAdminAction(trx, { staffId, name: row.username }, 'password_changed', {}, context.ip ?? null, now);
    return memberOf({ ...row, ...changes });
  });
}

export type LoginResult =
  | { ok: true; staff: StaffMember; fingerprint: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; lockedUntil: string };

let dummyHash: Promise<string> | null = null;

/**
 * Checks a sign-in and records it (login, login_failed, account_locked). An unknown or deactivated login name costs
 * the same scrypt as a known one and gets the same answer as a wrong password; the fifth failure in a row locks
 * the account for LOCK_MS, during which even the right password is refused.
 */
export async function verifyLogin(
  db: Kysely<HubDB>,
  username: string,
  password: string,
  context: ActionContext = {},
): Promise<LoginResult> {
  const now = context.now ?? new Date();
  const ip = context.ip ?? null;
  const nowIso = now.toISOString();
  const name = username.trim().toLowerCase();
  const shownName = [...name].slice(0, 64).join('');
  const row = usernameField.safeParse(name).success
    ? await db.selectFrom('staff').selectAll().where('username', '=', name).executeTakeFirst()
    : undefined;

  if (!row || row.deactivated_at !== null) {
    dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'));
    await verifyPassword(password, await dummyHash);
    const reason = row ? 'deactivated' : 'unknown_user';
    await logAdminAction(db, { staffId: row?.staff_id ?? null, name: shownName }, 'login_failed', { username: shownName, reason }, ip, now);
    return { ok: false, reason: 'invalid' };
  }
  const actor = { staffId: row.staff_id, name: row.username };
  if (row.locked_until !== null && row.locked_until > nowIso) {
    await logAdminAction(db, actor, 'login_failed', { username: row.username, reason: 'locked' }, ip, now);
    return { ok: false, reason: 'locked', lockedUntil: row.locked_until };
  }
  const good = await verifyPassword(password, row.password_hash);

  return writeTransaction(db, async (trx): Promise<LoginResult> => {
    // Counting failures is a read-check-write: one sign-in of this account at a time.
    await lockHub(trx, 'staff');
    const current = await trx.selectFrom('staff').selectAll().where('staff_id', '=', row.staff_id).executeTakeFirstOrThrow();
    if (current.deactivated_at !== null) {
      await logAdminAction(trx, actor, 'login_failed', { username: row.username, reason: 'deactivated' }, ip, now);
      return { ok: false, reason: 'invalid' };
    }
    if (current.locked_until !== null && current.locked_until > nowIso) {
      await logAdminAction(trx, actor, 'login_failed', { username: row.username, reason: 'locked' }, ip, now);
      return { ok: false, reason: 'locked', lockedUntil: current.locked_until };
    }
    if (good && current.password_hash === row.password_hash) {
      const changes = { failed_logins: 0, locked_until: null, last_login_at: nowIso };
      await trx.updateTable('staff').set(changes).where('staff_id', '=', row.staff_id).execute();
      await logAdminAction(trx, actor, 'login', { username: row.username }, ip, now);
      return { ok: true, staff: memberOf({ ...current, ...changes }), fingerprint: fingerprintOf(current.password_hash) };
    }
    const failed = Number(current.failed_logins) + 1;
    await logAdminAction(trx, actor, 'login_failed', { username: row.username, reason: 'bad_password', failures: failed }, ip, now);
    if (failed >= MAX_FAILED_LOGINS) {
      const lockedUntil = new Date(now.getTime() + LOCK_MS).toISOString();
      await trx.updateTable('staff').set({ failed_logins: 0, locked_until: lockedUntil }).where('staff_id', '=', row.staff_id).execute();
      await logAdminAction(trx, actor, 'account_locked', { username: row.username, until: lockedUntil }, ip, now);
      return { ok: false, reason: 'locked', lockedUntil };
    }
    await trx.updateTable('staff').set({ failed_logins: failed }).where('staff_id', '=', row.staff_id).execute();
    return { ok: false, reason: 'invalid' };
  });
}
