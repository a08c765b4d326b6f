// A sample roster of mediators (人民调解员名册) per committee: one 主任, deputies, members and mediators; full-time
// staff more often at township and industry committees (Nanjing plan: district : township : village = 5 : 2 : 1,
// industry committees at least 3); the fields of the 名册 (ethnicity, birth date matching the ID number,
// education, political status, occupation), phones, the dates they joined and the grade they came in with.
// Their later history (promotions, trainings, evaluations, awards, leaving) is ./rosterRecords.ts.
import type { MediatorInput } from '../../shared/domain/mediator.ts';
import type { CommitteeKind } from '../../shared/domain/reference.ts';
import { fixedLineNumber, idNumberFor, mobileNumber } from './idNumbers.ts';
import { personName, type Sex } from './names.ts';
import { dateOfDay, dayNumber, type Random } from './random.ts';

export interface RosterCommittee {
  id: string;
  kind: CommitteeKind;
}

export interface RosterOptions {
  /** 'YYYY-MM-DD': nobody joins after it. */
  today: string;
  /** Trunk prefix of the office's fixed lines; default Nanjing's '025'. */
  dialCode?: string;
  /** Six-digit district codes for ID numbers, the office's own first (most mediators are local); default 玄武区. */
  districts?: readonly string[];
}

interface Staffing {
  size: [number, number];
  deputies: [number, number];
  members: [number, number];
  /** Share of full-time mediators besides the director. */
  fullTime: number;
  /** Ages of the committee's mediators. */
  age: [number, number];
}

const STAFFING: Record<CommitteeKind, Staffing> = {
  township: { size: [5, 12], deputies: [1, 2], members: [2, 4], fullTime: 0.4, age: [28, 62] },
  village: { size: [2, 5], deputies: [0, 1], members: [0, 2], fullTime: 0.15, age: [38, 68] },
  industry: { size: [3, 8], deputies: [1, 1], members: [1, 2], fullTime: 0.7, age: [30, 66] },
  enterprise: { size: [2, 4], deputies: [0, 1], members: [0, 1], fullTime: 0.2, age: [30, 58] },
  studio: { size: [1, 3], deputies: [0, 0], members: [0, 0], fullTime: 1, age: [45, 70] },
  dispatched: { size: [2, 4], deputies: [0, 0], members: [0, 1], fullTime: 0.6, age: [30, 62] },
};

type Grade = NonNullable<MediatorInput['grade']>;
type Education = NonNullable<MediatorInput['education']>;
type PoliticalStatus = NonNullable<MediatorInput['politicalStatus']>;

const ETHNICITY: readonly (readonly [string, number])[] = [
  ['汉族', 96],
  ['回族', 3],
  ['满族', 1],
];
/** Education by generation: younger mediators are graduates more often. */
const EDUCATION: Record<'old' | 'middle' | 'young', readonly (readonly [Education, number])[]> = {
  old: [
    ['bachelor', 8],
    ['college', 22],
    ['secondary', 45],
    ['junior', 25],
  ],
  middle: [
    ['postgraduate', 3],
    ['bachelor', 30],
    ['college', 35],
    ['secondary', 25],
    ['junior', 7],
  ],
  young: [
    ['postgraduate', 10],
    ['bachelor', 50],
    ['college', 32],
    ['secondary', 8],
  ],
};
/** Part-time mediators' main work, by committee kind. */
const OCCUPATIONS: Record<CommitteeKind, readonly string[]> = {
  township: ['退休法官', '退休民警', '律师', '法律服务工作者', '退休干部', '社区网格员'],
  village: ['村（居）民委员会委员', '村民小组长', '退休教师', '社区网格员', '个体经营户', '楼栋长'],
  industry: ['律师', '退休法官', '行业协会工作人员', '法律服务工作者'],
  enterprise: ['企业工会干部', '企业人事专员', '企业法务'],
  studio: ['退休民警', '退休法官', '律师'],
  dispatched: ['律师', '退休民警', '法律服务工作者'],
};
/** The grades from 首席 (0) to 四级 (4); directors come in at 一级 to 三级, their staff lower. */
const GRADES: readonly Grade[] = ['chief', 'first', 'second', 'third', 'fourth'];
const DIRECTOR_GRADES: readonly (readonly [Grade, number])[] = [
  ['first', 30],
  ['second', 55],
  ['third', 15],
];

