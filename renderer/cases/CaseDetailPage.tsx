// One case in full: its number at the top, the registration's fields, and the parties by role.
import type { ReactNode } from 'react';
import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FieldRows } from '../common/FieldRows.tsx';
import { IconArrowLeft } from '@tabler/icons-react';
import type { CaseDetail } from '../../shared/domain/case.ts';
import { CASE_SOURCES, DISPUTE_TYPES, PARTY_ROLES, labelOf } from '../../shared/domain/reference.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { describeForClerk } from '../api/errors.ts';
import { formatDate, formatInstant } from '../common/dates.ts';
import { RiskBadge } from '../common/RiskBadge.tsx';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { routeHref } from '../routing/routes.ts';
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
  return <CaseView detail={query.data} />;
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const facts: [string, ReactNode][] = [
    ['纠纷类型', labelOf(DISPUTE_TYPES, detail.disputeType)],
    ['案件来源', labelOf(CASE_SOURCES, detail.source)],
    ['登记日期', formatDate(detail.registeredOn)],
    ['纠纷发生日期', formatDate(detail.occurredOn)],
    ['纠纷发生地点', detail.place ?? '—'],
    ['风险等级', <RiskBadge key="risk" level={detail.riskLevel} size="sm" />],
    ['案件状态', <StatusBadge key="status" status={detail.status} />],
    ['登记时间', formatInstant(detail.createdAt)],
  ];
  const numbered = (role: string, index: number) => detail.parties.slice(0, index + 1).filter((p) => p.role === role).length;

  return (
    <Stack gap="lg" maw={1100}>
      <BackLink />
      <div>
        <Title order={2} size="2rem">
          {detail.number}
        </Title>
        <Group gap="sm" mt={4}>
          <Text c="dimmed">{detail.committeeName}</Text>
          <RiskBadge level={detail.riskLevel} />
          <StatusBadge status={detail.status} />
        </Group>
      </div>

      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          基本情况
        </Title>
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
    </Stack>
  );
}
