// The forms of a case file as models: 申请书, 受理登记表, 权利义务告知书, 调查记录, 调解记录 and 司法确认申请书 each
// print the fields the MoJ format requires, blank lines where nothing is recorded, and never 'undefined' / 'null' / 'NaN'.
import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../shared/documents/application.ts';
import { buildConfirmation } from '../../shared/documents/confirmation.ts';
import { ageOn, chineseDate } from '../../shared/documents/format.ts';
import type { Block, DocumentModel } from '../../shared/documents/model.ts';
import { buildNotice } from '../../shared/documents/notice.ts';
import { buildInvestigation, buildSession } from '../../shared/documents/records.ts';
import { buildRegistration } from '../../shared/documents/registration.ts';
import type { DocumentSource } from '../../shared/documents/source.ts';
import { DEFAULT_NOTICE, DEFAULT_WORDING } from '../../shared/documents/wording.ts';
import type { Step } from '../../shared/domain/lifecycle.ts';
import {
  AGREEMENT,
  COMMITTEE_PARTICULARS as COMMITTEE,
  FULL_HISTORY,
  INVESTIGATION,
  PARTIES,
  documentCase,
  documentSource,
} from '../helpers/documentSource.ts';
import { modelText } from '../helpers/modelText.ts';
import { MEDIATING, SESSION, day } from '../ui/caseFileFixtures.ts';

const NUMBER = '〔2026〕梅园调字第7号';
const FACTS = '楼上漏水，损坏楼下天花板。';
const BUILDERS = [buildApplication, buildRegistration, buildNotice, buildInvestigation, buildSession, buildConfirmation];
const BLANK_DATE = '＿＿＿＿年＿＿月＿＿日';

const FAILURE: Step = {
  kind: 'failure',
  on: day(-10),
  reason: '双方对赔偿金额分歧过大。',
  routesExplained: ['litigation', 'arbitration'],
  divertedTo: 'court',
  divertedBody: '南京市玄武区人民法院',
  followUpDue: null,
};
const ORAL: Step = {
  kind: 'agreement_oral',
  on: day(-10),
  content: '李四当场支付500元。',
  amountFen: 50_000,
  performanceDeadline: null,
  followUpDue: null,
};

const sourceWith = (steps: Step[]) => documentSource(documentCase({ steps }));
const signatureLines = (model: DocumentModel) => model.blocks.flatMap((b) => (b.kind === 'signatures' ? b.lines : []));
const kinds = (model: DocumentModel, kind: Block['kind']) => model.blocks.filter((b) => b.kind === kind);

function expectAll(text: string, values: readonly string[]): void {
  for (const value of values) expect(text).toContain(value);
}

