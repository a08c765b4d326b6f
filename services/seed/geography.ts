// Where a committee's sample cases happen, read from the administrative divisions the app already ships:
// the names above the committee (for addresses and company names), the villages and communities around it,
// and the district codes that ID numbers of people in its province carry.
import type { DivisionIndex } from '../divisions.ts';
import type { AreaNames } from './areas.ts';

/** Statistical placeholders that are not part of a postal address (北京市市辖区东城区 is written 北京市东城区). */
const NOT_IN_ADDRESSES = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** Development zones and the like: statistical areas that issue no ID numbers. */
const NO_ID_NUMBERS = /开发区|园区|示范区|管理区|新区管委会/;

export interface CommitteeGeography {
  areaNames: AreaNames;
  villages: { code: string; name: string }[];
  /** Six-digit codes of the province's districts and counties, the committee's own first. */
  provinceDistricts: string[];
}

export function committeeGeography(divisions: DivisionIndex, areaCode: string): CommitteeGeography {
  const path = divisions.path(areaCode);
  const nameAt = (level: string) => {
    const name = path.find((d) => d.level === level)?.name ?? '';
    return NOT_IN_ADDRESSES.test(name) ? '' : name;
  };
  const own = areaCode.slice(0, 6);
  const province = path[0];
  const districts = province
    ? divisions
        .children(province.code)
        .flatMap((city) => {
          const below = divisions.children(city.code);
          // A city without districts (东莞) has townships right below it: its own code is on ID numbers.
          return below.some((d) => d.level === 'district') ? below.filter((d) => d.level === 'district') : [city];
        })
        .filter((d) => !NO_ID_NUMBERS.test(d.name))
        .map((d) => d.code.slice(0, 6))
    : [];
  return {
    areaNames: { province: nameAt('province'), city: nameAt('city'), district: nameAt('district'), township: nameAt('township') },
    villages: villagesAround(divisions, areaCode).map((v) => ({ code: v.code, name: v.name })),
    provinceDistricts: [own, ...new Set(districts.filter((code) => code !== own))],
  };
}

/** The villages and communities around a committee's area: its township's, else the first township below it. */
function villagesAround(divisions: DivisionIndex, areaCode: string) {
  const path = divisions.path(areaCode);
  const township = path.find((d) => d.level === 'township');
  if (township) return divisions.children(township.code);
  let level = path.at(-1);
  while (level && level.level !== 'township') {
    const next = divisions.children(level.code)[0];
    if (!next) break;
    level = next;
  }
  return level?.level === 'township' ? divisions.children(level.code) : [];
}
