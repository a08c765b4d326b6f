// Sample answers for the home page, the warnings board, screening, mediators and settings.
import type { Committee } from '../../shared/domain/committee.ts';
import type { ScreeningOverview, ScreeningReport } from '../../shared/domain/screening.ts';
import type { WarningItem, WorkItem, Worklist } from '../../shared/domain/worklist.ts';
import { newId } from '../../shared/rules/ids.ts';
import { COMMITTEE } from './fixtures.ts';

export const VILLAGE: Committee = {
  id: newId(),
  areaCode: '320102005001',
  name: '梅园新村社区人民调解委员会',
  kind: 'village',
  parentId: COMMITTEE.id,
  abbreviation: '梅园新村',
  isOwn: false,
  createdAt: '2026-02-01T02:00:00.000Z',
  address: null,
  phone: null,
};

export const TODAY = '2026-11-30';

export const workItem = (patch: Partial<WorkItem>): WorkItem => ({
  caseId: newId(),
  number: '〔2026〕玄武门调字第7号',
  committeeName: COMMITTEE.name,
  title: '张三 与 李四',
  disputeType: 'neighbourhood',
  status: 'succeeded',
  riskLevel: 'blue',
  date: null,
  ...patch,
});

export const OVERDUE_VISIT = workItem({ number: '〔2026〕玄武门调字第3号', title: '王五 与 赵六', date: '2026-11-25' });
export const RED_CASE = workItem({
  number: '〔2026〕玄武门调字第9号',
  title: '孙七等12人 与 某公司',
  riskLevel: 'red',
  status: 'mediating',
  date: '2026-11-28',
});

export const WORKLIST: Worklist = {
  today: TODAY,
  sections: [
    { attention: 'follow_up_overdue', total: 3, items: [OVERDUE_VISIT] },
    { attention: 'awaiting_acceptance', total: 0, items: [] },
    { attention: 'warnings', total: 1, items: [RED_CASE] },
  ],
  screening: [
    { committeeId: COMMITTEE.id, committeeName: COMMITTEE.name, missing: [] },
    { committeeId: VILLAGE.id, committeeName: VILLAGE.name, missing: [{ start: '2026-11-16', label: '2026年11月16日—11月22日' }] },
  ],
};

export const EMPTY_WORKLIST: Worklist = {
  today: TODAY,
  sections: [{ attention: 'warnings', total: 0, items: [] }],
  screening: [{ committeeId: COMMITTEE.id, committeeName: COMMITTEE.name, missing: [] }],
};

export const warning = (patch: Partial<WarningItem>): WarningItem => ({
  ...workItem({ riskLevel: 'orange', status: 'mediating' }),
  reason: '群体性纠纷，约15人',
  raisedOn: '2026-11-20',
  leader: '陈主任',
  reviewDue: '2099-12-31',
  ...patch,
});

export const BOARD: WarningItem[] = [
  warning({
    number: '〔2026〕玄武门调字第9号',
    title: '孙七等12人 与 某公司',
    riskLevel: 'red',
    leader: null,
    reviewDue: '2020-01-01',
    reason: '有越级上访苗头',
  }),
  warning({ number: '〔2026〕玄武门调字第11号', title: '周八 与 吴九' }),
];

/** The township: a report with 2 disputes, a zero report, a missing week, the current week. */
export const OVERVIEW: ScreeningOverview = [
  {
    committeeId: COMMITTEE.id,
    committeeName: COMMITTEE.name,
    periodKind: 'week',
    missing: 1,
    periods: [
      { start: '2026-11-09', end: '2026-11-15', label: '2026年11月9日—11月15日', status: 'reported', reportId: newId(), findings: 2 },
      { start: '2026-11-16', end: '2026-11-22', label: '2026年11月16日—11月22日', status: 'zero', reportId: newId(), findings: 0 },
      { start: '2026-11-23', end: '2026-11-29', label: '2026年11月23日—11月29日', status: 'missing', reportId: null, findings: 0 },
      { start: '2026-11-30', end: '2026-12-06', label: '2026年11月30日—12月6日', status: 'open', reportId: null, findings: 0 },
    ],
  },
  {
    committeeId: VILLAGE.id,
    committeeName: VILLAGE.name,
    periodKind: 'month',
    missing: 0,
    periods: [
      { start: '2026-10-01', end: '2026-10-31', label: '2026年10月', status: 'zero', reportId: newId(), findings: 0 },
      { start: '2026-11-01', end: '2026-11-30', label: '2026年11月', status: 'open', reportId: null, findings: 0 },
    ],
  },
];

export const REPORT: ScreeningReport = {
  id: newId(),
  committeeId: COMMITTEE.id,
  periodKind: 'week',
  periodStart: '2026-11-09',
  periodEnd: '2026-11-15',
  zero: false,
  findings: [
    {
      id: newId(),
      summary: '小区加装电梯，一楼住户反对',
      disputeType: 'neighbourhood',
      peopleCount: 12,
      riskLevel: 'orange',
      handling: 'registered',
      caseId: null,
    },
  ],
  reportedOn: '2026-11-16',
  reporter: '王芳',
  note: null,
  createdAt: '2026-11-16T02:00:00.000Z',
};
