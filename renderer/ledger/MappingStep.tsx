// Step 2 对应列: which column of the file holds each ledger field, prefilled with the saved mapping (or a
// suggestion from the headers); the worksheet when the file has several; required fields without a column marked.
import { Alert, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { LEDGER_FIELDS, ledgerFieldLabel, type LedgerFileInfo } from '../../shared/domain/ledger.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import { columnLabel, columnOf, missingFields, sheetOf, withColumn, withSheet, type MappingDraft } from './ledgerMapping.ts';

interface MappingStepProps {
  info: LedgerFileInfo;
  mapping: MappingDraft;
  onChange: (mapping: MappingDraft) => void;
  /** The register's refusals by path (`mapping.columns.facts`). */
  errors: FieldErrors;
}

export function MappingStep({ info, mapping, onChange, errors }: MappingStepProps) {
  const sheet = sheetOf(info, mapping);
  const missing = missingFields(mapping, sheet);
  const options = (sheet?.headers ?? []).map((h) => ({ value: h.column, label: columnLabel(h) }));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {info.mappingSource === 'saved'
          ? '已按上次导入同样表头的台账时的对应关系填好，请核对。'
          : '已根据表头推测各项对应的列，请逐项核对。'}
      </Text>
      {info.sheets.length > 1 && (
        <Select
          label="工作表"
          data={info.sheets.map((s) => ({ value: s.name, label: `${s.name}（${s.rowCount}行）` }))}
          value={sheet?.name ?? null}
          onChange={(name) => {
            const chosen = info.sheets.find((s) => s.name === name);
            if (chosen) onChange(withSheet(mapping, chosen));
          }}
          allowDeselect={false}
          w={320}
        />
      )}
      {sheet && (
        <Text size="sm">
          表头在第{sheet.headerRow}行，下面有{sheet.rowCount}行数据。
        </Text>
      )}
      {missing.length > 0 && (
        <Alert color="orange" title="还有必填项没有对应的列">
          {missing.map(ledgerFieldLabel).join('、')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {LEDGER_FIELDS.map((field) => (
          <Select
            key={field.key}
            label={field.label}
            withAsterisk={field.required}
            data={options}
            value={columnOf(sheet, mapping.columns[field.key])}
            onChange={(column) => onChange(withColumn(mapping, sheet, field.key, column))}
            placeholder={field.required ? '请选择对应的列' : '不导入'}
            error={
              errors[`mapping.columns.${field.key}`] ?? (field.required && missing.includes(field.key) ? '必须指定对应的列' : undefined)
            }
            clearable
            clearButtonProps={{ 'aria-label': '清除' }}
            searchable
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
