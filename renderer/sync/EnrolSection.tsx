// Enrolment with the district hub, for the roles that may (sync.manage): the form in view while the register is
// not enrolled or the hub stopped it; otherwise behind 重新登记 (a new address, or a new code after a change).
import { useId, useState } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { EnrolForm } from './EnrolForm.tsx';

interface EnrolSectionProps {
  overview: SyncOverview;
  onEnrolled: (overview: SyncOverview) => void;
}

export function EnrolSection({ overview, onEnrolled }: EnrolSectionProps) {
  const headingId = useId();
  const needed = !overview.enrolled || overview.revokedAt !== null;
  const [open, setOpen] = useState(false);
  const showForm = needed || open;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={3} size="h4" id={headingId}>
          {overview.enrolled ? '重新登记到区级平台' : '登记到区级平台'}
        </Title>
        {!showForm && (
          <Button variant="default" onClick={() => setOpen(true)}>
            重新登记
          </Button>
        )}
      </Group>
      {showForm ? (
        <>
          <Text size="sm" mb="sm">
            {overview.enrolled
              ? '请填写区司法局给的新登记码；平台地址如有改变，也请改正。'
              : '本机登记到区级平台后，登记的案件、调解员、调委会和排查报告会自动报送区司法局。请填写区司法局给的平台地址和登记码。'}
          </Text>
          <EnrolForm
            initialUrl={overview.hubUrl}
            onEnrolled={(next) => {
              setOpen(false);
              onEnrolled(next);
            }}
            {...(needed ? {} : { onCancel: () => setOpen(false) })}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          本机已登记。只有区级平台地址改变、本机被停用或换了电脑时，才需要向区司法局申请新的登记码，重新登记。
        </Text>
      )}
    </Paper>
  );
}
