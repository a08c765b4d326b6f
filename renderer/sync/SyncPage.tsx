// 同步: the sync with the district hub (区级平台) in plain words — on a replacement PC first the records of the
// PC it replaced, to restore or not; the state and what is waiting, 立即同步, the district's notes (区司法局意见)
// and the records the hub sent back (each linked to where it is corrected), the offline path on a USB stick, the
// district's reference data and announcements, the figures to reconcile with the district, and enrolment. What a
// role may not do is not shown.
import { Stack, Text, Title } from '@mantine/core';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { useMay } from '../auth/SessionContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { useDistrictReference } from '../reference/useDistrictReference.ts';
import { useRefreshOwnCommittee } from '../shell/ownCommittee.ts';
import { DistrictNotesSection } from './DistrictNotesSection.tsx';
import { EnrolSection } from './EnrolSection.tsx';
import { OfflineExchange } from './OfflineExchange.tsx';
import { PushButton } from './PushButton.tsx';
import { ReconciliationTable } from './ReconciliationTable.tsx';
import { ReferenceCard } from './ReferenceCard.tsx';
import { RejectedRecords } from './RejectedRecords.tsx';
import { RestoreCard } from './RestoreCard.tsx';
import { SyncStatusCard } from './SyncStatusCard.tsx';
import { useSyncStatus, type SyncStatusQuery } from './useSyncStatus.ts';

export function SyncPage() {
  const query = useSyncStatus();
  return (
    <Stack gap="lg" maw={1000}>
      <Title order={2}>同步</Title>
      <Text size="sm" c="dimmed">
        本机登记的案件、调解员、调委会和排查报告，联网时会自动报送区级平台（区司法局），红色、橙色预警的案件优先报送；没有网络时，可以用U盘离线报送。
      </Text>
      {query.overview ? (
        <SyncSections overview={query.overview} query={query} />
      ) : query.error !== undefined ? (
        <LoadError title="同步情况没有读出来" query={{ error: query.error, reload: query.reload }} />
      ) : (
        <Text c="dimmed">正在读取…</Text>
      )}
    </Stack>
  );
}

function SyncSections({ overview, query }: { overview: SyncOverview; query: SyncStatusQuery }) {
  const may = useMay();
  const live = overview.enrolled && overview.revokedAt === null;
  const mayEnrol = may('sync.enrol');
  const enrolment = mayEnrol && <EnrolSection overview={overview} onEnrolled={query.update} />;
  const refreshOwnCommittee = useRefreshOwnCommittee();
  // Read again with the state: a sync may have brought the district's new notes or reference data.
  const reference = useDistrictReference(query.readAt);
  const district = reference.data;
  return (
    <>
      {overview.restorable > 0 && (
        <RestoreCard
          restorable={overview.restorable}
          onRestored={() => {
            query.reload();
            // The restored register's own committee replaces the one made at setup.
            refreshOwnCommittee();
          }}
          onDeclined={query.update}
        />
      )}
      <SyncStatusCard
        overview={overview}
        readAt={query.readAt}
        mayEnrol={mayEnrol}
        action={
          live && may('sync.push') ? <PushButton sending={overview.sending} onPushed={query.update} onFailed={query.reload} /> : undefined
        }
      />
      {!live && enrolment}
      {overview.enrolled && <DistrictNotesSection refreshKey={query.readAt} />}
      {(overview.enrolled || overview.rejected.length > 0) && <RejectedRecords records={overview.rejected} />}
      {overview.enrolled && (
        <OfflineExchange
          pending={overview.pending}
          mayExport={live && may('sync.exportFile')}
          mayImport={may('sync.importReceipts')}
          onChanged={query.reload}
        />
      )}
      {district && (overview.enrolled || district.reference) && <ReferenceCard current={district} />}
      {overview.enrolled && <ReconciliationTable committees={overview.committees} />}
      {live && enrolment}
    </>
  );
}
