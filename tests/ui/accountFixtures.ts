// Accounts and sessions for the fake API: a user of each role, the sign-in status of one, a session.
import type { AuthStatus, Role, Session, User } from '../../shared/domain/account.ts';
import { newId } from '../../shared/rules/ids.ts';

export const PASSWORD = 'meiyuan-2026';

export function userOf(role: Role, patch: Partial<User> = {}): User {
  const names: Record<Role, [string, string]> = {
    admin: ['admin', '王主任'],
    director: ['director', '陈主任'],
    clerk: ['wangfang', '王芳'],
    mediator: ['lisi', '李调解'],
  };
  const [username, name] = names[role];
  return {
    id: newId(),
    username,
    name,
    role,
    active: true,
    mustChangePassword: false,
    lastLoginAt: '2026-03-02T01:30:00.000Z',
    passwordChangedAt: '2026-03-01T01:00:00.000Z',
    passwordResetBy: null,
    createdAt: '2026-03-01T01:00:00.000Z',
    ...patch,
  };
}

export const ADMIN = userOf('admin');

export function statusOf(user: User | null, patch: Partial<AuthStatus> = {}): AuthStatus {
  return { hasAccounts: true, user, locked: false, idleMinutes: 15, ...patch };
}

export function sessionOf(user: User, token = `token-${user.username}`): Session {
  return { token, user, idleMinutes: 15 };
}
