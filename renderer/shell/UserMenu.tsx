// The header's right end: who is signed in (name and role), 锁定 at hand, and a menu with 修改密码 and 退出登录.
import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../shared/domain/account.ts';
import { useSignedIn } from '../auth/SessionContext.tsx';

export function UserMenu() {
  const { user, lock, signOut, changePassword } = useSignedIn();
  return (
    <Group gap="xs" wrap="nowrap" ml="auto">
      <Button variant="subtle" color="gray" leftSection={<IconLock size={16} />} onClick={lock}>
        锁定
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="light"
            leftSection={<IconUserCircle size={18} />}
            rightSection={<IconChevronDown size={14} />}
            data-testid="current-user"
          >
            {user.name}（{ROLE_LABELS[user.role]}）
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>登录名：{user.username}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={changePassword}>
            修改密码
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut}>
            退出登录
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
