// The automatic backup's status, read at first and again on request; the answer of backup.run or
// backup.configure (a fresh status) replaces it. While a backup runs, it is read again every few seconds.
import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../shared/domain/backup.ts';
import { useApi } from '../api/ApiContext.tsx';

const WHILE_RUNNING_MS = 3000;

export interface BackupStatusQuery {
  status: BackupStatus | undefined;
  /** Why the status could not be read (e.g. FORBIDDEN), until it is read again. */
  error: unknown;
  reload: () => void;
  /** A status the register answered with. */
  update: (status: BackupStatus) => void;
}

export function useBackupStatus(): BackupStatusQuery {
  const api = useApi();
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<{ status?: BackupStatus; error?: unknown }>({});

  useEffect(() => {
    let current = true;
    api.call('backup.status', {}).then(
      (status) => current && setAnswer({ status }),
      (error: unknown) => current && setAnswer((prev) => ({ status: prev.status, error })),
    );
    return () => {
      current = false;
    };
  }, [api, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const update = useCallback((status: BackupStatus) => setAnswer({ status }), []);
  const running = answer.status?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, WHILE_RUNNING_MS);
    return () => clearTimeout(timer);
  }, [running, answer, reload]);

  return { status: answer.status, error: answer.error, reload, update };
}
