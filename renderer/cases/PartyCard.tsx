// One party of a case, read-only, with its agent (代理人) if it has one; ID number and phones masked until the
// clerk asks to see them.
import { useState } from 'react';
import { Button, Card, Group, Text } from '@mantine/core';
import { FieldRows } from '../common/FieldRows.tsx';
import { AGENT_KINDS, type Party } from '../../shared/domain/case.ts';
import { SEXES, labelOf } from '../../shared/domain/reference.ts';
import { maskIdNumber } from '../../shared/rules/idNumber.ts';
import { maskPhone } from '../../shared/rules/phone.ts';
import { formatDate } from '../common/dates.ts';

const dash = (v: string | null) => v ?? '—';

/** '委托代理人 赵六 139****0000' (the phone in full once revealed). */
function agentLine(agent: NonNullable<Party['agent']>, revealed: boolean): string {
  const kind = labelOf(AGENT_KINDS, agent.kind);
  const phone = agent.phone ? (revealed ? agent.phone : maskPhone(agent.phone)) : null;
  return [kind, agent.name, phone].filter((part) => part !== null).join(' ');
}

export function PartyCard({ party, title }: { party: Party; title: string }) {
  const [revealed, setRevealed] = useState(false);
  const hasSecret = Boolean(party.idNumber || party.phone || party.agent?.phone);
  const phone = party.phone ? (revealed ? party.phone : maskPhone(party.phone)) : '—';
  const rows: [string, string][] =
    party.kind === 'person'
      ? [
          ['姓名', party.name],
          ['性别', party.sex ? labelOf(SEXES, party.sex) : '—'],
          ['民族', dash(party.ethnicity)],
          ['出生日期', formatDate(party.birthDate)],
          ['身份证号码', party.idNumber ? (revealed ? party.idNumber : maskIdNumber(party.idNumber)) : '—'],
          ['联系电话', phone],
          ['职业', dash(party.occupation)],
          ['住址', dash(party.address)],
        ]
      : [
          ['单位名称', party.name],
          ['法定代表人', dash(party.legalRepresentative)],
          ['职务', dash(party.representativeTitle)],
          ['联系电话', phone],
          ['住所地', dash(party.address)],
        ];
  if (party.agent) rows.push(['代理人', agentLine(party.agent, revealed)]);

  return (
    <Card withBorder role="group" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Text fw={700}>
          {title}
          <Text span c="dimmed" size="sm" ml="xs">
            {party.kind === 'person' ? '自然人' : '法人或其他组织'}
          </Text>
        </Text>
        {hasSecret && (
          <Button variant="subtle" size="xs" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed}>
            {revealed ? '隐藏' : '显示'}
          </Button>
        )}
      </Group>
      <FieldRows rows={rows} labelWidth={90} size="sm" />
    </Card>
  );
}
