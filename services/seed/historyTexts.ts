// Word pools for sample case histories, worded as mediators write their records: what the respondent says, the
// law the mediator explains, what an investigation found, per MoJ dispute type; and the reasons a clerk gives for
// refusing, ending, failing, raising or lowering a warning, and what a follow-up visit found.
// Slots: {甲} first applicant, {乙} first respondent, {调解员} the lead mediator.
import type { DisputeType } from '../../shared/domain/reference.ts';

export interface TypeTexts {
  /** What the respondent answers at the first session. */
  defences: readonly string[];
  /** What the mediator explains, and on which law. */
  law: string;
  /** What an investigation found. */
  investigation: readonly string[];
  /** What the parties agreed about ('就…达成一致'). */
  topic: string;
  /** Share of agreements that are written rather than oral. */
  written: number;
  /** How likely an investigation is before the first session. */
  investigated: number;
}

export const TYPE_TEXTS: Record<DisputeType, TypeTexts> = {
  marriage_family: {
    defences: [
      '{乙}称家庭矛盾双方都有责任，自己收入有限，对{甲}提出的要求难以全部接受。',
      '{乙}表示愿意协商解决，但认为{甲}的要求过高，希望考虑自己的实际困难。',
    ],
    law: '调解员结合《中华人民共和国民法典》婚姻家庭编的有关规定，向双方讲明夫妻、父母子女之间的权利义务，劝导双方从家庭和睦出发互谅互让。',
    investigation: ['走访了双方亲属和所在社区（村）干部，了解到双方家庭的经济状况及矛盾产生的经过。'],
    topic: '家庭事务的安排',
    written: 0.4,
    investigated: 0.2,
  },
  neighbourhood: {
    defences: [
      '{乙}称事情并非全由自己造成，{甲}平时也有不当之处，不同意承担全部责任。',
      '{乙}表示此前不知道给{甲}家造成了这么大影响，愿意协商解决。',
    ],
    law: '调解员释明《中华人民共和国民法典》关于相邻关系“有利生产、方便生活、团结互助、公平合理”的原则，从“远亲不如近邻”的角度做双方思想工作。',
    investigation: ['到现场查看了争议部位并拍照留存，向左右邻居了解了有关情况。', '会同社区网格员到现场察看，听取了周边住户的意见。'],
    topic: '相邻纠纷的处理',
    written: 0.35,
    investigated: 0.3,
  },
  housing_homestead: {
    defences: ['{乙}称其建房、用房均有依据，不存在侵占{甲}权益的情况。', '{乙}认可双方存在争议，但对{甲}主张的范围和金额有异议。'],
    law: '调解员释明宅基地使用和房屋权属的相关法律政策，并结合现场查看情况分析了双方的责任。',
    investigation: ['调取了宅基地使用证和房屋登记资料，并到现场丈量了争议部位。'],
    topic: '房屋和宅基地的处理',
    written: 0.8,
    investigated: 0.55,
  },
  contract: {
    defences: [
      '{乙}承认合同关系属实，但称因资金周转困难暂时无力全部履行，希望分期处理。',
      '{乙}认为{甲}自身也存在违约情形，对{甲}主张的金额不予认可。',
    ],
    law: '调解员向双方释明《中华人民共和国民法典》合同编关于依约履行和违约责任的规定，分析了诉讼的时间和费用成本。',
    investigation: ['查阅了双方签订的合同、借条和转账记录，核对了已付和未付的金额。'],
    topic: '款项的支付',
    written: 0.9,
    investigated: 0.3,
  },
  business: {
    defences: ['{乙}称合作期间账目清楚，自己并无过错，对{甲}的说法有异议。', '{乙}表示愿意协商，但要求{甲}也作出让步。'],
    law: '调解员对照双方的合作协议和往来账目逐项核对，释明合伙和租赁的有关法律规定。',
    investigation: ['查阅了双方的合作协议、往来账目和经营场所租赁合同。'],
    topic: '经营中的争议',
    written: 0.8,
    investigated: 0.35,
  },
  damages: {
    defences: [
      '{乙}对事情经过无异议，但认为{甲}的损失没有那么多，部分费用不应由自己承担。',
      '{乙}称{甲}自身也有过错，只同意承担部分责任。',
    ],
    law: '调解员依照《中华人民共和国民法典》侵权责任编的规定，结合医疗票据，逐项核算了医疗费、误工费等损失。',
    investigation: ['查看了医院的病历和医疗费票据，向在场目击者了解了事情经过。', '到现场查看了受损情况并拍照，核对了维修报价单。'],
    topic: '赔偿数额',
    written: 0.8,
    investigated: 0.45,
  },
  forest_land: {
    defences: ['{乙}称地界一直如此，是{甲}记错了位置，双方各执一词。', '{乙}认为土地调整经过村民小组讨论，程序合法。'],
    law: '调解员对照土地承包经营权证及村组台账，讲解了《中华人民共和国农村土地承包法》的相关规定。',
    investigation: ['会同村组干部对照土地承包经营权证和村组台账到现场核实了四至界线。'],
    topic: '土地的界线和使用',
    written: 0.85,
    investigated: 0.7,
  },
  land_requisition: {
    defences: ['{乙}称补偿标准按照政策文件执行，个人无权随意变更。', '{乙}表示可以重新核对，但需要{甲}提供相关证明材料。'],
    law: '调解员邀请征收工作人员到场，逐项解释了补偿政策和计算依据。',
    investigation: ['调取了征收补偿协议、丈量登记表和补偿款发放明细，逐项进行了核对。'],
    topic: '补偿款的核算和分配',
    written: 0.9,
    investigated: 0.6,
  },
  environment: {
    defences: ['{乙}称已采取了一定措施，生产经营手续齐全，并非故意影响周边居民。', '{乙}表示愿意整改，但需要一定时间和资金。'],
    law: '调解员释明《中华人民共和国民法典》关于相邻环境保护的规定，并建议经营方采取切实可行的整改措施。',
    investigation: ['在夜间到现场实地察看了噪声、油烟或排污情况，听取了周边居民的意见。'],
    topic: '整改措施和损失赔偿',
    written: 0.75,
    investigated: 0.6,
  },
  labour: {
    defences: ['{乙}称工资未及时发放是因为上游工程款未到位，并非恶意拖欠。', '{乙}对工作时间和工资数额有异议，认为{甲}主张的金额偏高。'],
    law: '调解员依据《中华人民共和国劳动合同法》《工伤保险条例》和《保障农民工工资支付条例》的有关规定，向用工方讲明依法支付劳动报酬、承担工伤待遇的义务。',
    investigation: [
      '查阅了考勤记录、工资发放表和劳动合同，向班组长核实了工作天数。',
      '向一同务工的工友了解了用工和受伤经过，查看了医疗费票据。',
    ],
    topic: '工资及补偿的支付',
    written: 0.92,
    investigated: 0.5,
  },
  consumer: {
    defences: ['{乙}称商品和服务均按约定提供，{甲}的要求超出合同约定。', '{乙}同意退还部分费用，但要扣除已经发生的成本。'],
    law: '调解员依据《中华人民共和国消费者权益保护法》，分析了双方的权利义务和合同约定。',
    investigation: ['查看了购物凭证、合同和聊天记录，向经营者核实了商品和服务情况。'],
    topic: '退款和赔偿',
    written: 0.75,
    investigated: 0.25,
  },
  medical: {
    defences: ['{乙}称诊疗过程符合操作规范，不良后果与患者自身体质有关。', '{乙}愿意从人道角度给予一定补偿，但不承认存在过错。'],
    law: '调解员向双方讲解了医疗纠纷处理的相关规定，建议在自愿基础上协商确定补偿数额。',
    investigation: ['查阅了病历资料和收费票据，听取了诊所负责人对诊疗经过的说明。'],
    topic: '补偿数额',
    written: 0.9,
    investigated: 0.6,
  },
  traffic_accident: {
    defences: [
      '{乙}对事故责任认定无异议，但认为{甲}主张的误工费、护理费计算标准过高。',
      '{乙}称已垫付部分医疗费，剩余部分应由保险公司理赔。',
    ],
    law: '调解员依据事故认定书和《中华人民共和国道路交通安全法》，参照江苏省人身损害赔偿标准逐项核算了各项损失。',
    investigation: ['调取了交警部门的事故认定书，核对了医疗费票据和车辆维修清单。'],
    topic: '事故损失的赔偿',
    written: 0.92,
    investigated: 0.4,
  },
  property_management: {
    defences: ['{乙}称对方服务存在不到位的情况，对{甲}的要求有异议。', '{乙}表示愿意配合，但要求对方先解决其反映的问题。'],
    law: '调解员依据《物业管理条例》和物业服务合同，分析了业主和物业服务企业各自的权利义务。',
    investigation: ['查阅了物业服务合同和收费台账，到小区现场查看了有关情况。'],
    topic: '物业服务和费用',
    written: 0.75,
    investigated: 0.3,
  },
  other: {
    defences: ['{乙}对{甲}的说法不完全认可，希望在调解员主持下协商解决。', '{乙}表示愿意听取调解员的意见。'],
    law: '调解员听取双方意见后，依据法律规定和公序良俗分别做双方工作。',
    investigation: ['向双方及知情人了解了纠纷的经过。'],
    topic: '争议事项',
    written: 0.6,
    investigated: 0.2,
  },
};

