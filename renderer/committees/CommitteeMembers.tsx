// A committee's mediators (those on the roster who have not left), in a drawer from the 调委会 page; their
// records are kept in 调解员.
import { Anchor, Drawer, Loader, Stack, Text } from '@mantine/core';
import type { CommitteeOverview } from '../../shared/domain/committee.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { LoadError } from '../common/LoadError.tsx';
import { RosterTable } from '../mediators/RosterTable.tsx';
import { routeHref } from '../routing/routes.ts';

export function CommitteeMembers({ committee, onClose }: { committee: CommitteeOverview; onClose: () => void }) {
  const members = useApiQuery('mediators.list', { committeeId: committee.id, includeLeft: false });
  const title = `${committee.name}的调解员`;
  return (
    <Drawer opened onClose={onClose} position="right" size={900} title={title}>
      <Stack gap="sm">
        <LoadError title="调解员名单没有读出来" query={members} />
        {!members.data && members.loading && <Loader size="sm" aria-label="正在读取" />}
        {members.data &&
          (members.data.length === 0 ? (
            <Text c="dimmed" ta="center" py="md">
              这个调委会还没有调解员
            </Text>
          ) : (
            <RosterTable mediators={members.data} showCommittee={false} label={title} />
          ))}
        <Text size="sm" c="dimmed">
          调解员的等级、培训、考核奖励等记录，请到
          <Anchor href={routeHref({ page: 'mediators' })} size="sm" onClick={onClose}>
            调解员名册
          </Anchor>
          查看。
        </Text>
      </Stack>
    </Drawer>
  );
}
