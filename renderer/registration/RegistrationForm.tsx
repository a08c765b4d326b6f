// 纠纷登记: the registration form. Checked with the contract's own schema before sending; the server's field
// errors come back under the same paths and show next to the same fields.
import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RegisteredCase } from '../../shared/domain/case.ts';
import type { PartyRole } from '../../shared/domain/reference.ts';
import { useApi } from '../api/ApiContext.tsx';
import { notifyError } from '../api/errors.ts';
import { fieldLabel } from '../api/fieldLabels.ts';
import { clearError, errorsFromServer, setError, type FieldErrors } from '../common/fieldErrors.ts';
import { navigate } from '../routing/useRoute.ts';
import { addParty, emptyDraft, partyTitle, type CaseDraft, type CaseField, type PartyDraft, type ReferralDraft } from './draft.ts';
import { checkDraft } from './checks.ts';
import { CaseFactsFields } from './CaseFactsFields.tsx';
import { RiskLevelField } from './RiskLevelField.tsx';
import { PartyList } from './PartyList.tsx';
import { RegisteredModal } from './RegisteredModal.tsx';
import { UnplacedErrors } from './UnplacedErrors.tsx';

interface RegistrationFormProps {
  draft: CaseDraft;
  onDraftChange: Dispatch<SetStateAction<CaseDraft>>;
}

function focusFirstError() {
  // Mantine marks inputs with an error as aria-invalid; bring the first one into view. A select would open
  // its list on focus, so it is only scrolled to.
  requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="parties-error"]');
    if (!first) return;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (first.getAttribute('role') !== 'combobox') first.focus({ preventScroll: true });
  });
}

export function RegistrationForm({ draft, onDraftChange }: RegistrationFormProps) {
  const api = useApi();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<RegisteredCase | null>(null);
  const [submitted, setSubmitted] = useState(false);

  function changeField<K extends CaseField>(field: K, value: CaseDraft[K]) {
    onDraftChange((d) => ({ ...d, [field]: value }));
    setErrors((e) => clearError(e, field));
  }

  function changeReferral(patch: Partial<ReferralDraft>) {
    onDraftChange((d) => ({ ...d, referral: { ...d.referral, ...patch } }));
    setErrors((e) => Object.keys(patch).reduce((acc, field) => clearError(acc, `referral.${field}`), e));
  }

  function changeParty(index: number, patch: Partial<PartyDraft>) {
    onDraftChange((d) => ({ ...d, parties: d.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
    setErrors((e) => Object.keys(patch).reduce((acc, field) => clearError(acc, `parties.${index}.${field}`), e));
  }

  function changeParties(next: (parties: PartyDraft[]) => PartyDraft[]) {
    onDraftChange((d) => ({ ...d, parties: next(d.parties) }));
    // Indices shift: errors of single parties no longer point at the right card.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !path.startsWith('parties'))));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: problems, input } = checkDraft(draft);
    setErrors(problems);
    setSubmitted(true);
    if (!input) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('cases.register', input);
      onDraftChange(emptyDraft());
      setSubmitted(false);
      setRegistered(result);
    } catch (error) {
      const fieldErrors = errorsFromServer(error);
      if (fieldErrors) {
        setErrors(fieldErrors);
        focusFirstError();
      }
      notifyError(error, '登记没有完成', (path) => serverFieldLabel(draft, path));
    } finally {
      setBusy(false);
    }
  }

  const problemCount = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate aria-label="纠纷登记">
      <Stack gap="lg" maw={1100}>
        <div>
          <Title order={2}>纠纷登记</Title>
          <Text c="dimmed" size="sm">
            受理登记：每件纠纷都要登记建档。带红色星号的为必填项。
          </Text>
        </div>
        <Paper withBorder p="md">
          <CaseFactsFields draft={draft} errors={errors} onChange={changeField} onReferralChange={changeReferral} />
        </Paper>
        <Paper withBorder p="md">
          <RiskLevelField value={draft.riskLevel} onChange={(level) => changeField('riskLevel', level)} error={errors['riskLevel']} />
        </Paper>
        <Paper withBorder p="md">
          <PartyList
            parties={draft.parties}
            errors={errors}
            onAdd={(role: PartyRole) => changeParties((parties) => addParty(parties, role))}
            onRemove={(index) => changeParties((parties) => parties.filter((_, i) => i !== index))}
            onChange={changeParty}
            onError={(index, field, message) => setErrors((e) => setError(e, `parties.${index}.${field}`, message))}
          />
        </Paper>
        <UnplacedErrors errors={errors} />
        {submitted && problemCount > 0 && (
          <Alert color="red" variant="light">
            还有 {problemCount} 处需要填写或修改，已用红字标出。
          </Alert>
        )}
        <Group>
          <Button type="submit" size="md" loading={busy}>
            提交登记
          </Button>
        </Group>
      </Stack>
      <RegisteredModal
        registered={registered}
        onClose={() => setRegistered(null)}
        onView={(id) => {
          setRegistered(null);
          navigate({ page: 'case', id });
        }}
      />
    </form>
  );
}

/** 'parties.1.idNumber' → '被申请人 1 的身份证号码', for the notification after a server-side refusal. */
function serverFieldLabel(draft: CaseDraft, path: string): string {
  const m = /^parties\.(\d+)\.\w+$/.exec(path);
  if (!m) return fieldLabel(path);
  return `${partyTitle(draft.parties, Number(m[1]))}的${fieldLabel(path).replace(/^第\d+名当事人的/, '')}`;
}
