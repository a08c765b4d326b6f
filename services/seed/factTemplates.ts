// Templates of 纠纷简要情况 and 当事人请求 per MoJ dispute type, worded as clerks write them.
// Slots: {甲} {乙} first applicant / respondent, {甲等} {乙等} all of them, {甲数} how many applicants,
// {甲龄} {甲职业} the first applicant's age and occupation, {村} village or community, {小区} compound,
// {路} road, {发生日} the day it happened ('3月5日'), {关系} how two siblings are related (兄弟, 姐弟…). Numbers: {x:3-8} an integer, {x:¥800-3000} an amount
// in 元 (rounded), {x:年1-5} a year 1–5 years before registration, {t=a+b} / {t=a*b} computed, {x} again.
import type { CaseSource, DisputeType } from '../../shared/domain/reference.ts';
import type { OrganisationKind } from './names.ts';

export interface FactTemplate {
  facts: string;
  requests: string;
  /** Only in a village (rural) or only in a residents' community (urban). */
  setting?: 'urban' | 'rural';
  /** How the parties are related: spouses, an old parent and the children, siblings. */
  kin?: 'couple' | 'parentChildren' | 'siblings';
  /** A company or collective on one side; `business` narrows the kinds of company (健身服务有限公司…). */
  organisation?: { role: 'applicant' | 'respondent'; kind: OrganisationKind; business?: readonly string[] };
  /** Occupations of the applicants (a cook in a restaurant, a driver at a logistics firm). */
  occupations?: readonly string[];
  /** Several applicants (a group of workers or households). */
  group?: boolean;
  /** The source the text implies (派出所出警后移交 → police), or that usually brings such a case. */
  source?: CaseSource;
  /** Share of such cases that come from `source`; default 1, when the text names the hand-over. */
  sourceShare?: number;
  /** Share of men among the applicants (construction workers); default one half. */
  maleShare?: number;
  /** How much likelier than usual to be a yellow / orange / red case. */
  escalation?: number;
  /** The place is a road (traffic accidents), not a village. */
  onRoad?: boolean;
  /** How often it is chosen relative to the other templates of its type; default 1. */
  weight?: number;
}

