// How far a case has come: the state its steps add up to, the timeline of every step, the case-file catalogue
// and the attachments. Part of a case as the case page shows it.
import { z } from '../zod.ts';
import { availableSteps, type AnyStep, type CaseState } from '../rules/lifecycle.ts';
import { caseFileCatalogue } from '../rules/caseFile.ts';
import { Attachment } from './attachment.ts';
import { riskLevel } from './codes.ts';
import { recordId } from './fields.ts';
import { STEP_KINDS, type StepKind } from './lifecycle.ts';

const stepKind = z.enum(STEP_KINDS as [StepKind, ...StepKind[]]);

/** A step as stored; its fields depend on its kind (see StepInput), so only kind and date are checked here. */
const storedStep = z.looseObject({ kind: z.string(), on: z.string() }) as unknown as z.ZodType<AnyStep>;

export const TimelineEntry = z.object({
  id: recordId,
  seq: z.number().int(),
  recordedAt: z.string(),
  actor: z.string(),
  step: storedStep,
  /** Set on a correction: the entry it corrects and why. */
  correction: z.object({ targetId: recordId, reason: z.string(), on: z.string() }).nullable(),
  /** Set on an entry that a later correction replaced: that correction's id. */
  correctedBy: recordId.nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const AssignedMediatorView = z.object({
  mediatorId: recordId,
  name: z.string(),
  lead: z.boolean(),
  chosenByParties: z.boolean(),
  assignedOn: z.string(),
  recusedOn: z.string().nullable(),
});

export const CatalogueItem = z.object({
  no: z.number().int(),
  name: z.string(),
  required: z.boolean(),
  present: z.boolean(),
  count: z.number().int(),
  note: z.string(),
});

export const CaseProgress = z.object({
  acceptedOn: z.string().nullable(),
  refusedOn: z.string().nullable(),
  outcome: z
    .object({
      kind: z.enum(['agreement_written', 'agreement_oral', 'failure', 'termination']),
      on: z.string(),
      amountFen: z.number().int().nullable(),
      divertedTo: z.string().nullable(),
      performanceDeadline: z.string().nullable(),
    })
    .nullable(),
  fulfilment: z.object({ state: z.enum(['performed', 'partly', 'not']), on: z.string() }).nullable(),
  followUpDue: z.string().nullable(),
  followUps: z.number().int(),
  confirmation: z
    .object({
      deadline: z.string(),
      appliedOn: z.string().nullable(),
      court: z.string().nullable(),
      result: z.enum(['confirmed', 'rejected']).nullable(),
    })
    .nullable(),
  leader: z.object({ name: z.string(), title: z.string(), departments: z.array(z.string()), on: z.string() }).nullable(),
  archive: z
    .object({ on: z.string(), archiveNumber: z.string(), retention: z.string(), compiledBy: z.string(), remarks: z.string().nullable() })
    .nullable(),
  riskChangedOn: z.string().nullable(),
  riskLevel,
  mediators: z.array(AssignedMediatorView),
  /** The steps the case can take next, for the buttons of the case page. */
  availableSteps: z.array(stepKind),
  catalogue: z.array(CatalogueItem),
  timeline: z.array(TimelineEntry),
  attachments: z.array(Attachment),
});
export type CaseProgress = z.infer<typeof CaseProgress>;

/**
 * The progress of a case from its state, its timeline and attachments, and its mediators' names:
 * what the case page shows. A mediator no longer on the roster is named '（已删除）'.
 */
export function progressFromState(
  state: CaseState,
  parts: { timeline: TimelineEntry[]; attachments: CaseProgress['attachments']; mediatorNames: ReadonlyMap<string, string> },
): CaseProgress {
  return {
    acceptedOn: state.acceptedOn,
    refusedOn: state.refusedOn,
    outcome: state.outcome,
    fulfilment: state.fulfilment,
    followUpDue: state.followUpDue,
    followUps: state.followUps,
    confirmation: state.confirmation,
    leader: state.leader,
    archive: state.archive,
    riskChangedOn: state.riskChangedOn,
    riskLevel: state.riskLevel,
    mediators: state.mediators.map((m) => ({ ...m, name: parts.mediatorNames.get(m.mediatorId) ?? '（已删除）' })),
    availableSteps: availableSteps(state),
    catalogue: caseFileCatalogue(state),
    timeline: parts.timeline,
    attachments: parts.attachments,
  };
}
