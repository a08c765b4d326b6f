// What the administrative divisions do not tell about a place: the trunk prefix of its fixed lines, and the
// district codes that were merged away but still stand in older people's ID numbers. Names and codes of the
// divisions themselves come from data/divisions (see geography.ts).

export interface AreaNames {
  province: string;
  city: string;
  district: string;
  township: string;
}

/** Trunk prefixes of fixed lines by 4-digit city code (Jiangsu). */
const DIAL_CODES: Record<string, string> = {
  '3201': '025', // 南京市
  '3202': '0510', // 无锡市
  '3203': '0516', // 徐州市
  '3204': '0519', // 常州市
  '3205': '0512', // 苏州市
  '3206': '0513', // 南通市
  '3207': '0518', // 连云港市
  '3208': '0517', // 淮安市
  '3209': '0515', // 盐城市
  '3210': '0514', // 扬州市
  '3211': '0511', // 镇江市
  '3212': '0523', // 泰州市
  '3213': '0527', // 宿迁市
};

/**
 * Codes of Nanjing districts merged away (白下, 下关) or renamed from counties (江宁县…): people born before
 * the change still carry them in their ID numbers.
 */
export const FORMER_DISTRICTS: Record<string, readonly string[]> = {
  '320104': ['320103'],
  '320106': ['320107'],
  '320115': ['320121'],
  '320111': ['320122'],
  '320116': ['320123'],
  '320117': ['320124'],
  '320118': ['320125'],
};

/** Trunk prefix of fixed lines in the committee's city, or null outside the cities listed. */
export function dialCodeOf(areaCode: string): string | null {
  return DIAL_CODES[areaCode.slice(0, 4)] ?? null;
}
