// The sync's state for the 同步 page: read at first, again every 15 s while the page is open (every 3 s while the
// register is sending), and at once after each action; the answer of sync.push or sync.enrol replaces it.
import { useCallback, useEffect, useState } from 'react';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { useApi } from '../api/ApiContext.tsx';

const REFRESH_MS = 15_000;
const WHILE_SENDING_MS = 3_000;

export interface SyncStatusQuery {
  overview: SyncOverview | undefined;
  /** When the overview was read (ms): the relative times ("3分钟前") count from it. */
  readAt: number;
  /** Why the last read failed, until a read succeeds. */
  error: unknown;
  reload: () => void;
  /** An overview the register answered an action with. */
  update: (overview: SyncOverview) => void;
}

interface Answer {
  overview?: SyncOverview;
  readAt: number;
  error?: unknown;
}

export function useSyncStatus(): SyncStatusQuery {
  const api = useApi();
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<Answer>({ readAt: 0 });

  useEffect(() => {
    let current = true;
    api.call('sync.status', {}).then(
      (overview) => current && setAnswer({ overview, readAt: Date.now() }),
      (error: unknown) => current && setAnswer((prev) => ({ ...prev, error })),
    );
    return () => {
      current = false;
    };
  }, [api, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const update = useCallback((overview: SyncOverview) => setAnswer({ overview, readAt: Date.now() }), []);

  const sending = answer.overview?.sending ?? false;
  useEffect(() => {
    const timer = setTimeout(reload, sending ? WHILE_SENDING_MS : REFRESH_MS);
    return () => clearTimeout(timer);
  }, [answer, sending, reload]);

  return { overview: answer.overview, readAt: answer.readAt, error: answer.error, reload, update };
}
