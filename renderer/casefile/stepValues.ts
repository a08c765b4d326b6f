// The fields of a step's form as typed, keyed by the step's own field names (so the schema's paths, and the
// server's 'step.terms.0', land on the same field), and how they become a 'cases.record' step.
import type { StepKind } from '../../shared/domain/lifecycle.ts';
import type { RiskLevel } from '../../shared/domain/reference.ts';
import { addDays } from '../../shared/rules/dates.ts';
import { fenToYuanText } from './money.ts';

export type FieldValue = string | boolean | string[] | null;
export type StepValues = Record<string, FieldValue>;

/** The 'no diversion' choice of the failure form (divertedTo null). */
export const NOT_DIVERTED = 'none';

export interface StepDefaults {
  today: string;
  riskLevel: RiskLevel;
  /** Days from an agreement to the planned follow-up visit (设置 → 办案设置). */
  followUpAfterDays: number;
}

const record = { time: '', place: '', present: [], content: '', noteTaker: '' };

const INITIAL: Record<StepKind, (d: StepDefaults) => StepValues> = {
  accept: () => ({ consent: false, noticeGiven: false, note: '' }),
  refuse: () => ({ reason: '' }),
  assign: () => ({ mediatorIds: [], lead: null, chosenByParties: false }),
  recuse: () => ({ mediatorId: null, requestedBy: null, reason: '' }),
  leader: () => ({ name: '', title: '', departments: [] }),
  investigation: () => ({ ...record, questioned: '', investigator: '' }),
  session: () => ({ ...record }),
  agreement_written: ({ today, followUpAfterDays }) => ({
    disputedPoints: '',
    responsibilities: '',
    terms: [''],
    amountFen: '',
    performanceMethod: '',
    performancePlace: '',
    performanceDeadline: today,
    followUpDue: addDays(today, followUpAfterDays),
  }),
  agreement_oral: ({ today, followUpAfterDays }) => ({
    content: '',
    amountFen: '',
    performanceDeadline: today,
    followUpDue: addDays(today, followUpAfterDays),
  }),
  failure: () => ({ reason: '', routesExplained: [], divertedTo: NOT_DIVERTED, divertedBody: '', followUpDue: null }),
  termination: () => ({ reason: '', byParty: '' }),
  fulfilment: () => ({ state: null, note: '', attachmentIds: [] }),
  follow_up_scheduled: ({ today }) => ({ due: today, note: '' }),
  follow_up: () => ({
    visited: '',
    performed: null,
    satisfied: null,
    lawsuit: null,
    risk: '',
    findings: '',
    action: '',
    mediator: '',
    nextDue: null,
  }),
  confirmation_applied: () => ({ court: '' }),
  confirmation_result: () => ({ result: null, ruling: '', note: '' }),
  risk: ({ riskLevel }) => ({ level: riskLevel, reason: '' }),
  prevention: () => ({ prevented: null, people: null, note: '' }),
  // Whether improper mediation caused it is asked, never preset: the target is zero such petitions.
  petition: () => ({ body: '', improperMediation: null, note: '' }),
  archive: () => ({ archiveNumber: '', retention: null, compiledBy: '', remarks: '' }),
};

/** A new step's form: every date today, a follow-up the configured number of days after an agreement. */
export function initialValues(kind: StepKind, defaults: StepDefaults): StepValues {
  return { on: defaults.today, ...INITIAL[kind](defaults) };
}

const yesNo = (v: unknown): FieldValue => (v === true ? 'yes' : v === false ? 'no' : null);

/** Optional texts the register keeps as null and the form shows as ''. */
const OPTIONAL_TEXTS = [
  'note',
  'time',
  'byParty',
  'divertedBody',
  'risk',
  'action',
  'ruling',
  'remarks',
  'disputedPoints',
  'responsibilities',
];

/** The form of a recorded step, for a correction: what it said, in the form's terms. */
export function valuesFromStep(step: { kind: string }): StepValues {
  const fields = step as Record<string, unknown>;
  const values: StepValues = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'kind') continue;
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) values[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) values[key] = value;
  }
  for (const key of OPTIONAL_TEXTS) if (values[key] === null) values[key] = '';
  if ('amountFen' in fields) values['amountFen'] = fenToYuanText(typeof fields['amountFen'] === 'number' ? fields['amountFen'] : null);
  if (step.kind === 'assign' && Array.isArray(fields['mediators'])) {
    const chosen = fields['mediators'] as { mediatorId: string; lead?: boolean }[];
    values['mediatorIds'] = chosen.map((m) => m.mediatorId);
    values['lead'] = chosen.find((m) => m.lead)?.mediatorId ?? null;
  }
  // An agreement recorded before 争议事项 and 各方责任 were asked for gets them empty, to fill in now.
  if (step.kind === 'agreement_written') for (const key of ['disputedPoints', 'responsibilities']) values[key] ??= '';
  if (step.kind === 'failure') values['divertedTo'] = typeof fields['divertedTo'] === 'string' ? fields['divertedTo'] : NOT_DIVERTED;
  if (step.kind === 'follow_up') {
    values['satisfied'] = yesNo(fields['satisfied']);
    values['lawsuit'] = yesNo(fields['lawsuit']);
  }
  if (step.kind === 'prevention') values['people'] = typeof fields['people'] === 'number' ? String(fields['people']) : null;
  if (step.kind === 'petition') values['improperMediation'] = yesNo(fields['improperMediation']);
  return values;
}
