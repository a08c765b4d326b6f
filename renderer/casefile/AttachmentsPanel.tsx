// 附件: the scans and photos of the case, each opened from the list (images shown here, other files saved to
// the computer: the app opens no new windows), and a form to add one unless the case is archived.
import { useState } from 'react';
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { ATTACHMENT_CATEGORIES, type Attachment, type AttachmentContent } from '../../shared/domain/attachment.ts';
import { labelOf } from '../../shared/domain/reference.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError } from '../api/errors.ts';
import { attachmentFieldLabel } from '../api/fieldLabels.ts';
import { formatInstant } from '../common/dates.ts';
import { AttachmentPreview } from './AttachmentPreview.tsx';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { formatSize, isPreviewable, saveToComputer } from './fileContent.ts';

interface AttachmentsPanelProps {
  caseId: string;
  attachments: readonly Attachment[];
  readOnly: boolean;
  onAdded: () => Promise<void>;
}

export function AttachmentsPanel({ caseId, attachments, readOnly, onAdded }: AttachmentsPanelProps) {
  const api = useApi();
  const [preview, setPreview] = useState<AttachmentContent | null>(null);

  async function open(attachment: Attachment) {
    try {
      const content = await api.call('attachments.get', { id: attachment.id });
      if (isPreviewable(content.mime)) setPreview(content);
      else saveToComputer(content.name, content.mime, content.contentBase64);
    } catch (error) {
      notifyError(error, '附件打不开', attachmentFieldLabel);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-label="附件">
      <Title order={3} size="h4" mb="sm">
        附件
      </Title>
      {attachments.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          还没有附件。申请书签字件、身份证明、协议书签字件等扫描后可在这里上传。
        </Text>
      ) : (
        <Table aria-label="附件" mb="md" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>文件名</Table.Th>
              <Table.Th>类别</Table.Th>
              <Table.Th>大小</Table.Th>
              <Table.Th>添加时间</Table.Th>
              <Table.Th>添加人</Table.Th>
              <Table.Th>说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attachments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => void open(a)}>
                    {a.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{labelOf(ATTACHMENT_CATEGORIES, a.category)}</Table.Td>
                <Table.Td>{formatSize(a.size)}</Table.Td>
                <Table.Td>{formatInstant(a.addedAt)}</Table.Td>
                <Table.Td>{a.addedBy}</Table.Td>
                <Table.Td>{a.note ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!readOnly && <AttachmentUpload caseId={caseId} onAdded={onAdded} />}
      {preview && <AttachmentPreview content={preview} onClose={() => setPreview(null)} />}
    </Paper>
  );
}
