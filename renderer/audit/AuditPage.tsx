// 审计日志 (directors, administrators): who saw and changed what, newest first, filtered by user, action and
// dates, with earlier entries on request; and the check of the log's hash chain.
import { useMemo, useState } from 'react';
import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { AuditEntry } from '../../shared/domain/account.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { actorLabel } from '../common/actors.ts';
import { LoadError } from '../common/LoadError.tsx';
import { AuditFilterBar } from './AuditFilterBar.tsx';
import { AuditTable } from './AuditTable.tsx';
import { AuditVerifyPanel } from './AuditVerifyPanel.tsx';
import { NO_FILTERS, toAuditQuery, type AuditFilters } from './auditQuery.ts';
import { useAuditPages } from './useAuditPages.ts';

export function AuditPage() {
  const may = useMay();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const query = useMemo(() => toAuditQuery(filters), [filters]);
  const log = useAuditPages(query);
  // The account list is the administrator's; a director sees the users that appear in the entries read so far.
  const users = useApiQuery('users.list', may('users.list') ? {} : null).data ?? [];
  const [seen, setSeen] = useState<Map<string, string>>(new Map());
  // Grows as pages are read (a filter narrows the entries, not the choice); set while rendering, once per new user.
  const unseen = log.entries.filter((e) => e.userId !== null && !seen.has(e.userId));
  if (unseen.length > 0) setSeen((s) => new Map([...s, ...unseen.map((e): [string, string] => [e.userId!, actorLabel(e.actor)])]));

  const userOptions =
    users.length > 0
      ? users.map((u) => ({ value: u.id, label: `${u.name}（${u.username}）` }))
      : [...seen].map(([value, label]) => ({ value, label }));
  const actorOf = (entry: AuditEntry) => actorLabel(entry.actor, users);

  return (
    <Stack gap="md" maw={1280}>
      <Group justify="space-between">
        <Title order={2}>审计日志</Title>
        {log.loading && <Loader size="sm" aria-label="正在读取" />}
      </Group>
      <Text size="sm" c="dimmed">
        登录、查看案件和当事人信息、登记、办案、修改设置和账户，都按时间记在这里，不能修改或删除。
      </Text>
      <AuditVerifyPanel />
      <AuditFilterBar filters={filters} onChange={setFilters} users={userOptions} />
      <LoadError title="审计日志没有读出来" query={log} />
      {log.loaded && log.entries.length === 0 ? (
        <Paper withBorder p="lg">
          <Text ta="center" c="dimmed">
            没有符合条件的记录
          </Text>
        </Paper>
      ) : (
        <AuditTable entries={log.entries} actorOf={actorOf} />
      )}
      {log.hasMore && (
        <Group justify="center">
          <Button variant="default" loading={log.loadingMore} onClick={() => void log.loadMore()}>
            更多
          </Button>
        </Group>
      )}
    </Stack>
  );
}
