// One case in full: its number, status, colour and deadlines at the top; the 办理 bar with the steps it can
// take next; the registration, the parties, the timeline, the people handling it, the case file, its documents
// (文书: preview, print, PDF and Word) and the attachments; the district's notes on it (区司法局意见) when there
// are any. The registration can be edited (修改登记信息) until the case is archived; an archived case is
// read-only: only corrections remain. What the user's role may not do (register, record, correct) is not offered.
import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Grid, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock, IconPencil } from '@tabler/icons-react';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { CASE_SOURCES, DISPUTE_TYPES, PARTY_ROLES, labelOf } from '../../shared/domain/reference.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { describeForClerk } from '../api/errors.ts';
import { FieldRows } from '../common/FieldRows.tsx';
import { formatDate, formatInstant } from '../common/dates.ts';
import { RiskBadge } from '../common/RiskBadge.tsx';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { routeHref } from '../routing/routes.ts';
import { ActionBar } from '../casefile/ActionBar.tsx';
import { AttachmentsPanel } from '../casefile/AttachmentsPanel.tsx';
import { CaseFilePanel } from '../casefile/CaseFilePanel.tsx';
import { CaseHeader } from '../casefile/CaseHeader.tsx';
import { CaseTeamCard } from '../casefile/CaseTeamCard.tsx';
import { CaseTimeline } from '../casefile/CaseTimeline.tsx';
import { EditRegistrationDialog } from '../casefile/EditRegistrationDialog.tsx';
import { StepDialogHost, type StepRequest } from '../casefile/StepDialogHost.tsx';
import { DocumentsPanel } from '../documents/DocumentsPanel.tsx';
import { CaseNotesCard } from './CaseNotesCard.tsx';
import { PartyCard } from './PartyCard.tsx';

function BackLink() {
  return (
    <Anchor href={routeHref({ page: 'cases' })} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        返回案件台账
      </Group>
    </Anchor>
  );
}

export function CaseDetailPage({ id }: { id: string }) {
  const query = useApiQuery('cases.get', { id }, { notify: false });
  if (query.error) {
    return (
      <Stack>
        <BackLink />
        <Alert color="red" title="无法打开这件案件">
          {describeForClerk(query.error)}
        </Alert>
      </Stack>
    );
  }
  if (!query.data) return <Loader aria-label="正在读取" />;
  return <CaseView key={query.data.id} initial={query.data} />;
}

function CaseView({ initial }: { initial: CaseDetail }) {
  const api = useApi();
  const may = useMay();
  const [detail, setDetail] = useState(initial);
  const [request, setRequest] = useState<StepRequest | null>(null);
  const [editing, setEditing] = useState(false);
  const archived = detail.status === 'archived';
  const referral = detail.referral;

  const facts: [string, ReactNode][] = [
    ['纠纷类型', labelOf(DISPUTE_TYPES, detail.disputeType)],
    ['案件来源', labelOf(CASE_SOURCES, detail.source)],
    ...(referral
      ? ([
          ['移送单位', referral.body],
          ['移送文号', referral.reference ?? '—'],
          ['移送日期', formatDate(referral.date)],
        ] as [string, ReactNode][])
      : []),
    ['登记日期', formatDate(detail.registeredOn)],
    ['纠纷发生日期', formatDate(detail.occurredOn)],
    ['纠纷发生地点', detail.place ?? '—'],
    ['风险等级', <RiskBadge key="risk" level={detail.riskLevel} size="sm" />],
    ['案件状态', <StatusBadge key="status" status={detail.status} />],
    ['登记时间', formatInstant(detail.createdAt)],
  ];
  const numbered = (role: string, index: number) => detail.parties.slice(0, index + 1).filter((p) => p.role === role).length;

  return (
    <Stack gap="lg" maw={1280}>
      <BackLink />
      <CaseHeader detail={detail} />
      {archived ? (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />} title="已归档，只读">
          本案已于{formatDate(detail.progress.archive?.on)}归档，不能再办理或添加附件。
          {may('cases.correct') ? '记录如有错误，请在时间轴上点“更正”并写明理由。' : '记录如有错误，请告知调委会主任在时间轴上更正。'}
        </Alert>
      ) : (
        may('cases.record') && <ActionBar steps={detail.progress.availableSteps} onChoose={(kind) => setRequest({ kind })} />
      )}
      <CaseNotesCard caseId={detail.id} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Paper withBorder p="md">
              <Group justify="space-between" mb="sm">
                <Title order={3} size="h4">
                  基本情况
                </Title>
                {!archived && may('cases.update') && (
                  <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                    修改登记信息
                  </Button>
                )}
              </Group>
              <FieldRows rows={facts} labelWidth={110} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                纠纷简要情况
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{detail.facts}</Text>
              <Title order={3} size="h4" mt="lg" mb="sm">
                当事人请求
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }} c={detail.requests ? undefined : 'dimmed'}>
                {detail.requests ?? '未填写'}
              </Text>
            </Paper>
            <div>
              <Title order={3} size="h4" mb="sm">
                当事人
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {detail.parties.map((party, index) => (
                  <PartyCard key={party.id} party={party} title={`${labelOf(PARTY_ROLES, party.role)} ${numbered(party.role, index)}`} />
                ))}
              </SimpleGrid>
            </div>
            <CaseTimeline detail={detail} onCorrect={may('cases.correct') ? (entry) => setRequest({ entry }) : undefined} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CaseTeamCard progress={detail.progress} />
        </Grid.Col>
      </Grid>

      <CaseFilePanel detail={detail} />
      <DocumentsPanel caseId={detail.id} version={detail.version} />
      <AttachmentsPanel
        caseId={detail.id}
        attachments={detail.progress.attachments}
        readOnly={archived || !may('attachments.add')}
        onAdded={async () => setDetail(await api.call('cases.get', { id: detail.id }))}
      />
      {request && (
        <StepDialogHost
          detail={detail}
          request={request}
          onClose={() => setRequest(null)}
          onSaved={(saved) => {
            setDetail(saved);
            setRequest(null);
          }}
        />
      )}
      {editing && (
        <EditRegistrationDialog
          detail={detail}
          onClose={() => setEditing(false)}
          onStale={() => void api.call('cases.get', { id: detail.id }).then(setDetail, () => undefined)}
          onSaved={(saved) => {
            setDetail(saved);
            setEditing(false);
          }}
        />
      )}
    </Stack>
  );
}
