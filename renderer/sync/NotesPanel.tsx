// The frame both lists of the district's notes share (the case page, the 同步 page): a section titled 区司法局意见
// with the count of open ones, outlined in orange while any is open.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Badge, Group, Paper, Title } from '@mantine/core';

interface NotesPanelProps {
  /** Notes not yet dealt with. */
  open: number;
  /** Beside the title (the 同步 page's 显示已处理的意见 switch). */
  aside?: ReactNode;
  children: ReactNode;
}

export function NotesPanel({ open, aside, children }: NotesPanelProps) {
  const headingId = useId();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      style={open > 0 ? { borderColor: 'var(--mantine-color-orange-5)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" mb="xs">
        <Group gap="sm">
          <Title order={3} size="h4" id={headingId}>
            区司法局意见
          </Title>
          {open > 0 && (
            <Badge color="orange" variant="light">
              {open} 条待处理
            </Badge>
          )}
        </Group>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
