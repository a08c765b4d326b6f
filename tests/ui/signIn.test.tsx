// @vitest-environment jsdom
// The sign-in gate: the first administrator on a register without accounts (then the committee setup), a
// refused sign-in in the register's words, the forced password change, the lock screen above a page that keeps
// what was typed, the register's own lock and sign-out heard from any call, and the user menu.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { SESSION_STORAGE_KEY, currentSession, keepSessionIn, watchSession } from '../../renderer/api/session.ts';
import type { AuthStatus, User } from '../../shared/domain/account.ts';
import { AppError } from '../../shared/errors.ts';
import { ADMIN, PASSWORD, sessionOf, statusOf, userOf } from './accountFixtures.ts';
import { CASE_ID, MEDIATING, MEDIATORS, caseDetail } from './caseFileFixtures.ts';
import { COMMITTEE, childrenOf } from './fixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderApp } from './render.tsx';
import { EMPTY_WORKLIST } from './workFixtures.ts';

const CLERK = userOf('clerk');

/** A set-up register whose home page is empty: what the workbench needs to show. */
const workbench: FakeHandlers = {
  'setup.status': () => ({ done: true, ownCommittee: COMMITTEE }),
  'work.today': () => EMPTY_WORKLIST,
  'committees.list': () => [COMMITTEE],
};

function signedIn(user: User, status: Partial<AuthStatus> = {}): FakeHandlers {
  return { ...workbench, 'auth.status': () => statusOf(user, status) };
}

/** A password field by its label (Mantine's required asterisk is part of the label's text, not of its name). */
function passwordIn(scope: HTMLElement, label: string): HTMLInputElement {
  return within(scope).getByLabelText(new RegExp(`^${label}( \\*)?$`));
}

const wrongPassword = () => {
  throw new AppError('VALIDATION', '密码不正确', [{ path: 'password', message: '密码不正确' }]);
};

describe('首次使用：创建管理员账户', () => {
  it('asks for the password twice with its rules, signs the administrator in and goes on to the committee setup', async () => {
    const { user, api } = renderApp({
      'auth.status': () => ({ hasAccounts: false, user: null, locked: false, idleMinutes: 15 }),
      'auth.setupAdmin': (input) => sessionOf(userOf('admin', { username: input.username, name: input.name }), 'first-token'),
      'setup.status': () => ({ done: false, ownCommittee: null }),
      'divisions.children': ({ code }) => childrenOf(code),
    });
    const form = await screen.findByRole('form', { name: '创建管理员账户' });
    expect(within(form).getByText(/至少8位，至少使用4个不同的字符/)).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: '登录名' }), 'Admin');
    await user.type(within(form).getByRole('textbox', { name: '姓名' }), '王主任');
    await user.type(passwordIn(form, '密码'), 'short');
    await user.type(passwordIn(form, '再次输入密码'), 'shorter');
    await user.click(within(form).getByRole('button', { name: '创建管理员账户' }));
    expect(within(form).getByText('密码至少8位')).toBeInTheDocument();
    expect(within(form).getByText('两次输入的密码不一致')).toBeInTheDocument();
    expect(api.inputsOf('auth.setupAdmin')).toHaveLength(0);

    await user.clear(passwordIn(form, '密码'));
    await user.type(passwordIn(form, '密码'), PASSWORD);
    await user.clear(passwordIn(form, '再次输入密码'));
    await user.type(passwordIn(form, '再次输入密码'), PASSWORD);
    await user.click(within(form).getByRole('button', { name: '创建管理员账户' }));

    expect(await screen.findByRole('button', { name: '完成设置' })).toBeInTheDocument();
    expect(api.inputsOf('auth.setupAdmin')).toEqual([{ username: 'Admin', name: '王主任', password: PASSWORD }]);
    expect(currentSession()).toBe('first-token');
  });
});

describe('登录', () => {
  it('shows the register’s refusal in its words, then signs in and keeps the session for the tab', async () => {
    keepSessionIn(window.sessionStorage);
    let attempts = 0;
    const { user, api } = renderApp({
      ...workbench,
      'auth.status': () => statusOf(null),
      'auth.login': (input) => {
        attempts++;
        if (attempts === 1) throw new AppError('UNAUTHENTICATED', '登录名或密码不正确');
        if (attempts === 2) throw new AppError('UNAUTHENTICATED', '密码连续输错5次，请于 14:35 后再试');
        return sessionOf(userOf('clerk', { username: input.username }), 'clerk-token');
      },
    });
    const form = await screen.findByRole('form', { name: '登录' });
    await user.click(within(form).getByRole('button', { name: '登录' }));
    expect(within(form).getByText('请填写登录名')).toBeInTheDocument();
    expect(within(form).getByText('请填写密码')).toBeInTheDocument();
    expect(api.inputsOf('auth.login')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: '登录名' }), 'wangfang');
    await user.type(passwordIn(form, '密码'), 'wrong-password');
    await user.click(within(form).getByRole('button', { name: '登录' }));
    expect(await within(form).findByText('登录名或密码不正确')).toBeInTheDocument();
    expect(passwordIn(form, '密码')).toHaveValue('');

    await user.type(passwordIn(form, '密码'), 'wrong-again');
    await user.click(within(form).getByRole('button', { name: '登录' }));
    expect(await within(form).findByText('密码连续输错5次，请于 14:35 后再试')).toBeInTheDocument();

    await user.type(passwordIn(form, '密码'), PASSWORD);
    await user.click(within(form).getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: '今日工作' })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(SESSION_STORAGE_KEY)).toBe('clerk-token');
  });
});