function politicalStatus(random: Random, director: boolean, age: number): PoliticalStatus {
  if (director) return random.chance(0.9) ? 'cpc' : 'masses';
  if (age < 28 && random.chance(0.4)) return 'cyl';
  return random.weighted<PoliticalStatus>([
    ['cpc', 50],
    ['cpc_probationary', 2],
    ['democratic_party', 3],
    ['masses', 45],
  ]);
}

/** The grade held on joining the roster (or first graded), and since when: directors and full-time staff higher. */
function startingGrade(random: Random, director: boolean, fullTime: boolean, joinedOn: string | null, today: string) {
  if (!director && !fullTime && random.chance(0.25)) return { grade: null, gradeSince: null };
  const grade = director ? random.weighted(DIRECTOR_GRADES) : GRADES[fullTime ? random.int(2, 4) : random.int(3, 4)]!;
  const first = joinedOn ? dayNumber(joinedOn) + random.int(0, 180) : dayNumber(today) - random.int(365, 5 * 365);
  return { grade, gradeSince: dateOfDay(Math.min(first, dayNumber(today))) };
}

function member(
  random: Random,
  committee: RosterCommittee,
  post: MediatorInput['post'],
  options: RosterOptions,
  used: Set<string>,
): MediatorInput {
  const staffing = STAFFING[committee.kind];
  const director = post === 'director';
  const sex: Sex = random.chance(director ? 0.65 : 0.55) ? 'male' : 'female';
  const age = random.int(...staffing.age);
  const birthYear = Number(options.today.slice(0, 4)) - age;
  let name = personName(random, sex, birthYear);
  while (used.has(name)) name = personName(random, sex, birthYear);
  used.add(name);
  // Directors have served longer; retired judges and police often join late in life.
  const served = director ? random.int(3 * 365, 20 * 365) : random.int(30, 12 * 365);
  const fullTime =
    committee.kind === 'studio' || (director && committee.kind !== 'village' ? random.chance(0.8) : random.chance(staffing.fullTime));
  const joinedOn = random.chance(0.95) ? dateOfDay(dayNumber(options.today) - served) : null;
  const birthDate = random.date(`${birthYear}-01-01`, `${birthYear}-12-31`);
  const districts = options.districts?.length ? options.districts : ['320102'];
  const district = random.chance(0.85) ? districts[0]! : random.pick(districts);
  const generation = birthYear < 1965 ? 'old' : birthYear < 1985 ? 'middle' : 'young';
  return {
    committeeId: committee.id,
    name,
    sex,
    ethnicity: random.weighted(ETHNICITY),
    birthDate,
    // Now and then the 名册 lacks the number (a volunteer who never handed in a copy of the card).
    idNumber: random.chance(0.92) ? idNumberFor(random, district, birthDate, sex) : null,
    phone: random.chance(0.9) ? mobileNumber(random) : fixedLineNumber(random, options.dialCode ?? '025'),
    education: random.weighted(EDUCATION[generation]),
    politicalStatus: politicalStatus(random, director, age),
    post,
    fullTime,
    joinedOn,
    // Retired judges, police officers and teachers are the usual part-time mediators, once they are old enough.
    occupation: fullTime ? null : random.pick(OCCUPATIONS[committee.kind].filter((o) => age >= 55 || !o.startsWith('退休'))),
    note: null,
    ...startingGrade(random, director, fullTime, joinedOn, options.today),
  };
}

/**
 * Mediators for each committee: `generateRoster(createRandom('r'), [{ id, kind: 'township' }], { today })` →
 * 5–12 inputs that each pass MediatorInput, the first the committee's 主任.
 */
export function generateRoster(random: Random, committees: readonly RosterCommittee[], options: RosterOptions): MediatorInput[] {
  const out: MediatorInput[] = [];
  for (const committee of committees) {
    const staffing = STAFFING[committee.kind];
    const size = random.int(...staffing.size);
    const deputies = Math.min(size - 1, random.int(...staffing.deputies));
    const members = Math.min(size - 1 - deputies, random.int(...staffing.members));
    const used = new Set<string>();
    for (let i = 0; i < size; i++) {
      const post = i === 0 ? 'director' : i <= deputies ? 'deputy_director' : i <= deputies + members ? 'member' : 'mediator';
      out.push(member(random, committee, post, options, used));
    }
  }
  return out;
}
