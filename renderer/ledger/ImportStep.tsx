// Step 4 导入: the valid rows of the dry run, confirmed in a dialog that says rows with errors are skipped and
// the rest go in together or not at all.
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import type { LedgerReport } from '../../shared/domain/ledger.ts';

interface ImportStepProps {
  preview: LedgerReport;
  busy: boolean;
  onImport: () => Promise<void>;
}

export function ImportStep({ preview, busy, onImport }: ImportStepProps) {
  const [confirming, setConfirming] = useState(false);

  async function confirm() {
    await onImport();
    setConfirming(false);
  }

  return (
    <>
      <Group>
        <Button leftSection={<IconDatabaseImport size={16} />} disabled={preview.valid === 0} onClick={() => setConfirming(true)}>
          导入{preview.valid}条有效记录
        </Button>
        {preview.valid === 0 && (
          <Text size="sm" c="dimmed">
            没有可以导入的记录。
          </Text>
        )}
      </Group>
      <Modal opened={confirming} onClose={() => !busy && setConfirming(false)} title="确认导入" closeButtonProps={{ 'aria-label': '关闭' }}>
        <Stack gap="md">
          <Text size="sm">将导入{preview.valid}条有效记录，登记为案件。</Text>
          {preview.rejectedRows > 0 && <Text size="sm">有错误的{preview.rejectedRows}行会跳过，不导入。</Text>}
          {preview.alreadyImported > 0 && <Text size="sm">以前已导入过的{preview.alreadyImported}条不会重复导入。</Text>}
          <Text size="sm">其余记录一起导入：要么全部导入，要么一条也不导入。</Text>
          <Group justify="flex-end">
            <Button variant="default" disabled={busy} onClick={() => setConfirming(false)}>
              取消
            </Button>
            <Button loading={busy} onClick={() => void confirm()}>
              确认导入
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
