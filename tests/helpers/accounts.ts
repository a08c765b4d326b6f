// Signed-in clients for tests of accounts and permissions: a register's first administrator and users of each
// role, each calling through the dispatcher with their own session, as the desktop window does.
import { createClient, type ApiClient } from '../../shared/api/client.ts';
import type { Role } from '../../shared/domain/account.ts';
import type { Register } from '../../services/register.ts';
import type { ApiResult } from '../../shared/api/result.ts';

export const PASSWORD = 'meiyuan-2026';

export interface SignedIn {
  api: ApiClient;
  token: string;
  /** The raw answer, for asserting refusals by code. */
  raw(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

export function asSession(register: Register, token: string): SignedIn {
  const raw = (method: string, input: unknown) => register.dispatch(method, input, { via: 'desktop', session: token });
  return { api: createClient(raw), token, raw };
}

export async function firstAdmin(register: Register): Promise<SignedIn> {
  const anonymous = createClient((method, input) => register.dispatch(method, input, { via: 'desktop' }));
  const session = await anonymous.call('auth.setupAdmin', { username: 'admin', name: '王主任', password: PASSWORD });
  return asSession(register, session.token);
}

export async function signIn(register: Register, username: string, password = PASSWORD): Promise<SignedIn> {
  const anonymous = createClient((method, input) => register.dispatch(method, input, { via: 'desktop' }));
  const session = await anonymous.call('auth.login', { username, password });
  return asSession(register, session.token);
}

/** An account of the role, created by the administrator, and signed in. */
export async function userOf(register: Register, admin: SignedIn, role: Role, username: string = role): Promise<SignedIn> {
  await admin.api.call('users.add', { username, name: `${role}用户`, role, password: PASSWORD });
  return signIn(register, username);
}
