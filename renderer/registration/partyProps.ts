// What the fields of one party get from the form.
import type { FieldErrors } from '../common/fieldErrors.ts';
import type { AgentDraft, PartyDraft, PartyField } from './draft.ts';

export interface PartyFieldsProps {
  party: PartyDraft;
  /** This party's path in the input, e.g. 'parties.0'; errors are looked up under it. */
  path: string;
  errors: FieldErrors;
  /** Changes fields (and clears their errors). */
  onChange: (patch: Partial<PartyDraft>) => void;
  /** Changes the party's agent (and clears the errors of what changed). */
  onAgentChange: (patch: Partial<AgentDraft>) => void;
  /** Sets or clears one field's error while typing. */
  onError: (field: PartyField, message: string | null) => void;
}