export const FACT_TEMPLATES: Record<DisputeType, FactTemplate[]> = {
  marriage_family: [
    {
      kin: 'couple',
      facts:
        '{甲}与{乙}于{y:年3-20}年登记结婚，婚后育有一子。近年来双方因家庭琐事及经济问题经常争吵，{乙}于{m:2-10}个月前搬出另住，双方对离婚后子女抚养和共同财产分割意见分歧较大。',
      requests: '{甲}请求与{乙}协议离婚，婚生子由{甲}抚养，{乙}每月支付抚养费{f:¥800-2000}元，共同存款依法分割。',
    },
    {
      kin: 'parentChildren',
      facts:
        '{甲}现年{甲龄}岁，育有子女{乙等}。{甲}年老多病、无固定收入，子女之间因赡养费分摊及轮流照料问题互相推诿，{甲}多次到{村}反映，要求解决赡养问题。',
      requests: '{甲}请求子女每人每月支付赡养费{f:¥300-1000}元，并轮流负责日常照料和就医陪护，医疗费用由子女平均分担。',
    },
    {
      kin: 'couple',
      source: 'police',
      weight: 0.5,
      facts:
        '{甲}与{乙}系夫妻关系，因{乙}长期沉迷打牌、不顾家庭，双方多次发生争执。{发生日}晚双方再次发生争吵并有推搡行为，派出所出警后将该纠纷移交调解。',
      requests: '{甲}要求{乙}保证不再赌博、不再动手，家庭收入由双方共同管理。',
    },
    {
      kin: 'siblings',
      facts:
        '{甲}与{乙}系{关系}关系。父母去世后在{村}留有房屋一处及存款约{c:¥50000-300000}元，{乙}一直保管存折和房产证，双方对遗产分配意见不一，多次发生争吵。',
      requests: '{甲}请求按法定继承平均分配父母遗留的存款和房屋，由{乙}交出存折并配合办理继承手续。',
    },
  ],
  neighbourhood: [
    {
      setting: 'urban',
      facts:
        '{乙}家住{甲}家楼上，自{发生日}起{乙}家卫生间渗漏，导致{甲}家卫生间及客厅天花板大面积发霉、墙皮脱落。{甲}多次上门协商，{乙}认为系老房防水老化所致，不同意承担费用。',
      requests: '{甲}要求{乙}修复卫生间防水，并赔偿房屋维修费用{m:¥1500-8000}元。',
    },
    {
      setting: 'urban',
      facts:
        '{甲}反映，同住{小区}的隔壁邻居{乙}家经常在夜间十点后搬动家具、大声喧哗，噪音严重影响{甲}家老人和孩子休息，双方多次沟通无果，{发生日}晚在楼道内发生口角。',
      requests: '{甲}要求{乙}晚间十点后停止产生噪音，并当面赔礼道歉。',
    },
    {
      setting: 'rural',
      facts:
        '{甲}与{乙}系{村}同组邻居。{乙}在两家之间的通道上堆放柴草杂物并砌筑围墙，阻碍{甲}家通行和排水，雨天积水倒灌进{甲}家院内，双方为此多次争吵。',
      requests: '{甲}要求{乙}拆除所砌围墙、清理杂物，恢复通道和排水沟原状。',
    },
    {
      setting: 'rural',
      facts:
        '{甲}与{乙}系{村}前后邻居，{乙}家屋后种植的{n:3-6}棵杨树枝叶遮挡{甲}家房屋采光，树根拱坏{甲}家院墙地基，{甲}多次要求砍伐，{乙}不同意，双方关系紧张。',
      requests: '{甲}要求{乙}砍伐靠近院墙的树木，并承担院墙修缮费用{m:¥1000-4000}元。',
    },
    {
      source: 'party_application',
      facts:
        '{乙}长期在{甲}家门前公共区域停放车辆并堆放杂物，影响{甲}家出行，{发生日}双方因此发生口角并相互推搡，经社区网格员劝阻后到调委会申请调解。',
      requests: '{甲}要求{乙}移走车辆和杂物，今后不得占用其门前公共通道。',
    },
  ],
  housing_homestead: [
    {
      setting: 'rural',
      facts:
        '{甲}与{乙}系{村}相邻住户。{乙}翻建房屋时将墙基向{甲}家一侧延伸约{c:30-80}厘米，{甲}认为侵占其宅基地，要求停工，双方发生争执，{乙}家施工已停滞{d:5-20}天。',
      requests: '{甲}要求{乙}按原宅基地界线施工，拆除越界部分墙基。',
    },
    {
      facts:
        '{甲}将位于{村}的自有房屋出租给{乙}居住，双方签订租赁合同，约定月租金{r:¥1200-3500}元。{乙}已拖欠房租{n:3-8}个月，租期届满后仍拒不搬离，{甲}多次催要无果。',
      requests: '{甲}要求{乙}支付拖欠租金{t=r*n}元，并于一个月内搬离、返还房屋。',
    },
    {
      kin: 'siblings',
      facts:
        '{甲}与{乙}系{关系}。父亲生前在{村}建有房屋三间，父亲去世后一直由{乙}居住使用，现该房屋需翻修，双方对房屋归属及翻修费用承担产生争议，多次争吵。',
      requests: '{甲}要求确认其对该房屋享有一半份额，翻修费用由双方平均承担。',
    },
    {
      setting: 'urban',
      facts:
        '{乙}装修{小区}内住房时拆改墙体、更换管道，施工导致相邻{甲}家墙面开裂、地面渗水，{甲}要求停工并修复，{乙}认为裂缝早已存在，双方协商未果。',
      requests: '{甲}要求{乙}委托有资质的单位鉴定并修复墙体，赔偿损失{m:¥3000-12000}元。',
    },
  ],
  contract: [
    {
      weight: 0.5,
      organisation: { role: 'respondent', kind: 'contract', business: ['装饰工程有限公司', '装饰设计工程有限公司'] },
      facts:
        '{甲}与{乙}签订房屋装修合同，约定工程款{p:¥50000-150000}元、工期{d:60-120}天。{甲}已支付{q:¥20000-45000}元，但工程逾期未完工，且墙面开裂、地砖空鼓，{甲}要求返工遭拒。',
      requests: '{甲}要求{乙}限期整改并完工，按合同约定支付逾期违约金{w:¥3000-10000}元。',
    },
    {
      source: 'court',
      weight: 0.7,
      facts:
        '{乙}于{y:年1-3}年向{甲}借款{p:¥20000-200000}元，约定一年内归还，并出具借条一份。借款到期后{甲}多次催要，{乙}以生意亏损为由至今未还，{甲}起诉后法院委托调解。',
      requests: '{甲}要求{乙}归还借款{p}元，并按约定支付利息。',
    },
    {
      weight: 0.5,
      organisation: { role: 'applicant', kind: 'contract', business: ['建材有限公司', '钢材贸易有限公司', '商贸有限公司'] },
      facts:
        '{甲}自{y:年1-3}年起向{乙}承包的工程供应钢材、水泥等建材，双方对账确认尚欠货款{p:¥30000-180000}元，{乙}以工程款尚未结算为由一再拖延支付。',
      requests: '{甲}要求{乙}于三个月内付清货款{p}元。',
    },
    {
      facts:
        '{甲}向{乙}购买二手轿车一辆，价款{p:¥30000-90000}元，已付清。过户后{甲}发现该车曾发生重大事故并泡过水，{乙}出售时未如实告知，{甲}要求退车遭拒。',
      requests: '{甲}要求{乙}退还购车款{p}元，{甲}返还车辆。',
    },
  ],
  business: [
    {
      facts:
        '{甲}与{乙}于{y:年2-6}年合伙在{村}经营一家饭店，各出资{p:¥50000-200000}元。因经营亏损双方决定散伙，但对厨房设备处置和剩余财产分配产生分歧，多次协商未果。',
      requests: '{甲}要求对合伙期间账目进行清算，按出资比例分配剩余财产。',
    },
    {
      weight: 0.5,
      organisation: { role: 'respondent', kind: 'business', business: ['实业有限公司', '投资发展有限公司'] },
      facts:
        '{甲}租赁{乙}位于{村}的厂房从事食品加工，租期五年。{乙}以厂房另作他用为由要求提前收回，{甲}已投入设备改造费用{p:¥80000-300000}元，双方就补偿协商未果。',
      requests: '{甲}要求{乙}继续履行租赁合同，或赔偿设备改造及搬迁损失{p}元。',
    },
    {
      facts:
        '{甲}与{乙}在{村}农贸市场相邻摊位经营蔬菜，{乙}多次将货物摆放占用{甲}摊位前通道并招揽顾客，{发生日}双方发生争吵推搡，市场管理方调解未果。',
      requests: '{甲}要求{乙}按划定范围经营，不得占用其摊位通道，并赔礼道歉。',
    },
  ],
  damages: [
    {
      facts:
        '{乙}饲养的犬只外出未拴绳，{发生日}在{村}内将{甲}咬伤，{甲}前往医院处理伤口并注射狂犬疫苗，花去医疗费{m:¥800-3000}元，双方就赔偿数额协商未果。',
      requests: '{甲}要求{乙}赔偿医疗费{m}元及误工费{w:¥500-2000}元，共计{t=m+w}元。',
    },
    {
      source: 'police',
      facts:
        '{发生日}，{甲}与{乙}因琐事发生口角进而相互推搡，{甲}面部及手臂受伤，经医院诊治花去医疗费{m:¥1000-6000}元。派出所出警处置后，将该纠纷移交调委会调解。',
      requests: '{甲}要求{乙}赔偿医疗费{m}元及误工费、营养费{w:¥1000-5000}元，合计{t=m+w}元。',
    },
    {
      setting: 'rural',
      facts:
        '{乙}在{村}内驾驶三轮车倒车时撞坏{甲}家院墙及停放的电动车，当时答应修好，事后以{甲}家院墙本已破损为由拒绝承担，双方就修理费用{m:¥800-4000}元发生争执。',
      requests: '{甲}要求{乙}承担院墙及电动车修理费用{m}元。',
    },
    {
      setting: 'urban',
      facts:
        '{发生日}，{乙}家阳台花盆坠落，砸中{甲}停放在{小区}楼下的轿车，造成前挡风玻璃及引擎盖损坏，经维修店估价维修费{m:¥3000-9000}元，{乙}认为估价过高。',
      requests: '{甲}要求{乙}赔偿车辆维修费{m}元。',
    },
  ],
  forest_land: [
    {
      setting: 'rural',
      facts:
        '{甲}与{乙}系{村}村民，两家承包地相邻。{乙}在耕种时将地界向{甲}承包地一侧推移约{w:1-3}米并种植树苗，{甲}发现后要求恢复原界，双方争执不下。',
      requests: '{甲}要求按土地承包经营权证确定的四至恢复地界，移走所种树苗。',
    },
    {
      setting: 'rural',
      facts:
        '{甲}将{a:3-15}亩承包地流转给{乙}种植苗木，约定每亩每年流转费{r:¥600-1000}元，{乙}已{n:1-3}年未支付流转费，{甲}多次催要，{乙}称苗木滞销、资金周转困难，无力支付。',
      requests: '{甲}要求{乙}支付拖欠的流转费{t=a*r*n}元，合同到期后恢复土地原状。',
    },
    {
      setting: 'rural',
      organisation: { role: 'respondent', kind: 'collective' },
      facts:
        '{甲}家承包的{a:2-6}亩责任田在土地调整时被调换至低洼地块，{甲}认为调整面积和位置不公，多次向{乙}反映未果，由此与{乙}产生争议。',
      requests: '{甲}要求{乙}重新丈量，按原面积和同等质量地块调整承包地。',
    },
  ],
  land_requisition: [
    {
      organisation: { role: 'respondent', kind: 'collective' },
      escalation: 2,
      facts:
        '{村}因{路}拓宽工程征收部分集体土地，{甲}家{a:1-4}亩承包地被征收，{甲}认为青苗及地上附着物补偿款计算有误，少算约{m:¥5000-30000}元，与{乙}多次交涉未果。',
      requests: '{甲}要求{乙}重新核算并补发青苗及地上附着物补偿款{m}元。',
    },
    {
      kin: 'siblings',
      facts:
        '{甲}与{乙}系{关系}，父母名下位于{村}的房屋被列入拆迁范围，获得安置补偿款{p:¥400000-1500000}元及安置房两套，双方对补偿款和安置房分配意见不一，多次发生争吵。',
      requests: '{甲}要求按兄弟姐妹人数平均分配拆迁补偿款，安置房按抽签方式分配。',
    },
    {
      group: true,
      escalation: 4,
      source: 'petition_office',
      facts:
        '{甲等}{甲数}户居民认为{村}拆迁安置房交付延期超过{n:6-18}个月，过渡费发放标准过低，多次集体到街道上访，信访部门将该纠纷移交调委会调解。',
      requests: '{甲}等人要求按新标准补发过渡费，并明确安置房交付时间。',
    },
  ],
  environment: [
    {
      group: true,
      escalation: 2,
      organisation: { role: 'respondent', kind: 'business', business: ['木业有限公司', '金属制品有限公司', '石材加工厂'] },
      facts:
        '{乙}位于{村}，近几个月来昼夜生产，机器噪声和粉尘严重影响周边居民生活，{甲等}{甲数}户居民多次向{乙}反映未获改善，矛盾有激化趋势。',
      requests: '{甲}等人要求{乙}夜间停止生产，加装隔音和除尘设施。',
    },
    {
      setting: 'urban',
      source: 'government_department',
      facts:
        '{乙}在{甲}家楼下经营小饭馆，油烟管道直接排向居民窗户，油烟和噪音影响{甲}家正常生活，{甲}多次交涉无果，向城管部门投诉后转来调解。',
      requests: '{甲}要求{乙}将排烟管道移至楼顶高空排放，并安装油烟净化设备。',
    },
    {
      setting: 'rural',
      facts:
        '{甲}承包{村}鱼塘{a:10-40}亩从事水产养殖，{乙}在上游经营的养猪场排放污水，{发生日}起鱼塘鱼类大面积死亡，损失约{m:¥20000-80000}元，双方就赔偿发生争议。',
      requests: '{甲}要求{乙}停止排放未经处理的污水，并赔偿养殖损失{m}元。',
    },
  ],
  labour: [
    {
      weight: 0.7,
      group: true,
      maleShare: 0.85,
      escalation: 3,
      organisation: { role: 'respondent', kind: 'labour', business: ['建筑劳务有限公司', '建设工程有限公司'] },
      facts:
        '{甲等}{甲数}人在{乙}承建的工地从事木工、瓦工等工作，工程完工后{乙}以发包方未结算为由拖欠工资共计{m:¥30000-200000}元，多次讨要无果。',
      requests: '{甲}等人要求{乙}于春节前一次性结清拖欠工资{m}元。',
    },
    {
      weight: 0.25,
      occupations: ['厨师', '服务员', '洗碗工'],
      organisation: { role: 'respondent', kind: 'labour', business: ['餐饮管理有限公司', '餐饮有限公司'] },
      facts:
        '{甲}于{y:年1-5}年入职{乙}，从事{甲职业}工作，双方未签订书面劳动合同。{发生日}{乙}以经营困难为由将{甲}辞退，未支付经济补偿，并拖欠{n:1-3}个月工资{m:¥6000-20000}元。',
      requests: '{甲}要求{乙}支付拖欠工资{m}元及经济补偿金{c:¥5000-20000}元。',
    },
    {
      weight: 0.25,
      occupations: ['货车司机', '快递员', '仓库管理员', '装卸工'],
      organisation: { role: 'respondent', kind: 'labour', business: ['物流有限公司', '供应链管理有限公司'] },
      facts:
        '{甲}自{y:年1-4}年起在{乙}从事{甲职业}工作，每月工资约{w:¥5000-9000}元。{发生日}{甲}提出离职，{乙}以未提前一个月通知为由扣发其最后{n:1-2}个月工资，双方发生争议。',
      requests: '{甲}要求{乙}支付被扣发的工资，并出具离职证明。',
    },
    {
      maleShare: 0.85,
      facts:
        '{甲}在{乙}承包的装修工地务工期间从脚手架跌落，致右腿骨折，住院治疗{d:15-40}天，花去医疗费{m:¥20000-60000}元，{乙}仅垫付{q:¥3000-10000}元后不再支付。',
      requests: '{甲}要求{乙}赔偿医疗费、误工费、护理费等各项损失，共计{t:¥70000-150000}元。',
    },
  ],
  consumer: [
    {
      weight: 0.5,
      organisation: { role: 'respondent', kind: 'consumer', business: ['健身服务有限公司', '体育文化发展有限公司'] },
      facts:
        '{甲}在{乙}办理健身年卡，支付费用{m:¥3000-6000}元。使用{n:2-5}个月后该店停业并更换经营场所，{甲}要求退还剩余费用，{乙}以会员卡不可退为由拒绝。',
      requests: '{甲}要求{乙}按剩余期限退还费用{r:¥1000-2500}元。',
    },
    {
      weight: 0.5,
      organisation: { role: 'respondent', kind: 'consumer', business: ['家电销售有限公司', '电器有限公司'] },
      facts:
        '{甲}在{乙}购买冰箱一台，价款{m:¥3000-8000}元，使用不到半年即出现不制冷故障，经{n:2-3}次维修仍未修好，{甲}要求退换，{乙}以超过退换期限为由拒绝。',
      requests: '{甲}要求{乙}更换同型号新冰箱或退还货款{m}元。',
    },
    {
      facts:
        '{甲}在{乙}经营的理发店办理储值卡，充值{m:¥2000-5000}元，消费{n:3-6}次后该店转让他人，新经营者不认可原储值卡，{甲}多次找到{乙}要求退还余额未果。',
      requests: '{甲}要求{乙}退还储值卡余额{r:¥1200-1800}元。',
    },
  ],
  medical: [
    {
      organisation: { role: 'respondent', kind: 'medical', business: ['口腔门诊部有限公司', '口腔诊所'] },
      escalation: 2,
      facts:
        '{甲}在{乙}种植牙齿{n:1-3}颗，支付费用{m:¥8000-25000}元，术后出现牙龈肿痛、种植体松动，{甲}认为系手术操作不当所致，要求退费赔偿，双方协商未果。',
      requests: '{甲}要求{乙}退还种植费用{m}元，并赔偿后续治疗费用。',
    },
    {
      organisation: { role: 'respondent', kind: 'medical', business: ['诊所', '中医诊所'] },
      escalation: 3,
      facts:
        '{甲}之母在{乙}输液后出现过敏反应，经转院抢救后脱离危险，花去医疗费{m:¥8000-30000}元。{甲}认为{乙}用药前未详细询问过敏史、处置不当，双方就责任和赔偿产生争议。',
      requests: '{甲}要求{乙}承担全部医疗费用{m}元，并赔偿护理费、交通费等损失。',
    },
  ],
  traffic_accident: [
    {
      onRoad: true,
      source: 'traffic_police',
      sourceShare: 0.6,
      facts:
        '{发生日}，{乙}驾驶小型轿车行经{路}时，与{甲}驾驶的电动自行车发生碰撞，致{甲}受伤、车辆受损。经交警部门认定，{乙}负事故主要责任。{甲}住院治疗{d:7-30}天，花去医疗费{m:¥8000-60000}元。',
      requests: '{甲}要求{乙}赔偿医疗费{m}元及误工费、护理费等{o:¥5000-30000}元，共计{t=m+o}元。',
    },
    {
      onRoad: true,
      source: 'traffic_police',
      sourceShare: 0.6,
      facts:
        '{发生日}，{甲}驾驶轿车在{路}等候信号灯时被{乙}驾驶的轿车追尾，造成两车不同程度受损，无人员受伤。交警部门认定{乙}负事故全部责任，双方就车辆维修费{m:¥3000-15000}元的赔偿产生争议。',
      requests: '{甲}要求{乙}赔偿车辆维修费{m}元及维修期间交通费用。',
    },
    {
      setting: 'rural',
      facts:
        '{发生日}，{乙}驾驶电动三轮车在{村}村道上将行人{甲}撞倒，致{甲}左腿骨折，住院治疗{d:10-30}天，花去医疗费{m:¥10000-40000}元。{乙}垫付部分费用后，双方对剩余赔偿产生争议。',
      requests: '{甲}要求{乙}赔偿医疗费、护理费、营养费等共计{t:¥45000-90000}元。',
    },
  ],
  property_management: [
    {
      weight: 0.6,
      setting: 'urban',
      organisation: { role: 'applicant', kind: 'property_management' },
      facts:
        '{乙}系{小区}业主，以物业服务不到位、绿化无人管理为由，已连续{n:2-4}年未缴纳物业费，共计{m:¥3000-9000}元。{甲}多次上门并书面催缴，{乙}仍拒绝缴纳。',
      requests: '{甲}要求{乙}补缴拖欠的物业费{m}元。',
    },
    {
      weight: 0.4,
      setting: 'urban',
      organisation: { role: 'respondent', kind: 'property_management' },
      facts:
        '{甲}停放在{小区}地下车库的轿车被划伤，{甲}查看监控时发现车库监控已损坏多日，认为{乙}未尽安全保障义务，要求赔偿，{乙}认为物业不承担车辆保管责任。',
      requests: '{甲}要求{乙}赔偿车辆修复费用{m:¥2000-6000}元。',
    },
    {
      setting: 'urban',
      facts:
        '{乙}在{小区}公共楼道堆放杂物、私拉电线为电动车充电，存在消防隐患，{甲}向物业反映后，{乙}认为系{甲}举报，双方在楼道内发生激烈争吵。',
      requests: '{甲}要求{乙}清理楼道杂物，停止在楼道内为电动车充电。',
    },
  ],
  other: [
    {
      facts:
        '{甲}通过网络二手平台向{乙}出售手机一部，价款{m:¥1500-4000}元。{乙}收货后称手机存在质量问题要求退货，{甲}以发货前已拍照验机为由拒绝退款，双方产生纠纷。',
      requests: '{甲}要求{乙}按约定确认收货，不同意退款。',
    },
    {
      setting: 'rural',
      facts:
        '{乙}家在{村}集体山地上迁建祖坟，位置紧邻{甲}家承包地，{甲}认为影响其耕作且事先未与其商量，要求另选地点，双方发生争执，{乙}家已停止施工。',
      requests: '{甲}要求{乙}将坟墓迁至村集体划定的公墓区域。',
    },
  ],
};
