// The district's announcements as a list: title, date and the text as written (line breaks kept).
import { Group, Stack, Text } from '@mantine/core';
import { announcementDate, type Announcement } from './announcements.ts';

export function AnnouncementList({ announcements, label }: { announcements: readonly Announcement[]; label: string }) {
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {announcements.map((a) => (
        <li key={a.id}>
          <Group gap="sm" align="baseline" wrap="wrap">
            <Text fw={600} size="sm">
              {a.title}
            </Text>
            <Text size="xs" c="dimmed">
              {announcementDate(a.publishedAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.body}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
