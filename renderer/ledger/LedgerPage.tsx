// 台账导入与导出 (`#/ledger`, roles that may import ledgers): bring an Excel or csv ledger kept before into the
// register, and export the whole register as Excel (for roles that may export).
import { Stack, Text, Title } from '@mantine/core';
import { useMay } from '../auth/SessionContext.tsx';
import { LedgerImport } from './LedgerImport.tsx';
import { RegisterExportSection } from './RegisterExportSection.tsx';

export function LedgerPage() {
  const may = useMay();
  return (
    <Stack gap="md" maw={1280}>
      <Title order={2}>台账导入与导出</Title>
      <Text size="sm" c="dimmed">
        把以前用Excel或CSV记的纠纷台账导入登记簿：先试导入检查每一行，再导入没有错误的记录。同一个文件再导入一次，不会重复登记。
      </Text>
      {may('ledger.read') && <LedgerImport />}
      {may('data.exportXlsx') && <RegisterExportSection />}
    </Stack>
  );
}
