// The fields of a step's form, by kind.
import { assertNever } from '../../shared/rules/lifecycle.ts';
import { AdmissionFields } from './AdmissionFields.tsx';
import { AgreementFields } from './AgreementFields.tsx';
import { ArchiveFields } from './ArchiveFields.tsx';
import { AssignFields } from './AssignFields.tsx';
import { ConfirmationFields } from './ConfirmationFields.tsx';
import { FollowUpFields } from './FollowUpFields.tsx';
import { LeaderFields } from './LeaderFields.tsx';
import { OutcomeEndFields } from './OutcomeEndFields.tsx';
import { PetitionFields } from './PetitionFields.tsx';
import { PreventionFields } from './PreventionFields.tsx';
import { RecordFields } from './RecordFields.tsx';
import { RecuseFields } from './RecuseFields.tsx';
import { RiskFields } from './RiskFields.tsx';
import type { StepFieldsProps } from './stepFieldsProps.ts';

export function StepFields(props: StepFieldsProps) {
  switch (props.kind) {
    case 'accept':
    case 'refuse':
      return <AdmissionFields {...props} />;
    case 'assign':
      return <AssignFields {...props} />;
    case 'recuse':
      return <RecuseFields {...props} />;
    case 'leader':
      return <LeaderFields {...props} />;
    case 'investigation':
    case 'session':
      return <RecordFields {...props} />;
    case 'agreement_written':
    case 'agreement_oral':
      return <AgreementFields {...props} />;
    case 'failure':
    case 'termination':
      return <OutcomeEndFields {...props} />;
    case 'fulfilment':
    case 'follow_up_scheduled':
    case 'follow_up':
      return <FollowUpFields {...props} />;
    case 'confirmation_applied':
    case 'confirmation_result':
      return <ConfirmationFields {...props} />;
    case 'risk':
      return <RiskFields {...props} />;
    case 'prevention':
      return <PreventionFields {...props} />;
    case 'petition':
      return <PetitionFields {...props} />;
    case 'archive':
      return <ArchiveFields {...props} />;
    default:
      return assertNever(props.kind);
  }
}