describe('修改密码', () => {
  it('asks a user with a temporary password for a new one before anything else', async () => {
    const reset = userOf('clerk', { mustChangePassword: true, passwordResetBy: 'browser:admin' });
    const { user, api } = renderApp({
      ...signedIn(reset),
      'auth.changePassword': () => ({ ...reset, mustChangePassword: false }),
    });
    expect(await screen.findByRole('heading', { name: '请修改密码' })).toBeInTheDocument();
    expect(api.inputsOf('setup.status')).toHaveLength(0);

    const form = screen.getByRole('form', { name: '修改密码' });
    await user.type(passwordIn(form, '原密码'), 'Temp-1234');
    await user.type(passwordIn(form, '新密码'), 'Temp-1234');
    await user.type(passwordIn(form, '再次输入新密码'), 'Temp-1234');
    await user.click(within(form).getByRole('button', { name: '修改密码' }));
    expect(within(form).getByText('新密码不能与原密码相同')).toBeInTheDocument();

    await user.clear(passwordIn(form, '新密码'));
    await user.type(passwordIn(form, '新密码'), PASSWORD);
    await user.clear(passwordIn(form, '再次输入新密码'));
    await user.type(passwordIn(form, '再次输入新密码'), PASSWORD);
    await user.click(within(form).getByRole('button', { name: '修改密码' }));

    expect(await screen.findByRole('heading', { name: '今日工作' })).toBeInTheDocument();
    expect(api.inputsOf('auth.changePassword')).toEqual([{ current: 'Temp-1234', next: PASSWORD }]);
  });
});

describe('锁定', () => {
  it('covers the page without unmounting it, and the same user’s password opens it with everything typed still there', async () => {
    window.location.hash = '#/register';
    const { user, api } = renderApp({
      ...signedIn(CLERK),
      'auth.lock': () => ({ locked: true }),
      'auth.unlock': ({ password }) => (password === PASSWORD ? sessionOf(CLERK) : wrongPassword()),
    });
    const facts = await screen.findByRole('textbox', { name: '纠纷简要情况' });
    await user.type(facts, '楼上漏水');

    await user.click(screen.getByRole('button', { name: '锁定' }));
    const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
    expect(lock).toHaveTextContent('王芳（登记员）');
    await waitFor(() => expect(api.inputsOf('auth.lock')).toHaveLength(1));
    expect(screen.getByRole('textbox', { name: '纠纷简要情况', hidden: true })).toHaveValue('楼上漏水');

    await user.click(within(lock).getByRole('button', { name: '解锁' }));
    expect(within(lock).getByText('请填写密码')).toBeInTheDocument();
    await user.type(passwordIn(lock, '密码'), 'not-my-password');
    await user.click(within(lock).getByRole('button', { name: '解锁' }));
    expect(await within(lock).findByText('密码不正确')).toBeInTheDocument();

    await user.type(passwordIn(lock, '密码'), PASSWORD);
    await user.click(within(lock).getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: '纠纷简要情况' })).toBe(facts);
    expect(facts).toHaveValue('楼上漏水');
  });

  it('locks when the register answers a call with SESSION_LOCKED, and 切换用户 signs out', async () => {
    const idle = () => {
      throw new AppError('SESSION_LOCKED', '长时间未操作，屏幕已锁定：请输入密码解锁');
    };
    const { user, api } = renderApp({
      ...signedIn(CLERK),
      'warnings.board': idle,
      'config.get': idle,
      'auth.logout': () => ({ done: true }),
    });
    await screen.findByRole('heading', { name: '今日工作' });
    // Any call, made anywhere: here the warnings page loading.
    window.location.hash = '#/warnings';
    const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
    expect(lock).toHaveTextContent('刚才的操作没有完成');

    await user.click(within(lock).getByRole('button', { name: '切换用户' }));
    expect(await screen.findByRole('form', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByText('已退出登录。')).toBeInTheDocument();
    expect(api.inputsOf('auth.logout')).toHaveLength(1);
  });

  it('keeps an open dialog beneath, also when Escape is pressed on the lock screen', async () => {
    window.location.hash = `#/cases/${CASE_ID}`;
    const { user } = renderApp({
      ...signedIn(CLERK),
      'cases.get': () => caseDetail({ steps: MEDIATING }),
      'mediators.list': () => MEDIATORS,
      'auth.unlock': () => sessionOf(CLERK),
    });
    await user.click(within(await screen.findByRole('group', { name: '办理' })).getByRole('button', { name: '调解记录' }));
    const dialog = await screen.findByRole('dialog', { name: '调解记录' });
    await user.type(within(dialog).getByRole('textbox', { name: '地点' }), '社区调解室');

    // The register refuses some call as locked (here, straight through the notice every call passes).
    await watchSession(async () => ({ ok: false, error: { code: 'SESSION_LOCKED', message: '长时间未操作' } }))('cases.list', {});
    const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
    await user.type(passwordIn(lock, '密码'), `${PASSWORD}{Escape}`);
    expect(screen.getByRole('dialog', { name: '调解记录', hidden: true })).toBeInTheDocument();
    await user.click(within(lock).getByRole('button', { name: '解锁' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).not.toBeInTheDocument());
    expect(within(screen.getByRole('dialog', { name: '调解记录' })).getByRole('textbox', { name: '地点' })).toHaveValue('社区调解室');
  });

  it('opens on the lock screen alone when the tab comes back to a locked session', async () => {
    const { user } = renderApp({ ...signedIn(CLERK, { locked: true }), 'auth.unlock': () => sessionOf(CLERK) });
    const lock = await screen.findByRole('dialog', { name: '屏幕已锁定' });
    expect(screen.queryByRole('heading', { name: '今日工作' })).not.toBeInTheDocument();
    await user.type(passwordIn(lock, '密码'), PASSWORD);
    await user.click(within(lock).getByRole('button', { name: '解锁' }));
    expect(await screen.findByRole('heading', { name: '今日工作' })).toBeInTheDocument();
  });
});

