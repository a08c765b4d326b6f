// 调委会: the office's own committee and those whose records it keeps, each with its kind, area, parent, members
// and cases, and where its staffing falls short of the local rules (设置 → 办案设置). A role that may manage the
// roster adds and edits committees; others read.
import { useState } from 'react';
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBuildingPlus } from '@tabler/icons-react';
import type { CommitteeOverview } from '../../shared/domain/committee.ts';
import { notifySuccess } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { AddCommitteeDialog } from './AddCommitteeDialog.tsx';
import { CommitteeCard } from './CommitteeCard.tsx';
import { CommitteeMembers } from './CommitteeMembers.tsx';
import { EditCommitteeDialog } from './EditCommitteeDialog.tsx';
import { useRefreshOwnCommittee } from '../shell/ownCommittee.ts';

type Dialog = { kind: 'add' } | { kind: 'edit'; committee: CommitteeOverview } | { kind: 'members'; committee: CommitteeOverview } | null;

export function CommitteesPage() {
  const may = useMay();
  const overview = useApiQuery('committees.overview', {});
  const refreshOwn = useRefreshOwnCommittee();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = [...(overview.data ?? [])].sort((a, b) => Number(b.isOwn) - Number(a.isOwn));
  const own = list.find((c) => c.isOwn);
  const short = list.filter((c) => c.warnings.length > 0);

  const saved = (title: string, text: string) => {
    setDialog(null);
    notifySuccess(title, text);
    overview.reload();
  };

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between">
        <Title order={2}>调委会</Title>
        <Group gap="sm">
          {overview.loading && <Loader size="sm" aria-label="正在读取" />}
          {may('committees.add') && own && (
            <Button leftSection={<IconBuildingPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
              添加调委会
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        本所的调委会和由本所代为登记的调委会（村居、行业性专业性调委会、派驻调解室等）。调解员人数按各调委会名册中未退出的调解员统计；配备要求可在“设置
        → 办案设置”中按本地规定修改。
      </Text>
      <LoadError title="调委会情况没有读出来" query={overview} />
      {short.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={`${short.length}个调委会人员配备不足`}>
          {short.map((c) => c.name).join('、')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {list.map((c) => (
          <CommitteeCard
            key={c.id}
            committee={c}
            onMembers={() => setDialog({ kind: 'members', committee: c })}
            onEdit={may('committees.update') ? () => setDialog({ kind: 'edit', committee: c }) : null}
          />
        ))}
      </SimpleGrid>

      {dialog?.kind === 'members' && <CommitteeMembers committee={dialog.committee} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && (
        <EditCommitteeDialog
          committee={dialog.committee}
          committees={list}
          onClose={() => setDialog(null)}
          onSaved={(c) => {
            saved('已保存', `${c.name}的信息已保存`);
            // The header shows the office's own committee: read it again when that is the one edited.
            if (c.isOwn) refreshOwn();
          }}
        />
      )}
      {dialog?.kind === 'add' && own && (
        <AddCommitteeDialog
          own={own}
          committees={list}
          onClose={() => setDialog(null)}
          onAdded={(c) => saved('已添加', `${c.name}的案件和排查报告可以在本机登记了`)}
        />
      )}
    </Stack>
  );
}
