// Step 1 选择文件: the ledger file (xlsx or csv, up to 20 MB, checked before anything is sent), read in the page
// as base64 and sent to `ledger.read`, which answers with its sheets, headers and a mapping to start from.
import { useState } from 'react';
import { Alert, FileInput, Group, Loader, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { MAX_LEDGER_BYTES, type LedgerFileInfo } from '../../shared/domain/ledger.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk } from '../api/errors.ts';
import { readAsBase64 } from '../casefile/fileContent.ts';

export const LEDGER_TOO_LARGE = `台账文件超过${MAX_LEDGER_BYTES / 1024 / 1024} MB，请分成几个文件导入`;

/** The file as the contract carries it, with what the register found in it. */
export interface ReadLedger {
  fileName: string;
  content: string;
  info: LedgerFileInfo;
}

export function LedgerFileStep({ onRead }: { onRead: (ledger: ReadLedger | null) => void }) {
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function choose(next: File | null) {
    setFile(next);
    setError(null);
    setFailure(null);
    onRead(null);
    if (!next) return;
    if (next.size > MAX_LEDGER_BYTES) return setError(LEDGER_TOO_LARGE);
    if (next.size === 0) return setError('文件是空的');
    setReading(true);
    try {
      const content = await readAsBase64(next);
      const info = await api.call('ledger.read', { fileName: next.name, content });
      onRead({ fileName: next.name, content, info });
    } catch (e) {
      setFailure(describeForClerk(e));
    } finally {
      setReading(false);
    }
  }

  return (
    <div>
      <Group align="flex-end" gap="sm">
        <FileInput
          label="台账文件"
          description="Excel（.xlsx）或 CSV 文件，不超过20 MB"
          placeholder="点击选择台账文件"
          accept=".xlsx,.csv"
          value={file}
          onChange={(f) => void choose(f)}
          error={error}
          leftSection={<IconFileSpreadsheet size={16} />}
          clearable
          clearButtonProps={{ 'aria-label': '清除' }}
          w={360}
        />
        {reading && (
          <Group gap="xs" mb={6}>
            <Loader size="xs" />
            <Text size="sm">正在读取文件…</Text>
          </Group>
        )}
      </Group>
      {failure && (
        <Alert color="red" title="文件没有读出来" mt="sm">
          {failure}
        </Alert>
      )}
    </div>
  );
}
