// A mediator's record (调解员记录), opened from the roster in a drawer: every roster field (the ID number whole),
// the cases handled, and the grade history, trainings, evaluations and awards. A role that may manage the roster
// edits the fields, adds to the history, and records the mediator leaving.
import { useState } from 'react';
import { Alert, Button, Drawer, Group, Loader, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconPencil, IconUserMinus } from '@tabler/icons-react';
import type { Committee } from '../../shared/domain/committee.ts';
import { EDUCATIONS, MEDIATOR_GRADES, MEDIATOR_POSTS, POLITICAL_STATUSES, type MediatorDetail } from '../../shared/domain/mediator.ts';
import { SEXES, labelOf } from '../../shared/domain/reference.ts';
import { notifySuccess } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { formatDate } from '../common/dates.ts';
import { FieldRows } from '../common/FieldRows.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { EditMediatorDialog } from './EditMediatorDialog.tsx';
import { GradeSection } from './GradeSection.tsx';
import { HonourSection } from './HonourSection.tsx';
import { LeaveDialog } from './LeaveDialog.tsx';
import { MediatorStatusBadge, hoursText } from './MediatorStatusBadge.tsx';
import { TrainingSection } from './TrainingSection.tsx';

interface MediatorRecordProps {
  id: string;
  committees: Committee[];
  onClose: () => void;
  /** The record changed (the roster shows it again). */
  onChanged: () => void;
}

const orDash = (v: string | null) => v ?? '—';
const labelOrDash = (list: readonly { code: string; label: string }[], code: string | null) => (code ? labelOf(list, code) : '—');

export function MediatorRecord({ id, committees, onClose, onChanged }: MediatorRecordProps) {
  const may = useMay();
  const query = useApiQuery('mediators.get', { id });
  /** The record as the last change answered it (newer than the one read). */
  const [changed, setChanged] = useState<MediatorDetail | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'leave' | null>(null);
  const m = changed ?? query.data;

  function saved(next: MediatorDetail, title: string, text: string) {
    setChanged(next);
    setDialog(null);
    notifySuccess(title, text);
    onChanged();
  }

  return (
    <Drawer opened onClose={onClose} position="right" size={900} title={m ? `调解员记录：${m.name}` : '调解员记录'}>
      <LoadError title="调解员记录没有读出来" query={query} />
      {!m && query.loading && <Loader size="sm" aria-label="正在读取" />}
      {m && (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Text fw={700} size="lg">
                  {m.name}
                </Text>
                <MediatorStatusBadge leftOn={m.leftOn} />
              </Group>
              <Text size="sm" c="dimmed">
                {m.committeeName} · {labelOf(MEDIATOR_POSTS, m.post)} · {m.fullTime ? '专职' : '兼职'}
                {m.grade ? ` · ${labelOf(MEDIATOR_GRADES, m.grade)}` : ''}
              </Text>
            </Stack>
            <Group gap="xs">
              {may('mediators.update') && (
                <Button variant="light" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
                  编辑
                </Button>
              )}
              {may('mediators.leave') && m.leftOn === null && (
                <Button variant="light" color="red" leftSection={<IconUserMinus size={16} />} onClick={() => setDialog('leave')}>
                  退出
                </Button>
              )}
            </Group>
          </Group>
          {m.leftOn && (
            <Alert color="gray" title={`已于${formatDate(m.leftOn)}退出`}>
              {m.leftReason ? `退出原因：${m.leftReason}。` : ''}记录和办理过的案件都保留，不能再指派新的案件。
            </Alert>
          )}
          <CaseCounts cases={m.cases} />
          <Tabs defaultValue="fields" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="fields">基本信息</Tabs.Tab>
              <Tabs.Tab value="grades">等级变动（{m.grades.length}）</Tabs.Tab>
              <Tabs.Tab value="trainings">培训记录（{m.trainings.length}）</Tabs.Tab>
              <Tabs.Tab value="honours">考核与奖励（{m.honours.length}）</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="fields" pt="sm">
              <RosterFields m={m} />
            </Tabs.Panel>
            <Tabs.Panel value="grades">
              <GradeSection
                mediator={m}
                editable={may('mediators.grade')}
                onSaved={(next) => saved(next, '等级已评定', `${next.name}的等级变动已记录`)}
              />
            </Tabs.Panel>
            <Tabs.Panel value="trainings">
              <TrainingSection
                mediator={m}
                editable={may('mediators.training')}
                onSaved={(next) => saved(next, '培训已记录', `${next.name}的培训合计${hoursText(next.trainingHours)}`)}
              />
            </Tabs.Panel>
            <Tabs.Panel value="honours">
              <HonourSection
                mediator={m}
                editable={may('mediators.honour')}
                onSaved={(next) => saved(next, '已记录', `${next.name}的考核或奖励已记录`)}
              />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      {m && dialog === 'edit' && (
        <EditMediatorDialog
          mediator={m}
          committees={committees}
          onClose={() => setDialog(null)}
          onSaved={(next) => saved(next, '已保存', `${next.name}的信息已保存`)}
        />
      )}
      {m && dialog === 'leave' && (
        <LeaveDialog
          mediator={m}
          onClose={() => setDialog(null)}
          onLeft={(next) => saved(next, '已退出', `${next.name}已退出调解员队伍，记录和办理过的案件都已保留`)}
        />
      )}
    </Drawer>
  );
}

function CaseCounts({ cases }: { cases: MediatorDetail['cases'] }) {
  const figures = [
    ['办理案件', cases.total],
    ['正在办理', cases.open],
    ['调解成功', cases.succeeded],
  ] as const;
  return (
    <SimpleGrid cols={3} spacing="sm" role="group" aria-label="办理案件">
      {figures.map(([label, count]) => (
        <Paper key={label} withBorder p="xs" ta="center">
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} size="lg">
            {count}件
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function RosterFields({ m }: { m: MediatorDetail }) {
  return (
    <FieldRows
      labelWidth={130}
      size="sm"
      rows={[
        ['姓名', m.name],
        ['性别', labelOrDash(SEXES, m.sex)],
        ['民族', orDash(m.ethnicity)],
        ['出生日期', formatDate(m.birthDate)],
        ['身份证号码', orDash(m.idNumber)],
        ['联系电话', orDash(m.phone)],
        ['文化程度', labelOrDash(EDUCATIONS, m.education)],
        ['政治面貌', labelOrDash(POLITICAL_STATUSES, m.politicalStatus)],
        ['工作单位或职业', orDash(m.occupation)],
        ['调委会', m.committeeName],
        ['职务', labelOf(MEDIATOR_POSTS, m.post)],
        ['专职或兼职', m.fullTime ? '专职' : '兼职'],
        ['等级', labelOrDash(MEDIATOR_GRADES, m.grade)],
        ['加入日期', formatDate(m.joinedOn)],
        ['培训学时', hoursText(m.trainingHours)],
        ...(m.leftOn ? ([['退出日期', formatDate(m.leftOn)] as const, ['退出原因', orDash(m.leftReason)] as const] as const) : []),
        ['备注', orDash(m.note)],
      ]}
    />
  );
}