/** A model never prints a missing value as code would. */
function expectClean(model: DocumentModel): void {
  expect(modelText(model)).not.toMatch(/undefined|null|NaN|\[object/);
  expect(JSON.stringify(model)).not.toMatch(/undefined|null|NaN/);
}

describe('buildApplication', () => {
  const detail = documentCase();
  const model = buildApplication(documentSource(detail));
  const text = modelText(model);

  it('names each applicant and respondent with the particulars the form asks for', () => {
    expect(model).toMatchObject({ type: 'application', title: '人民调解申请书', caseNumber: NUMBER, numbered: true });
    const age = ageOn('1949-12-31', detail.registeredOn);
    expectAll(text, [`申请人：张𠮷，性别：女，民族：汉族，年龄：${age}岁，职业：退休职工，联系方式：13812345678`, '梅园新村5栋302室']);
    expectAll(text, ['被申请人一：李四', '回族', '个体经营', '02584561234']);
    expectAll(text, ['被申请人二：南京梅园物业管理有限公司', '南京市玄武区长江路88号', '王五', '总经理']);
  });

  it('states the facts, blank lines for requests not recorded, the voluntary statement and the committee', () => {
    expectAll(text, [FACTS, DEFAULT_WORDING.applicationStatement, '此致', COMMITTEE.name, '＿'.repeat(20)]);
    const requested = modelText(buildApplication(documentSource({ ...detail, requests: '请求李四赔偿维修费3000元。' })));
    expect(requested).toContain('请求李四赔偿维修费3000元。');
  });

  it('is signed by the applicants only and dated the day of registration', () => {
    expect(signatureLines(model)).toEqual([[{ text: '申请人（签名或按指印）：' }, { blank: 10 }]]);
    expect(model.blocks.at(-1)).toEqual({ kind: 'line', align: 'right', runs: [{ value: chineseDate(detail.registeredOn) }] });
  });

  it('leaves the age blank without a birth date', () => {
    const unknown = { birthDate: null, sex: null, ethnicity: null, occupation: null, phone: null, address: null, idNumber: null };
    const bare = { ...PARTIES[0]!, ...unknown };
    const blank = buildApplication(documentSource({ ...detail, parties: [bare, ...PARTIES.slice(1)] }));
    expect(modelText(blank)).toContain('性别：＿＿，民族：＿＿＿，年龄：＿＿＿岁');
    expectClean(blank);
  });
});

describe('buildRegistration', () => {
  const detail = documentCase();
  const model = buildRegistration(documentSource(detail));
  const text = modelText(model);

  it('is a ruled table under the case number with date, parties, type, source, facts and acceptance', () => {
    expect(model.blocks[1]).toEqual({ kind: 'line', align: 'right', runs: [{ value: NUMBER }] });
    expect(kinds(model, 'table')).toHaveLength(1);
    expectAll(text, [chineseDate(detail.registeredOn), '邻里', '当事人申请', FACTS, '梅园新村5栋']);
    expectAll(text, ['张𠮷', '11010519491231002X', '李四', PARTIES[1]!.idNumber!, '回族', '南京梅园物业管理有限公司', '王五', '总经理']);
    expect(text).toContain(`受理情况 | 予以受理。受理日期：${chineseDate(day(-20))}；已告知当事人权利义务。`);
  });

  it('is signed by every party and the registrar and sealed on the registration date', () => {
    expect(signatureLines(model)).toHaveLength(PARTIES.length + 1);
    expect(text).toContain('登记人（签名）：＿');
    expect(model.blocks.at(-1)).toEqual({ kind: 'seal', committee: COMMITTEE.name, date: [{ value: chineseDate(detail.registeredOn) }] });
  });

  it('names the body that handed the case over', () => {
    const referral = { body: '南京市公安局玄武分局梅园新村派出所', reference: '玄公调〔2026〕3号', date: day(-31) };
    const handed = modelText(buildRegistration(documentSource({ ...detail, source: 'police', referral })));
    expectAll(handed, ['公安移送（公调对接）', referral.body, referral.reference, chineseDate(referral.date)]);
  });

  it('records a refusal with its reason, and boxes to tick when nothing is decided', () => {
    const refused = sourceWith([{ kind: 'refuse', on: day(-29), reason: '一方当事人明确拒绝调解' }]);
    expect(modelText(buildRegistration(refused))).toContain(`不予受理。理由：一方当事人明确拒绝调解；日期：${chineseDate(day(-29))}`);
    expect(modelText(buildRegistration(sourceWith([])))).toContain('□予以受理　□不予受理，理由：＿');
  });
});

describe('buildNotice', () => {
  const model = buildNotice(documentSource());
  const text = modelText(model);

  it('addresses the parties and states the notice, one paragraph per line of the wording', () => {
    expect(text).toContain('张𠮷、李四、南京梅园物业管理有限公司：');
    expect(text).toContain('根据《中华人民共和国人民调解法》的规定，现将人民调解的有关事项和当事人的权利义务告知如下：');
    for (const line of DEFAULT_NOTICE.split('\n')) expect(model.blocks).toContainEqual({ kind: 'paragraph', runs: [{ text: line }] });
    expect(text).toContain('以上内容已告知，当事人已知悉。');
  });

  it('is signed for by each party and sealed on the day of acceptance, or a blank date', () => {
    expect(signatureLines(model)).toHaveLength(3);
    expect(text).toContain('被申请人二：南京梅园物业管理有限公司　　签收（盖章）：＿');
    expect(model.blocks.at(-1)).toEqual({ kind: 'seal', committee: COMMITTEE.name, date: [{ value: chineseDate(day(-20)) }] });
    expect(modelText(buildNotice(sourceWith([])))).toMatch(new RegExp(`${COMMITTEE.name}\n${BLANK_DATE}$`));
  });
});

describe('buildInvestigation', () => {
  it('prints the record: time, place, people present, who was questioned by whom, the content and the signatures', () => {
    const model = buildInvestigation(documentSource());
    const text = modelText(model);
    expect(model).toMatchObject({ type: 'investigation', title: '人民调解调查记录', caseNumber: NUMBER });
    expectAll(text, [NUMBER, `时间：${chineseDate(INVESTIGATION.on)}10时00分`, '地点：梅园新村5栋402室', '参加人：李四、王建国、刘文书']);
    expectAll(text, ['被调查人：李四', '调查人：王建国', '记录人：刘文书', '李四承认卫生间防水层老化导致漏水，愿意承担部分维修费用。']);
    expectAll(text, ['被调查人（签名或按指印）：＿', '调查人（签名）：＿', '记录人（签名）：＿']);
    expect(kinds(model, 'pageBreak')).toHaveLength(0);
  });

  it('prints one page per investigation', () => {
    const second = { ...INVESTIGATION, questioned: '王五', on: day(-17) };
    const model = buildInvestigation(sourceWith([...MEDIATING.slice(0, 2), INVESTIGATION, second]));
    expect(kinds(model, 'pageBreak')).toHaveLength(1);
    expect(kinds(model, 'title')).toHaveLength(2);
    expect(modelText(model)).toContain('被调查人：王五');
  });

  it('is a blank form when no investigation is recorded', () => {
    const model = buildInvestigation(sourceWith(MEDIATING));
    const text = modelText(model);
    expectAll(text, [`时间：${BLANK_DATE}＿＿时＿＿分`, '地点：＿', '参加人：＿', '被调查人：＿', '调查人：＿', '记录人：＿']);
    const lines = model.blocks.filter((b) => b.kind === 'paragraph' && b.runs.length === 1 && 'blank' in b.runs[0]!);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const values = model.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'line' ? b.runs.filter((r) => 'value' in r) : []));
    expect(values).toEqual([{ value: NUMBER }]);
    expectClean(model);
  });
});

