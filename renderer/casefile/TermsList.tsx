// The numbered clauses of a written agreement (“经调解，自愿达成如下协议：”): 第1条, 第2条, … each its own box.
import { ActionIcon, Button, Group, Input, Stack, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { errorAt, type StepFormState } from './formBinding.ts';

export function TermsList({ form }: { form: StepFormState }) {
  const terms = Array.isArray(form.values['terms']) ? form.values['terms'] : [];
  const listError = form.errors['terms'];
  const change = (index: number, text: string) =>
    form.set(
      'terms',
      terms.map((t, i) => (i === index ? text : t)),
    );

  return (
    <Input.Wrapper label="协议条款" description="经调解，当事人自愿达成如下协议：" error={listError} required>
      <Stack gap="xs" mt={4}>
        {terms.map((term, index) => (
          <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
            <Textarea
              label={`第${index + 1}条`}
              value={term}
              onChange={(e) => change(index, e.currentTarget.value)}
              error={errorAt(form.errors, `terms.${index}`)}
              autosize
              minRows={2}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={`删除第${index + 1}条`}
              disabled={terms.length === 1}
              onClick={() =>
                form.set(
                  'terms',
                  terms.filter((_, i) => i !== index),
                )
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.set('terms', [...terms, ''])}>
            添加条款
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
