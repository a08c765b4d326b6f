// Word pools for sample data: surnames with their national frequency, given-name characters by sex and
// generation, extension-B characters found on real ID cards, occupations, and the parts of company names.
import type { ETHNICITIES } from '../../shared/domain/reference.ts';

/** Surnames weighted in hundredths of a percent of the population (2020 census order, rounded). */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 712], ['李', 700], ['张', 674], ['刘', 510], ['陈', 461], ['杨', 322], ['黄', 245], ['赵', 223], ['吴', 205],
  ['周', 191], ['徐', 167], ['孙', 154], ['马', 144], ['朱', 128], ['胡', 122], ['郭', 114], ['何', 110], ['高', 101],
  ['林', 103], ['罗', 96], ['郑', 90], ['梁', 86], ['谢', 78], ['宋', 73], ['唐', 73], ['许', 67], ['韩', 64], ['冯', 62],
  ['邓', 62], ['曹', 60], ['彭', 59], ['曾', 58], ['肖', 57], ['田', 53], ['董', 52], ['袁', 49], ['潘', 50], ['于', 46],
  ['蒋', 48], ['蔡', 48], ['余', 47], ['杜', 45], ['叶', 44], ['程', 43], ['苏', 40], ['魏', 40], ['吕', 40], ['丁', 39],
  ['任', 38], ['沈', 35], ['姚', 36], ['卢', 37], ['姜', 33], ['崔', 33], ['钟', 34], ['谭', 33], ['陆', 32], ['汪', 30],
  ['范', 30], ['金', 28], ['石', 29], ['廖', 30], ['贾', 27], ['夏', 26], ['韦', 27], ['付', 26], ['方', 25], ['白', 24],
  ['邹', 24], ['孟', 23], ['熊', 24], ['秦', 23], ['邱', 23], ['江', 22], ['尹', 21], ['薛', 21], ['闫', 20], ['段', 20],
  ['雷', 20], ['侯', 22], ['龙', 19], ['史', 18], ['陶', 18], ['黎', 19], ['贺', 17], ['顾', 17], ['毛', 17], ['郝', 17],
  ['龚', 17], ['邵', 16], ['万', 16], ['钱', 16], ['严', 15], ['覃', 16], ['武', 16], ['戴', 16], ['莫', 15], ['孔', 15],
  ['向', 15], ['汤', 15], ['常', 15], ['葛', 12], ['殷', 8], ['芮', 3], ['濮', 2],
  ['欧阳', 3], ['司马', 0.5], ['诸葛', 0.4], ['上官', 0.4], ['司徒', 0.5],
];

