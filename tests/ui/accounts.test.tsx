// @vitest-environment jsdom
// 账户管理: the accounts with their roles and password history (a recovery at the PC stands out), adding one,
// resetting a password, the register's refusal to leave no administrator, and the idle time.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { AccountsPage } from '../../renderer/accounts/AccountsPage.tsx';
import type { User } from '../../shared/domain/account.ts';
import { AppError } from '../../shared/errors.ts';
import { ADMIN, PASSWORD, userOf } from './accountFixtures.ts';
import type { FakeHandlers } from './fakeApi.ts';
import { renderWithApi } from './render.tsx';

function register(initial: User[]): { users: User[]; handlers: FakeHandlers } {
  const users = [...initial];
  const handlers: FakeHandlers = {
    'users.list': () => users,
    'users.add': (input) => {
      const added = userOf(input.role, { username: input.username, name: input.name, lastLoginAt: null });
      users.push(added);
      return added;
    },
    'users.resetPassword': ({ id }) => {
      const i = users.findIndex((u) => u.id === id);
      users[i] = { ...users[i]!, mustChangePassword: true, passwordResetBy: `browser:${ADMIN.username}` };
      return users[i];
    },
    'users.update': (input) => {
      const user = users.find((u) => u.id === input.id)!;
      if (user.role === 'admin' && input.role && input.role !== 'admin')
        throw new AppError('CONFLICT', '这是唯一的管理员账户，不能停用或改为其他角色；请先另设一名管理员');
      Object.assign(user, input.name ? { name: input.name } : {}, input.active !== undefined ? { active: input.active } : {});
      return user;
    },
    'security.get': () => ({ idleMinutes: 15 }),
    'security.set': (input) => input,
  };
  return { users, handlers };
}

function passwordIn(scope: HTMLElement, label: string): HTMLInputElement {
  return within(scope).getByLabelText(new RegExp(`^${label}( \\*)?$`));
}

async function rowOf(name: string) {
  const table = await screen.findByRole('table', { name: '账户' });
  return within(table).getByText(name).closest('tr')!;
}

