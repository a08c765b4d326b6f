// One party of the case in its own fieldset, named by role and number ('申请人 1'): kind, fields, agent, removal.
import { Button, Fieldset, Group, Radio, Stack } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { PARTY_KINDS } from '../../shared/domain/reference.ts';
import { PersonFields } from './PersonFields.tsx';
import { OrganizationFields } from './OrganizationFields.tsx';
import { AgentFields } from './AgentFields.tsx';
import type { PartyFieldsProps } from './partyProps.ts';

interface Props extends PartyFieldsProps {
  title: string;
  onRemove: () => void;
}

export function PartyFields({ title, onRemove, ...fields }: Props) {
  const { party, onChange } = fields;
  return (
    <Fieldset legend={title} variant="filled" styles={{ legend: { fontWeight: 700 } }}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Radio.Group
            label="当事人类型"
            value={party.kind}
            onChange={(value) => onChange({ kind: value === 'organization' ? 'organization' : 'person' })}
          >
            <Group gap="lg" mt={4}>
              {PARTY_KINDS.map((k) => (
                <Radio key={k.code} value={k.code} label={k.label} />
              ))}
            </Group>
          </Radio.Group>
          <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={onRemove}>
            删除{title}
          </Button>
        </Group>
        {party.kind === 'person' ? <PersonFields {...fields} /> : <OrganizationFields {...fields} />}
        <AgentFields {...fields} />
      </Stack>
    </Fieldset>
  );
}
