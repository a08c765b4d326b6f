// A realistic quarter for the statistics and subsidy pages: three committees (a township committee, a village
// committee and a dispatched room), 52 cases accepted, the success rate under its target, a subsidy sheet of
// two mediators sharing a case; and the cases a figure lists.
import type { CaseListItem } from '../../shared/domain/case.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import { CASE_FIGURES, type CaseFigures, type StatisticsReport } from '../../shared/domain/statistics.ts';
import { DEFAULT_SUBSIDY_RULES, type SubsidySheet } from '../../shared/domain/subsidy.ts';
import { DISPUTE_TYPES } from '../../shared/domain/reference.ts';
import { newId } from '../../shared/rules/ids.ts';
import { COMMITTEE } from './fixtures.ts';
import { VILLAGE } from './workFixtures.ts';

export const ROOM: Committee = {
  id: newId(),
  areaCode: '320102005000',
  name: '玄武门派出所驻所调解室',
  kind: 'dispatched',
  parentId: COMMITTEE.id,
  abbreviation: '玄武门所',
  isOwn: false,
  createdAt: '2026-03-01T02:00:00.000Z',
  address: null,
  phone: null,
};

export const COMMITTEES: Committee[] = [COMMITTEE, VILLAGE, ROOM];

/** Case figures, zero unless given. */
export function figures(given: Partial<CaseFigures>): CaseFigures {
  return { ...(Object.fromEntries(CASE_FIGURES.map((f) => [f, 0])) as CaseFigures), ...given };
}

function sum(rows: CaseFigures[]): CaseFigures {
  return figures(Object.fromEntries(CASE_FIGURES.map((f) => [f, rows.reduce((n, r) => n + r[f], 0)])));
}

/** The types with cases this quarter; the others have none. */
const BY_TYPE: Partial<Record<(typeof DISPUTE_TYPES)[number]['code'], Partial<CaseFigures>>> = {
  marriage_family: {
    registered: 13,
    accepted: 12,
    refused: 1,
    concluded: 11,
    succeeded: 10,
    written: 6,
    oral: 4,
    failed: 1,
    diverted: 1,
    amount: 8_500_000,
  },
  neighbourhood: { registered: 16, accepted: 15, refused: 1, concluded: 14, succeeded: 14, written: 7, oral: 7, amount: 1_250_000 },
  housing_homestead: { registered: 5, accepted: 5, concluded: 4, succeeded: 3, written: 3, terminated: 1, amount: 6_000_000 },
  contract: { registered: 4, accepted: 4, concluded: 4, succeeded: 4, written: 3, oral: 1, amount: 9_300_000 },
  damages: { registered: 4, accepted: 3, refused: 1, concluded: 3, succeeded: 3, written: 2, oral: 1, amount: 2_100_000 },
  labour: { registered: 6, accepted: 6, concluded: 5, succeeded: 5, written: 5, amount: 7_800_000 },
  traffic_accident: { registered: 4, accepted: 4, concluded: 3, succeeded: 3, written: 3, amount: 3_600_000 },
  property_management: { registered: 6, accepted: 3, concluded: 3, succeeded: 3, written: 1, oral: 2, amount: 100_000 },
};

const byType = DISPUTE_TYPES.map((t) => ({
  disputeType: t.code,
  label: t.label,
  figures: figures(BY_TYPE[t.code] ?? {}),
}));

const total: CaseFigures = {
  ...sum(byType.map((t) => t.figures)),
  source_applied: 30,
  source_own_initiative: 12,
  source_handover: 10,
  confirmation_applied: 6,
  confirmed: 5,
  fulfilled: 38,
  partly_fulfilled: 4,
};

