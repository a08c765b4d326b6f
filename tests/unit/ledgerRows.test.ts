import { describe, expect, it } from 'vitest';
import { LedgerMapping } from '../../shared/domain/ledger.ts';
import type { LedgerCell } from '../../shared/rules/ledgerValues.ts';
import { suggestColumns } from '../../shared/rules/ledgerHeaders.ts';
import { checkRow, rowRef, type RowContext } from '../../services/ledger/rows.ts';
import { resolveColumns } from '../../services/ledger/sheet.ts';

const HEADERS = [
  '序号',
  '登记日期',
  '申请人',
  '申请人身份证号',
  '被申请人',
  '被申请人电话',
  '纠纷类型',
  '来源',
  '纠纷简要情况',
  '调解结果',
  '结案日期',
  '协议金额',
  '调解员',
];
const GOOD: LedgerCell[] = [
  '1',
  '2026-03-02',
  '张三',
  '11010519491231002X',
  '李四',
  '13812345678',
  '邻里纠纷',
  '当事人申请',
  '楼上漏水致楼下天花板受损，双方协商未果。',
  '调解成功',
  '2026-03-10',
  '3000',
  '王调解',
];
const MEDIATOR_ID = '0193a000-0000-7000-8000-000000000001';

function context(): RowContext {
  const table = { name: '台账', rows: [HEADERS] };
  const mapping = LedgerMapping.parse({ headerRow: 1, columns: suggestColumns(HEADERS) });
  return {
    columns: resolveColumns(table, mapping),
    committeeId: '0193a000-0000-7000-8000-0000000000aa',
    roster: new Map([['王调解', [{ id: MEDIATOR_ID, leftOn: null }]]]),
    today: '2026-11-29',
    fileName: '台账.xlsx',
  };
}

/** The problems of GOOD with some cells changed, as 'D：message'. */
function problems(changes: Record<number, LedgerCell>, row = 7): string[] {
  const cells = GOOD.map((c, i) => (i in changes ? changes[i]! : c));
  const ctx = context();
  const checked = checkRow(row, cells, rowRef(cells, ctx).ref, ctx);
  if (checked.ok) return [];
  for (const issue of checked.issues) expect(issue.row).toBe(row);
  return checked.issues.map((i) => `${i.column}（${i.header}）：${i.message}`);
}

describe('a ledger row as a case', () => {
  it('becomes a registration with an accepted, mediated, agreed history', () => {
    const ctx = context();
    const checked = checkRow(3, GOOD, rowRef(GOOD, ctx).ref, ctx);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    const { ref, registration, history } = checked.item;
    expect(ref).toBe('ledger:2026-1');
    expect(registration).toMatchObject({ registeredOn: '2026-03-02', disputeType: 'neighbourhood', source: 'party_application' });
    expect(registration.parties).toMatchObject([
      { role: 'applicant', kind: 'person', name: '张三', idNumber: '11010519491231002X', sex: 'female', birthDate: '1949-12-31' },
      { role: 'respondent', kind: 'person', name: '李四', phone: '13812345678' },
    ]);
    expect(history.map((s) => s.kind)).toEqual(['accept', 'assign', 'session', 'agreement_oral']);
    expect(history[1]).toMatchObject({ mediators: [{ mediatorId: MEDIATOR_ID, lead: true }] });
    expect(history[3]).toMatchObject({ on: '2026-03-10', amountFen: 300000 });
    expect(history[0]).toMatchObject({ note: '由台账导入（台账.xlsx 第3行），调解员：王调解' });
  });

  it('says what is wrong with the row and in which column', () => {
    expect(problems({ 3: '110105194912310021' })).toEqual(['D（申请人身份证号）：身份证号码校验位不正确，请核对']);
    expect(problems({ 6: '打架' })).toEqual([expect.stringMatching(/^G（纠纷类型）：纠纷类型“打架”无法识别，应为：婚姻家庭、/)]);
    expect(problems({ 4: '' })).toEqual(['E（被申请人）：请填写被申请人姓名']);
    expect(problems({ 1: '2026-13-01' })).toEqual(['B（登记日期）：登记日期“2026-13-01”无法识别，请写成日期，如 2026-03-02']);
    expect(problems({ 5: '12345' })).toEqual([expect.stringMatching(/^F（被申请人电话）：电话号码格式不正确/)]);
    expect(problems({ 8: '漏水' })).toEqual(['I（纠纷简要情况）：纠纷简要情况至少5个字']);
  });

  it('checks the history the row implies against the lifecycle rules', () => {
    expect(problems({ 10: '2026-02-20' })).toEqual(['K（结案日期）：调解记录的日期不能早于登记日期（2026-03-02）']);
    expect(problems({ 9: '调解不成' })).toEqual(['L（协议金额）：只有调解成功的案件才有协议金额']);
    expect(problems({ 9: '', 11: '' })).toEqual(['K（结案日期）：填写了结案日期，但没有填写调解结果']);
  });

  it('reads several parties from one cell, and refuses ID numbers that cannot be matched to them', () => {
    expect(problems({ 2: '张三、王五' })).toEqual(['D（申请人身份证号）：申请人有2人，身份证号码却有1个，无法一一对应']);
    expect(problems({ 2: '张三、王五', 3: '' })).toEqual([]);
    expect(problems({ 3: 110105194912310000 })).toEqual([
      'D（申请人身份证号）：身份证号码被Excel存成了数字，末几位已丢失：请把该列设为“文本”格式后重新录入',
    ]);
    expect(problems({ 3: '1.10105E+17' })).toEqual(problems({ 3: 110105194912310000 }));
  });

  it('takes a company for an organisation, and needs the sending body of a hand-over', () => {
    const ctx = context();
    const cells = GOOD.map((c, i) => (i === 4 ? '南京某某物业管理有限公司' : c));
    const checked = checkRow(3, cells, rowRef(cells, ctx).ref, ctx);
    expect(checked.ok && checked.item.registration.parties[1]).toMatchObject({ kind: 'organization', name: '南京某某物业管理有限公司' });
    expect(problems({ 7: '派出所移送' })).toEqual(['H（来源）：移送、委托的案件请填写移送单位和移送日期']);
  });

  it('keys a row by its ledger number with the year, or by its content', () => {
    const ctx = context();
    expect(rowRef(GOOD, ctx)).toEqual({ ref: 'ledger:2026-1', numbered: true });
    expect(
      rowRef(
        GOOD.map((c, i) => (i === 0 ? 'MY-2026-007' : c)),
        ctx,
      ),
    ).toEqual({ ref: 'ledger:MY-2026-007', numbered: true });
    const unnumbered = rowRef(
      GOOD.map((c, i) => (i === 0 ? '' : c)),
      ctx,
    );
    expect(unnumbered.ref).toMatch(/^ledger:[0-9a-f]{64}$/);
    expect(
      rowRef(
        GOOD.map((c, i) => (i === 0 ? '' : i === 5 ? '' : c)),
        ctx,
      ).ref,
    ).toBe(unnumbered.ref);
  });
});