describe('buildSession', () => {
  it('prints the record with the matter, the notice given, the content, the outcome and the signatures', () => {
    const model = buildSession(documentSource());
    const text = modelText(model);
    expectAll(text, [NUMBER, `时间：${chineseDate(SESSION.on)}14时30分`, '地点：街道调解室', `调解事项：邻里纠纷：${FACTS}`]);
    expectAll(text, ['参加人：张三、李四、王建国', '告知事项：已告知当事人人民调解的性质、原则、效力和当事人的权利义务']);
    expectAll(text, [SESSION.content, '调解结果：\n经调解，当事人达成协议（见协议书）', '申请人（签名或按指印）']);
    expectAll(text, ['被申请人二（盖章）：南京梅园物业管理有限公司', '人民调解员（签名）：王建国　＿', '记录人（签名）：＿']);
  });

  it('states why mediation failed and the legal routes explained', () => {
    const text = modelText(buildSession(sourceWith([...MEDIATING, FAILURE])));
    expectAll(text, ['调解不成的原因：双方对赔偿金额分歧过大。', '已告知当事人可以依法向人民法院提起诉讼、申请仲裁']);
    expect(text).toContain('已引导当事人向南京市玄武区人民法院寻求解决。');
    expect(modelText(buildSession(sourceWith([...MEDIATING, ORAL])))).toContain('达成口头协议');
  });

  it('states the outcome on the last session only, and leaves lines when there is none', () => {
    const two = buildSession(sourceWith([...MEDIATING, { ...SESSION, on: day(-12) }, AGREEMENT]));
    const [first, last] = modelText(two).split('\f');
    expect(first).not.toContain('达成协议');
    expect(last).toContain('经调解，当事人达成协议（见协议书）');
    expect(modelText(buildSession(sourceWith(MEDIATING)))).toMatch(/调解结果：\n＿+\n＿+\n＿+/);
  });

  it('is a blank form with the matter when no session is recorded', () => {
    const model = buildSession(sourceWith(MEDIATING.slice(0, 2)));
    const text = modelText(model);
    expectAll(text, [`时间：${BLANK_DATE}＿＿时＿＿分`, '地点：＿', '参加人：＿', '记录人：＿', `调解事项：邻里纠纷：${FACTS}`]);
    expect(text).not.toContain('达成协议');
    expectClean(model);
  });
});

