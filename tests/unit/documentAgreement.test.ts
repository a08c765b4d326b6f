// The 人民调解协议书 model: every field 人民调解法 Art. 29 requires, 一式N份 from the number of parties, the signature
// block, and never a stray 'undefined' / 'null' / 'NaN' in what is printed.
import { describe, expect, it } from 'vitest';
import { buildAgreement } from '../../shared/documents/agreement.ts';
import { buildBackCover, buildCatalogue, buildCover } from '../../shared/documents/archive.ts';
import { chineseDate } from '../../shared/documents/format.ts';
import { buildFollowUp } from '../../shared/documents/followUp.ts';
import type { DocumentModel } from '../../shared/documents/model.ts';
import { buildOralAgreement } from '../../shared/documents/oralAgreement.ts';
import type { DocumentSource } from '../../shared/documents/source.ts';
import {
  AGREEMENT,
  COMMITTEE_PARTICULARS,
  FULL_HISTORY,
  ORAL_AGREEMENT,
  PARTIES,
  documentCase,
  documentSource,
} from '../helpers/documentSource.ts';
import { modelText } from '../helpers/modelText.ts';
import { MEDIATING, day } from '../ui/caseFileFixtures.ts';

const ORAL = ORAL_AGREEMENT;

/** A model never prints a missing value as code would: no undefined, null or NaN anywhere in it. */
function expectClean(model: DocumentModel): void {
  const text = modelText(model);
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(JSON.stringify(model)).not.toMatch(/undefined|null|NaN/);
}

describe('buildAgreement', () => {
  const model = buildAgreement(documentSource());
  const text = modelText(model);

  it('is the agreement under the case number', () => {
    expect(model).toMatchObject({ type: 'agreement', title: '人民调解协议书', caseNumber: '〔2026〕梅园调字第7号', numbered: true });
    expect(model.blocks[0]).toEqual({ kind: 'title', text: '人民调解协议书' });
    expect(model.blocks[1]).toEqual({ kind: 'line', runs: [{ value: '〔2026〕梅园调字第7号' }], align: 'right' });
  });

  it("prints every party's particulars, persons and the organisation", () => {
    for (const s of ['张𠮷', '11010519491231002X', '1949年12月31日', '退休职工', '李四', '回族', '个体经营']) expect(text).toContain(s);
    for (const s of ['南京梅园物业管理有限公司', '南京市玄武区长江路88号', '王五', '总经理']) expect(text).toContain(s);
    expect(text).toContain('申请人：张𠮷');
    expect(text).toContain('被申请人一：李四');
    expect(text).toContain('被申请人二：南京梅园物业管理有限公司');
  });

  it('states the facts, the points in dispute and the responsibilities under their headings', () => {
    const headings = model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(['纠纷主要事实、争议事项', '各方责任', '履行方式、地点、期限']);
    expect(text).toContain('楼上漏水，损坏楼下天花板。');
    expect(text).toContain('争议事项：漏水的原因和维修费用由谁承担。');
    expect(text).toContain('李四对卫生间防水层老化负主要责任；物业公司对公共排水管维护不及时负次要责任。');
  });

  it('lists the terms as numbered clauses after the opening', () => {
    expect(text).toContain('经调解，各方当事人自愿达成如下协议：');
    const list = model.blocks.find((b) => b.kind === 'list');
    expect(list).toEqual({ kind: 'list', style: 'chinese', items: AGREEMENT.terms.map((t) => [{ value: t }]) });
  });

  it('says how, where and by when it is performed, and the amount', () => {
    expect(text).toContain('履行方式：银行转账');
    expect(text).toContain('履行地点：梅园新村街道人民调解委员会');
    expect(text).toContain(`履行期限：${chineseDate(AGREEMENT.performanceDeadline)}`);
    expect(text).toContain('涉及金额：人民币3000.00元');
  });

  it('is made in one copy per party plus one, and says when it takes effect', () => {
    expect(text).toContain('本协议一式四份，当事人各执一份，人民调解委员会留存一份。');
    expect(text).toContain('之日起生效');
    expect(text).toContain('具有法律约束力');
  });

  it('has one signature line per party, the mediators, the note-taker and the seal', () => {
    const [parties, staff] = model.blocks.filter((b) => b.kind === 'signatures');
    expect(parties?.lines).toHaveLength(3);
    expect(modelText({ ...model, blocks: [parties!] })).toMatch(/被申请人二（盖章）：南京梅园物业管理有限公司.*签名/);
    expect(modelText({ ...model, blocks: [staff!] })).toMatch(/人民调解员（签名）：王建国\u3000＿+\n记录人（签名）：＿+/);
    expect(model.blocks.at(-1)).toEqual({
      kind: 'seal',
      committee: COMMITTEE_PARTICULARS.name,
      date: [{ value: chineseDate(AGREEMENT.on) }],
    });
  });

  it('with two parties it is made in three copies', () => {
    const detail = { ...documentCase(), parties: PARTIES.slice(0, 2) };
    const two = buildAgreement(documentSource(detail));
    expect(modelText(two)).toContain('本协议一式三份');
    expect(two.blocks.filter((b) => b.kind === 'signatures')[0]?.lines).toHaveLength(2);
  });

  it('leaves out an empty reminder and the amount when none is agreed', () => {
    const detail = documentCase({ steps: FULL_HISTORY.map((s) => (s === AGREEMENT ? { ...AGREEMENT, amountFen: null } : s)) });
    const source: DocumentSource = { ...documentSource(detail), wording: { ...documentSource().wording, agreementReminder: '' } };
    const plain = modelText(buildAgreement(source));
    expect(plain).not.toContain('涉及金额');
    expect(plain).not.toContain('具有法律约束力');
  });

  it('prints the corrected agreement, not the one it replaced', () => {
    const index = FULL_HISTORY.indexOf(AGREEMENT);
    const corrected = { ...AGREEMENT, terms: ['李四赔偿张𠮷维修费人民币2800元。'] };
    const detail = documentCase({ corrections: [{ index, step: corrected, reason: '金额有误' }] });
    const fixed = modelText(buildAgreement(documentSource(detail)));
    expect(fixed).toContain('2800元');
    expect(fixed).not.toContain(AGREEMENT.terms[0]);
  });

  it('does not sign a mediator who was recused, and leaves a blank when none is left', () => {
    const detail = documentCase();
    const recused = {
      ...detail,
      progress: { ...detail.progress, mediators: detail.progress.mediators.map((m) => ({ ...m, recusedOn: day(-12) })) },
    };
    const staff = buildAgreement(documentSource(recused)).blocks.filter((b) => b.kind === 'signatures')[1];
    expect(staff?.lines[0]).toEqual([{ text: '人民调解员（签名）：' }, { blank: 10 }]);
  });

  it('refuses a case without a written agreement', () => {
    expect(() => buildAgreement(documentSource(documentCase({ steps: MEDIATING })))).toThrow('书面协议');
  });

  it("never prints 'undefined', 'null' or 'NaN', in any document of the case", () => {
    const full = documentSource();
    const oral = documentSource(documentCase({ steps: [...MEDIATING, ORAL] }));
    const early = documentSource(documentCase({ steps: MEDIATING.slice(0, 1) }));
    for (const build of [buildAgreement, buildCover, buildCatalogue, buildBackCover, buildFollowUp]) expectClean(build(full));
    for (const build of [buildOralAgreement, buildCover, buildCatalogue, buildBackCover, buildFollowUp]) expectClean(build(oral));
    for (const build of [buildCover, buildCatalogue, buildBackCover, buildFollowUp]) expectClean(build(early));
  });
});