/** Characters of one-character given names (张伟, 王芳), and the first and second characters of composed ones. */
export const NAME_CHARS = {
  male: {
    single: [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰斌亮成刚毅彬'],
    first: [...'志建国海晓文明俊子浩宇天永家立振伟鹏嘉思春德宏云金'],
    second: [...'强伟军华明杰涛斌峰东辉刚平龙鹏飞宇轩豪然博磊成林波良生荣'],
  },
  female: {
    single: [...'芳娟敏静丽艳英霞玲燕琴云洁慧颖琳倩婷雪晶娜丹妍欣怡璐瑶蕾萍红'],
    first: [...'秀丽晓海春雪美玉桂静佳欣雨梓诗思婉慧红小凤淑月嘉'],
    second: [...'英兰芳华燕红梅娟玲霞琴萍婷怡涵萱彤琪雯洁颖敏珍莲'],
  },
} as const;

/** Whole two-character given names by birth cohort, as they appear in registers of each generation. */
export const GIVEN_NAMES = {
  male: {
    old: ['建国', '国强', '建华', '国华', '志刚', '建军', '德明', '振华', '卫东', '红兵', '跃进', '永胜', '宝根', '金宝', '富贵', '长林', '国庆', '新民', '国平', '建平'],
    middle: ['志强', '海涛', '建伟', '晓东', '永刚', '立新', '红军', '春雷', '小兵', '海波', '俊杰', '文斌', '伟东', '剑峰', '立军', '云飞', '旭东', '明亮', '振宇', '晓军'],
    young: ['浩然', '子轩', '宇航', '俊杰', '一鸣', '梓豪', '皓轩', '睿哲', '思远', '天佑', '浩宇', '家豪', '博文', '子涵', '明轩', '雨泽', '嘉懿', '煜城', '宇轩', '晨阳'],
  },
  female: {
    old: ['秀英', '桂英', '玉兰', '凤英', '秀兰', '桂兰', '淑珍', '玉珍', '凤兰', '秀珍', '玉梅', '桂芳', '金凤', '翠英', '素珍', '巧云', '兰英', '美华', '月娥', '银凤'],
    middle: ['丽娟', '海燕', '晓红', '春梅', '红梅', '秀云', '丽华', '晓燕', '雪梅', '小红', '美玲', '建芳', '海霞', '丽萍', '晓梅', '玉玲', '春燕', '静怡', '丹丹', '婷婷'],
    young: ['欣怡', '梓涵', '诗涵', '雨桐', '子涵', '可馨', '思琪', '语嫣', '佳怡', '雨欣', '一诺', '梦瑶', '紫萱', '若曦', '晨曦', '诗琪', '欣妍', '雨萱', '芷若', '梓萱'],
  },
} as const;

/**
 * Extension-B characters (U+20000–U+2A6DF) that occur in real given names and trip up software that
 * counts UTF-16 units: 𠮷 (U+20BB7, a form of 吉), 𡒄, 𨭉, 𠇹, 𪚥 (U+2A6A5, zhé).
 */
export const EXT_B_CHARS = ['\u{20BB7}', '\u{21484}', '\u{28B49}', '\u{201F9}', '\u{2A6A5}'] as const;
/** Characters that follow an extension-B character in a two-character given name: 𠮷祥, 𠮷庆. */
export const EXT_B_FOLLOWERS = [...'祥庆林华明生芳英'];

type Ethnicity = (typeof ETHNICITIES)[number];
/** Ethnicity of parties in a Jiangsu register: almost all Han, Hui the largest minority. */
export const ETHNICITY_MIX: readonly (readonly [Ethnicity, number])[] = [
  ['汉族', 9780], ['回族', 110], ['满族', 25], ['蒙古族', 12], ['壮族', 12], ['苗族', 12], ['土家族', 12],
  ['布依族', 5], ['彝族', 5], ['侗族', 4], ['朝鲜族', 4], ['白族', 3], ['瑶族', 3], ['畲族', 2], ['黎族', 1],
];

export const OCCUPATIONS = {
  urban: ['企业职工', '公司职员', '个体工商户', '自由职业', '无业', '教师', '医生', '外卖骑手', '网约车司机', '保洁员', '厨师', '保安', '销售', '装修工人'],
  rural: ['务农', '务农', '务农', '个体工商户', '建筑工人', '务工', '无业', '养殖户', '货车司机', '木工', '电工'],
  labour: ['建筑工人', '木工', '瓦工', '钢筋工', '电焊工', '架子工', '装修工人'],
} as const;

/** Trade names (字号) of small companies. */
export const TRADE_NAMES = [
  '宏达', '兴旺', '金陵', '恒信', '华源', '鑫盛', '东方', '钟山', '紫金', '顺发', '瑞丰', '汇通', '天成', '宏远', '嘉禾', '永安',
  '诚信', '利民', '众鑫', '博远', '锦程', '盛世', '新苑', '凯达', '中元', '海川', '福源', '润泽', '佳和', '万家',
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
export const COMPOUND_WORDS = ['锦绣', '金陵', '紫金', '阳光', '银城', '翠屏', '东方', '万科', '恒大', '月华', '龙江', '梅园', '兰园', '青石', '长江'];
export const COMPOUND_KINDS = ['花园', '小区', '新村', '家园', '苑', '名府', '雅居'];
export const ROAD_WORDS = ['中山', '建设', '人民', '解放', '新华', '长江', '和平', '友谊', '北京', '龙蟠', '太平', '珠江', '汉中', '黄埔', '文化'];
export const ROAD_KINDS = ['路', '东路', '西路', '北路', '南路', '大街', '街'];
