// One table of the report under its heading: a row header per line (a dispute type, a source, a committee…)
// and right-aligned figures. The table is named by its heading, so a test or a screen reader can find it.
import type { ReactNode } from 'react';
import { Paper, Table, Title } from '@mantine/core';

export interface SectionRow {
  key: string;
  label: ReactNode;
  cells: ReactNode[];
  /** A 其中 line under the one before it. */
  sub?: boolean;
  /** The 合计 line. */
  total?: boolean;
}

interface SectionTableProps {
  title: string;
  /** Headings: the row header's first, then one per cell. */
  head: string[];
  rows: SectionRow[];
  /** Wide tables scroll sideways on screen (and print whole). */
  minWidth?: number;
  /** How many cells after the row header are words (left-aligned) rather than figures. */
  textCells?: number;
  note?: ReactNode;
}

export function SectionTable({ title, head, rows, minWidth, textCells = 0, note }: SectionTableProps) {
  const align = (column: number): 'right' | undefined => (column <= textCells ? undefined : 'right');
  const table = (
    <Table withTableBorder withColumnBorders striped verticalSpacing={6} aria-label={title}>
      <Table.Thead>
        <Table.Tr>
          {head.map((h, i) => (
            <Table.Th key={h} ta={align(i)} style={{ whiteSpace: i === 0 ? 'nowrap' : undefined }}>
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} fw={row.total ? 700 : undefined}>
            <Table.Th
              scope="row"
              fw={row.total ? 700 : row.sub ? 400 : 500}
              pl={row.sub ? 'xl' : undefined}
              style={{ whiteSpace: 'nowrap' }}
            >
              {row.label}
            </Table.Th>
            {row.cells.map((cell, i) => (
              <Table.Td key={i} ta={align(i + 1)} style={{ whiteSpace: 'nowrap' }}>
                {cell}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder p="md" component="section" data-print="keep">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table}
      {note}
    </Paper>
  );
}
