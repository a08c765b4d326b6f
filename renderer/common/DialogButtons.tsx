// The foot of a dialog's form: 取消 closes it, the submit button (保存 unless named) sends it.
import { Button, Group } from '@mantine/core';

export function DialogButtons({ onCancel, busy, submitLabel = '保存' }: { onCancel: () => void; busy: boolean; submitLabel?: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        取消
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Group>
  );
}
