// After a registration: the issued case number, big, with the two things a clerk does next.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { RegisteredCase } from '../../shared/domain/case.ts';

interface RegisteredModalProps {
  registered: RegisteredCase | null;
  onView: (id: string) => void;
  onClose: () => void;
}

export function RegisteredModal({ registered, onView, onClose }: RegisteredModalProps) {
  return (
    <Modal opened={registered !== null} onClose={onClose} title="登记成功" centered size="lg">
      {registered && (
        <Stack>
          <Text c="dimmed">纠纷已登记，本案案号：</Text>
          <Text size="2rem" fw={700} ta="center" py="md" data-testid="issued-case-number">
            {registered.number}
          </Text>
          <Text size="sm" c="dimmed">
            请把案号写在受理登记表和卷宗上。表单已清空，可以登记下一件纠纷。
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              继续登记
            </Button>
            <Button onClick={() => onView(registered.id)}>查看案件</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
