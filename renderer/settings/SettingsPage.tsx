// 设置: the office's committee and the ones it keeps, the area's case settings, the wording of the documents, the
// backups (administrators), where its register is kept, and how the workbench runs.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { FieldRows } from '../common/FieldRows.tsx';
import type { Committee } from '../../shared/domain/committee.ts';
import { COMMITTEE_KINDS, labelOf } from '../../shared/domain/reference.ts';
import { formatCaseNumber } from '../../shared/rules/caseNumber.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { useAppMode } from '../api/ApiContext.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { BackupSettings } from '../backup/BackupSettings.tsx';
import { WordingSettings } from '../documents/WordingSettings.tsx';
import { CaseSettings } from './CaseSettings.tsx';
import { KeptCommittees } from './KeptCommittees.tsx';

const MODE_LABELS = { desktop: '桌面版', browser: '浏览器模式', cli: '命令行' } as const;

export function SettingsPage({ committee }: { committee: Committee }) {
  const mode = useAppMode();
  const info = useApiQuery('app.info', {});
  const path = useApiQuery('divisions.path', { code: committee.areaCode });
  const year = Number(todayInChina().slice(0, 4));
  const pending = (query: { error: unknown }) => (query.error ? '读取失败' : '正在读取…');

  return (
    <Stack gap="lg" maw={900}>
      <Title order={2}>设置</Title>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          本机所属调委会
        </Title>
        <FieldRows
          labelWidth={120}
          rows={[
            ['调委会名称', committee.name],
            ['调委会类型', labelOf(COMMITTEE_KINDS, committee.kind)],
            ['所在地区', path.data ? path.data.map((d) => d.name).join(' / ') || '—' : pending(path)],
            ['区划代码', committee.areaCode],
            ['案号简称', `${committee.abbreviation}（案号如 ${formatCaseNumber(year, committee.abbreviation, 1)}）`],
            ['地址', committee.address ?? '（未填写，文书上留空待填）'],
            ['联系电话', committee.phone ?? '（未填写）'],
          ]}
        />
        <Text size="sm" c="dimmed" mt="sm">
          调委会在首次使用时设置，名称、类型、地址和电话可以在“调委会”页面修改。案号按调委会逐年编排，调委会有了编号的案件后，案号简称就不能再改。
        </Text>
      </Paper>
      <KeptCommittees />
      <CaseSettings />
      <WordingSettings />
      <BackupSettings />
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          数据和版本
        </Title>
        <FieldRows
          labelWidth={120}
          rows={[
            ['运行方式', MODE_LABELS[info.data?.mode ?? mode]],
            [
              '数据文件夹',
              info.data ? (
                <Text span ff="monospace" size="sm">
                  {info.data.dataDir}
                </Text>
              ) : (
                pending(info)
              ),
            ],
            [
              '数据库文件',
              info.data ? (
                <Text span ff="monospace" size="sm">
                  {info.data.databaseFile}
                </Text>
              ) : (
                pending(info)
              ),
            ],
            ['程序版本', info.data ? info.data.version : pending(info)],
            ['数据库结构版本', info.data ? String(info.data.schemaVersion) : pending(info)],
          ]}
        />
      </Paper>
    </Stack>
  );
}
