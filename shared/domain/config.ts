// Settings that differ by area and that the committee, not the code, decides: four-colour warning wording and
// thresholds, screening periods by committee kind, follow-up and reminder intervals.
import { z } from '../zod.ts';
import { calendarDate, text } from './fields.ts';
import { periodKind } from './screening.ts';

const minimum = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(99, `${label}过大`);

/**
 * Staffing rules of the Nanjing plan (domain.md): full-time mediators at district, township and village committees
 * in a 5:2:1 ratio (read as at least 2 at a township and 1 at a village committee), at least 3 mediators at an
 * industry committee and 2 at a dispatched room. Other areas set their own.
 */
export const StaffingRules = z.object({
  fullTime: z.object({
    township: minimum('专职调解员人数'),
    village: minimum('专职调解员人数'),
    industry: minimum('专职调解员人数'),
    enterprise: minimum('专职调解员人数'),
    studio: minimum('专职调解员人数'),
    dispatched: minimum('专职调解员人数'),
  }),
  members: z.object({
    township: minimum('调解员人数'),
    village: minimum('调解员人数'),
    industry: minimum('调解员人数'),
    enterprise: minimum('调解员人数'),
    studio: minimum('调解员人数'),
    dispatched: minimum('调解员人数'),
  }),
});
export type StaffingRules = z.infer<typeof StaffingRules>;

export const DEFAULT_STAFFING: StaffingRules = {
  fullTime: { township: 2, village: 1, industry: 0, enterprise: 0, studio: 0, dispatched: 0 },
  members: { township: 3, village: 3, industry: 3, enterprise: 3, studio: 1, dispatched: 2 },
};

const WarningLevel = z.object({
  label: text('预警名称', 20, 1),
  criteria: text('预警标准', 500, 2),
  handling: text('处置要求', 500, 2),
  /** A case at this level must be reviewed (risk re-assessed) at least this often; 0 = no review. */
  reviewDays: z.number({ error: '复核间隔应为数字' }).int().min(0).max(365),
});

export const LifecycleConfig = z.object({
  warnings: z.object({
    red: WarningLevel,
    orange: WarningLevel,
    yellow: WarningLevel,
    blue: WarningLevel,
    /** People involved from which a dispute is a group dispute (群体性纠纷), suggested as orange. */
    groupSize: z.number({ error: '人数应为数字' }).int().min(2, '群体性纠纷人数至少为2').max(1000),
  }),
  screening: z.object({
    periods: z.object({
      township: periodKind,
      village: periodKind,
      industry: periodKind,
      enterprise: periodKind,
      studio: periodKind,
      // Added after the first release: a stored configuration without it takes the default.
      dispatched: periodKind.default('week'),
    }),
    /** Reports are due from this date on (earlier periods are not counted as missing). */
    since: calendarDate.nullable(),
  }),
  /** A follow-up visit is proposed this many days after an agreement. */
  followUpAfterDays: z.number({ error: '天数应为数字' }).int().min(1).max(365),
  /** Deadlines are listed on the home page this many days ahead. */
  reminderDays: z.number({ error: '天数应为数字' }).int().min(1).max(60),
  /** A registered case waiting this many days for acceptance is listed for the clerk. */
  acceptanceDays: z.number({ error: '天数应为数字' }).int().min(1).max(60),
  /** Staffing minimums by committee kind (local rules): the committee page warns where one falls short. */
  staffing: StaffingRules.default(DEFAULT_STAFFING),
});
export type LifecycleConfig = z.output<typeof LifecycleConfig>;

/** The common pattern of domain.md (Nanjing practice); each area adjusts it in 设置. */
export const DEFAULT_CONFIG: LifecycleConfig = {
  warnings: {
    red: {
      label: '红色预警',
      criteria: '可能引发群体性事件、命案或极端行为，可能民转刑，或有越级上访苗头',
      handling: '数小时内向上级报告，领导包案',
      reviewDays: 1,
    },
    orange: {
      label: '橙色预警',
      criteria: '群体性纠纷（约10人以上），或有明显激化、集体上访迹象',
      handling: '县（区）或乡镇（街道）领导负责化解',
      reviewDays: 3,
    },
    yellow: { label: '黄色预警', criteria: '涉及人数少，矛盾尖锐但可控', handling: '乡镇（街道）调委会、司法所化解', reviewDays: 7 },
    blue: { label: '蓝色预警', criteria: '一般个体纠纷', handling: '村（居）调委会就地化解', reviewDays: 0 },
    groupSize: 10,
  },
  screening: {
    periods: { township: 'week', village: 'week', industry: 'half_month', enterprise: 'month', studio: 'month', dispatched: 'week' },
    since: null,
  },
  followUpAfterDays: 30,
  reminderDays: 7,
  acceptanceDays: 3,
  staffing: DEFAULT_STAFFING,
};
