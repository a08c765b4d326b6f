// Adds a scan or photo to the case: its category, the file (read in the page, refused above 20 MB before
// anything is sent), and a note.
import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, Select, TextInput } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { ATTACHMENT_CATEGORIES, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentCategory } from '../../shared/domain/attachment.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError, notifySuccess } from '../api/errors.ts';
import { attachmentFieldLabel } from '../api/fieldLabels.ts';
import { errorsFromServer, type FieldErrors } from '../common/fieldErrors.ts';
import { readAsBase64 } from './fileContent.ts';

export const TOO_LARGE = `文件超过${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB，请压缩或分开扫描后再上传`;
const ACCEPT = ATTACHMENT_TYPES.flatMap((t) => [t.mime, ...t.extensions.map((e) => `.${e}`)]).join(',');

export function AttachmentUpload({ caseId, onAdded }: { caseId: string; onAdded: () => Promise<void> }) {
  const api = useApi();
  const [category, setCategory] = useState<AttachmentCategory | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  function choose(next: File | null) {
    setFile(next);
    setErrors(({ file: _f, name: _n, contentBase64: _c, ...rest }) =>
      next && next.size > MAX_ATTACHMENT_BYTES ? { ...rest, file: TOO_LARGE } : rest,
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!category) found['category'] = '请选择附件类别';
    if (!file) found['file'] = '请选择要上传的文件';
    else if (file.size === 0) found['file'] = '文件是空的';
    else if (file.size > MAX_ATTACHMENT_BYTES) found['file'] = TOO_LARGE;
    setErrors(found);
    if (!category || !file || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const contentBase64 = await readAsBase64(file);
      await api.call('attachments.add', { caseId, name: file.name, category, note, contentBase64 });
      notifySuccess('已添加附件', file.name);
      setFile(null);
      setNote('');
      await onAdded();
    } catch (error) {
      const fieldErrors = errorsFromServer(error);
      if (fieldErrors) {
        const { name, contentBase64, ...rest } = fieldErrors;
        setErrors({ ...rest, ...(name || contentBase64 ? { file: [name, contentBase64].filter(Boolean).join('；') } : {}) });
      }
      notifyError(error, '附件没有添加', attachmentFieldLabel);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="添加附件">
      <Group align="flex-start" gap="sm">
        <Select
          label="附件类别"
          data={ATTACHMENT_CATEGORIES.map((c) => ({ value: c.code, label: c.label }))}
          value={category}
          onChange={(v) => {
            setCategory(ATTACHMENT_CATEGORIES.find((c) => c.code === v)?.code ?? null);
            setErrors(({ category: _c, ...rest }) => rest);
          }}
          error={errors['category']}
          placeholder="请选择"
          w={220}
          required
        />
        <FileInput
          label="选择文件"
          description="PDF、JPEG、PNG、TIFF、WebP，不超过20 MB"
          value={file}
          onChange={choose}
          accept={ACCEPT}
          error={errors['file']}
          placeholder="点击选择扫描件或照片"
          clearable
          clearButtonProps={{ 'aria-label': '清除' }}
          w={300}
          required
        />
        <TextInput label="说明" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors['note']} w={220} />
        <Button type="submit" mt={25} loading={busy} leftSection={<IconUpload size={16} />}>
          上传
        </Button>
      </Group>
    </form>
  );
}
