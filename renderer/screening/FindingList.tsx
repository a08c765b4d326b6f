// The disputes found in one screening period, with add and remove; a problem with the list as a whole
// (none given) shows under it.
import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DEFAULT_CONFIG } from '../../shared/domain/config.ts';
import { useApiQuery } from '../api/useApiQuery.ts';
import { clearError, type FieldErrors } from '../common/fieldErrors.ts';
import { FindingFields } from './FindingFields.tsx';
import { emptyFinding, type FindingDraft } from './reportDraft.ts';

interface FindingListProps {
  findings: FindingDraft[];
  errors: FieldErrors;
  onChange: (findings: FindingDraft[]) => void;
  onErrors: (update: (errors: FieldErrors) => FieldErrors) => void;
}

/** Errors of single findings no longer point at the right one once the list shifts. */
const withoutFindingErrors = (errors: FieldErrors) => Object.fromEntries(Object.entries(errors).filter(([p]) => !p.startsWith('findings')));

export function FindingList({ findings, errors, onChange, onErrors }: FindingListProps) {
  const config = useApiQuery('config.get', {}, { notify: false });
  const groupSize = (config.data ?? DEFAULT_CONFIG).warnings.groupSize;
  return (
    <Stack gap="sm">
      {findings.map((finding, index) => (
        <FindingFields
          key={finding.key}
          index={index}
          finding={finding}
          errors={errors}
          groupSize={groupSize}
          onChange={(patch) => {
            onChange(findings.map((f, i) => (i === index ? { ...f, ...patch } : f)));
            onErrors((e) => Object.keys(patch).reduce((acc, field) => clearError(acc, `findings.${index}.${field}`), e));
          }}
          onRemove={
            findings.length > 1
              ? () => {
                  onChange(findings.filter((_, i) => i !== index));
                  onErrors(withoutFindingErrors);
                }
              : undefined
          }
        />
      ))}
      {errors['findings'] && (
        <Text c="red" size="sm" role="alert" data-testid="findings-error">
          {errors['findings']}
        </Text>
      )}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        onClick={() => {
          onChange([...findings, emptyFinding()]);
          onErrors((e) => clearError(e, 'findings'));
        }}
        style={{ alignSelf: 'flex-start' }}
      >
        添加一件纠纷
      </Button>
    </Stack>
  );
}
