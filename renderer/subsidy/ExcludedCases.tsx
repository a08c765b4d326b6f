// The cases of the period that earn no subsidy, and why (no mediator assigned, not archived, an outcome the
// rules do not pay): folded away until asked for, so the sheet stays readable.
import { useState } from 'react';
import { Anchor, Button, Paper, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { SubsidySheet } from '../../shared/domain/subsidy.ts';
import { routeHref } from '../routing/routes.ts';

export function ExcludedCases({ excluded }: { excluded: SubsidySheet['excluded'] }) {
  const [opened, setOpened] = useState(false);
  if (excluded.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-print="hide">
        本期结案的案件都已计入补贴。
      </Text>
    );
  }
  return (
    <Paper withBorder p="sm" data-print="hide">
      <Button
        variant="subtle"
        color="gray"
        leftSection={opened ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        aria-expanded={opened}
        onClick={() => setOpened((o) => !o)}
      >
        未计补贴的案件（{excluded.length}件）
      </Button>
      {opened && (
        <Table mt="xs" verticalSpacing={4} aria-label="未计补贴的案件">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>案号</Table.Th>
              <Table.Th>原因</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {excluded.map((c) => (
              <Table.Tr key={c.caseId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor href={routeHref({ page: 'case', id: c.caseId })} fz="inherit">
                    {c.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
