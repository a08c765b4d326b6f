// What can be done with a case's documents from the page: save one as PDF or Word, save the whole case file, and
// print one through the desktop app's print dialog. Which call is running is kept, to show that button busy.
import { useState } from 'react';
import type { DocumentFormat, DocumentType, RenderedDocument } from '../../shared/domain/documents.ts';
import { useApi, useAppMode } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { saveToComputer } from '../casefile/fileContent.ts';

export interface DocumentActions {
  /** The running call, e.g. 'agreement.docx', 'agreement.print', 'caseFile'; null when none. */
  busy: string | null;
  /** The desktop app prints itself; in browser mode the clerk prints from the preview. */
  printsDirectly: boolean;
  download: (type: DocumentType, format: DocumentFormat) => Promise<void>;
  downloadCaseFile: () => Promise<void>;
  /** Desktop only: the system print dialog, shown by the app. */
  print: (type: DocumentType, name: string) => Promise<void>;
}

const save = (file: RenderedDocument) => saveToComputer(file.fileName, file.mime, file.content);

export function useDocumentActions(caseId: string): DocumentActions {
  const api = useApi();
  const mode = useAppMode();
  const [busy, setBusy] = useState<string | null>(null);

  async function run(key: string, work: () => Promise<void>, failure: string) {
    setBusy(key);
    try {
      await work();
    } catch (error) {
      notifyError(error, failure);
    } finally {
      setBusy((current) => (current === key ? null : current));
    }
  }

  return {
    busy,
    printsDirectly: mode === 'desktop',
    download: (type, format) =>
      run(`${type}.${format}`, async () => save(await api.call('documents.render', { caseId, type, format })), '文书没有生成'),
    downloadCaseFile: () => run('caseFile', async () => save(await api.call('documents.caseFile', { caseId })), '整卷PDF没有生成'),
    print: (type, name) =>
      run(
        `${type}.print`,
        async () => {
          const { printed } = await api.call('documents.print', { caseId, type });
          // Not printed: the clerk cancelled the print dialog; nothing to say.
          if (printed) notifySuccess('已发送到打印机', name);
        },
        '没有打印',
      ),
  };
}
