// 导出登记簿: the whole register as an Excel workbook, saved through the browser's (or the desktop's) download.
// It holds personal data, and the register records every export in the audit log.
import { useId, useState } from 'react';
import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ExportCounts } from '../../shared/domain/registerExport.ts';
import { useApi } from '../api/ApiContext.tsx';
import { describeForClerk } from '../api/errors.ts';
import { saveToComputer } from '../casefile/fileContent.ts';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `'案件12件，当事人30人，调解员4人，调委会2个，排查报告8份'`. */
export function countsText(c: ExportCounts): string {
  return `案件${c.cases}件，当事人${c.parties}人，调解员${c.mediators}人，调委会${c.committees}个，排查报告${c.screeningReports}份`;
}

export function RegisterExportSection() {
  const headingId = useId();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ fileName: string; counts: ExportCounts } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function exportNow() {
    setBusy(true);
    setDone(null);
    setFailure(null);
    try {
      const file = await api.call('data.exportXlsx', {});
      saveToComputer(file.fileName, XLSX_MIME, file.content);
      setDone({ fileName: file.fileName, counts: file.counts });
    } catch (error) {
      setFailure(describeForClerk(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={3} size="h4" id={headingId}>
            导出登记簿
          </Title>
          <Text size="sm" c="dimmed">
            把全部案件、当事人、调解员、调委会和排查报告导出为一个Excel文件。
          </Text>
        </div>
        <Button leftSection={<IconDownload size={16} />} variant="light" loading={busy} onClick={() => void exportNow()}>
          导出为Excel
        </Button>
      </Group>
      <Alert color="orange" variant="light">
        导出的文件含有当事人的姓名、身份证号码、电话等个人信息，请妥善保管，用完及时删除。每次导出都会记入审计日志。
      </Alert>
      {done && (
        <Alert color="green" title="已导出" role="status" mt="sm">
          {done.fileName}：{countsText(done.counts)}
        </Alert>
      )}
      {failure && (
        <Alert color="red" title="没有导出" mt="sm">
          {failure}
        </Alert>
      )}
    </Paper>
  );
}
