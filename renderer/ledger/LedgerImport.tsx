// 台账导入: choose the file, match its columns to the ledger's fields, try the import without writing (the
// rows with problems listed), then import the valid rows in one go and show what went in.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import type { LedgerReport } from '../../shared/domain/ledger.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk } from '../api/errors.ts';
import { errorsFromServer, type FieldErrors } from '../common/fieldErrors.ts';
import { ImportStep } from './ImportStep.tsx';
import { LedgerFileStep, type ReadLedger } from './LedgerFileStep.tsx';
import { LedgerReportView } from './LedgerReportView.tsx';
import { missingFields, sheetOf, toMappingInput, type MappingDraft } from './ledgerMapping.ts';
import { MappingStep } from './MappingStep.tsx';

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

export function LedgerImport() {
  const api = useApi();
  const [ledger, setLedger] = useState<ReadLedger | null>(null);
  const [mapping, setMapping] = useState<MappingDraft | null>(null);
  const [preview, setPreview] = useState<LedgerReport | null>(null);
  const [result, setResult] = useState<LedgerReport | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);

  function read(next: ReadLedger | null) {
    setLedger(next);
    setMapping(next?.info.mapping ?? null);
    setPreview(null);
    setResult(null);
    setErrors({});
    setFailure(null);
  }

  function remap(next: MappingDraft) {
    // What the dry run said no longer holds once a column changes.
    setMapping(next);
    setPreview(null);
    setResult(null);
    setErrors({});
    setFailure(null);
  }

  async function send(method: 'ledger.preview' | 'ledger.import'): Promise<LedgerReport | null> {
    if (!ledger || !mapping) return null;
    setBusy(method === 'ledger.preview' ? 'preview' : 'import');
    setFailure(null);
    try {
      const input = { fileName: ledger.fileName, content: ledger.content, mapping: toMappingInput(ledger.info, mapping) };
      return await api.call(method, input);
    } catch (error) {
      setErrors(errorsFromServer(error) ?? {});
      setFailure(describeForClerk(error));
      return null;
    } finally {
      setBusy(null);
    }
  }

  async function tryImport() {
    setResult(null);
    setPreview(await send('ledger.preview'));
  }

  async function importRows() {
    const report = await send('ledger.import');
    if (report) {
      setResult(report);
      setPreview(null);
    }
  }

  const missing = ledger && mapping ? missingFields(mapping, sheetOf(ledger.info, mapping)) : [];

  return (
    <Stack gap="md">
      <Step title="第一步：选择文件">
        <LedgerFileStep onRead={read} />
      </Step>
      {ledger && mapping && (
        <Step title="第二步：对应列">
          <MappingStep info={ledger.info} mapping={mapping} onChange={remap} errors={errors} />
        </Step>
      )}
      {ledger && mapping && (
        <Step title="第三步：试导入（不写入）">
          <Text size="sm" c="dimmed">
            按上面的对应关系逐行检查，不会写入登记簿。
          </Text>
          <Group>
            <Button
              variant="light"
              leftSection={<IconListCheck size={16} />}
              loading={busy === 'preview'}
              disabled={missing.length > 0 || busy === 'import'}
              onClick={() => void tryImport()}
            >
              试导入（不写入）
            </Button>
          </Group>
          {failure && (
            <Alert color="red" title="没有完成">
              {failure}
            </Alert>
          )}
          {preview && <LedgerReportView report={preview} />}
        </Step>
      )}
      {preview && (
        <Step title="第四步：导入">
          <ImportStep preview={preview} busy={busy === 'import'} onImport={importRows} />
        </Step>
      )}
      {result && (
        <Step title="导入结果">
          <Alert color="green" title="导入完成" role="status">
            已导入{result.imported ?? 0}条记录
            {result.alreadyImported > 0 ? `；${result.alreadyImported}条以前已导入过，没有重复导入` : ''}
            {result.rejectedRows > 0 ? `；${result.rejectedRows}行有错误，没有导入` : ''}。
          </Alert>
          {result.rejected.length > 0 && <LedgerReportView report={result} />}
        </Step>
      )}
    </Stack>
  );
}
