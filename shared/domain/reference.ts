// Reference lists of the register: MoJ dispute types, case sources, committee kinds, risk colours, statuses.
// Each entry keeps a stable code; the Chinese label is what the clerk sees.

/** MoJ statistics categories of disputes (人民调解统计). The codes are stable (newer report categories are added with new codes). */
export const DISPUTE_TYPES = [
  { code: 'marriage_family', label: '婚姻家庭' },
  { code: 'neighbourhood', label: '邻里' },
  { code: 'housing_homestead', label: '房屋宅基地' },
  { code: 'contract', label: '合同' },
  { code: 'business', label: '生产经营' },
  { code: 'damages', label: '损害赔偿' },
  { code: 'forest_land', label: '山林土地' },
  { code: 'land_requisition', label: '征地拆迁' },
  { code: 'environment', label: '环境污染' },
  { code: 'labour', label: '劳动争议' },
  { code: 'consumer', label: '消费' },
  { code: 'medical', label: '医疗' },
  { code: 'traffic_accident', label: '道路交通事故' },
  { code: 'property_management', label: '物业' },
  { code: 'other', label: '其他' },
] as const;

export type DisputeType = (typeof DISPUTE_TYPES)[number]['code'];
export const DISPUTE_TYPE_CODES = DISPUTE_TYPES.map((t) => t.code) as [DisputeType, ...DisputeType[]];

/** Where a case came from (来源). Hand-overs name the sending body. */
export const CASE_SOURCES = [
  { code: 'party_application', label: '当事人申请', group: 'applied' },
  { code: 'own_initiative', label: '主动调解', group: 'own_initiative' },
  { code: 'police', label: '公安移送（公调对接）', group: 'handover' },
  { code: 'traffic_police', label: '交警移送（交调对接）', group: 'handover' },
  { code: 'court', label: '法院委托（诉调对接）', group: 'handover' },
  { code: 'petition_office', label: '信访移送（访调对接）', group: 'handover' },
  { code: 'arbitration', label: '仲裁移送（仲调对接）', group: 'handover' },
  { code: 'administrative_review', label: '行政复议移送（复调对接）', group: 'handover' },
  { code: 'legal_aid', label: '法律援助移送（援调对接）', group: 'handover' },
  { code: 'government_department', label: '政府部门交办', group: 'handover' },
] as const;

export type CaseSource = (typeof CASE_SOURCES)[number]['code'];
export const CASE_SOURCE_CODES = CASE_SOURCES.map((s) => s.code) as [CaseSource, ...CaseSource[]];

export const COMMITTEE_KINDS = [
  { code: 'township', label: '乡镇（街道）人民调解委员会' },
  { code: 'village', label: '村（居）人民调解委员会' },
  { code: 'industry', label: '行业性专业性人民调解委员会' },
  { code: 'enterprise', label: '企事业单位人民调解委员会' },
  { code: 'studio', label: '个人调解工作室' },
  { code: 'dispatched', label: '派驻调解室（工作室）' },
] as const;

export type CommitteeKind = (typeof COMMITTEE_KINDS)[number]['code'];
/**
 * The kinds whose resolutions count as "at the grassroots" for the first target (domain.md: township, village,
 * industry and enterprise committees resolve at least 95% of all disputes resolved).
 */
export const GRASSROOTS_KINDS: readonly CommitteeKind[] = ['township', 'village', 'industry', 'enterprise'];
export const COMMITTEE_KIND_CODES = COMMITTEE_KINDS.map((k) => k.code) as [CommitteeKind, ...CommitteeKind[]];

/** Four-colour early warning (四色预警), most urgent first. */
export const RISK_LEVELS = [
  { code: 'red', label: '红色', color: 'red' },
  { code: 'orange', label: '橙色', color: 'orange' },
  { code: 'yellow', label: '黄色', color: 'yellow' },
  { code: 'blue', label: '蓝色', color: 'blue' },
] as const;

export type RiskLevel = (typeof RISK_LEVELS)[number]['code'];
export const RISK_LEVEL_CODES = RISK_LEVELS.map((r) => r.code) as [RiskLevel, ...RiskLevel[]];

/** Where a case stands. Registration sets 'registered'; the later steps belong to the case lifecycle. */
export const CASE_STATUSES = [
  { code: 'registered', label: '已登记' },
  { code: 'accepted', label: '已受理' },
  { code: 'refused', label: '不予受理' },
  { code: 'mediating', label: '调解中' },
  { code: 'succeeded', label: '调解成功' },
  { code: 'failed', label: '调解不成' },
  { code: 'terminated', label: '已终止' },
  { code: 'archived', label: '已归档' },
] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number]['code'];
export const CASE_STATUS_CODES = CASE_STATUSES.map((s) => s.code) as [CaseStatus, ...CaseStatus[]];

export const PARTY_ROLES = [
  { code: 'applicant', label: '申请人' },
  { code: 'respondent', label: '被申请人' },
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number]['code'];

export const PARTY_KINDS = [
  { code: 'person', label: '自然人' },
  { code: 'organization', label: '法人或其他组织' },
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number]['code'];

export const SEXES = [
  { code: 'male', label: '男' },
  { code: 'female', label: '女' },
] as const;
export type Sex = (typeof SEXES)[number]['code'];

/** The 56 ethnic groups, for the party's 民族 field. */
export const ETHNICITIES = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
] as const;

/** Label lookup for any of the lists above: `labelOf(DISPUTE_TYPES, 'neighbourhood')` → `'邻里'`. */
export function labelOf<T extends { code: string; label: string }>(list: readonly T[], code: string): string {
  return list.find((item) => item.code === code)?.label ?? code;
}
