// A party's agent (代理人), below the party's own fields: 有代理人, and when it is ticked the agent's kind
// (委托代理人 or 法定代理人), name and phone. Errors are looked up under the party's path, e.g. 'parties.0.agent.name'.
import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { AGENT_KINDS } from '../../shared/domain/case.ts';
import type { AgentField } from './draft.ts';
import type { PartyFieldsProps } from './partyProps.ts';
import { PhoneField } from './PartyPhoneField.tsx';

const KIND_OPTIONS = AGENT_KINDS.map((k) => ({ value: k.code, label: k.label }));

type AgentFieldsProps = Pick<PartyFieldsProps, 'party' | 'path' | 'errors' | 'onAgentChange' | 'onError'>;

export function AgentFields({ party, path, errors, onAgentChange, onError }: AgentFieldsProps) {
  const { agent } = party;
  const err = (field: AgentField) => errors[`${path}.agent.${field}`];
  return (
    <Stack gap="xs">
      <Checkbox
        label="有代理人"
        checked={agent.enabled}
        onChange={(e) => onAgentChange({ enabled: e.currentTarget.checked })}
        error={errors[`${path}.agent`]}
      />
      {agent.enabled && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label="代理人类型"
            data={KIND_OPTIONS}
            value={agent.kind}
            onChange={(value) => onAgentChange({ kind: value === 'statutory' ? 'statutory' : 'entrusted' })}
            allowDeselect={false}
            error={err('kind')}
          />
          <TextInput
            label="代理人姓名"
            value={agent.name}
            onChange={(e) => onAgentChange({ name: e.currentTarget.value })}
            error={err('name')}
            required
          />
          <PhoneField
            label="代理人联系电话"
            value={agent.phone}
            error={err('phone')}
            onChange={(phone) => onAgentChange({ phone })}
            onError={(message) => onError('agent.phone', message)}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
