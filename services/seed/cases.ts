// Generates realistic registrations for a committee: the MoJ type mix, sources, four-colour risk, related
// parties with valid ID numbers, places in its real villages and communities. Pure and deterministic.
import type { CaseRegistrationInput, PartyInput } from '../../shared/domain/case.ts';
import type { CaseSource, DisputeType, RiskLevel } from '../../shared/domain/reference.ts';
import { isCalendarDate, todayInChina } from '../../shared/rules/dates.ts';
import { dialCodeOf, type AreaNames } from './areas.ts';
import { fillFacts, templatesFor, type FactTemplate } from './facts.ts';
import { surname, villageShortName } from './names.ts';
import { OCCUPATIONS } from './pools.ts';
import { makeOrganisation, makePerson, randomCompound, randomRoad, type PartyScene, type PersonSpec } from './parties.ts';
import { isHandover, makeReferral, officialdom } from './referrals.ts';
import { addDays, createRandom, dateOfDay, dayNumber, type Random } from './random.ts';

export interface GenerateCasesOptions {
  count: number;
  seed: string | number;
  /** The committee's 12-digit area code; its first 6 digits are the district of most parties' ID numbers. */
  committeeAreaCode: string;
  /** Villages and communities where disputes happen (12-digit codes and names as in the statistics). */
  villages: readonly { code: string; name: string }[];
  /** Only registrations of this year (up to `today`); default: the three years up to `today`. */
  year?: number;
  /** The last possible registration date, 'YYYY-MM-DD'; default today in China. */
  today?: string;
  /** Names above the committee, for addresses and company names (see geography.ts). */
  areaNames?: Partial<AreaNames>;
  /** Six-digit district codes of the province that ID numbers may carry; default: the committee's own only. */
  provinceDistricts?: readonly string[];
}

type Person = ReturnType<typeof makePerson>;

/** Relative frequency of each type, after the MoJ statistics, in a community and in a village. */
const TYPE_WEIGHTS: Record<DisputeType, [urban: number, rural: number]> = {
  neighbourhood: [25, 22],
  marriage_family: [18, 18],
  housing_homestead: [7, 11],
  damages: [8, 7],
  contract: [7, 6],
  labour: [6, 5],
  traffic_accident: [6, 5],
  property_management: [5, 1],
  business: [4, 4],
  forest_land: [0.5, 6],
  consumer: [4, 1.5],
  land_requisition: [1.5, 3],
  medical: [1.5, 1],
  environment: [1.2, 1.5],
  other: [1, 1],
};
const TYPE_MIX = {
  urban: Object.entries(TYPE_WEIGHTS).map(([t, [w]]) => [t as DisputeType, w] as const),
  rural: Object.entries(TYPE_WEIGHTS).map(([t, [, w]]) => [t as DisputeType, w] as const),
};
/** Sources of cases whose facts imply none; with the hand-overs that facts name, the whole comes to about
 * 35% own initiative, 45% applied, 20% handed over (police, traffic police, court, petitions…). */
const SOURCE_MIX: readonly (readonly [CaseSource, number])[] = [
  ['party_application', 45],
  ['own_initiative', 44],
  ['police', 3],
  ['court', 1.5],
  ['petition_office', 1.2],
  ['government_department', 1.5],
  ['traffic_police', 0.3],
  ['legal_aid', 1],
  ['arbitration', 0.5],
  ['administrative_review', 0.2],
];
const PARTY_COUNT: readonly (readonly [number, number])[] = [
  [2, 82],
  [3, 11],
  [4, 5],
  [5, 2],
];
/** Days from the dispute to its registration: mostly within days, some weeks, a few months. */
const DELAY_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 3], 50],
  [[4, 14], 30],
  [[15, 60], 15],
  [[61, 365], 5],
];

