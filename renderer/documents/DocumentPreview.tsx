// 预览: one document drawn as PDF and shown in the page, in a frame of a blob: URL (the CSP's frame-src allows
// it; the URL is revoked when the preview closes), with 打印, 下载PDF and 下载Word. In browser mode the page
// cannot print the PDF itself: the clerk prints from the preview's own toolbar, and is told so.
import { useEffect, useState } from 'react';
import { Alert, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { DocumentType, RenderedDocument } from '../../shared/domain/documents.ts';
import { useApi } from '../api/ApiContext.tsx';
import { LoadError } from '../common/LoadError.tsx';
import { blobOf, saveToComputer } from '../casefile/fileContent.ts';
import { DocumentButtons } from './DocumentButtons.tsx';
import type { DocumentActions } from './useDocumentActions.ts';

interface DocumentPreviewProps {
  caseId: string;
  type: DocumentType;
  name: string;
  actions: DocumentActions;
  /** Opened with 打印 in browser mode: the note on how to print shows at once. */
  printing: boolean;
  onClose: () => void;
}

type Shown = { state: 'loading' } | { state: 'ready'; url: string; file: RenderedDocument } | { state: 'failed'; error: unknown };

export function DocumentPreview({ caseId, type, name, actions, printing, onClose }: DocumentPreviewProps) {
  const api = useApi();
  const [shown, setShown] = useState<Shown>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const [printNote, setPrintNote] = useState(printing);

  useEffect(() => {
    let current = true;
    let url: string | null = null;
    api.call('documents.render', { caseId, type, format: 'pdf' }).then(
      (file) => {
        if (!current) return;
        url = URL.createObjectURL(blobOf(file.content, file.mime));
        setShown({ state: 'ready', url, file });
      },
      (error: unknown) => current && setShown({ state: 'failed', error }),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, caseId, type, round]);

  function retry() {
    setShown({ state: 'loading' });
    setRound((r) => r + 1);
  }

  const ready = shown.state === 'ready' ? shown : null;
  return (
    <Modal opened onClose={onClose} title={name} size="xl" centered>
      <Stack gap="sm">
        {shown.state === 'loading' && (
          <Group justify="center" h="70vh">
            <Loader size="sm" />
            <Text c="dimmed">生成中…</Text>
          </Group>
        )}
        {shown.state === 'failed' && <LoadError title="文书没有生成" query={{ error: shown.error, reload: retry }} />}
        {ready && <iframe title="文书预览" src={ready.url} style={{ width: '100%', height: '70vh', border: 0 }} />}
        {printNote && (
          <Alert color="blue" variant="light" icon={<IconPrinter size={18} />} role="status" title="打印">
            在预览中点击打印图标或按 Ctrl+P（先在预览里点一下）打印本文书。
          </Alert>
        )}
        <Group justify="flex-end">
          <DocumentButtons
            type={type}
            actions={actions}
            size="sm"
            onPrint={() => (actions.printsDirectly ? void actions.print(type, name) : setPrintNote(true))}
            onSavePdf={ready ? () => saveToComputer(ready.file.fileName, ready.file.mime, ready.file.content) : undefined}
          />
        </Group>
      </Stack>
    </Modal>
  );
}
