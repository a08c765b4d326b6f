// A photo or image scan shown in the page, with a way to save it to the computer.
import { Button, Group, Image, Modal, Stack } from '@mantine/core';
import type { AttachmentContent } from '../../shared/domain/attachment.ts';
import { saveToComputer } from './fileContent.ts';

export function AttachmentPreview({ content, onClose }: { content: AttachmentContent; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={content.name} size="xl" centered>
      <Stack>
        <Image src={`data:${content.mime};base64,${content.contentBase64}`} alt={content.name} fit="contain" mah="70vh" />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => saveToComputer(content.name, content.mime, content.contentBase64)}>
            保存到本机
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
