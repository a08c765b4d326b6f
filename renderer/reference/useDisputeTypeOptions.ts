// The dispute-type select's choices, with the district's names and without the types it stopped offering.
import { useMemo } from 'react';
import type { DisputeType } from '../../shared/domain/reference.ts';
import { disputeTypeOptions, type DisputeTypeOption } from './disputeTypes.ts';
import { useDistrictReference } from './useDistrictReference.ts';

/** `useDisputeTypeOptions(draft.disputeType)`: the MoJ's list until the district's is read (or when it has none). */
export function useDisputeTypeOptions(current: DisputeType | null): DisputeTypeOption[] {
  const district = useDistrictReference().data?.reference?.disputeTypes;
  return useMemo(() => disputeTypeOptions(district, current), [district, current]);
}
