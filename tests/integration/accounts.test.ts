// Accounts, sessions and permissions, through the real dispatcher on a real register file.
import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/api/contract.ts';
import { ROLES } from '../../shared/domain/account.ts';
import { METHOD_RULES, mayCall } from '../../shared/rules/permissions.ts';
import { changesOf } from '../../services/audit/log.ts';
import { SessionStore } from '../../services/auth/sessions.ts';
import { testRegister, sampleCase } from '../helpers/register.ts';
import { PASSWORD, asSession, firstAdmin, signIn, userOf } from '../helpers/accounts.ts';

const METHODS = Object.keys(contract) as MethodName[];

describe('the permission table', () => {
  it('has exactly one rule for every method of the contract', () => {
    expect(Object.keys(METHOD_RULES).sort()).toEqual([...METHODS].sort());
  });

  it('is enforced by the services for every method and every role', async () => {
    const { register } = await testRegister();
    const admin = await firstAdmin(register);
    const users = {
      admin,
      ...Object.fromEntries(
        await Promise.all(['clerk', 'mediator', 'director'].map(async (r) => [r, await userOf(register, admin, r as never)])),
      ),
    };
    for (const role of ROLES) {
      const user = users[role]!;
      for (const method of METHODS) {
        const rule = METHOD_RULES[method];
        if (rule === 'public' || rule === 'session') continue; // every signed-in user; tested below
        // An input no method accepts: an allowed call stops at validation, a forbidden one before it.
        const result = await user.raw(method, 'not an input');
        const code = result.ok ? 'OK' : result.error.code;
        if (mayCall(role, method)) expect(code, `${role} → ${method}`).toBe('VALIDATION');
        else expect(code, `${role} → ${method}`).toBe('FORBIDDEN');
      }
    }
  });

  it('refuses every method but the public ones to a caller who has not signed in', async () => {
    const { register } = await testRegister();
    for (const method of METHODS) {
      const result = await register.dispatch(method, 'not an input', { via: 'browser' });
      const code = result.ok ? 'OK' : result.error.code;
      if (METHOD_RULES[method] === 'public') expect(code, method).toBe('VALIDATION');
      else if (METHOD_RULES[method] === 'operator') expect(code, method).toBe('FORBIDDEN');
      else expect(code, method).toBe('UNAUTHENTICATED');
    }
  });
});

