// The fields of a registration, as one block: the case (with the committee above it), its colour, the parties,
// and what is still wrong. 纠纷登记 and 修改登记信息 both show them; an edit keeps the registration date (it is
// part of the case number) and leaves the colour to the step 调整风险等级.
import type { ReactNode } from 'react';
import { Alert, Paper, Stack } from '@mantine/core';
import type { PartyRole } from '../../shared/domain/reference.ts';
import { addParty, type CaseDraft } from './draft.ts';
import type { DraftEditor } from './useDraftEditor.ts';
import { CaseFactsFields } from './CaseFactsFields.tsx';
import { RiskLevelField } from './RiskLevelField.tsx';
import { PartyList } from './PartyList.tsx';
import { UnplacedErrors } from './UnplacedErrors.tsx';

interface DraftFieldsProps {
  draft: CaseDraft;
  editor: DraftEditor;
  /** Whether the clerk has tried to submit (then the number of problems is named). */
  submitted: boolean;
  /** Above the case's fields: the committee, a choice when registering, fixed when editing. */
  committee?: ReactNode;
  editing?: boolean;
}

export function DraftFields({ draft, editor, submitted, committee, editing = false }: DraftFieldsProps) {
  const { errors } = editor;
  const problemCount = Object.keys(errors).length;
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="md">
          {committee}
          <CaseFactsFields
            draft={draft}
            errors={errors}
            registeredOnFixed={editing}
            onChange={editor.changeField}
            onReferralChange={editor.changeReferral}
          />
        </Stack>
      </Paper>
      {!editing && (
        <Paper withBorder p="md">
          <RiskLevelField
            value={draft.riskLevel}
            onChange={(level) => editor.changeField('riskLevel', level)}
            error={errors['riskLevel']}
          />
        </Paper>
      )}
      <Paper withBorder p="md">
        <PartyList
          parties={draft.parties}
          errors={errors}
          onAdd={(role: PartyRole) => editor.changeParties((parties) => addParty(parties, role))}
          onRemove={(index) => editor.changeParties((parties) => parties.filter((_, i) => i !== index))}
          onChange={editor.changeParty}
          onAgentChange={editor.changeAgent}
          onError={editor.setPartyError}
        />
      </Paper>
      <UnplacedErrors errors={errors} />
      {submitted && problemCount > 0 && (
        <Alert color="red" variant="light">
          还有 {problemCount} 处需要填写或修改，已用红字标出。
        </Alert>
      )}
    </Stack>
  );
}
