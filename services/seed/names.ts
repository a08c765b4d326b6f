// Chinese names for sample parties: surnames by real frequency, given names by sex and generation, about 1%
// with an extension-B character, and organisation names built from the committee's own place names.
import type { AreaNames } from './areas.ts';
import { EXT_B_CHARS, EXT_B_FOLLOWERS, GIVEN_NAMES, NAME_CHARS, SURNAMES } from './namePools.ts';
import { COMPANY_KINDS, REPRESENTATIVE_TITLES, TRADE_NAMES } from './pools.ts';
import type { Random } from './random.ts';

export type Sex = 'male' | 'female';

/** Share of people whose given name has an extension-B character (real registers: well under 1%). */
const EXT_B_SHARE = 0.01;

export function surname(random: Random): string {
  return random.weighted(SURNAMES);
}

/** A given name of one or two characters, in the fashion of the person's birth year. */
export function givenName(random: Random, sex: Sex, birthYear: number): string {
  if (random.chance(EXT_B_SHARE)) {
    const rare = random.pick(EXT_B_CHARS);
    return random.chance(0.6) ? rare + random.pick(EXT_B_FOLLOWERS) : rare;
  }
  const cohort = birthYear < 1965 ? 'old' : birthYear < 1990 ? 'middle' : 'young';
  const single = cohort === 'old' ? 0.2 : cohort === 'middle' ? 0.35 : 0.12;
  const chars = NAME_CHARS[sex];
  if (random.chance(single)) return random.pick(chars.single);
  if (random.chance(0.5)) return random.pick(GIVEN_NAMES[sex][cohort]);
  const first = random.pick(chars.first);
  let second = random.pick(chars.second);
  while (second === first) second = random.pick(chars.second);
  return first + second;
}

/** A full name of 2–4 characters: `personName(random, 'female', 1958)` → e.g. '陈桂英'. */
export function personName(random: Random, sex: Sex, birthYear: number, familyName?: string): string {
  return (familyName ?? surname(random)) + givenName(random, sex, birthYear);
}

/** True when a name has a character outside the Basic Multilingual Plane (two UTF-16 units). */
export function hasSupplementaryChar(name: string): boolean {
  for (const ch of name) if (ch.codePointAt(0)! > 0xffff) return true;
  return false;
}

/**
 * The short name of a village or residents' committee as used in places and addresses:
 * '梅园新村社区居委会' → '梅园新村社区'; '沈家山村委会' → '沈家山村'; '东青社区居委会（含东青村村委）' → '东青社区'.
 */
export function villageShortName(name: string): string {
  const bare = name
    .replace(/[（(].*?[)）]/g, '')
    .replace(/虚拟生活区$/, '')
    .trim();
  const village = /^(.+?)(村民委员会|村委会)$/.exec(bare);
  if (village) return village[1]!.endsWith('村') ? village[1]! : `${village[1]}村`;
  return bare.replace(/(居民委员会|居委会|居民委员|居委|委员会)$/, '') || name;
}

/** '南京市' → '南京'; '江苏省' → '江苏'; '广西壮族自治区' → '广西'. */
export function shortPlaceName(name: string): string {
  return name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$/, '');
}

export type OrganisationKind = keyof typeof COMPANY_KINDS | 'collective';

export interface Organisation {
  name: string;
  representativeTitle: string;
}

/**
 * A company or collective named as clerks see them: '南京宏达建筑劳务有限公司',
 * '玄武区锦程物业管理有限公司', '江宁区秣陵街道东旺社区股份经济合作社'.
 */
export function organisationName(
  random: Random,
  kind: OrganisationKind,
  area: AreaNames,
  village: string,
  business?: readonly string[],
): Organisation {
  if (kind === 'collective') {
    const prefix = `${area.district}${area.township}`;
    return { name: `${prefix}${village}股份经济合作社`, representativeTitle: '理事长' };
  }
  const companyKind = random.pick(business ?? COMPANY_KINDS[kind]);
  const trade = random.pick(TRADE_NAMES);
  if (companyKind.endsWith('诊所')) {
    return { name: `${shortPlaceName(area.city) || area.district}${trade}${companyKind}`, representativeTitle: '负责人' };
  }
  if (companyKind.endsWith('合作社')) {
    return { name: `${area.district}${trade}${companyKind}`, representativeTitle: '理事长' };
  }
  // Registered names start with the city (南京), sometimes the province (江苏) or the district (玄武区).
  const roll = random.next();
  const where = roll < 0.6 && area.city ? shortPlaceName(area.city) : roll < 0.8 ? shortPlaceName(area.province) : area.district;
  return { name: `${where}${trade}${companyKind}`, representativeTitle: random.pick(REPRESENTATIVE_TITLES) };
}