function riskLevel(random: Random, escalation: number): RiskLevel {
  // blue 85 : yellow 11 : orange 3 : red 1, the urgent colours scaled by the template's escalation.
  const roll = random.next() * (85 + 15 * escalation);
  if (roll < 85) return 'blue';
  if (roll < 85 + 11 * escalation) return 'yellow';
  return roll < 85 + 14 * escalation ? 'orange' : 'red';
}

function registrationRange(options: GenerateCasesOptions): [string, string] {
  const today = options.today ?? todayInChina();
  if (!isCalendarDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got ${today}`);
  if (options.year === undefined) return [addDays(today, -3 * 365 + 1), today];
  const from = `${options.year}-01-01`;
  const to = `${options.year}-12-31` < today ? `${options.year}-12-31` : today;
  if (to < from) throw new RangeError(`year ${options.year} is after today (${today})`);
  return [from, to];
}

/** The parties a template calls for: kin, a company or collective, a group of applicants, or neighbours. */
function makeParties(random: Random, scene: PartyScene, type: DisputeType, t: FactTemplate): { parties: PartyInput[]; lead: Person } {
  const total = random.weighted(PARTY_COUNT);
  const parties: PartyInput[] = [];
  const persons: Person[] = [];
  const add = (spec: PersonSpec): Person => {
    const p = makePerson(random, scene, spec);
    parties.push(p.party);
    persons.push(p);
    return p;
  };
  const sex = random.chance(0.5) ? 'male' : 'female';
  if (t.kin === 'couple') {
    const a = add({ role: 'applicant', sex, age: random.int(24, 62) });
    add({ role: 'respondent', sex: sex === 'male' ? 'female' : 'male', age: a.age + random.int(-4, 5) });
  } else if (t.kin === 'parentChildren') {
    // Children carry the father's surname, whichever parent applies.
    const family = surname(random);
    const parent = add({ role: 'applicant', sex, age: random.int(66, 85), ...(sex === 'male' ? { familyName: family } : {}) });
    for (let i = 0; i < Math.max(2, total - 1); i++) add({ role: 'respondent', familyName: family, age: parent.age - random.int(22, 36) });
  } else if (t.kin === 'siblings') {
    const family = surname(random);
    const a = add({ role: 'applicant', familyName: family, age: random.int(35, 72) });
    for (let i = 0; i < total - 1; i++) add({ role: 'respondent', familyName: family, age: a.age + random.int(-12, 12) });
  } else {
    const org = t.organisation;
    const occupations = t.occupations ?? (type === 'labour' ? OCCUPATIONS.labour : undefined);
    let applicants = t.group ? random.int(2, 4) : total === 2 ? 1 : random.int(1, total - 1);
    if (org?.role === 'respondent' && !t.group) applicants = total - 1;
    const respondents = t.group || org?.role === 'respondent' ? 1 : org?.role === 'applicant' ? total - 1 : total - applicants;
    if (org?.role === 'applicant') parties.push(makeOrganisation(random, scene, 'applicant', org.kind, org.business));
    else
      for (let i = 0; i < applicants; i++) {
        const sex = t.maleShare === undefined ? undefined : random.chance(t.maleShare) ? 'male' : 'female';
        add({ role: 'applicant', ...(occupations ? { occupations } : {}), ...(sex ? { sex } : {}) });
      }
    if (org?.role === 'respondent') parties.push(makeOrganisation(random, scene, 'respondent', org.kind, org.business));
    else for (let i = 0; i < respondents; i++) add({ role: 'respondent' });
  }
  return { parties, lead: persons[0]! };
}

/** What siblings call each other, the elder first: 兄弟, 姐妹, 姐弟, 兄妹. */
function kinship(a: PartyInput | undefined, b: PartyInput | undefined): string {
  if (a?.kind !== 'person' || b?.kind !== 'person') return '亲属';
  const [elder, younger] = (a.birthDate ?? '') <= (b.birthDate ?? '') ? [a, b] : [b, a];
  return `${elder.sex === 'male' ? '兄' : '姐'}${younger.sex === 'male' ? '弟' : '妹'}`;
}

function namesOf(parties: PartyInput[], role: 'applicant' | 'respondent'): string[] {
  return parties.filter((p) => p.role === role).map((p) => p.name);
}

/**
 * Sample registrations for one committee; the same options give the same cases, and the first N cases do
 * not depend on `count`. `generateCases({ count: 100, seed: 'demo', committeeAreaCode: '320102002000',
 * villages })` → 100 inputs that each pass `CaseRegistration`.
 */
export function generateCases(options: GenerateCasesOptions): CaseRegistrationInput[] {
  const random = createRandom(options.seed);
  const [from, to] = registrationRange(options);
  const area: AreaNames = { province: '', city: '', district: '', township: '', ...options.areaNames };
  const own = options.committeeAreaCode.slice(0, 6);
  const districts = [own, ...(options.provinceDistricts ?? []).filter((code) => code !== own)];
  const dialCode = dialCodeOf(options.committeeAreaCode);
  // Without villages the committee's own area stands in, and places do not repeat its name.
  const fallback = [{ code: options.committeeAreaCode, name: area.township || area.district || '本辖区' }];
  const placePrefix = options.villages.length > 0 ? area.township || area.district : '';
  const villages = (options.villages.length > 0 ? options.villages : fallback).map((v) => {
    const short = villageShortName(v.name);
    return { short, rural: short.endsWith('村') };
  });
  const start = dayNumber(from);
  const end = dayNumber(to);
  const bodies = officialdom(area, options.committeeAreaCode);

  const cases: CaseRegistrationInput[] = [];
  for (let i = 0; i < options.count; i++) {
    const village = random.pick(villages);
    const type = random.weighted(village.rural ? TYPE_MIX.rural : TYPE_MIX.urban);
    const template = random.weighted(templatesFor(type, village.rural));
    const registeredOn = dateOfDay(random.int(start, end));
    // Some registers leave the date of the dispute empty, but not when the facts name the day.
    const occurredOn =
      random.chance(0.04) && !template.facts.includes('{发生日}')
        ? null
        : dateOfDay(dayNumber(registeredOn) - random.int(...random.weighted(DELAY_BANDS)));
    const scene: PartyScene = {
      area,
      districts,
      dialCode,
      village: village.short,
      rural: village.rural,
      compound: randomCompound(random),
      registeredOn,
      usedIds: new Set(),
      usedNames: new Set(),
    };
    const { parties, lead } = makeParties(random, scene, type, template);
    const road = randomRoad(random);
    const text = fillFacts(random, template, {
      applicants: namesOf(parties, 'applicant'),
      respondents: namesOf(parties, 'respondent'),
      applicantAge: lead.age,
      applicantOccupation: lead.party.occupation ?? '',
      village: village.short,
      compound: scene.compound,
      road,
      registeredOn,
      occurredOn,
      kinship: kinship(parties[0], parties[1]),
    });
    const near = template.onRoad
      ? `${area.district}${road}${random.chance(0.5) ? `与${randomRoad(random)}交叉路口` : `${random.int(1, 300)}号附近`}`
      : `${placePrefix}${village.short}${village.rural ? `${random.int(1, 12)}组` : scene.compound}`;
    const source = template.source && random.chance(template.sourceShare ?? 1) ? template.source : random.weighted(SOURCE_MIX);
    cases.push({
      committeeId: null,
      disputeType: type,
      source,
      // Hand-overs name the sending body, its letter and the day it was sent (公调、诉调、访调…对接).
      referral: isHandover(source) ? makeReferral(random, source, bodies, registeredOn, occurredOn, text.facts) : null,
      registeredOn,
      occurredOn,
      place: near,
      facts: text.facts,
      requests: text.requests,
      riskLevel: riskLevel(random, template.escalation ?? 1),
      parties,
    });
  }
  return cases;
}
