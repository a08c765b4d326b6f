// The buttons of one document, in its row and in its preview: (预览,) 打印, 下载PDF, 下载Word; all disabled while
// the document cannot be drawn.
import { Button, Group } from '@mantine/core';
import { IconEye, IconFileTypeDocx, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { DocumentType } from '../../shared/domain/documents.ts';
import type { DocumentActions } from './useDocumentActions.ts';

interface DocumentButtonsProps {
  type: DocumentType;
  actions: DocumentActions;
  /** The preview's own buttons leave 预览 out. */
  onPreview?: () => void;
  onPrint: () => void;
  /** The preview saves the very PDF it shows, instead of drawing it again. */
  onSavePdf?: () => void;
  disabled?: boolean;
  size?: 'xs' | 'sm';
}

export function DocumentButtons({ type, actions, onPreview, onPrint, onSavePdf, disabled = false, size = 'xs' }: DocumentButtonsProps) {
  const { busy } = actions;
  const icon = size === 'xs' ? 14 : 16;
  const common = { size, variant: 'light', disabled } as const;
  return (
    <Group gap={6} wrap="nowrap">
      {onPreview && (
        <Button {...common} leftSection={<IconEye size={icon} />} onClick={onPreview}>
          预览
        </Button>
      )}
      <Button {...common} leftSection={<IconPrinter size={icon} />} loading={busy === `${type}.print`} onClick={onPrint}>
        打印
      </Button>
      <Button
        {...common}
        leftSection={<IconFileTypePdf size={icon} />}
        loading={busy === `${type}.pdf`}
        onClick={onSavePdf ?? (() => void actions.download(type, 'pdf'))}
      >
        下载PDF
      </Button>
      <Button
        {...common}
        leftSection={<IconFileTypeDocx size={icon} />}
        loading={busy === `${type}.docx`}
        onClick={() => void actions.download(type, 'docx')}
      >
        下载Word
      </Button>
    </Group>
  );
}
