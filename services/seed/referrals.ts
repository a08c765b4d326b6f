// Who hands a case over (公调、交调、诉调、访调…对接) and how they write it: the sending body named after the
// committee's own district and township, the reference number of its transfer letter, and the date it was sent.
import type { Referral } from '../../shared/domain/case.ts';
import { CASE_SOURCES, type CaseSource } from '../../shared/domain/reference.ts';
import type { AreaNames } from './areas.ts';
import { dateOfDay, dayNumber, type Random } from './random.ts';

/** One-character province abbreviations (苏, 皖…) used in court case numbers, by 2-digit province code. */
// prettier-ignore
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '内', '21': '辽', '22': '吉', '23': '黑', '31': '沪', '32': '苏', '33': '浙',
  '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫', '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝',
  '51': '川', '52': '贵', '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
};

export function isHandover(source: string): boolean {
  return CASE_SOURCES.find((s) => s.code === source)?.group === 'handover';
}

/** The names a referral, a court or a department is written with: '南京市玄武区人民法院', '玄公（梅）调移…'. */
export interface Officialdom {
  /** '南京市'. */
  city: string;
  /** '南京市玄武区' (empty when the area is unknown). */
  cityDistrict: string;
  /** '玄武区'. */
  district: string;
  /** '玄武' → '玄' in reference numbers. */
  districtShort: string;
  /** '梅园新村街道', '和凤镇'. */
  township: string;
  /** '梅园新村' (the township without 街道/镇/乡). */
  townshipShort: string;
  /** '苏0102': the prefix of the district court's case numbers. */
  courtCode: string;
}

export function officialdom(area: Partial<AreaNames>, areaCode: string): Officialdom {
  const district = area.district ?? '';
  const districtShort = district.replace(/(区|县|市)$/, '') || '本';
  return {
    city: area.city ?? '',
    cityDistrict: `${area.city ?? ''}${district}`,
    district,
    districtShort,
    township: area.township ?? '',
    townshipShort: (area.township ?? '').replace(/(街道|镇|乡)$/, ''),
    courtCode: `${PROVINCE_ABBREVIATIONS[areaCode.slice(0, 2)] ?? ''}${areaCode.slice(2, 6)}`,
  };
}

/** The district's basic court: '南京市玄武区人民法院'. */
export function districtCourt(o: Officialdom): string {
  return o.district ? `${o.cityDistrict}人民法院` : '基层人民法院';
}

/** The township's government: '梅园新村街道办事处', '和凤镇人民政府'. */
export function townshipOffice(o: Officialdom): string {
  if (!o.township) return `${o.district || '区'}人民政府`;
  return o.township.endsWith('街道') ? `${o.township}办事处` : `${o.township}人民政府`;
}

/** A running number that grows through the year, as a body's letters do: about `perDay` letters a day. */
function serial(random: Random, date: string, perDay: number): number {
  const dayOfYear = dayNumber(date) - dayNumber(`${date.slice(0, 4)}-01-01`) + 1;
  return Math.max(1, Math.round(dayOfYear * perDay * (0.8 + 0.4 * random.next())));
}

interface Sender {
  body: string;
  /** Null: this body sends no numbered letter. */
  reference: ((year: string, n: (perDay: number) => number) => string) | null;
}

function sender(random: Random, source: CaseSource, o: Officialdom, facts: string): Sender {
  const d = o.districtShort.slice(0, 1);
  const d2 = o.district || '区';
  switch (source) {
    case 'police': {
      const station = o.townshipShort ? `${o.townshipShort}派出所` : '辖区派出所';
      const body = o.district ? `${o.city}公安局${o.districtShort}分局${station}` : station;
      return { body, reference: (y, n) => `${d}公（${o.townshipShort.slice(0, 1) || d}）调移〔${y}〕${n(0.15)}号` };
    }
    case 'traffic_police':
      return {
        body: o.district ? `${o.city}公安局交通管理局${o.districtShort}大队` : '公安交通管理部门',
        reference: (y, n) => `${d}公交调移〔${y}〕${n(0.3)}号`,
      };
    case 'court':
      return { body: districtCourt(o), reference: (y, n) => `（${y}）${o.courtCode}民诉前调${n(12)}号` };
    case 'petition_office':
      return { body: `${d2}信访局`, reference: (y, n) => `${d}信转调〔${y}〕${n(0.1)}号` };
    case 'arbitration':
      return { body: `${d2}劳动人事争议仲裁委员会`, reference: (y, n) => `${d}劳人仲案〔${y}〕${n(2)}号` };
    case 'administrative_review':
      return { body: `${d2}人民政府行政复议办公室`, reference: (y, n) => `${d}政复〔${y}〕${n(0.4)}号` };
    case 'legal_aid':
      return { body: `${d2}法律援助中心`, reference: (y, n) => `${d}法援〔${y}〕${n(1.5)}号` };
    case 'government_department': {
      if (/城管/.test(facts) || random.chance(0.2)) return { body: `${d2}城市管理局`, reference: null };
      const roll = random.next();
      if (roll < 0.4)
        return { body: `${o.city}12345政务服务便民热线`, reference: (y, n) => `工单号${y}${String(n(900)).padStart(7, '0')}` };
      if (roll < 0.6) return { body: `${d2}市场监督管理局`, reference: null };
      if (roll < 0.8) return { body: townshipOffice(o), reference: null };
      return { body: `${d2}住房和城乡建设局`, reference: null };
    }
    default:
      return { body: `${d2}司法局`, reference: (y, n) => `${d}司调〔${y}〕${n(0.2)}号` };
  }
}

/** Days from the sending body's letter to the registration: mostly the same day or the next. */
const REFERRAL_DELAY: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 0], 40],
  [[1, 1], 25],
  [[2, 2], 15],
  [[3, 5], 20],
];

/**
 * The referral of a handed-over case: `makeReferral(random, 'court', officialdom(area, code), '2026-03-10', null, facts)`
 * → `{ body: '南京市玄武区人民法院', reference: '（2026）苏0102民诉前调817号', date: '2026-03-09' }`.
 */
export function makeReferral(
  random: Random,
  source: CaseSource,
  o: Officialdom,
  registeredOn: string,
  occurredOn: string | null,
  facts: string,
): Referral {
  const { body, reference } = sender(random, source, o, facts);
  const earliest = occurredOn ? dayNumber(occurredOn) : -Infinity;
  const date = dateOfDay(Math.max(earliest, dayNumber(registeredOn) - random.int(...random.weighted(REFERRAL_DELAY))));
  const numbered = reference && random.chance(0.8);
  return { body, reference: numbered ? reference(date.slice(0, 4), (perDay) => serial(random, date, perDay)) : null, date };
}
