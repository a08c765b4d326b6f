// The roster as a table; a row (or the name) opens the mediator's record. Those who left are greyed, with the date.
import { Anchor, Table, Text } from '@mantine/core';
import { MEDIATOR_GRADES, MEDIATOR_POSTS, type Mediator } from '../../shared/domain/mediator.ts';
import { labelOf } from '../../shared/domain/reference.ts';
import { formatDate } from '../common/dates.ts';
import { MediatorStatusBadge, hoursText } from './MediatorStatusBadge.tsx';

interface RosterTableProps {
  mediators: Mediator[];
  /** Opens a mediator's record; without it the rows are for reading only. */
  onOpen?: (mediator: Mediator) => void;
  /** Hidden where the table lists one committee's members. */
  showCommittee?: boolean;
  label?: string;
}

export function RosterTable({ mediators, onOpen, showCommittee = true, label = '调解员名册' }: RosterTableProps) {
  return (
    <Table.ScrollContainer minWidth={showCommittee ? 1080 : 820}>
      <Table highlightOnHover={onOpen !== undefined} verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>姓名</Table.Th>
            {showCommittee && <Table.Th>调委会</Table.Th>}
            <Table.Th>职务</Table.Th>
            <Table.Th>专职/兼职</Table.Th>
            <Table.Th>等级</Table.Th>
            <Table.Th>联系电话</Table.Th>
            <Table.Th>加入日期</Table.Th>
            <Table.Th>培训学时</Table.Th>
            <Table.Th>状态</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mediators.map((m) => (
            <Table.Tr
              key={m.id}
              c={m.leftOn ? 'dimmed' : undefined}
              style={onOpen ? { cursor: 'pointer' } : undefined}
              onClick={onOpen ? () => onOpen(m) : undefined}
            >
              <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                {onOpen ? (
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    onClick={(e) => {
                      e.stopPropagation();
                      onOpen(m);
                    }}
                  >
                    {m.name}
                  </Anchor>
                ) : (
                  m.name
                )}
              </Table.Td>
              {showCommittee && <Table.Td>{m.committeeName}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{labelOf(MEDIATOR_POSTS, m.post)}</Table.Td>
              <Table.Td>{m.fullTime ? '专职' : '兼职'}</Table.Td>
              <Table.Td>
                <Text size="sm">{m.grade ? labelOf(MEDIATOR_GRADES, m.grade) : '—'}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.phone ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(m.joinedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{hoursText(m.trainingHours)}</Table.Td>
              <Table.Td>
                <MediatorStatusBadge leftOn={m.leftOn} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
