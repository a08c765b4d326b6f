// A sample roster of mediators (人民调解员名册) per committee: one 主任, deputies, members and mediators; full-time
// staff more often at township and industry committees (Nanjing plan: district : township : village = 5 : 2 : 1,
// industry committees at least 3); phones and the dates they joined.
import type { MediatorInput } from '../../shared/domain/mediator.ts';
import type { CommitteeKind } from '../../shared/domain/reference.ts';
import { fixedLineNumber, mobileNumber } from './idNumbers.ts';
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
};

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
  const birthYear = Number(options.today.slice(0, 4)) - random.int(...staffing.age);
  let name = personName(random, sex, birthYear);
  while (used.has(name)) name = personName(random, sex, birthYear);
  used.add(name);
  // Directors have served longer; retired judges and police often join late in life.
  const served = director ? random.int(3 * 365, 20 * 365) : random.int(30, 12 * 365);
  const fullTime =
    committee.kind === 'studio' || (director && committee.kind !== 'village' ? random.chance(0.8) : random.chance(staffing.fullTime));
  return {
    committeeId: committee.id,
    name,
    sex,
    phone: random.chance(0.9) ? mobileNumber(random) : fixedLineNumber(random, options.dialCode ?? '025'),
    post,
    fullTime,
    joinedOn: random.chance(0.95) ? dateOfDay(dayNumber(options.today) - served) : null,
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
