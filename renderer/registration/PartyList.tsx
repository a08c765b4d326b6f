// The parties of the case: applicants, then respondents, each added with its own button.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import type { PartyRole } from '../../shared/domain/reference.ts';
import type { FieldErrors } from '../common/fieldErrors.ts';
import { partyTitle, type AgentDraft, type PartyDraft, type PartyField } from './draft.ts';
import { PartyFields } from './PartyFields.tsx';

interface PartyListProps {
  parties: PartyDraft[];
  errors: FieldErrors;
  onAdd: (role: PartyRole) => void;
  onRemove: (index: number) => void;
  onChange: (index: number, patch: Partial<PartyDraft>) => void;
  onAgentChange: (index: number, patch: Partial<AgentDraft>) => void;
  onError: (index: number, field: PartyField, message: string | null) => void;
}

export function PartyList({ parties, errors, onAdd, onRemove, onChange, onAgentChange, onError }: PartyListProps) {
  const listError = errors['parties'];
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        当事人
      </Title>
      {parties.length === 0 && (
        <Text c="dimmed" size="sm">
          还没有添加当事人。请用下面的按钮添加申请人和被申请人，各至少一名。
        </Text>
      )}
      {parties.map((party, index) => {
        const title = partyTitle(parties, index);
        return (
          <PartyFields
            key={party.key}
            title={title}
            party={party}
            path={`parties.${index}`}
            errors={errors}
            onChange={(patch) => onChange(index, patch)}
            onAgentChange={(patch) => onAgentChange(index, patch)}
            onError={(field, message) => onError(index, field, message)}
            onRemove={() => onRemove(index)}
          />
        );
      })}
      {listError && (
        <Alert color="red" role="alert" title="当事人不完整" data-testid="parties-error">
          {listError}
        </Alert>
      )}
      <Group>
        <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => onAdd('applicant')}>
          添加申请人
        </Button>
        <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => onAdd('respondent')}>
          添加被申请人
        </Button>
      </Group>
    </Stack>
  );
}
