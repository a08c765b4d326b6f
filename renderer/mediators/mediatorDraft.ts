// The roster form as the clerk fills it, and the 'mediators.add' / 'mediators.update' inputs it makes, checked
// with the contract's own schemas (so the server's field errors land under the same paths).
import { contract, type ParsedInput } from '../../shared/api/contract.ts';
import type { EDUCATIONS, MediatorDetail, MediatorGrade, MediatorPost, POLITICAL_STATUSES } from '../../shared/domain/mediator.ts';
import type { Sex } from '../../shared/domain/reference.ts';
import { issuesToErrors, type FieldErrors } from '../common/fieldErrors.ts';

export type Education = (typeof EDUCATIONS)[number]['code'];
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number]['code'];

export interface MediatorDraft {
  committeeId: string | null;
  name: string;
  sex: Sex | null;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string;
  phone: string;
  education: Education | null;
  politicalStatus: PoliticalStatus | null;
  post: MediatorPost;
  fullTime: boolean;
  joinedOn: string | null;
  occupation: string;
  note: string;
}

/** The grade held when entered into the roster (only when adding; later grades have their own form). */
export interface InitialGrade {
  grade: MediatorGrade | null;
  gradeSince: string | null;
}

export function emptyDraft(committeeId: string | null, today: string): MediatorDraft {
  return {
    committeeId,
    name: '',
    sex: null,
    ethnicity: null,
    birthDate: null,
    idNumber: '',
    phone: '',
    education: null,
    politicalStatus: null,
    post: 'mediator',
    fullTime: false,
    joinedOn: today,
    occupation: '',
    note: '',
  };
}

/** The form filled from a mediator's record (with the whole ID number, as mediators.get gives it). */
export function draftOf(m: MediatorDetail): MediatorDraft {
  return {
    committeeId: m.committeeId,
    name: m.name,
    sex: m.sex,
    ethnicity: m.ethnicity,
    birthDate: m.birthDate,
    idNumber: m.idNumber ?? '',
    phone: m.phone ?? '',
    education: m.education,
    politicalStatus: m.politicalStatus,
    post: m.post,
    fullTime: m.fullTime,
    joinedOn: m.joinedOn,
    occupation: m.occupation ?? '',
    note: m.note ?? '',
  };
}

const fieldsOf = <D extends MediatorDraft>(d: D) => ({ ...d, committeeId: d.committeeId ?? '' });

type Checked<T> = { errors: FieldErrors; input: T | null };

function checked<T>(
  parsed: { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } },
): Checked<T> {
  return parsed.success ? { errors: {}, input: parsed.data } : { errors: issuesToErrors(parsed.error.issues), input: null };
}

export function checkAdd(d: MediatorDraft & InitialGrade): Checked<ParsedInput<'mediators.add'>> {
  return checked(contract['mediators.add'].input.safeParse(fieldsOf(d)));
}

export function checkUpdate(d: MediatorDraft, id: string, version: number): Checked<ParsedInput<'mediators.update'>> {
  return checked(contract['mediators.update'].input.safeParse({ ...fieldsOf(d), id, version }));
}

/** The paths the roster form shows next to a field; any other problem is said above the buttons. */
export const DRAFT_PATHS: readonly string[] = [...Object.keys(emptyDraft(null, '')), 'grade', 'gradeSince'];