export const REPORT: StatisticsReport = {
  from: '2026-07-01',
  to: '2026-09-30',
  committeeId: null,
  scope: '全部调委会',
  generatedAt: '2026-10-08T02:15:00.000Z',
  total,
  byType,
  sources: [
    { source: 'party_application', label: '当事人申请', group: 'applied', count: 30 },
    { source: 'own_initiative', label: '主动调解', group: 'own_initiative', count: 12 },
    { source: 'police', label: '公安移送（公调对接）', group: 'handover', count: 4 },
    { source: 'court', label: '法院委托（诉调对接）', group: 'handover', count: 3 },
    { source: 'petition_office', label: '信访移送（访调对接）', group: 'handover', count: 2 },
    { source: 'traffic_police', label: '交警移送（交调对接）', group: 'handover', count: 1 },
  ],
  prevention: [
    { kind: 'civil_to_criminal', label: '防止民转刑', measure: 'prevent_civil_to_criminal', cases: 2, people: 5 },
    { kind: 'mass_petition', label: '防止群体性上访', measure: 'prevent_mass_petition', cases: 1, people: 18 },
    { kind: 'group_fight', label: '防止群体性械斗', measure: 'prevent_group_fight', cases: 0, people: 0 },
    { kind: 'suicide', label: '防止因纠纷引起自杀', measure: 'prevent_suicide', cases: 1, people: 1 },
  ],
  improperPetitions: 0,
  screening: { reports: 39, zeroReports: 21, findings: 26, people: 74, resolvedOnSpot: 9, registered: 12, diverted: 3, monitoring: 2 },
  committees: [
    { kind: 'township', label: '乡镇（街道）人民调解委员会', count: 1 },
    { kind: 'village', label: '村（居）人民调解委员会', count: 1 },
    { kind: 'dispatched', label: '派驻调解室（工作室）', count: 1 },
  ],
  mediators: { total: 23, fullTime: 6 },
  byCommittee: [
    {
      committeeId: COMMITTEE.id,
      name: COMMITTEE.name,
      kind: 'township',
      figures: figures({ accepted: 30, concluded: 27, succeeded: 26, failed: 1, diverted: 1, amount: 30_000_000 }),
      improperPetitions: 0,
    },
    {
      committeeId: VILLAGE.id,
      name: VILLAGE.name,
      kind: 'village',
      figures: figures({ accepted: 19, concluded: 17, succeeded: 16, terminated: 1, amount: 6_050_000 }),
      improperPetitions: 0,
    },
    {
      committeeId: ROOM.id,
      name: ROOM.name,
      kind: 'dispatched',
      figures: figures({ accepted: 3, concluded: 3, succeeded: 3, amount: 2_600_000 }),
      improperPetitions: 0,
    },
  ],
  risk: [
    { level: 'red', label: '红色', measure: 'risk_red', count: 1 },
    { level: 'orange', label: '橙色', measure: 'risk_orange', count: 4 },
    { level: 'yellow', label: '黄色', measure: 'risk_yellow', count: 12 },
    { level: 'blue', label: '蓝色', measure: 'risk_blue', count: 35 },
  ],
  months: [
    { month: '2026-07', accepted: 15, concluded: 13, succeeded: 12 },
    { month: '2026-08', accepted: 20, concluded: 18, succeeded: 18 },
    { month: '2026-09', accepted: 17, concluded: 16, succeeded: 15 },
  ],
  targets: [
    {
      code: 'grassroots',
      label: '基层调委会化解纠纷占比',
      rule: '不低于95%',
      threshold: 0.95,
      value: 42 / 45,
      numerator: 42,
      denominator: 45,
      met: false,
      measure: 'grassroots_succeeded',
      denominatorMeasure: 'succeeded',
      explanation: '乡镇（街道）、村（居）、行业性专业性、企事业单位调委会调解成功的纠纷，占全部调解成功纠纷的比例',
    },
    {
      code: 'success_rate',
      label: '调解成功率',
      rule: '不低于98%',
      threshold: 0.98,
      value: 45 / 47,
      numerator: 45,
      denominator: 47,
      met: false,
      measure: 'succeeded',
      denominatorMeasure: 'concluded',
      explanation: '调解成功的纠纷，占调结纠纷（调解成功、调解不成、终止调解）的比例',
    },
    {
      code: 'diversion',
      label: '调解不成的纠纷导入法治轨道',
      rule: '不低于90%',
      threshold: 0.9,
      value: 1,
      numerator: 1,
      denominator: 1,
      met: true,
      measure: 'diverted',
      denominatorMeasure: 'failed',
      explanation: '调解不成的纠纷中，已引导当事人向法院、仲裁机构或行政机关解决的比例',
    },
    {
      code: 'improper_petition',
      label: '因调解不当引发的信访',
      rule: '零发生',
      threshold: 0,
      value: 0,
      numerator: 0,
      denominator: 0,
      met: true,
      measure: 'improper_petition',
      denominatorMeasure: null,
      explanation: '因调解工作不当引发的信访件数，应为零',
    },
  ],
};

