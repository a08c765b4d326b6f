// Accounts of the register: who may sign in on this PC, with which role, and the audit log that records what
// they saw and changed. Roles and what each may do are in shared/rules/permissions.ts.
import { z } from '../zod.ts';
import { recordId, text } from './fields.ts';

export const ROLES = ['clerk', 'mediator', 'director', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  clerk: '登记员',
  mediator: '调解员',
  director: '调委会主任',
  admin: '系统管理员',
};
export const role = z.enum(ROLES, { error: '请选择角色' });

export const MIN_PASSWORD_CHARS = 8;

export const username = z
  .string({ error: '请填写登录名' })
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => /^[a-z0-9][a-z0-9._-]{1,31}$/.test(s), '登录名为2–32位字母、数字、点、横线或下划线，以字母或数字开头');

export const password = z
  .string({ error: '请填写密码' })
  .refine((s) => [...s].length >= MIN_PASSWORD_CHARS, `密码至少${MIN_PASSWORD_CHARS}位`)
  .refine((s) => [...s].length <= 128, '密码不能超过128位')
  .refine((s) => new Set(s).size >= 4, '密码太简单：请至少使用4个不同的字符');

export const User = z.object({
  id: recordId,
  username: z.string(),
  name: z.string(),
  role,
  active: z.boolean(),
  /** Set by an administrator's reset or the recovery command: the next sign-in must choose a new password. */
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  passwordChangedAt: z.string().nullable(),
  /** Who reset the password last, e.g. 'cli:root@PC-01 (本机恢复)'; shown to administrators. */
  passwordResetBy: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const UserInput = z.object({
  username,
  name: text('姓名', 30, 1),
  role,
  password,
});
export type UserInput = z.input<typeof UserInput>;

export const UserUpdate = z.object({
  id: recordId,
  name: text('姓名', 30, 1).optional(),
  role: role.optional(),
  active: z.boolean().optional(),
});
export type UserUpdate = z.input<typeof UserUpdate>;

export const FirstAdminInput = UserInput.omit({ role: true });
export type FirstAdminInput = z.input<typeof FirstAdminInput>;

export const LoginInput = z.object({ username, password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128) });
export type LoginInput = z.input<typeof LoginInput>;

export const PasswordChange = z
  .object({ current: z.string().min(1, '请填写原密码').max(128), next: password })
  .refine((p) => p.current !== p.next, { message: '新密码不能与原密码相同', path: ['next'] });
export type PasswordChange = z.input<typeof PasswordChange>;

export const SecuritySettings = z.object({
  /** Minutes without use after which the screen locks and the password is asked again. */
  idleMinutes: z.number({ error: '请填写分钟数' }).int('请填写整数').min(1, '至少1分钟').max(240, '最多240分钟'),
});
export type SecuritySettings = z.infer<typeof SecuritySettings>;
export const DEFAULT_SECURITY: SecuritySettings = { idleMinutes: 15 };

export const Session = z.object({
  token: z.string(),
  user: User,
  idleMinutes: z.number().int(),
});
export type Session = z.infer<typeof Session>;

export const AuthStatus = z.object({
  /** False on a register with no account yet: the first administrator must be created. */
  hasAccounts: z.boolean(),
  /** The signed-in user of the session given with the call, or null. */
  user: User.nullable(),
  /** The session exists but was idle too long: the password must be entered again. */
  locked: z.boolean(),
  idleMinutes: z.number().int(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

// ---- Audit log ----------------------------------------------------------------------------------------

export const AuditQuery = z.object({
  /** Entries before this sequence number (for the next page); newest first. */
  before: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(200).default(50),
  userId: recordId.nullish(),
  entity: z.string().max(40).nullish(),
  entityId: z.string().max(80).nullish(),
  action: z.string().max(40).nullish(),
  from: z.string().max(30).nullish(),
  to: z.string().max(30).nullish(),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  userId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  /** A short description in Chinese, without personal data. */
  summary: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ entries: z.array(AuditEntry), hasMore: z.boolean() });
export type AuditPage = z.infer<typeof AuditPage>;

export const AUDIT_PROBLEMS = ['AUDIT_EDITED', 'AUDIT_DELETED', 'AUDIT_REORDERED', 'AUDIT_TRUNCATED', 'AUDIT_UNCHAINED'] as const;
export const AuditVerification = z.object({
  entries: z.number().int(),
  ok: z.boolean(),
  problems: z.array(z.object({ code: z.enum(AUDIT_PROBLEMS), seq: z.number().int(), message: z.string() })),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
