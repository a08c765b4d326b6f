// What travels down from the district for the UI tests: its notes on the register's records (区司法局意见), its
// reference data (warnings, dispute-type names, announcements), and an enrolled register's sync state.
import type { MethodOutput } from '../../shared/api/contract.ts';
import { DEFAULT_CONFIG, type LifecycleConfig } from '../../shared/domain/config.ts';
import type { ReferenceData } from '../../shared/sync/downward.ts';
import type { NoteRow, SyncOverview } from '../../shared/sync/overview.ts';
import { CASE_ID } from './caseFileFixtures.ts';

export const CASE_NUMBER = '〔2026〕玄武门调字第7号';
const DAY_MS = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString();

export function note(patch: Partial<NoteRow> = {}): NoteRow {
  return {
    noteId: 'note-1',
    kind: 'case',
    recordId: CASE_ID,
    label: CASE_NUMBER,
    body: '请补充申请人的联系电话。',
    author: '区司法局 周科长',
    createdAt: '2026-11-28T02:30:00.000Z',
    receivedAt: '2026-11-28T03:00:00.000Z',
    handledAt: null,
    handledBy: null,
    ...patch,
  };
}

export const OPEN_NOTE = note();
export const HANDLED_NOTE = note({
  noteId: 'note-0',
  body: '纠纷发生日期晚于登记日期，请核实。',
  createdAt: '2026-11-20T02:30:00.000Z',
  handledAt: '2026-11-21T06:15:00.000Z',
  handledBy: 'browser:wangfang',
});
export const MEDIATOR_NOTE = note({
  noteId: 'note-2',
  kind: 'mediator',
  recordId: 'mediator-1',
  label: '王建国',
  body: '请补填调解员的聘任日期。',
});

/** The notes the fake register holds, answered as `sync.notes` filters them (newest first); 已处理 marks one. */
export function notesStore(initial: NoteRow[], handledBy = 'browser:admin') {
  let notes = [...initial];
  return {
    list: ({ recordId, open }: { recordId?: string | null | undefined; open: boolean }) =>
      notes.filter((n) => (!recordId || n.recordId === recordId) && (!open || n.handledAt === null)),
    handle: ({ noteId }: { noteId: string }) => {
      notes = notes.map((n) => (n.noteId === noteId ? { ...n, handledAt: new Date().toISOString(), handledBy } : n));
      return notes.find((n) => n.noteId === noteId)!;
    },
  };
}

export const DISTRICT_WARNINGS: LifecycleConfig['warnings'] = {
  ...DEFAULT_CONFIG.warnings,
  red: { label: '一级（红色）预警', criteria: '可能引发命案或群体性事件', handling: '两小时内报告区司法局', reviewDays: 1 },
  groupSize: 5,
};

export function reference(patch: Partial<ReferenceData> = {}): ReferenceData {
  return {
    version: 3,
    publishedAt: daysAgo(40),
    disputeTypes: null,
    warnings: null,
    committees: [],
    announcements: [],
    ...patch,
  };
}

export const DISTRICT_TYPES: NonNullable<ReferenceData['disputeTypes']> = [
  { code: 'neighbourhood', label: '邻里纠纷', active: true },
  { code: 'property_management', label: '物业服务纠纷', active: true },
  { code: 'consumer', label: '消费', active: false },
  { code: 'medical', label: '医疗', active: false },
];

export const current = (ref: ReferenceData | null, appliedAt: string | null = ref && daysAgo(1)): MethodOutput<'reference.current'> => ({
  reference: ref,
  appliedAt,
});

export const NO_REFERENCE = current(null, null);

export function enrolled(patch: Partial<SyncOverview> = {}): SyncOverview {
  return {
    enrolled: true,
    hubUrl: 'https://tongbu.xuanwu.gov.cn',
    deviceId: '0123456789abcdef0123456789abcdef',
    enrolledAt: '2026-11-20T02:00:00.000Z',
    revokedAt: null,
    pending: 0,
    lastSuccessAt: daysAgo(0),
    lastAttemptAt: daysAgo(0),
    lastError: null,
    lastAcknowledgedAt: daysAgo(0),
    rejected: [],
    committees: [],
    restorable: 0,
    sending: false,
    nextAttemptAt: null,
    ...patch,
  };
}
