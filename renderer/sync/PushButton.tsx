// 立即同步: sends what is waiting now (the register does it by itself too), and says how it went.
import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconCloudUpload } from '@tabler/icons-react';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifySyncDone, notifySyncError } from './syncNotify.ts';

interface PushButtonProps {
  /** The register is sending already (the button waits). */
  sending: boolean;
  /** The overview after the push. */
  onPushed: (overview: SyncOverview) => void;
  /** The push failed: the state (with its error) should be read again. */
  onFailed: () => void;
}

export function PushButton({ sending, onPushed, onFailed }: PushButtonProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);

  async function pushNow() {
    setBusy(true);
    try {
      const overview = await api.call('sync.push', {});
      onPushed(overview);
      const rest = overview.pending > 0 ? `，还有 ${overview.pending} 条待发送` : '，没有待发送的记录';
      if (overview.rejected.length > 0)
        notifySyncDone(
          '同步完成',
          `已发送到区级平台${rest}。区级平台退回了 ${overview.rejected.length} 条记录，请按退回原因更正`,
          'orange',
        );
      else notifySyncDone('同步完成', `已发送到区级平台${rest}`);
    } catch (error) {
      notifySyncError(error, '同步没有完成');
      onFailed();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button leftSection={<IconCloudUpload size={16} />} loading={busy || sending} onClick={() => void pushNow()}>
      立即同步
    </Button>
  );
}