async function choose(user: UserEvent, scope: HTMLElement, label: string, option: string) {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('账户管理', () => {
  it('lists the accounts, and shows a password recovered at the PC as such', async () => {
    const recovered = userOf('admin', {
      username: 'zhaoli',
      name: '赵丽',
      mustChangePassword: true,
      passwordResetBy: 'cli:root@PC-01（本机恢复）',
    });
    const paused = userOf('mediator', { active: false, lastLoginAt: null });
    renderWithApi(<AccountsPage />, register([ADMIN, recovered, paused]).handlers);

    const me = await rowOf('王主任');
    expect(me).toHaveTextContent('admin');
    expect(me).toHaveTextContent('系统管理员');
    expect(within(me).queryByRole('button', { name: '停用' })).not.toBeInTheDocument();

    const row = await rowOf('赵丽');
    expect(row).toHaveTextContent('待修改密码');
    expect(row).toHaveTextContent('密码由 本机命令行：root@PC-01（本机恢复） 重置，待本人修改');
    const other = await rowOf('李调解');
    expect(other).toHaveTextContent('已停用');
    expect(other).toHaveTextContent('从未登录');
    expect(within(other).getByRole('button', { name: '启用' })).toBeInTheDocument();
  });

  it('adds an account with its role, checking the password typed twice', async () => {
    const { handlers } = register([ADMIN]);
    const { user, api } = renderWithApi(<AccountsPage />, handlers);
    await user.click(await screen.findByRole('button', { name: '添加账户' }));
    const dialog = await screen.findByRole('dialog', { name: '添加账户' });
    await user.type(within(dialog).getByRole('textbox', { name: '登录名' }), 'wangfang');
    await user.type(within(dialog).getByRole('textbox', { name: '姓名' }), '王芳');
    await choose(user, dialog, '角色', '调解员');
    expect(dialog).toHaveTextContent('可以：查看案件和当事人信息、记录办案环节、上传材料、填报矛盾纠纷排查');
    await choose(user, dialog, '角色', '登记员');
    await user.type(passwordIn(dialog, '密码'), PASSWORD);
    await user.type(passwordIn(dialog, '再次输入密码'), 'meiyuan-2025');
    await user.click(within(dialog).getByRole('button', { name: '添加账户' }));
    expect(within(dialog).getByText('两次输入的密码不一致')).toBeInTheDocument();
    expect(api.inputsOf('users.add')).toHaveLength(0);

    await user.clear(passwordIn(dialog, '再次输入密码'));
    await user.type(passwordIn(dialog, '再次输入密码'), PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: '添加账户' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '添加账户' })).not.toBeInTheDocument());
    expect(api.inputsOf('users.add')).toEqual([{ username: 'wangfang', name: '王芳', role: 'clerk', password: PASSWORD }]);
    expect(await rowOf('王芳')).toHaveTextContent('登记员');
    expect(screen.getByText(/已为王芳添加账户（登录名 wangfang）/)).toBeInTheDocument();
  });

  it('resets a password to a temporary one and says the user must change it at the next sign-in', async () => {
    const clerk = userOf('clerk');
    const { user, api } = renderWithApi(<AccountsPage />, register([ADMIN, clerk]).handlers);
    await user.click(within(await rowOf('王芳')).getByRole('button', { name: '重置密码' }));
    const dialog = await screen.findByRole('dialog', { name: '重置密码：王芳' });
    await user.click(within(dialog).getByRole('button', { name: '随机生成密码' }));
    const drawn = passwordIn(dialog, '临时密码').value;
    expect(drawn).toMatch(/^[a-zA-Z2-9]{10}$/);
    expect(passwordIn(dialog, '再次输入临时密码')).toHaveValue(drawn);
    expect(passwordIn(dialog, '临时密码')).toHaveAttribute('type', 'text');
    await user.click(within(dialog).getByRole('button', { name: '重置密码' }));

    expect(await screen.findByText(/下次登录时必须先修改密码/)).toBeInTheDocument();
    expect(api.inputsOf('users.resetPassword')).toEqual([{ id: clerk.id, password: drawn }]);
    const row = await rowOf('王芳');
    await waitFor(() => expect(row).toHaveTextContent('密码由 王主任（admin） 重置，待本人修改'));
  });

  it('shows the register’s refusal to leave the register without an administrator', async () => {
    const { user } = renderWithApi(<AccountsPage />, register([ADMIN]).handlers);
    await user.click(within(await rowOf('王主任')).getByRole('button', { name: '修改' }));
    const dialog = await screen.findByRole('dialog', { name: '修改账户：王主任' });
    await choose(user, dialog, '角色', '调委会主任');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('这是唯一的管理员账户，不能停用或改为其他角色；请先另设一名管理员')).toBeInTheDocument();
  });

  it('deactivates another account, and keeps the idle time', async () => {
    const clerk = userOf('clerk');
    const { user, api } = renderWithApi(<AccountsPage />, register([ADMIN, clerk]).handlers);
    await user.click(within(await rowOf('王芳')).getByRole('button', { name: '停用' }));
    await waitFor(async () => expect(await rowOf('王芳')).toHaveTextContent('已停用'));
    expect(api.inputsOf('users.update')).toEqual([{ id: clerk.id, active: false }]);

    const idle = screen.getByRole('form', { name: '自动锁定' });
    const minutes = within(idle).getByRole('textbox', { name: '无操作自动锁定时间（分钟）' });
    await waitFor(() => expect(minutes).toHaveValue('15'));
    await user.clear(minutes);
    await user.type(minutes, '30');
    await user.click(within(idle).getByRole('button', { name: '保存' }));
    expect(await within(idle).findByText('已保存')).toBeInTheDocument();
    expect(api.inputsOf('security.set')).toEqual([{ idleMinutes: 30 }]);
  });
});
