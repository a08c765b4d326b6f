// What shows while the register opens, or why it could not be opened (with a way to try again).
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeForClerk } from '../api/errors.ts';

export function StartupLoading() {
  return (
    <Center mih="100vh">
      <Stack align="center">
        <Loader />
        <Text c="dimmed">正在打开登记簿…</Text>
      </Stack>
    </Center>
  );
}

export function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Center mih="100vh" p="md">
      <Stack maw={560}>
        <Alert color="red" icon={<IconAlertTriangle />} title="无法打开登记簿">
          {describeForClerk(error)}
        </Alert>
        <Button onClick={onRetry} variant="light">
          重试
        </Button>
      </Stack>
    </Center>
  );
}
