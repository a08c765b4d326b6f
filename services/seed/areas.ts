// Names of the areas above a committee (province, city, district) and the codes people's ID numbers carry,
// for addresses and company names when the caller does not pass them. Jiangsu is listed in full; elsewhere
// only the province name is known and ID numbers use the committee's own district.

export const PROVINCES: Record<string, string> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
};

/** Jiangsu's cities with the trunk prefix of their fixed lines. */
export const CITIES: Record<string, { name: string; dialCode: string }> = {
  '3201': { name: '南京市', dialCode: '025' },
  '3202': { name: '无锡市', dialCode: '0510' },
  '3203': { name: '徐州市', dialCode: '0516' },
  '3204': { name: '常州市', dialCode: '0519' },
  '3205': { name: '苏州市', dialCode: '0512' },
  '3206': { name: '南通市', dialCode: '0513' },
  '3207': { name: '连云港市', dialCode: '0518' },
  '3208': { name: '淮安市', dialCode: '0517' },
  '3209': { name: '盐城市', dialCode: '0515' },
  '3210': { name: '扬州市', dialCode: '0514' },
  '3211': { name: '镇江市', dialCode: '0511' },
  '3212': { name: '泰州市', dialCode: '0523' },
  '3213': { name: '宿迁市', dialCode: '0527' },
};

/** Jiangsu's districts and counties (2023 codes; development zones left out, they issue no ID numbers). */
export const DISTRICTS: Record<string, string> = {
  '320102': '玄武区',
  '320104': '秦淮区',
  '320105': '建邺区',
  '320106': '鼓楼区',
  '320111': '浦口区',
  '320113': '栖霞区',
  '320114': '雨花台区',
  '320115': '江宁区',
  '320116': '六合区',
  '320117': '溧水区',
  '320118': '高淳区',
  '320205': '锡山区',
  '320206': '惠山区',
  '320211': '滨湖区',
  '320213': '梁溪区',
  '320214': '新吴区',
  '320281': '江阴市',
  '320282': '宜兴市',
  '320302': '鼓楼区',
  '320303': '云龙区',
  '320305': '贾汪区',
  '320311': '泉山区',
  '320312': '铜山区',
  '320321': '丰县',
  '320322': '沛县',
  '320324': '睢宁县',
  '320381': '新沂市',
  '320382': '邳州市',
  '320402': '天宁区',
  '320404': '钟楼区',
  '320411': '新北区',
  '320412': '武进区',
  '320413': '金坛区',
  '320481': '溧阳市',
  '320505': '虎丘区',
  '320506': '吴中区',
  '320507': '相城区',
  '320508': '姑苏区',
  '320509': '吴江区',
  '320581': '常熟市',
  '320582': '张家港市',
  '320583': '昆山市',
  '320585': '太仓市',
  '320612': '通州区',
  '320613': '崇川区',
  '320614': '海门区',
  '320623': '如东县',
  '320681': '启东市',
  '320682': '如皋市',
  '320685': '海安市',
  '320703': '连云区',
  '320706': '海州区',
  '320707': '赣榆区',
  '320722': '东海县',
  '320723': '灌云县',
  '320724': '灌南县',
  '320803': '淮安区',
  '320804': '淮阴区',
  '320812': '清江浦区',
  '320813': '洪泽区',
  '320826': '涟水县',
  '320830': '盱眙县',
  '320831': '金湖县',
  '320902': '亭湖区',
  '320903': '盐都区',
  '320904': '大丰区',
  '320921': '响水县',
  '320922': '滨海县',
  '320923': '阜宁县',
  '320924': '射阳县',
  '320925': '建湖县',
  '320981': '东台市',
  '321002': '广陵区',
  '321003': '邗江区',
  '321012': '江都区',
  '321023': '宝应县',
  '321081': '仪征市',
  '321084': '高邮市',
  '321102': '京口区',
  '321111': '润州区',
  '321112': '丹徒区',
  '321181': '丹阳市',
  '321182': '扬中市',
  '321183': '句容市',
  '321202': '海陵区',
  '321203': '高港区',
  '321204': '姜堰区',
  '321281': '兴化市',
  '321282': '靖江市',
  '321283': '泰兴市',
  '321302': '宿城区',
  '321311': '宿豫区',
  '321322': '沭阳县',
  '321323': '泗阳县',
  '321324': '泗洪县',
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

export interface AreaNames {
  province: string;
  city: string;
  district: string;
  township: string;
}

/** What is known of the names above a committee: `areaNamesOf('320102002000')` → 江苏省 南京市 玄武区. */
export function areaNamesOf(areaCode: string, given: Partial<AreaNames> = {}): AreaNames {
  return {
    province: given.province ?? PROVINCES[areaCode.slice(0, 2)] ?? '',
    city: given.city ?? CITIES[areaCode.slice(0, 4)]?.name ?? '',
    district: given.district ?? DISTRICTS[areaCode.slice(0, 6)] ?? '',
    township: given.township ?? '',
  };
}

/** Six-digit codes that ID numbers of people in the province carry, the committee's own district first. */
export function provinceDistricts(areaCode: string): string[] {
  const own = areaCode.slice(0, 6);
  const others = Object.keys(DISTRICTS).filter((code) => code.startsWith(areaCode.slice(0, 2)) && code !== own);
  return [own, ...others];
}

/** Trunk prefix of fixed lines in the committee's city, or null outside the cities listed. */
export function dialCodeOf(areaCode: string): string | null {
  return CITIES[areaCode.slice(0, 4)]?.dialCode ?? null;
}
