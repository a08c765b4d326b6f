// 账户管理 (administrators): the accounts, adding one, changing a name or role, deactivating and reactivating,
// resetting a forgotten password; and after how long an unused screen locks.
import { useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { User } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk, notifySuccess } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useSignedIn } from '../auth/SessionContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { AddUserDialog } from './AddUserDialog.tsx';
import { EditUserDialog } from './EditUserDialog.tsx';
import { IdleTimeForm } from './IdleTimeForm.tsx';
import { ResetPasswordDialog } from './ResetPasswordDialog.tsx';
import { UserTable } from './UserTable.tsx';

type Dialog = { kind: 'add' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;
type Outcome = { ok: boolean; title: string; text: string } | null;

export function AccountsPage() {
  const api = useApi();
  const { user: me, userChanged } = useSignedIn();
  const users = useApiQuery('users.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const done = (title: string, text: string, user: User) => {
    if (user.id === me.id) userChanged(user);
    setDialog(null);
    setOutcome({ ok: true, title, text });
    users.reload();
  };

  async function setActive(user: User, active: boolean) {
    setOutcome(null);
    setBusyId(user.id);
    try {
      await api.call('users.update', { id: user.id, active });
      notifySuccess(active ? '已启用' : '已停用', active ? `${user.name}可以重新登录了` : `${user.name}的账户已停用，其登录已退出`);
      users.reload();
    } catch (error) {
      setOutcome({ ok: false, title: active ? '账户没有启用' : '账户没有停用', text: describeForClerk(error) });
    } finally {
      setBusyId(null);
    }
  }

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Title order={2}>账户管理</Title>
        <Group gap="sm">
          {users.loading && <Loader size="sm" aria-label="正在读取" />}
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
            添加账户
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        每位工作人员使用自己的账户登录，所做的登记、查看和修改都记入审计日志。停用的账户不能登录，其记录保留。
      </Text>
      {outcome && (
        <Alert color={outcome.ok ? 'green' : 'red'} title={outcome.title} withCloseButton onClose={() => setOutcome(null)}>
          {outcome.text}
        </Alert>
      )}
      <LoadError title="账户名单没有读出来" query={users} />
      {users.data && (
        <UserTable
          users={users.data}
          meId={me.id}
          busyId={busyId}
          onEdit={(user) => setDialog({ kind: 'edit', user })}
          onReset={(user) => setDialog({ kind: 'reset', user })}
          onActive={(user, active) => void setActive(user, active)}
        />
      )}
      <IdleTimeForm />

      {dialog?.kind === 'add' && (
        <AddUserDialog
          onClose={() => setDialog(null)}
          onAdded={(user) =>
            done('账户已添加', `已为${user.name}添加账户（登录名 ${user.username}）。请把登录名和密码当面告诉本人。`, user)
          }
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onSaved={(user) => done('账户已修改', `${user.name}的账户已保存。`, user)}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onReset={(user) =>
            done('密码已重置', `请把临时密码当面告诉${user.name}。${user.name}下次登录时必须先修改密码；此前在各处的登录已经退出。`, user)
          }
        />
      )}
    </Stack>
  );
}
