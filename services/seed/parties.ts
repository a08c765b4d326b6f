// Sample parties: people with ages, ethnicity, valid ID numbers from the committee's district or province,
// phones, occupations and addresses in the real village; companies and collectives with their representative.
import type { PartyInput } from '../../shared/domain/case.ts';
import { FORMER_DISTRICTS, type AreaNames } from './areas.ts';
import { fixedLineNumber, idNumberFor, mobileNumber } from './idNumbers.ts';
import { organisationName, personName, type OrganisationKind, type Sex } from './names.ts';
import { COMPOUND_KINDS, COMPOUND_WORDS, ETHNICITY_MIX, OCCUPATIONS, ROAD_KINDS, ROAD_WORDS } from './pools.ts';
import { dateOfDay, dayNumber, type Random } from './random.ts';

type Role = 'applicant' | 'respondent';
export type PersonInput = Extract<PartyInput, { kind: 'person' }>;
export type OrganisationInput = Extract<PartyInput, { kind: 'organization' }>;

/** Everything about where the case happens that a party needs. */
export interface PartyScene {
  area: AreaNames;
  /** Six-digit codes for ID numbers: the committee's district first, then the rest of its province. */
  districts: readonly string[];
  dialCode: string | null;
  village: string;
  rural: boolean;
  compound: string;
  registeredOn: string;
  /** ID numbers and names already used in this case: two parties never share one. */
  usedIds: Set<string>;
  usedNames: Set<string>;
}

export interface PersonSpec {
  role: Role;
  sex?: Sex;
  age?: number;
  familyName?: string;
  ethnicity?: string;
  occupations?: readonly string[];
}

/** Ages of parties at registration: mostly working age, fewer young adults and very old people. */
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 29], 14],
  [[30, 44], 30],
  [[45, 59], 31],
  [[60, 74], 18],
  [[75, 85], 7],
];
const MISSING_ID = 0.05;
const MISSING_PHONE = 0.05;

export function randomAge(random: Random): number {
  const [lo, hi] = random.weighted(AGE_BANDS);
  return random.int(lo, hi);
}

export function randomRoad(random: Random): string {
  return random.pick(ROAD_WORDS) + random.pick(ROAD_KINDS);
}

export function randomCompound(random: Random): string {
  return random.pick(COMPOUND_WORDS) + random.pick(COMPOUND_KINDS);
}

/** Where an ID number was issued: mostly the committee's district, else elsewhere in the province. */
function idArea(random: Random, scene: PartyScene, birthYear: number): string {
  const own = scene.districts[0]!;
  if (scene.districts.length > 1 && random.chance(0.25)) return random.pick(scene.districts.slice(1));
  const former = FORMER_DISTRICTS[own];
  if (former && birthYear < 1995 && random.chance(0.3)) return random.pick(former);
  return own;
}

function personAddress(random: Random, scene: PartyScene): string {
  const { province, city, district, township } = scene.area;
  const base = `${province}${city}${district}${township}${scene.village}`;
  if (scene.rural) return `${base}${random.int(1, 12)}组${random.int(1, 68)}号`;
  const compound = random.chance(0.7) ? scene.compound : randomCompound(random);
  return `${base}${compound}${random.int(1, 30)}幢${random.int(1, 4)}单元${random.int(1, 18)}0${random.int(1, 4)}室`;
}

function phoneFor(random: Random, scene: PartyScene, age: number): string | null {
  if (random.chance(MISSING_PHONE)) return null;
  if (scene.dialCode && random.chance(age >= 65 ? 0.3 : 0.03)) return fixedLineNumber(random, scene.dialCode);
  return mobileNumber(random);
}

function occupationFor(random: Random, scene: PartyScene, age: number, pool?: readonly string[]): string {
  if (pool) return random.pick(pool);
  if (age >= 62 && random.chance(0.75)) return scene.rural ? random.pick(['务农', '退休', '无业']) : '退休';
  return random.pick(scene.rural ? OCCUPATIONS.rural : OCCUPATIONS.urban);
}

function uniqueName(random: Random, scene: PartyScene, sex: Sex, birthYear: number, familyName?: string): string {
  let name = personName(random, sex, birthYear, familyName);
  while (scene.usedNames.has(name)) name = personName(random, sex, birthYear, familyName);
  scene.usedNames.add(name);
  return name;
}

/** A natural person of the scene, with a valid ID number that encodes their sex and birth date. */
export function makePerson(random: Random, scene: PartyScene, spec: PersonSpec): { party: PersonInput; age: number } {
  const sex = spec.sex ?? (random.chance(0.5) ? 'male' : 'female');
  const age = Math.min(85, Math.max(18, spec.age ?? randomAge(random)));
  // Born `age` full years before registration, on any day of the year before that birthday.
  const registered = dayNumber(scene.registeredOn);
  const birthDate = dateOfDay(registered - Math.floor(age * 365.25) - random.int(1, 364));
  const birthYear = Number(birthDate.slice(0, 4));
  let idNumber: string | null = null;
  if (!random.chance(MISSING_ID)) {
    const area = idArea(random, scene, birthYear);
    do idNumber = idNumberFor(random, area, birthDate, sex);
    while (scene.usedIds.has(idNumber));
    scene.usedIds.add(idNumber);
  }
  const party: PersonInput = {
    role: spec.role,
    kind: 'person',
    name: uniqueName(random, scene, sex, birthYear, spec.familyName),
    sex,
    ethnicity: spec.ethnicity ?? random.weighted(ETHNICITY_MIX),
    birthDate,
    idNumber,
    phone: phoneFor(random, scene, age),
    occupation: occupationFor(random, scene, age, spec.occupations),
    address: personAddress(random, scene),
  };
  return { party, age };
}

/** A company or village collective, with a legal representative from the scene. */
export function makeOrganisation(
  random: Random,
  scene: PartyScene,
  role: Role,
  kind: OrganisationKind,
  business?: readonly string[],
): OrganisationInput {
  const org = organisationName(random, kind, scene.area, scene.village, business);
  const { city, district, township } = scene.area;
  const address =
    kind === 'collective'
      ? `${city}${district}${township}${scene.village}`
      : `${city}${district}${randomRoad(random)}${random.int(1, 399)}号`;
  const representative = personName(random, random.chance(0.8) ? 'male' : 'female', random.int(1960, 1995));
  const phone = scene.dialCode && random.chance(0.5) ? fixedLineNumber(random, scene.dialCode) : mobileNumber(random);
  return {
    role,
    kind: 'organization',
    name: org.name,
    legalRepresentative: representative,
    representativeTitle: org.representativeTitle,
    address,
    phone,
  };
}
