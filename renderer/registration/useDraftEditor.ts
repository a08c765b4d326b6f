// The registration form's editing: changes to the draft, each clearing the error of what it changed. Shared by
// 纠纷登记 and 修改登记信息.
import { useState, type Dispatch, type SetStateAction } from 'react';
import { clearError, setError, type FieldErrors } from '../common/fieldErrors.ts';
import type { AgentDraft, CaseDraft, CaseField, PartyDraft, PartyField, ReferralDraft } from './draft.ts';

export interface DraftEditor {
  errors: FieldErrors;
  setErrors: Dispatch<SetStateAction<FieldErrors>>;
  changeField: <K extends CaseField>(field: K, value: CaseDraft[K]) => void;
  changeReferral: (patch: Partial<ReferralDraft>) => void;
  changeParty: (index: number, patch: Partial<PartyDraft>) => void;
  /** Changes a party's agent; switching 有代理人 clears all the agent's errors. */
  changeAgent: (index: number, patch: Partial<AgentDraft>) => void;
  /** Adds, removes or reorders parties. */
  changeParties: (next: (parties: PartyDraft[]) => PartyDraft[]) => void;
  /** Sets or clears one party field's error while it is typed. */
  setPartyError: (index: number, field: PartyField, message: string | null) => void;
}

export function useDraftEditor(onDraftChange: Dispatch<SetStateAction<CaseDraft>>): DraftEditor {
  const [errors, setErrors] = useState<FieldErrors>({});
  return {
    errors,
    setErrors,
    changeField(field, value) {
      onDraftChange((d) => ({ ...d, [field]: value }));
      setErrors((e) => clearError(e, field));
    },
    changeReferral(patch) {
      onDraftChange((d) => ({ ...d, referral: { ...d.referral, ...patch } }));
      setErrors((e) => Object.keys(patch).reduce((acc, field) => clearError(acc, `referral.${field}`), e));
    },
    changeParty(index, patch) {
      onDraftChange((d) => ({ ...d, parties: d.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));
      setErrors((e) => Object.keys(patch).reduce((acc, field) => clearError(acc, `parties.${index}.${field}`), e));
    },
    changeAgent(index, patch) {
      onDraftChange((d) => ({
        ...d,
        parties: d.parties.map((p, i) => (i === index ? { ...p, agent: { ...p.agent, ...patch } } : p)),
      }));
      const path = `parties.${index}.agent`;
      setErrors((e) =>
        'enabled' in patch
          ? Object.fromEntries(Object.entries(e).filter(([key]) => key !== path && !key.startsWith(`${path}.`)))
          : Object.keys(patch).reduce((acc, field) => clearError(acc, `${path}.${field}`), e),
      );
    },
    changeParties(next) {
      onDraftChange((d) => ({ ...d, parties: next(d.parties) }));
      // Indices shift: errors of single parties no longer point at the right card.
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([path]) => !path.startsWith('parties'))));
    },
    setPartyError(index, field, message) {
      setErrors((e) => setError(e, `parties.${index}.${field}`, message));
    },
  };
}
