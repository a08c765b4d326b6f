// One committee on the 调委会 page: kind, area code, parent, abbreviation; its mediators (by post, full-time),
// its cases; where its staffing falls short of the local rules, in orange and in plain words.
import { Alert, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil, IconUsers } from '@tabler/icons-react';
import type { CommitteeOverview } from '../../shared/domain/committee.ts';
import { MEDIATOR_POSTS } from '../../shared/domain/mediator.ts';
import { COMMITTEE_KINDS, labelOf } from '../../shared/domain/reference.ts';
import { FieldRows } from '../common/FieldRows.tsx';

interface CommitteeCardProps {
  committee: CommitteeOverview;
  onMembers: () => void;
  /** Opens the edit dialog; null for a role that may not edit. */
  onEdit: (() => void) | null;
}

export function CommitteeCard({ committee: c, onMembers, onEdit }: CommitteeCardProps) {
  const posts = MEDIATOR_POSTS.map((p) => `${p.label}${c.posts[p.code]}名`).join('，');
  return (
    <Card withBorder padding="md" component="article" aria-label={c.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5">
            {c.name}
          </Title>
          <Group gap={4} wrap="nowrap">
            {c.isOwn && (
              <Badge size="sm" variant="light">
                本机
              </Badge>
            )}
            {c.warnings.length > 0 && (
              <Badge size="sm" color="orange" variant="filled" leftSection={<IconAlertTriangle size={12} />}>
                配备不足
              </Badge>
            )}
          </Group>
        </Group>
        <FieldRows
          labelWidth={110}
          size="sm"
          rows={[
            ['类型', labelOf(COMMITTEE_KINDS, c.kind)],
            ['区划代码', c.areaCode],
            ['上级调委会', c.parentName ?? '—'],
            ['案号简称', c.abbreviation],
            ['调解员', `${c.members}名，其中专职${c.fullTime}名`],
            ['职务', c.members > 0 ? posts : '—'],
            ['案件', `${c.cases}件`],
          ]}
        />
        {c.warnings.length > 0 ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="人员配备不足">
            <List size="sm">
              {c.warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Text size="sm" c="teal.8">
            人员配备符合要求
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button size="sm" variant="default" leftSection={<IconUsers size={16} />} onClick={onMembers}>
            查看调解员
          </Button>
          {onEdit && (
            <Button size="sm" variant="light" leftSection={<IconPencil size={16} />} onClick={onEdit}>
              编辑
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