/** The report as the register answers a query: its period and scope. */
export function reportFor(
  query: { from: string; to: string; committeeId: string | null },
  patch: Partial<StatisticsReport> = {},
): StatisticsReport {
  const committee = COMMITTEES.find((c) => c.id === query.committeeId);
  return { ...REPORT, from: query.from, to: query.to, committeeId: query.committeeId, scope: committee?.name ?? '全部调委会', ...patch };
}

export function listItem(patch: Partial<CaseListItem>): CaseListItem {
  return {
    id: newId(),
    number: '〔2026〕玄武门调字第31号',
    committeeName: COMMITTEE.name,
    disputeType: 'marriage_family',
    source: 'party_application',
    status: 'archived',
    riskLevel: 'blue',
    registeredOn: '2026-07-06',
    applicants: ['周红'],
    respondents: ['吴刚'],
    factsExcerpt: '夫妻双方因子女抚养费数额发生争执',
    ...patch,
  };
}

export const MARRIAGE_CASES: CaseListItem[] = [
  listItem({}),
  listItem({
    number: '〔2026〕玄武门调字第38号',
    registeredOn: '2026-07-21',
    applicants: ['钱芳'],
    respondents: ['钱立'],
    factsExcerpt: '兄妹因赡养老人费用分担发生纠纷',
  }),
];

/** Mediators of the subsidy sheet. */
export const WANG = { id: newId(), name: '王秀英' };
export const LIU = { id: newId(), name: '刘建国' };
const SHARED_CASE = newId();

export const SHEET: SubsidySheet = {
  from: '2026-07-01',
  to: '2026-09-30',
  scope: '全部调委会',
  rules: DEFAULT_SUBSIDY_RULES,
  lines: [
    {
      mediatorId: WANG.id,
      name: WANG.name,
      committeeName: COMMITTEE.name,
      fullTime: true,
      cases: 2,
      amountFen: 35000,
      items: [
        {
          caseId: SHARED_CASE,
          number: '〔2026〕玄武门调字第31号',
          disputeType: 'labour',
          outcome: 'written',
          on: '2026-08-12',
          tier: '一般',
          caseAmountFen: 10000,
          shareFen: 5000,
          sharedWith: 2,
        },
        {
          caseId: newId(),
          number: '〔2026〕玄武门调字第40号',
          disputeType: 'neighbourhood',
          outcome: 'oral',
          on: '2026-09-03',
          tier: '疑难复杂',
          caseAmountFen: 30000,
          shareFen: 30000,
          sharedWith: 1,
        },
      ],
    },
    {
      mediatorId: LIU.id,
      name: LIU.name,
      committeeName: VILLAGE.name,
      fullTime: false,
      cases: 2,
      amountFen: 15000,
      items: [
        {
          caseId: SHARED_CASE,
          number: '〔2026〕玄武门调字第31号',
          disputeType: 'labour',
          outcome: 'written',
          on: '2026-08-12',
          tier: '一般',
          caseAmountFen: 10000,
          shareFen: 5000,
          sharedWith: 2,
        },
        {
          caseId: newId(),
          number: '〔2026〕梅园新村调字第9号',
          disputeType: 'neighbourhood',
          outcome: 'oral',
          on: '2026-09-10',
          tier: '一般',
          caseAmountFen: 10000,
          shareFen: 10000,
          sharedWith: 1,
        },
      ],
    },
  ],
  totalFen: 50000,
  cases: 3,
  excluded: [
    { caseId: newId(), number: '〔2026〕玄武门调字第44号', reason: '尚未归档' },
    { caseId: newId(), number: '〔2026〕梅园新村调字第12号', reason: '没有指派调解员' },
  ],
};
