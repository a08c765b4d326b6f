// Mediators (人民调解员) as the case lifecycle needs them: who can be assigned to a case. The full roster
// (grades, trainings, evaluations) builds on this.
import { z } from '../zod.ts';
import { calendarDate, personName, phone, recordId } from './fields.ts';

export const MEDIATOR_POSTS = [
  { code: 'director', label: '主任' },
  { code: 'deputy_director', label: '副主任' },
  { code: 'member', label: '委员' },
  { code: 'mediator', label: '调解员' },
] as const;
export const mediatorPost = z.enum(['director', 'deputy_director', 'member', 'mediator'], { error: '请选择职务' });

export const MediatorInput = z.object({
  committeeId: recordId,
  name: personName,
  sex: z
    .enum(['male', 'female'], { error: '请选择性别' })
    .nullish()
    .transform((v) => v ?? null),
  phone,
  post: mediatorPost.default('mediator'),
  fullTime: z.boolean().default(false),
  joinedOn: calendarDate.nullish().transform((v) => v ?? null),
});
export type MediatorInput = z.input<typeof MediatorInput>;

export const Mediator = z.object({
  id: recordId,
  committeeId: recordId,
  committeeName: z.string(),
  name: z.string(),
  sex: z.enum(['male', 'female']).nullable(),
  phone: z.string().nullable(),
  post: mediatorPost,
  fullTime: z.boolean(),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
});
export type Mediator = z.infer<typeof Mediator>;
