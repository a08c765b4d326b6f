// 导出离线文件: what is waiting, as one signed file (.fqsync) saved as a download for a USB stick. The records stay
// waiting until the district's receipts file is imported.
import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useApi } from '../api/ApiContext.tsx';
import { saveToComputer } from '../casefile/fileContent.ts';
import { notifySyncDone, notifySyncError } from './syncNotify.ts';

export function OfflineExportButton({ pending, onExported }: { pending: number; onExported: () => void }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);

  async function exportNow() {
    setBusy(true);
    try {
      const file = await api.call('sync.exportFile', {});
      saveToComputer(file.fileName, 'application/octet-stream', file.content);
      notifySyncDone('已导出离线文件', `${file.fileName}（${pending} 条记录）：请拷贝到U盘，交区司法局导入`);
      onExported();
    } catch (error) {
      notifySyncError(error, '离线文件没有导出');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button
      variant="light"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      disabled={pending === 0}
      onClick={() => void exportNow()}
    >
      导出离线文件
    </Button>
  );
}
