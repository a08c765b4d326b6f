// A user who may not set up the register signed in before anyone did: what to do, and the way out.
import { Alert, Button, Center, Group, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSignedIn } from '../auth/SessionContext.tsx';

export function SetupPending({ onRetry }: { onRetry: () => void }) {
  const { signOut } = useSignedIn();
  return (
    <Center mih="100vh" p="md">
      <Stack maw={560}>
        <Alert color="blue" icon={<IconInfoCircle />} title="本机还没有完成首次设置">
          设置本机登记簿所属的调委会之后才能登记纠纷。请系统管理员或调委会主任登录，完成首次设置。
        </Alert>
        <Group justify="flex-end">
          <Button variant="light" onClick={onRetry}>
            重试
          </Button>
          <Button variant="default" onClick={signOut}>
            退出登录
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
