// An address the signed-in user's role may not use (typed in, or kept from another user's visit).
import { Alert, Anchor, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../shared/domain/account.ts';
import { useSignedIn } from '../auth/SessionContext.tsx';
import { routeHref } from '../routing/routes.ts';

export function NoAccessPage() {
  const { user } = useSignedIn();
  return (
    <Stack maw={640}>
      <Alert color="gray" icon={<IconLock size={18} />} title="无权使用这个页面">
        您的角色是{ROLE_LABELS[user.role]}，不能使用这个页面。如需使用，请联系系统管理员调整角色。
      </Alert>
      <Anchor href={routeHref({ page: 'home' })}>返回今日工作</Anchor>
    </Stack>
  );
}
