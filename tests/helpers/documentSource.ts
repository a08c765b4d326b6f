// A case for the document tests: two persons (one named 张𠮷, an extension-B character) and one organisation,
// carried through investigation, mediation, a written agreement, fulfilment, a follow-up, judicial
// confirmation and archiving; and the DocumentSource the templates draw from.
import type { CaseDetail, Party } from '../../shared/domain/case.ts';
import type { Step } from '../../shared/domain/lifecycle.ts';
import type { DocumentSource } from '../../shared/documents/source.ts';
import { DEFAULT_WORDING } from '../../shared/documents/wording.ts';
import { newId } from '../../shared/rules/ids.ts';
import { ARCHIVE, MEDIATING, MEDIATORS, TODAY, caseDetail, day, type CaseHistoryFixture } from '../ui/caseFileFixtures.ts';

export const PARTIES: Party[] = [
  {
    id: newId(),
    role: 'applicant',
    kind: 'person',
    name: '张𠮷',
    sex: 'female',
    ethnicity: '汉族',
    birthDate: '1949-12-31',
    idNumber: '11010519491231002X',
    phone: '13812345678',
    occupation: '退休职工',
    address: '南京市玄武区梅园新村5栋302室',
    legalRepresentative: null,
    representativeTitle: null,
    agent: null,
  },
  {
    id: newId(),
    role: 'respondent',
    kind: 'person',
    name: '李四',
    sex: 'male',
    ethnicity: '回族',
    birthDate: '1980-05-17',
    idNumber: '320102198005170033',
    phone: '02584561234',
    occupation: '个体经营',
    address: '南京市玄武区梅园新村5栋402室',
    legalRepresentative: null,
    representativeTitle: null,
    agent: null,
  },
  {
    id: newId(),
    role: 'respondent',
    kind: 'organization',
    name: '南京梅园物业管理有限公司',
    sex: null,
    ethnicity: null,
    birthDate: null,
    idNumber: null,
    phone: '02583334444',
    occupation: null,
    address: '南京市玄武区长江路88号',
    legalRepresentative: '王五',
    representativeTitle: '总经理',
    agent: { kind: 'entrusted', name: '赵六', phone: '13905150000' },
  },
];

export const INVESTIGATION: Step = {
  kind: 'investigation',
  on: day(-18),
  time: '10:00',
  place: '梅园新村5栋402室',
  present: ['李四', '王建国', '刘文书'],
  questioned: '李四',
  investigator: '王建国',
  content: '李四承认卫生间防水层老化导致漏水，愿意承担部分维修费用。',
  noteTaker: '刘文书',
};

export const AGREEMENT: Extract<Step, { kind: 'agreement_written' }> = {
  kind: 'agreement_written',
  on: day(-10),
  terms: [
    '李四于协议签订之日起十日内赔偿张𠮷天花板维修费人民币3000元。',
    '南京梅园物业管理有限公司于十五日内修复5栋公共排水管。',
    '各方就此纠纷再无其他争议。',
  ],
  amountFen: 300_000,
  disputedPoints: '漏水的原因和维修费用由谁承担。',
  responsibilities: '李四对卫生间防水层老化负主要责任；物业公司对公共排水管维护不及时负次要责任。',
  performanceMethod: '银行转账',
  performancePlace: '梅园新村街道人民调解委员会',
  performanceDeadline: day(-1),
  followUpDue: day(5),
};

/** An oral agreement, for a case that ends in one instead of AGREEMENT. */
export const ORAL_AGREEMENT: Extract<Step, { kind: 'agreement_oral' }> = {
  kind: 'agreement_oral',
  on: day(-10),
  content: '李四当场向张𠮷支付维修费500元，双方不再追究。',
  amountFen: 50_000,
  performanceDeadline: day(-9),
  followUpDue: null,
};

/** Every step of the case's life, in order. */
export const FULL_HISTORY: Step[] = [
  ...MEDIATING.slice(0, 2),
  INVESTIGATION,
  ...MEDIATING.slice(2),
  AGREEMENT,
  { kind: 'fulfilment', on: day(-5), state: 'performed', note: '已通过银行转账支付3000元', attachmentIds: [] },
  {
    kind: 'follow_up',
    on: day(-4),
    visited: '张𠮷',
    performed: 'performed',
    satisfied: true,
    lawsuit: false,
    risk: null,
    findings: '赔偿款已到账，天花板已修复，双方关系缓和。',
    action: null,
    mediator: MEDIATORS[0]!.name,
    nextDue: null,
  },
  { kind: 'confirmation_applied', on: day(-3), court: '南京市玄武区人民法院' },
  ARCHIVE,
];

export const COMMITTEE_PARTICULARS = {
  name: '玄武区梅园新村街道人民调解委员会',
  abbreviation: '梅园',
  address: '南京市玄武区梅园新村街道办事处二楼',
  phone: '025-84400000',
};

/** The document case with `history` (every step by default), its parties and the default wording. */
export function documentCase(history: Partial<CaseHistoryFixture> = {}): CaseDetail {
  return { ...caseDetail({ steps: FULL_HISTORY, ...history }), number: '〔2026〕梅园调字第7号', parties: PARTIES };
}

export function documentSource(detail: CaseDetail = documentCase()): DocumentSource {
  return { case: detail, committee: COMMITTEE_PARTICULARS, wording: DEFAULT_WORDING, today: TODAY };
}
