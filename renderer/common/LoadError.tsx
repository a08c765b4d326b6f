// What a page shows when its data could not be read: the reason in the clerk's words and a retry button.
import { Alert, Button, Group, Text } from '@mantine/core';
import { describeForClerk } from '../api/errors.ts';

export function LoadError({ title, query }: { title: string; query: { error: unknown; reload: () => void } }) {
  if (query.error === undefined) return null;
  return (
    <Alert color="red" title={title}>
      <Group justify="space-between">
        <Text size="sm">{describeForClerk(query.error)}</Text>
        <Button size="xs" variant="light" color="red" onClick={query.reload}>
          重试
        </Button>
      </Group>
    </Alert>
  );
}
