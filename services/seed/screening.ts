// Sample screening reports (排查报告) of one committee for every period that has ended: villages mostly report
// "nothing found" (零报告), townships mostly report findings, and about one period in twenty has no report at
// all, so that the overview of missing reports has something to show.
import type { CommitteeKind, DisputeType, RiskLevel } from '../../shared/domain/reference.ts';
import type { ScreeningReportInput } from '../../shared/domain/screening.ts';
import { periodsBetween, type PeriodKind } from '../../shared/rules/screening.ts';
import { personName } from './names.ts';
import { addDays, type Random } from './random.ts';

type FindingInput = NonNullable<ScreeningReportInput['findings']>[number];

export interface ScreeningOptions {
  /** 'YYYY-MM-DD': periods that end before it are reported (or missing). */
  today: string;
  /** The first day screened; default a year before today. */
  from?: string;
  /** Who signs the reports (the committee's mediators); default generated names. */
  reporters?: readonly string[];
  /** Short names of the villages and communities screened ('梅园新村社区'). */
  villages?: readonly string[];
  /** Share of ended periods without a report; default 0.05. */
  missingShare?: number;
}

/** Share of zero reports by kind of committee. */
const ZERO_SHARE: Record<CommitteeKind, number> = {
  township: 0.25,
  village: 0.8,
  industry: 0.5,
  enterprise: 0.8,
  studio: 0.7,
  dispatched: 0.5,
};

/** What screening finds, as a line of the report; {村} is a village or community. */
const FINDINGS: readonly (readonly [DisputeType, string, number])[] = [
  ['neighbourhood', '{村}两户居民因楼上漏水问题多次发生口角', 14],
  ['neighbourhood', '{村}村民因排水沟堵塞、通道占用与邻居产生矛盾', 10],
  ['neighbourhood', '{村}住户反映邻居饲养犬只扰民', 6],
  ['marriage_family', '{村}一户家庭因老人赡养问题子女之间产生矛盾', 10],
  ['marriage_family', '{村}一对夫妻因家庭琐事经常争吵，有离婚纠纷苗头', 7],
  ['property_management', '{村}部分业主因停车管理问题与物业公司产生矛盾', 7],
  ['labour', '{村}辖区一工地{n}名务工人员反映工资未按时发放', 6],
  ['housing_homestead', '{村}两户村民因翻建房屋界址问题产生争议', 6],
  ['land_requisition', '{村}部分村民对拆迁安置进度不满，有聚集苗头', 3],
  ['damages', '{村}一起电动车碰擦引发的赔偿争议', 6],
  ['consumer', '{村}部分居民反映健身房关门停业，预付费无法退还', 3],
  ['environment', '{村}居民反映附近餐馆油烟噪声扰民', 4],
  ['contract', '{村}一户居民与装修公司因工程质量产生纠纷', 4],
];

const FINDING_MIX = FINDINGS.map(([type, text, w]) => [[type, text] as const, w] as const);
const HANDLINGS: readonly (readonly [FindingInput['handling'], number])[] = [
  ['registered', 35],
  ['resolved_on_spot', 35],
  ['diverted', 10],
  ['monitoring', 20],
];
const REPORT_DELAY: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 0], 50],
  [[1, 1], 30],
  [[2, 4], 15],
  [[5, 10], 5],
];
const ZERO_NOTES = ['本期对辖区开展矛盾纠纷排查，未发现矛盾纠纷。', '已走访重点人员和重点区域，未发现新的矛盾纠纷。'];

function finding(random: Random, villages: readonly string[]): FindingInput {
  const [disputeType, text] = random.weighted(FINDING_MIX);
  const group = /名务工人员|部分|聚集/.test(text);
  const people = group ? random.int(8, 40) : random.int(2, 4);
  const summary = text.replace('{村}', random.pick(villages)).replace('{n}', String(people));
  const riskLevel: RiskLevel = group
    ? random.chance(0.15)
      ? 'red'
      : random.chance(0.6)
        ? 'orange'
        : 'yellow'
    : random.weighted<RiskLevel>([
        ['blue', 85],
        ['yellow', 13],
        ['orange', 2],
      ]);
  return { summary, disputeType, peopleCount: people, riskLevel, handling: random.weighted(HANDLINGS), caseId: null };
}

/**
 * Reports of one committee for the periods of `periodKind` that ended before `today`:
 * `generateScreeningReports(random, { id, kind: 'village' }, 'week', { today })` → about 50 inputs a year, most
 * of them zero reports, each passing ScreeningReportInput; the periods left out are the missing reports.
 */
export function generateScreeningReports(
  random: Random,
  committee: { id: string; kind: CommitteeKind },
  periodKind: PeriodKind,
  options: ScreeningOptions,
): ScreeningReportInput[] {
  const from = options.from ?? addDays(options.today, -365);
  const reporters = options.reporters?.length ? options.reporters : [personName(random, 'female', 1980), personName(random, 'male', 1972)];
  const villages = options.villages?.length ? options.villages : ['辖区'];
  const zeroShare = ZERO_SHARE[committee.kind];
  const out: ScreeningReportInput[] = [];
  for (const period of periodsBetween(periodKind, from, options.today)) {
    if (period.end >= options.today || random.chance(options.missingShare ?? 0.05)) continue;
    const late = addDays(period.end, random.int(...random.weighted(REPORT_DELAY)));
    const reportedOn = late < options.today ? late : options.today;
    const zero = random.chance(zeroShare);
    const count = zero ? 0 : committee.kind === 'township' ? random.weighted(FINDING_COUNTS) : random.int(1, 2);
    out.push({
      committeeId: committee.id,
      periodDate: period.start,
      zero,
      findings: Array.from({ length: count }, () => finding(random, villages)),
      reportedOn,
      reporter: random.pick(reporters),
      note: zero && random.chance(0.5) ? random.pick(ZERO_NOTES) : null,
    });
  }
  return out;
}
const FINDING_COUNTS: readonly (readonly [number, number])[] = [
  [1, 35],
  [2, 30],
  [3, 20],
  [4, 10],
  [5, 5],
];