/** Later sessions: how the mediator moved the parties. */
export const SESSION_WORK = [
  '调解员采取“背靠背”的方式分别与双方沟通，了解各自的底线。',
  '调解员邀请社区（村）干部和双方亲属共同参与调解，从情理法几方面做工作。',
  '调解员就上次调解后双方的想法进行了沟通，{乙}表示可以作出一定让步。',
  '调解员向双方分析了通过诉讼解决所需的时间和费用，劝导双方各让一步。',
];
export const SESSION_ADJOURNED = [
  '双方分歧仍然较大，调解员要求双方冷静考虑，约定另行安排时间继续调解。',
  '双方意见有所接近，但未能达成一致，约定再次调解。',
];

export const REFUSAL_REASONS = [
  '被申请人明确表示拒绝调解，经做工作仍不同意。',
  '一方当事人明确拒绝调解，要求直接向人民法院起诉。',
  '纠纷已由人民法院立案受理，不属于人民调解受理范围。',
  '申请事项涉嫌刑事案件，已告知当事人向公安机关报案。',
  '被申请人长期在外地，无法联系，且明确表示不同意调解。',
];
export const TERMINATION_REASONS = [
  '申请人撤回调解申请，表示双方自行协商解决。',
  '被申请人明确表示不再接受调解。',
  '申请人已向人民法院提起诉讼，要求终止调解。',
  '双方已私下和解，申请终止调解。',
];
export const FAILURE_REASONS = [
  '双方对赔偿数额分歧过大，经多次调解仍无法达成一致。',
  '被申请人坚持不承担责任，调解无法继续进行。',
  '双方对事实认定存在根本分歧，需通过鉴定或诉讼解决。',
  '申请人坚持原有诉求，不同意作出任何让步。',
];

