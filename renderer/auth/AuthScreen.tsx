// The frame of the screens before the workbench (first administrator, sign-in, a password to change): the
// product's name, the screen's heading and a few words, then the form.
import type { ReactNode } from 'react';
import { Center, Paper, Stack, Text, Title } from '@mantine/core';

export function AuthScreen({ heading, intro, children }: { heading: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={480}>
        <Stack gap="md">
          <div>
            <Text c="dimmed" size="sm">
              枫桥人民调解工作台
            </Text>
            <Title order={1} size="h2">
              {heading}
            </Title>
          </div>
          {intro && (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          )}
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
