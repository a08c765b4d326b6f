// The audit log's entries for the filters, newest first: the first page, then more on request ('更多', which
// asks for the entries before the last one shown).
import { useState } from 'react';
import type { AuditEntry, AuditQuery } from '../../shared/domain/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError } from '../api/errors.ts';
import { useApiQuery } from '../api/useApiQuery.ts';

interface More {
  key: string;
  entries: AuditEntry[];
  hasMore: boolean;
}

export function useAuditPages(query: AuditQuery) {
  const api = useApi();
  const first = useApiQuery('audit.list', query);
  const [more, setMore] = useState<More | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const key = JSON.stringify(query);
  // Pages fetched for other filters (or before a reload) no longer belong.
  const extra = more?.key === key ? more : null;
  const entries = [...(first.data?.entries ?? []), ...(extra?.entries ?? [])];
  const hasMore = extra ? extra.hasMore : (first.data?.hasMore ?? false);

  async function loadMore() {
    const last = entries.at(-1);
    if (!last) return;
    setLoadingMore(true);
    try {
      const page = await api.call('audit.list', { ...query, before: last.seq });
      setMore({ key, entries: [...(extra?.entries ?? []), ...page.entries], hasMore: page.hasMore });
    } catch (error) {
      notifyError(error, '没有读出更早的记录');
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    entries,
    hasMore,
    loaded: first.data !== undefined,
    loading: first.loading,
    loadingMore,
    error: first.error,
    loadMore,
    reload: () => {
      setMore(null);
      first.reload();
    },
  };
}
