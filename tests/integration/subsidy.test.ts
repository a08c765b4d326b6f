// Per-case subsidies (个案补贴): rules as configuration, the tier each case earns, each mediator's share (fen never
// lost), the cases left out and why, and the workbook.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import type { StepKind } from '../../shared/domain/lifecycle.ts';
import { DEFAULT_SUBSIDY_RULES, type SubsidyRulesInput, type SubsidySheet } from '../../shared/domain/subsidy.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { sampleStep } from '../helpers/steps.ts';

const PERIOD = { from: '2025-03-01', to: '2025-03-31' };
const RULES: SubsidyRulesInput = {
  basis: 'outcome',
  outcomes: ['written', 'oral'],
  requireArchived: false,
  split: 'equal',
  tiers: [
    { label: '疑难复杂', amountFen: 30000, minRisk: 'orange' },
    { label: '一般', amountFen: 10000, disputeTypes: ['labour'] },
    { label: '简易', amountFen: 5000 },
  ],
};

let api: ApiClient;
const ids: Record<string, string> = {};
const m: Record<string, string> = {};

async function record(caseId: string, kind: StepKind, on: string, extra: Record<string, unknown> = {}) {
  await api.call('cases.record', { caseId, step: sampleStep(kind, on, extra) });
}

async function caseWith(
  name: string,
  outcome: StepKind,
  mediators: { id: string; lead: boolean }[],
  extra: { disputeType?: 'labour'; riskLevel?: 'orange' } = {},
) {
  const { id } = await api.call('cases.register', sampleCase({ registeredOn: '2025-03-01', occurredOn: '2025-03-01', ...extra }));
  await record(id, 'accept', '2025-03-02');
  if (mediators.length > 0)
    await record(id, 'assign', '2025-03-02', { mediators: mediators.map((x) => ({ mediatorId: x.id, lead: x.lead })) });
  await record(id, 'session', '2025-03-03');
  await record(id, outcome, '2025-03-05');
  ids[name] = id;
}

beforeAll(async () => {
  ({ api } = await testRegister({ forSuite: true }));
  const own = (await api.call('setup.status', {})).ownCommittee!;
  for (const [key, name] of [
    ['A', '王调解'],
    ['B', '李调解'],
    ['C', '赵调解'],
  ] as const)
    m[key] = (await api.call('mediators.add', { committeeId: own.id, name, joinedOn: '2020-01-01', fullTime: key === 'A' })).id;
  await caseWith('P', 'agreement_written', [
    { id: m.A!, lead: true },
    { id: m.B!, lead: false },
    { id: m.C!, lead: false },
  ]);
  await caseWith('Q', 'agreement_written', [{ id: m.A!, lead: true }], { disputeType: 'labour' });
  await caseWith(
    'R',
    'agreement_oral',
    [
      { id: m.B!, lead: true },
      { id: m.C!, lead: false },
    ],
    { riskLevel: 'orange' },
  );
  await caseWith('S', 'failure', [{ id: m.A!, lead: true }]);
  await caseWith('T', 'agreement_written', []);
}, 60_000);

const lineOf = (sheet: SubsidySheet, key: string) => sheet.lines.find((l) => l.mediatorId === m[key]);

describe('per-case subsidies', () => {
  it('starts from the default rules and refuses rules without a tier, with the field', async () => {
    expect(await api.call('subsidy.rules', {})).toEqual(DEFAULT_SUBSIDY_RULES);
    await expect(api.call('subsidy.setRules', { ...RULES, tiers: [] })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'tiers', message: '请至少设置一个补贴档次' }],
    });
    const saved = await api.call('subsidy.setRules', RULES);
    expect(await api.call('subsidy.rules', {})).toEqual(saved);
    expect(saved.tiers[2]).toEqual({
      label: '简易',
      amountFen: 5000,
      disputeTypes: [],
      minRisk: null,
      leaderCase: false,
      minParties: null,
      minAmountFen: null,
    });
  });

  it('gives each case the first tier it meets and shares it equally, the remainder to the lead', async () => {
    await api.call('subsidy.setRules', RULES);
    const sheet = await api.call('subsidy.sheet', PERIOD);
    expect(lineOf(sheet, 'A')).toMatchObject({ cases: 2, amountFen: 1668 + 10000, fullTime: true });
    expect(lineOf(sheet, 'B')).toMatchObject({ cases: 2, amountFen: 1666 + 15000 });
    expect(lineOf(sheet, 'C')).toMatchObject({ cases: 2, amountFen: 1666 + 15000 });
    expect(sheet.totalFen).toBe(5000 + 10000 + 30000);
    expect(sheet.cases).toBe(3);
    const items = Object.fromEntries(lineOf(sheet, 'B')!.items.map((i) => [i.caseId, i]));
    expect(items[ids.P!]).toMatchObject({ tier: '简易', caseAmountFen: 5000, shareFen: 1666, sharedWith: 3 });
    expect(items[ids.R!]).toMatchObject({ tier: '疑难复杂', caseAmountFen: 30000, shareFen: 15000, sharedWith: 2 });
    expect(sheet.excluded.map((e) => [e.caseId, e.reason])).toEqual([
      [ids.S, '调解不成，不在补贴范围'],
      [ids.T, '没有指派调解员'],
    ]);
  });

  it('gives the whole amount to the lead mediator when the rules say so', async () => {
    await api.call('subsidy.setRules', { ...RULES, split: 'lead' });
    const sheet = await api.call('subsidy.sheet', PERIOD);
    expect(lineOf(sheet, 'A')).toMatchObject({ cases: 2, amountFen: 15000 });
    expect(lineOf(sheet, 'B')).toMatchObject({ cases: 1, amountFen: 30000 });
    expect(lineOf(sheet, 'C')).toBeUndefined();
  });

  it('leaves out cases not archived when the rules ask for archived cases, saying so, also when counting by archiving', async () => {
    for (const basis of ['outcome', 'archive'] as const) {
      await api.call('subsidy.setRules', { ...RULES, basis, requireArchived: true });
      const sheet = await api.call('subsidy.sheet', PERIOD);
      expect(sheet.lines, basis).toEqual([]);
      expect(sheet.excluded.map((e) => e.reason).sort(), basis).toEqual([
        '尚未归档',
        '尚未归档',
        '尚未归档',
        '尚未归档',
        '调解不成，不在补贴范围',
      ]);
    }
    await expect(api.call('subsidy.setRules', { ...RULES, basis: 'archive', requireArchived: false })).rejects.toMatchObject({
      issues: [{ path: 'requireArchived', message: '按归档日期计算时，只有已归档的案件才能计入，请勾选“只计已归档的案件”' }],
    });
  });

  it('exports the sheet with a line per mediator and the cases behind them', async () => {
    await api.call('subsidy.setRules', RULES);
    const file = await api.call('subsidy.exportXlsx', PERIOD);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.content, 'base64') as never);
    const sheet = workbook.getWorksheet('个案补贴核算表')!;
    expect(sheet.getCell('A1').value).toBe('人民调解个案补贴核算表');
    expect(sheet.getRow(4 + 3).getCell(1).value).toBe('合计');
    expect(sheet.getRow(4 + 3).getCell(6).value).toBe(450);
    expect(workbook.getWorksheet('案件明细')!.rowCount).toBeGreaterThanOrEqual(3 + 6);
  });
});
