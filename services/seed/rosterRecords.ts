// What happened to sample mediators after they joined the roster: a promotion for some (等级晋升), trainings
// every year (人民调解法律知识培训…), the annual evaluation (年度考核) and now and then an award (优秀人民调解员),
// and one or two who left (退出) with their reason. All within the last three years and before they left.
import type { GradeInput, HonourInput, LeaveInput, MediatorInput, TrainingInput } from '../../shared/domain/mediator.ts';
import { dateOfDay, dayNumber, type Random } from './random.ts';

export interface RosterRecordOptions {
  today: string;
  /** For the names of the bodies that train, evaluate and award: '南京市', '玄武区', '梅园新村街道'. */
  city?: string;
  district?: string;
  township?: string;
}

/** One mediator's records, without the mediator's id (given once the mediator is added). */
export interface RosterRecords {
  grades: Omit<GradeInput, 'mediatorId'>[];
  trainings: Omit<TrainingInput, 'mediatorId'>[];
  honours: Omit<HonourInput, 'mediatorId'>[];
  leave: Omit<LeaveInput, 'id'> | null;
}

const YEARS = 3;
const GRADES = ['chief', 'first', 'second', 'third', 'fourth'] as const;
const SUBJECTS: readonly (readonly [string, number])[] = [
  ['人民调解法律知识培训', 30],
  ['矛盾纠纷排查化解业务培训', 20],
  ['《民法典》婚姻家庭编专题培训', 10],
  ['人民调解文书制作规范培训', 10],
  ['重大矛盾纠纷风险预警与处置培训', 8],
  ['劳动争议调解实务培训', 6],
  ['物业纠纷调解技巧培训', 6],
  ['“枫桥经验”与基层社会治理专题培训', 6],
  ['人民调解员心理疏导能力培训', 4],
];
const HOURS: readonly (readonly [number, number])[] = [
  [2, 15],
  [3, 15],
  [4, 30],
  [6, 10],
  [8, 20],
  [16, 7],
  [24, 3],
];
const AWARDS = ['优秀人民调解员', '人民调解工作先进个人', '金牌调解员', '“最美调解员”'];
const LEAVE_REASONS = ['年龄原因，本人申请退出', '工作调动', '身体原因，辞去调解员职务', '聘期届满未续聘', '迁居外地'];

/** A day no later than `last` (today, or the day before a mediator left). */
const clampDay = (day: number, last: number) => dateOfDay(Math.min(day, last));

/**
 * Records for each mediator of `roster` (same order): `generateRosterRecords(random, roster, { today })`. The
 * first committee (the office's own) loses one mediator, another committee now and then a second.
 */
export function generateRosterRecords(random: Random, roster: readonly MediatorInput[], options: RosterRecordOptions): RosterRecords[] {
  const today = dayNumber(options.today);
  const district = options.district || '区';
  const bodies = {
    city: `${options.city || '市'}司法局`,
    district: `${district}司法局`,
    association: `${district}人民调解员协会`,
    office: `${options.township || '街道'}司法所`,
  };
  const leavers = chooseLeavers(random, roster, today);
  return roster.map((m, i) => {
    const joined = m.joinedOn ? dayNumber(m.joinedOn) : today - 6 * 365;
    const leftDay = leavers.has(i) ? random.int(Math.max(joined + 365, today - 2 * 365), today - 30) : null;
    const last = leftDay === null ? today : leftDay - 1;
    const from = Math.max(joined, today - YEARS * 365);
    const records: RosterRecords = {
      grades: [],
      trainings: [],
      honours: [],
      leave: leftDay === null ? null : { on: dateOfDay(leftDay), reason: random.pick(LEAVE_REASONS) },
    };
    // A promotion, one grade up, two or more years after the grade was given.
    const grade = m.grade ? GRADES.indexOf(m.grade) : -1;
    const graded = m.gradeSince ? dayNumber(m.gradeSince) : null;
    if (grade > 0 && graded !== null && graded + 2 * 365 < last && random.chance(0.35))
      records.grades.push({ grade: GRADES[grade - 1]!, since: dateOfDay(random.int(graded + 2 * 365, last)), note: '年度等级评定晋升' });
    // New mediators are trained before they start (岗前培训).
    if (joined >= today - YEARS * 365)
      records.trainings.push({
        on: clampDay(joined + random.int(0, 20), last),
        hours: 8,
        subject: '新任人民调解员岗前培训',
        organiser: bodies.district,
      });
    for (let year = from; year < last; year += 365) {
      const count = m.fullTime ? random.int(2, 3) : random.int(0, 2);
      for (let n = 0; n < count; n++)
        records.trainings.push({
          on: clampDay(random.int(year, year + 364), last),
          hours: random.weighted(HOURS),
          subject: random.weighted(SUBJECTS),
          organiser: random.pick([bodies.district, bodies.district, bodies.office, bodies.city]),
        });
    }
    // The annual evaluation, in January, for each whole year served.
    for (let y = Number(dateOfDay(from).slice(0, 4)); y < Number(dateOfDay(last).slice(0, 4)); y++) {
      const on = dayNumber(`${y + 1}-01-15`) + random.int(0, 20);
      if (on > last || dayNumber(`${y}-01-01`) < joined) continue;
      records.honours.push({
        kind: 'evaluation',
        on: dateOfDay(on),
        title: `${y}年度人民调解员考核`,
        result: random.weighted([
          ['excellent', 20],
          ['competent', 77],
          ['basically_competent', 3],
        ] as const),
        issuer: bodies.office,
      });
    }
    if (random.chance(m.post === 'director' ? 0.5 : 0.2) && from < last)
      records.honours.push({
        kind: 'award',
        on: dateOfDay(random.int(from, last)),
        title: random.pick(AWARDS),
        result: null,
        issuer: random.pick([bodies.district, bodies.association, bodies.city]),
      });
    return records;
  });
}

/** One mediator (not the director, and in the roster two years or more) of the first committee, sometimes one more. */
function chooseLeavers(random: Random, roster: readonly MediatorInput[], today: number): Set<number> {
  const eligible = (i: number) => {
    const m = roster[i]!;
    return m.post !== 'director' && m.joinedOn != null && dayNumber(m.joinedOn) < today - 2 * 365;
  };
  const first = roster[0]?.committeeId;
  const own = [...roster.keys()].filter((i) => roster[i]!.committeeId === first && eligible(i));
  const others = [...roster.keys()].filter((i) => roster[i]!.committeeId !== first && eligible(i));
  const out = new Set<number>();
  if (own.length > 0) out.add(random.pick(own));
  if (others.length > 0 && random.chance(0.6)) out.add(random.pick(others));
  return out;
}
