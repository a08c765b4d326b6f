// The accounts of the register: who, with which role, whether active, when last signed in, and how the password
// came about — a reset by an administrator, and above all a recovery at the PC itself, is shown to every
// administrator.
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ROLE_LABELS, type User } from '../../shared/domain/account.ts';
import { actorLabel, isRecovery } from '../common/actors.ts';
import { formatInstant } from '../common/dates.ts';

interface UserTableProps {
  users: User[];
  /** The signed-in administrator, who changes their own password in the user menu and cannot deactivate themselves. */
  meId: string;
  busyId: string | null;
  onEdit: (user: User) => void;
  onReset: (user: User) => void;
  onActive: (user: User, active: boolean) => void;
}

export function UserTable({ users, meId, busyId, onEdit, onReset, onActive }: UserTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" aria-label="账户">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>姓名</Table.Th>
            <Table.Th>登录名</Table.Th>
            <Table.Th>角色</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>最近登录</Table.Th>
            <Table.Th>密码</Table.Th>
            <Table.Th>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
              <Table.Td fw={600}>
                {user.name}
                {user.id === meId && (
                  <Text span size="xs" c="dimmed" ml={4}>
                    （本人）
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace">{user.username}</Table.Td>
              <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
              <Table.Td>
                <StateBadges user={user} />
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? formatInstant(user.lastLoginAt) : '从未登录'}</Table.Td>
              <Table.Td>
                <PasswordHistory user={user} users={users} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" onClick={() => onEdit(user)}>
                    修改
                  </Button>
                  {user.id !== meId && (
                    <Button size="compact-sm" variant="subtle" onClick={() => onReset(user)}>
                      重置密码
                    </Button>
                  )}
                  {user.id !== meId && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color={user.active ? 'red' : undefined}
                      loading={busyId === user.id}
                      onClick={() => onActive(user, !user.active)}
                    >
                      {user.active ? '停用' : '启用'}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StateBadges({ user }: { user: User }) {
  if (!user.active)
    return (
      <Badge color="gray" variant="light">
        已停用
      </Badge>
    );
  return (
    <Group gap={4}>
      <Badge color="green" variant="light">
        正常
      </Badge>
      {user.mustChangePassword && (
        <Badge color="orange" variant="light">
          待修改密码
        </Badge>
      )}
    </Group>
  );
}

function PasswordHistory({ user, users }: { user: User; users: User[] }) {
  const resetBy = user.passwordResetBy;
  if (!resetBy) return <Text size="sm">{user.passwordChangedAt ? `${formatInstant(user.passwordChangedAt)} 设置` : '—'}</Text>;
  const recovery = isRecovery(resetBy);
  const who = actorLabel(resetBy, users);
  const since = user.mustChangePassword
    ? '，待本人修改'
    : user.passwordChangedAt
      ? `；本人已于 ${formatInstant(user.passwordChangedAt)} 改过`
      : '';
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      {recovery && <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />}
      <Text size="sm" c={recovery ? 'orange.8' : undefined} fw={recovery ? 600 : undefined}>
        密码由 {who} 重置{since}
      </Text>
    </Group>
  );
}