describe('登录失效', () => {
  it('shows the sign-in with the reason when a call says the session is gone', async () => {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, 'old-token');
    keepSessionIn(window.sessionStorage);
    renderApp({
      ...signedIn(CLERK),
      'work.today': () => {
        throw new AppError('UNAUTHENTICATED', '请先登录');
      },
    });
    expect(await screen.findByRole('form', { name: '登录' })).toBeInTheDocument();
    expect(screen.getByText(/登录已失效/)).toBeInTheDocument();
    expect(window.sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});

describe('账户菜单', () => {
  it('shows who is signed in, changes the password in a dialog and signs out', async () => {
    const { user, api } = renderApp({
      ...signedIn(ADMIN),
      'auth.changePassword': () => ADMIN,
      'auth.logout': () => ({ done: true }),
    });
    const me = await screen.findByRole('button', { name: '王主任（系统管理员）' });
    await user.click(me);
    await user.click(await screen.findByRole('menuitem', { name: '修改密码' }));
    const dialog = await screen.findByRole('dialog', { name: '修改密码' });
    await user.type(passwordIn(dialog, '原密码'), PASSWORD);
    await user.type(passwordIn(dialog, '新密码'), 'another-2026');
    await user.type(passwordIn(dialog, '再次输入新密码'), 'another-2026');
    await user.click(within(dialog).getByRole('button', { name: '修改密码' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '修改密码' })).not.toBeInTheDocument());
    expect(api.inputsOf('auth.changePassword')).toEqual([{ current: PASSWORD, next: 'another-2026' }]);

    await user.click(me);
    await user.click(await screen.findByRole('menuitem', { name: '退出登录' }));
    expect(await screen.findByRole('form', { name: '登录' })).toBeInTheDocument();
  });
});

describe('a damaged register at start', () => {
  it('shows the recovery page instead of the sign-in', async () => {
    renderApp({
      'auth.status': () => {
        throw new AppError('DB_INVALID', '数据文件检查未通过');
      },
      'recovery.status': () => ({
        problem: '数据文件 /data/fengqiao.sqlite3 检查未通过，可能已损坏。',
        databaseFile: '/data/fengqiao.sqlite3',
        backups: [
          {
            name: 'fengqiao-auto-2026-11-28T09-00-00-000Z.fqbak',
            createdAt: '2026-11-28T09:00:00.000Z',
            bytes: 1048576,
            file: '/data/backups/auto/fengqiao-auto-2026-11-28T09-00-00-000Z.fqbak',
            location: 'auto',
          },
        ],
      }),
    });
    expect(await screen.findByText(/检查未通过，可能已损坏/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /从此备份恢复/ })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: '登录' })).not.toBeInTheDocument();
  });
});
