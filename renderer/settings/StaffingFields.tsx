// 调解员配备要求: the least number of mediators, and of full-time ones, each kind of committee should have (the
// Nanjing plan by default; each area sets its own). The 调委会 page warns where a committee falls short.
import { Fieldset, NumberInput, Table, Text } from '@mantine/core';
import { COMMITTEE_KINDS, type CommitteeKind } from '../../shared/domain/reference.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { NumberText, StaffingDraft, StaffingMeasure } from './configDraft.ts';

interface StaffingFieldsProps {
  staffing: StaffingDraft;
  errors: FieldErrors;
  onChange: (measure: StaffingMeasure, kind: CommitteeKind, value: NumberText) => void;
}

const MEASURES: { measure: StaffingMeasure; label: string }[] = [
  { measure: 'members', label: '调解员至少（名）' },
  { measure: 'fullTime', label: '其中专职至少（名）' },
];

export function StaffingFields({ staffing, errors, onChange }: StaffingFieldsProps) {
  return (
    <Fieldset legend="调解员配备要求">
      <Text size="sm" c="dimmed" mb="xs">
        按本地规定填写各类调委会至少应有的调解员人数（名册中未退出的调解员）和其中的专职调解员人数；填0表示不作要求。不足的，在“调委会”页面提示。
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} aria-label="调解员配备要求">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>调委会类型</Table.Th>
              {MEASURES.map((m) => (
                <Table.Th key={m.measure}>{m.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COMMITTEE_KINDS.map((kind) => (
              <Table.Tr key={kind.code}>
                <Table.Td>{kind.label}</Table.Td>
                {MEASURES.map(({ measure, label }) => (
                  <Table.Td key={measure}>
                    <NumberInput
                      aria-label={`${kind.label}：${label}`}
                      value={staffing[measure][kind.code]}
                      onChange={(v) => onChange(measure, kind.code, v)}
                      error={errors[`staffing.${measure}.${kind.code}`]}
                      min={0}
                      max={99}
                      allowDecimal={false}
                      allowNegative={false}
                      maw={140}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Fieldset>
  );
}
