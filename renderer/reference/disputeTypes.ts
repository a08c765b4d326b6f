// The dispute types a registration offers: the MoJ's codes in their order, with the district's names where it
// published them, without the ones it stopped offering (active: false) — except the value a case already has.
import { DISPUTE_TYPES, type DisputeType } from '../../shared/domain/reference.ts';
import type { ReferenceData } from '../../shared/sync/downward.ts';

export type DistrictDisputeTypes = ReferenceData['disputeTypes'];

export interface DisputeTypeOption {
  value: DisputeType;
  label: string;
}

/**
 * `disputeTypeOptions(null, null)` → every type with its MoJ label; with the district's list, its labels, and a type
 * it made inactive only when it is `current` (shown as `'…（已停用）'`). A type the district's list leaves out keeps
 * its MoJ label: a district renames or stops a type, it never removes one by omission.
 */
export function disputeTypeOptions(district: DistrictDisputeTypes | undefined, current: DisputeType | null): DisputeTypeOption[] {
  if (!district) return DISPUTE_TYPES.map((t) => ({ value: t.code, label: t.label }));
  const byCode = new Map(district.map((t) => [t.code, t]));
  return DISPUTE_TYPES.flatMap((t) => {
    const own = byCode.get(t.code);
    const label = own?.label ?? t.label;
    if (!own || own.active) return [{ value: t.code, label }];
    return t.code === current ? [{ value: t.code, label: `${label}（已停用）` }] : [];
  });
}
