// 导入回执文件: the receipts file the district gives back for an offline file, read in the page as base64; the
// register checks the hub's signature on every receipt before it marks anything as delivered.
import { useRef, useState } from 'react';
import { Button, FileButton } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useApi } from '../api/ApiContext.tsx';
import { readAsBase64 } from '../casefile/fileContent.ts';
import { notifySyncDone, notifySyncError, notifySyncProblem } from './syncNotify.ts';

const MAX_RECEIPTS_BYTES = 64 * 1024 * 1024;

export function ReceiptsImportButton({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const resetRef = useRef<() => void>(null);

  async function importFile(file: File | null) {
    if (!file) return;
    resetRef.current?.();
    if (file.size === 0) return notifySyncProblem('回执没有导入', '文件是空的，请重新拷贝区司法局给的回执文件');
    if (file.size > MAX_RECEIPTS_BYTES) return notifySyncProblem('回执没有导入', '文件太大，不是枫桥的回执文件');
    setBusy(true);
    try {
      const content = await readAsBase64(file);
      const result = await api.call('sync.importReceipts', { fileName: file.name, content });
      const rest = result.pending > 0 ? `还有 ${result.pending} 条待发送` : '没有待发送的记录';
      notifySyncDone(
        '回执已导入',
        `区级平台接收 ${result.accepted} 条，退回 ${result.rejected} 条；${rest}`,
        result.rejected > 0 ? 'orange' : 'green',
      );
    } catch (error) {
      notifySyncError(error, '回执没有导入');
    } finally {
      setBusy(false);
      onImported();
    }
  }

  return (
    <FileButton onChange={(file) => void importFile(file)} resetRef={resetRef} inputProps={{ 'aria-label': '回执文件' }}>
      {(props) => (
        <Button {...props} variant="light" leftSection={<IconFileImport size={16} />} loading={busy}>
          导入回执文件
        </Button>
      )}
    </FileButton>
  );
}
