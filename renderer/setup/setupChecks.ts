// Checks of the setup form before it is sent: the contract's own schema plus what the picker must cover.
import { contract } from '../../shared/api/contract.ts';
import type { CommitteeInput } from '../../shared/domain/committee.ts';
import { issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';
import type { CascadeError } from './DivisionCascade.tsx';
import type { DivisionCascade, DivisionLevel } from './useDivisionCascade.ts';

export function checkSetup(input: CommitteeInput, cascade: DivisionCascade): FieldErrors {
  const parsed = contract['setup.complete'].input.safeParse(input);
  const errors = parsed.success ? {} : issuesToErrors(parsed.error.issues);
  const deepest = cascade.deepest;
  if (!deepest || deepest.level === 'province' || deepest.level === 'city') errors.areaCode = '请选择调委会所在地区，至少选到区县';
  else if (input.kind === 'township' && !cascade.chosen.township) errors.areaCode = '乡镇（街道）调委会请选到乡镇街道';
  else if (input.kind === 'village' && !cascade.chosen.village) errors.areaCode = '村（居）调委会请选到村社区';
  else delete errors.areaCode;
  return errors;
}

/** Where the area error shows: under the level that still has to be chosen. */
export function areaError(message: string | undefined, kind: CommitteeInput['kind'], cascade: DivisionCascade): CascadeError | null {
  if (!message) return null;
  let level: DivisionLevel = 'district';
  if (kind === 'village' && !cascade.chosen.village) level = 'village';
  else if (kind === 'township' && cascade.chosen.district && !cascade.chosen.township) level = 'township';
  else if (cascade.deepest && cascade.deepest.level !== 'province' && cascade.deepest.level !== 'city') level = cascade.deepest.level;
  else if (!cascade.chosen.district && cascade.options.township?.length) level = 'township';
  return { level, message };
}