export const RISK_RAISE: Record<'red' | 'orange' | 'yellow', readonly string[]> = {
  red: [
    '{乙}扬言要采取极端行为，矛盾有激化为刑事案件的危险。',
    '当事人情绪激动，扬言到市里集体上访，有越级上访苗头。',
    '双方再次发生肢体冲突，一方亲属聚集，矛盾有进一步激化的危险。',
  ],
  orange: ['涉及人员增至十余人，有集体上访迹象。', '双方多次发生冲突，矛盾有激化趋势。', '当事人多次到街道反映，情绪激动，有聚集苗头。'],
  yellow: ['双方情绪对立，矛盾较为尖锐。', '当事人多次来电反映，情绪不稳定。'],
};
export const RISK_LOWER = [
  '双方已达成协议，矛盾得到化解，下调风险等级。',
  '协议已履行完毕，回访无遗留风险，解除预警。',
  '经包案领导多次协调，当事人情绪稳定，下调风险等级。',
  '已引导当事人通过法律途径解决，当事人情绪稳定，下调风险等级。',
];

export const FOLLOW_UP_FINDINGS: Record<'performed' | 'partly' | 'not' | 'none', readonly string[]> = {
  performed: [
    '回访时{甲}表示{乙}已按协议履行完毕，双方关系已经缓和，对调解结果表示满意。',
    '经电话回访，{甲}确认协议内容已全部履行，没有新的矛盾。',
  ],
  partly: ['回访时了解到{乙}已履行部分义务，剩余部分承诺尽快履行，{甲}表示愿意再等一段时间。'],
  not: ['回访时{甲}反映{乙}至今未按协议履行，调解员已电话督促{乙}履行。'],
  none: ['回访时{甲}表示已按调解员告知的途径向有关部门提出请求，目前情绪稳定。', '回访了解到双方未再发生冲突，当事人情绪平稳。'],
};
export const FOLLOW_UP_ACTIONS = ['督促被申请人按期履行。', '告知当事人可依法申请强制执行或向人民法院起诉。', '约定下次回访时间。'];

export const LEADER_TITLES = ['街道党工委副书记', '街道办事处副主任', '街道政法委员', '司法所所长', '街道党工委书记'];

export const ARCHIVE_REMARKS = ['卷内材料齐全，共计装订一册。', '部分证据材料为复印件，原件已退还当事人。', '回访记录附卷。'];