describe('buildConfirmation', () => {
  const model = buildConfirmation(documentSource());
  const text = modelText(model);

  it('has every party apply jointly, with their particulars', () => {
    expect(model).toMatchObject({ type: 'confirmation', title: '司法确认申请书', caseNumber: NUMBER });
    expectAll(text, ['申请人一：张𠮷', '11010519491231002X', '申请人二：李四', PARTIES[1]!.idNumber!, '回族']);
    expectAll(text, ['申请人三：南京梅园物业管理有限公司', '南京市玄武区长江路88号', '王五', '总经理']);
    expect(text).not.toContain('被申请人');
  });

  it('asks the court to confirm the agreement, with the grounds and the terms', () => {
    const request = `请求确认申请人于${chineseDate(AGREEMENT.on)}经${COMMITTEE.name}调解达成的${NUMBER}人民调解协议有效。`;
    expectAll(text, [request, DEFAULT_WORDING.confirmationStatement, '协议涉及金额：人民币3000.00元']);
    expectAll(text, ['此致\n南京市玄武区人民法院', '附：人民调解协议书一份']);
    expect(model.blocks).toContainEqual({ kind: 'list', style: 'arabic', items: AGREEMENT.terms.map((t) => [{ value: t }]) });
  });

  it('is signed by every applicant and dated the day of application', () => {
    const lines = signatureLines(model);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContainEqual({ text: '申请人三（盖章）：' });
    expect(model.blocks.at(-1)).toEqual({ kind: 'line', align: 'right', runs: [{ value: chineseDate(day(-3)) }] });
  });

  it('leaves the court and the date blank before the application is recorded', () => {
    const early = buildConfirmation(sourceWith(FULL_HISTORY.filter((s) => s.kind !== 'confirmation_applied' && s.kind !== 'archive')));
    expect(modelText(early)).toContain('此致\n＿＿＿＿＿＿＿＿＿＿人民法院');
    expect(modelText(early).endsWith(`\n${BLANK_DATE}`)).toBe(true);
  });
});

describe('the forms of any case', () => {
  it("never print 'undefined', 'null' or 'NaN'", () => {
    const sources: DocumentSource[] = [
      documentSource(),
      sourceWith([]),
      sourceWith(MEDIATING.slice(0, 1)),
      sourceWith([...MEDIATING, FAILURE]),
      sourceWith([...MEDIATING, ORAL]),
      { ...documentSource(), wording: { ...DEFAULT_WORDING, notice: '当事人享有权利，履行义务，自愿调解。\n\n第二段。' } },
    ];
    for (const source of sources) for (const build of BUILDERS) expectClean(build(source));
  });
});
