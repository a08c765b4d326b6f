// The buttons above a report: 导出Excel (the register builds the workbook; it is saved as a download) and 打印
// (the browser's print, with renderer/print.css leaving out the menu, the controls and the dialogs).
import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import type { ExportedFile } from '../../shared/domain/statistics.ts';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { saveToComputer } from '../casefile/fileContent.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `<ExportButton load={() => api.call('stats.exportXlsx', query)} />` */
export function ExportButton({ load, label = '导出Excel' }: { load: () => Promise<ExportedFile>; label?: string }) {
  const [busy, setBusy] = useState(false);

  async function exportNow() {
    setBusy(true);
    try {
      const file = await load();
      saveToComputer(file.fileName, XLSX_MIME, file.content);
      notifySuccess('已导出', file.fileName);
    } catch (error) {
      notifyError(error, '没有导出');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="light" leftSection={<IconDownload size={16} />} loading={busy} onClick={() => void exportNow()}>
      {label}
    </Button>
  );
}

export function PrintButton({ disabled = false }: { disabled?: boolean }) {
  return (
    <Button variant="default" leftSection={<IconPrinter size={16} />} disabled={disabled} onClick={() => window.print()}>
      打印
    </Button>
  );
}