describe('accounts', () => {
  it('create the first administrator once, and sign in only with the right password', async () => {
    const { register, api } = await testRegister();
    expect(await api.call('auth.status', {})).toMatchObject({ hasAccounts: false, user: null });
    const admin = await firstAdmin(register);
    expect(await admin.api.call('auth.status', {})).toMatchObject({
      hasAccounts: true,
      user: { username: 'admin', role: 'admin' },
      locked: false,
    });
    await expect(firstAdmin(register)).rejects.toMatchObject({ code: 'ALREADY_SET_UP' });
    await expect(signIn(register, 'admin', 'wrong-password')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '登录名或密码不正确',
    });
    await expect(signIn(register, 'nobody')).rejects.toMatchObject({ message: '登录名或密码不正确' });
    expect((await signIn(register, 'ADMIN ')).token).toMatch(/^[\w-]{40,}$/);
    const stored = await register.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.password_hash).not.toContain(PASSWORD);
  });

  it('pause an account after five wrong passwords, even for the right one', async () => {
    const { register } = await testRegister();
    await firstAdmin(register);
    for (let i = 0; i < 5; i++) await expect(signIn(register, 'admin', `wrong-${i}-pw`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(signIn(register, 'admin')).rejects.toMatchObject({ message: expect.stringMatching(/连续输错5次，请于 \d\d:\d\d 后再试/) });
    const failures = (
      await changesOf(register.db, 'session', (await register.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id)
    ).filter((c) => c.action === 'login.failed');
    expect(failures).toHaveLength(5);
  });

  it('lock an idle session: the same password opens it, and nothing else works meanwhile', async () => {
    const { register } = await testRegister();
    const admin = await firstAdmin(register);
    const clerk = await userOf(register, admin, 'clerk');
    expect(await clerk.api.call('auth.touch', {})).toEqual({ locked: false });
    await clerk.api.call('auth.lock', {});
    expect(await clerk.api.call('auth.touch', {})).toEqual({ locked: true }); // a locked session is not kept alive
    expect(await clerk.raw('cases.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await clerk.api.call('auth.status', {})).toMatchObject({ locked: true, user: { username: 'clerk' } });
    expect(await clerk.raw('auth.unlock', { password: 'not-the-one' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await clerk.api.call('auth.unlock', { password: PASSWORD });
    expect((await clerk.api.call('cases.list', {})).total).toBe(0);
  });

  it('make a user with a reset password choose a new one before anything else', async () => {
    const { register } = await testRegister();
    const admin = await firstAdmin(register);
    const clerk = await userOf(register, admin, 'clerk');
    const { id } = (await admin.api.call('users.list', {})).find((u) => u.username === 'clerk')!;
    await admin.api.call('users.resetPassword', { id, password: 'temporary-1' });
    expect(await clerk.raw('cases.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } }); // signed out
    const again = await signIn(register, 'clerk', 'temporary-1');
    expect(await again.raw('cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '请先修改密码，再继续使用' },
    });
    await again.api.call('auth.changePassword', { current: 'temporary-1', next: 'my-own-secret' });
    expect((await again.api.call('cases.list', {})).total).toBe(0);
    expect((await admin.api.call('users.list', {})).find((u) => u.id === id)).toMatchObject({
      mustChangePassword: false,
      passwordResetBy: 'desktop:admin',
    });
  });

  it('sign a deactivated user out at once, and keep the last administrator', async () => {
    const { register } = await testRegister();
    const admin = await firstAdmin(register);
    const clerk = await userOf(register, admin, 'clerk');
    const users = await admin.api.call('users.list', {});
    await admin.api.call('users.update', { id: users.find((u) => u.username === 'clerk')!.id, active: false });
    expect(await clerk.raw('cases.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await expect(signIn(register, 'clerk')).rejects.toMatchObject({ message: '此账户已停用，请联系管理员' });
    const self = users.find((u) => u.username === 'admin')!;
    await expect(admin.api.call('users.update', { id: self.id, role: 'clerk' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('recover an administrator password only at the command line, with a trace', async () => {
    const { register, api } = await testRegister(); // api: the local operator, as the CLI
    const admin = await firstAdmin(register);
    expect(await admin.raw('users.recover', { host: 'PC-01' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { user, temporaryPassword } = await api.call('users.recover', { host: 'PC-01' });
    expect(user).toMatchObject({ username: 'admin', mustChangePassword: true, passwordResetBy: 'test:clerk@PC-01（本机恢复）' });
    expect(await admin.raw('users.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const back = await signIn(register, 'admin', temporaryPassword);
    expect(await back.api.call('auth.status', {})).toMatchObject({ user: { mustChangePassword: true } });
    expect((await changesOf(register.db, 'user', user.id)).map((c) => [c.action, c.actor])).toContainEqual([
      'password.recover',
      'test:clerk',
    ]);
  });
});

describe('the audit of reads', () => {
  it('records who opened a case, and a refused call', async () => {
    const { register, api } = await testRegister();
    const admin = await firstAdmin(register);
    const mediator = await userOf(register, admin, 'mediator');
    const { id } = await api.call('cases.register', sampleCase());
    await mediator.api.call('cases.get', { id });
    expect(await mediator.raw('cases.register', sampleCase())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const page = await admin.api.call('audit.list', { limit: 10 });
    const mediatorId = (await admin.api.call('users.list', {})).find((u) => u.username === 'mediator')!.id;
    expect(page.entries.slice(0, 2)).toMatchObject([
      { action: 'denied', actor: 'desktop:mediator', userId: mediatorId, summary: '越权操作被拒绝' },
      { action: 'read', entity: 'case', entityId: id, actor: 'desktop:mediator', userId: mediatorId, summary: '查看 · 案件' },
    ]);
    expect(JSON.stringify(page)).not.toContain('张三');
    expect((await admin.api.call('audit.list', { userId: mediatorId })).entries.map((e) => e.action)).toEqual(['denied', 'read', 'login']);
    expect(await mediator.raw('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('sessions', () => {
  it('lock after the idle time and not before', () => {
    const store = new SessionStore(15 * 60_000);
    const token = store.create('u1', 0);
    expect(store.peek(token, 14 * 60_000)).toEqual({ userId: 'u1', locked: false });
    store.touch(token, 14 * 60_000);
    expect(store.peek(token, 28 * 60_000)).toEqual({ userId: 'u1', locked: false });
    expect(store.peek(token, 29 * 60_000 + 1)).toEqual({ userId: 'u1', locked: true });
    store.touch(token, 30 * 60_000); // a locked session is not kept alive by calls
    expect(store.peek(token, 30 * 60_000)).toEqual({ userId: 'u1', locked: true });
    store.unlock(token, 31 * 60_000);
    expect(store.peek(token, 31 * 60_000)).toEqual({ userId: 'u1', locked: false });
    expect(store.peek('unknown')).toBeNull();
    expect(asSession).toBeTypeOf('function');
  });
});
