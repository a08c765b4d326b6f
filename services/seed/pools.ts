// Word pools for sample data: ethnicities, occupations, the parts of company names and of addresses.
import type { ETHNICITIES } from '../../shared/domain/reference.ts';

type Ethnicity = (typeof ETHNICITIES)[number];
/** Ethnicity of parties in a Jiangsu register: almost all Han, Hui the largest minority. */
export const ETHNICITY_MIX: readonly (readonly [Ethnicity, number])[] = [
  ['汉族', 9780],
  ['回族', 110],
  ['满族', 25],
  ['蒙古族', 12],
  ['壮族', 12],
  ['苗族', 12],
  ['土家族', 12],
  ['布依族', 5],
  ['彝族', 5],
  ['侗族', 4],
  ['朝鲜族', 4],
  ['白族', 3],
  ['瑶族', 3],
  ['畲族', 2],
  ['黎族', 1],
];

export const OCCUPATIONS = {
  urban: [
    '企业职工',
    '公司职员',
    '个体工商户',
    '自由职业',
    '无业',
    '教师',
    '医生',
    '外卖骑手',
    '网约车司机',
    '保洁员',
    '厨师',
    '保安',
    '销售',
    '装修工人',
  ],
  rural: ['务农', '务农', '务农', '个体工商户', '建筑工人', '务工', '无业', '养殖户', '货车司机', '木工', '电工'],
  labour: ['建筑工人', '木工', '瓦工', '钢筋工', '电焊工', '架子工', '装修工人'],
} as const;

/** Trade names (字号) of small companies. */
export const TRADE_NAMES = [
  '宏达',
  '兴旺',
  '金陵',
  '恒信',
  '华源',
  '鑫盛',
  '东方',
  '钟山',
  '紫金',
  '顺发',
  '瑞丰',
  '汇通',
  '天成',
  '宏远',
  '嘉禾',
  '永安',
  '诚信',
  '利民',
  '众鑫',
  '博远',
  '锦程',
  '盛世',
  '新苑',
  '凯达',
  '中元',
  '海川',
  '福源',
  '润泽',
  '佳和',
  '万家',
];

/** Kinds of company by the disputes they are parties to, with the title of who represents them. */
export const COMPANY_KINDS = {
  labour: ['建筑劳务有限公司', '餐饮管理有限公司', '物流有限公司', '保洁服务有限公司', '机械制造有限公司', '装饰工程有限公司'],
  property_management: ['物业管理有限公司', '物业服务有限公司'],
  contract: ['装饰工程有限公司', '商贸有限公司', '建材有限公司', '房地产经纪有限公司', '汽车租赁有限公司', '农业发展有限公司'],
  consumer: ['商贸有限公司', '家电销售有限公司', '健身服务有限公司', '教育咨询有限公司', '汽车销售服务有限公司', '美容美发有限公司'],
  medical: ['口腔门诊部有限公司', '口腔诊所', '中医诊所', '诊所'],
  business: ['农业发展有限公司', '建材有限公司', '运输有限公司', '商贸有限公司', '养殖专业合作社'],
} as const;
export const REPRESENTATIVE_TITLES = ['执行董事', '总经理', '董事长', '经理', '执行董事兼总经理'];

/** Residential compounds (小区) and roads, for addresses in a community. */
export const COMPOUND_WORDS = [
  '锦绣',
  '金陵',
  '紫金',
  '阳光',
  '银城',
  '翠屏',
  '东方',
  '万科',
  '恒大',
  '月华',
  '龙江',
  '梅园',
  '兰园',
  '青石',
  '长江',
];
export const COMPOUND_KINDS = ['花园', '小区', '新村', '家园', '苑', '名府', '雅居'];
export const ROAD_WORDS = [
  '中山',
  '建设',
  '人民',
  '解放',
  '新华',
  '长江',
  '和平',
  '友谊',
  '北京',
  '龙蟠',
  '太平',
  '珠江',
  '汉中',
  '黄埔',
  '文化',
];
export const ROAD_KINDS = ['路', '东路', '西路', '北路', '南路', '大街', '街'];
