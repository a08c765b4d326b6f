// The statistics of a register built with known cases, edge cases included: a case registered in one period
// and concluded in the next, a corrected outcome, an archived case, a diverted and an undiverted failure, a
// village committee's case kept by the township, a studio's case (not grassroots), a refusal, a prevented
// escalation and a petition caused by improper mediation. Every figure is asserted, and the drill-down lists
// exactly the cases a figure counts.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import type { StepKind } from '../../shared/domain/lifecycle.ts';
import type { Measure, StatisticsReport } from '../../shared/domain/statistics.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { sampleStep } from '../helpers/steps.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { PNG } from '../helpers/png.ts';

const Q1 = { from: '2025-01-01', to: '2025-03-31' };
const Q2 = { from: '2025-04-01', to: '2025-06-30' };
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

interface Built {
  api: ApiClient;
  ids: Record<string, string>;
  township: string;
  village: string;
  studio: string;
}

async function record(api: ApiClient, caseId: string, kind: StepKind, on: string, extra: Record<string, unknown> = {}) {
  return api.call('cases.record', { caseId, step: sampleStep(kind, on, extra) });
}

/** Accepts, assigns the mediator and holds one session: a case ready for its outcome. */
async function mediated(api: ApiClient, committeeId: string, mediatorId: string, registeredOn: string, disputeType = 'neighbourhood') {
  const { id } = await api.call(
    'cases.register',
    sampleCase({ committeeId, registeredOn, occurredOn: registeredOn, disputeType: disputeType as 'neighbourhood' }),
  );
  await record(api, id, 'accept', registeredOn);
  await record(api, id, 'assign', registeredOn, { mediators: [{ mediatorId, lead: true }] });
  await record(api, id, 'session', registeredOn);
  return id;
}

async function build(): Promise<Built> {
  const { api } = await testRegister({ forSuite: true });
  const own = (await api.call('setup.status', {})).ownCommittee!;
  const village = await api.call('committees.add', {
    areaCode: '320102002001',
    name: '梅园新村街道大悲巷社区人民调解委员会',
    kind: 'village',
    abbreviation: '大悲巷',
  });
  const studio = await api.call('committees.add', {
    areaCode: '320102002000',
    name: '老王调解工作室',
    kind: 'studio',
    abbreviation: '老王',
  });
  const mediator = await api.call('mediators.add', {
    committeeId: own.id,
    name: '王调解',
    post: 'mediator',
    fullTime: true,
    joinedOn: '2020-01-01',
  });
  const villager = await api.call('mediators.add', { committeeId: village.id, name: '陈调解', post: 'director', joinedOn: '2020-01-01' });
  const studioMediator = await api.call('mediators.add', {
    committeeId: studio.id,
    name: '王老五',
    post: 'director',
    fullTime: true,
    joinedOn: '2020-01-01',
  });
  await api
    .call('mediators.add', { committeeId: own.id, name: '刘离开', post: 'mediator', joinedOn: '2020-01-01' })
    .then((m) => api.call('mediators.leave', { id: m.id, on: '2025-02-01', reason: '工作调动' }));

  const ids: Record<string, string> = {};
  // A: registered and accepted in Q1, agreement in Q2, fulfilled and judicially confirmed.
  ids.A = await mediated(api, own.id, mediator.id, '2025-03-28');
  await record(api, ids.A, 'agreement_written', '2025-04-02', { amountFen: 300000 });
  await record(api, ids.A, 'fulfilment', '2025-04-10');
  await record(api, ids.A, 'confirmation_applied', '2025-04-12');
  await record(api, ids.A, 'confirmation_result', '2025-04-20');
  // B: an oral agreement, corrected to a failure diverted to court.
  ids.B = await mediated(api, own.id, mediator.id, '2025-02-03', 'contract');
  const detail = await record(api, ids.B, 'agreement_oral', '2025-02-10', { amountFen: 50000 });
  const oral = detail.progress.timeline.find((e) => e.step.kind === 'agreement_oral')!;
  await api.call('cases.correct', {
    caseId: ids.B,
    correction: {
      on: '2025-02-12',
      targetId: oral.id,
      reason: '双方当场反悔，实际未达成协议',
      replacement: sampleStep('failure', '2025-02-12'),
    },
  });
  // C: a written agreement in Q1, archived (today: its ID proof was attached today).
  ids.C = await mediated(api, own.id, mediator.id, '2025-01-10');
  await record(api, ids.C, 'agreement_written', '2025-01-20', { amountFen: 120000 });
  await api.call('attachments.add', { caseId: ids.C, name: '身份证.png', category: 'id_proof', contentBase64: PNG.toString('base64') });
  await record(api, ids.C, 'archive', todayInChina());
  // D: a failure not diverted, later a petition found to be caused by improper mediation.
  ids.D = await mediated(api, own.id, mediator.id, '2025-03-01', 'contract');
  await record(api, ids.D, 'failure', '2025-03-10', { divertedTo: null, divertedBody: null });
  await record(api, ids.D, 'petition', '2025-03-20', { improperMediation: true });
  // E: the village committee's case (kept by the township): an oral agreement, and an escalation prevented.
  ids.E = await mediated(api, village.id, villager.id, '2025-03-05');
  await record(api, ids.E, 'prevention', '2025-03-06', { prevented: 'civil_to_criminal', people: 3 });
  await record(api, ids.E, 'agreement_oral', '2025-03-15', { amountFen: null });
  // F: refused.
  const f = await api.call(
    'cases.register',
    sampleCase({ registeredOn: '2025-01-04', occurredOn: '2025-01-01', source: 'own_initiative' }),
  );
  ids.F = f.id;
  await record(api, ids.F, 'refuse', '2025-01-05');
  // G: the studio's case, a written agreement (succeeded, but not at a grassroots committee).
  ids.G = await mediated(api, studio.id, studioMediator.id, '2025-02-20', 'consumer');
  await record(api, ids.G, 'agreement_written', '2025-02-25', { amountFen: 8000 });

  await api.call('screening.report', {
    committeeId: own.id,
    periodDate: '2025-01-06',
    zero: true,
    reportedOn: '2025-01-10',
    reporter: '王调解',
  });
  await api.call('screening.report', {
    committeeId: own.id,
    periodDate: '2025-01-13',
    zero: false,
    findings: [
      { summary: '两户因通道堆物发生争执', disputeType: 'neighbourhood', peopleCount: 2, riskLevel: 'blue', handling: 'resolved_on_spot' },
      {
        summary: '小区物业费纠纷，十余户业主',
        disputeType: 'property_management',
        peopleCount: 12,
        riskLevel: 'orange',
        handling: 'monitoring',
      },
    ],
    reportedOn: '2025-01-17',
    reporter: '王调解',
  });
  return { api, ids, township: own.id, village: village.id, studio: studio.id };
}

let built: Built;
let q1: StatisticsReport;

beforeAll(async () => {
  built = await build();
  q1 = await built.api.call('stats.report', Q1);
}, 60_000);

const ofType = (r: StatisticsReport, type: string) => r.byType.find((t) => t.disputeType === type)!.figures;

async function listed(measure: Measure, period = Q1, extra: { committeeId?: string; disputeType?: 'neighbourhood' } = {}) {
  const page = await built.api.call('stats.cases', { ...period, measure, ...extra, pageSize: 200 });
  expect(page.total).toBe(page.items.length);
  return page.items.map((c) => c.id).sort();
}

const idsOf = (...names: string[]) => names.map((n) => built.ids[n]!).sort();

describe('the statistics of a period', () => {
  it('counts each case once, in the period its definition names', () => {
    expect(q1.total).toMatchObject({
      registered: 7,
      accepted: 6,
      refused: 1,
      concluded: 5,
      succeeded: 3,
      written: 2,
      oral: 1,
      amount: 128000,
      failed: 2,
      diverted: 1,
      terminated: 0,
      source_applied: 6,
      source_own_initiative: 0,
      source_handover: 0,
      confirmation_applied: 0,
      confirmed: 0,
      fulfilled: 0,
    });
  });

  it('counts the agreement of a case accepted in Q1 in Q2, with its fulfilment and judicial confirmation', async () => {
    const q2 = await built.api.call('stats.report', Q2);
    expect(q2.total).toMatchObject({
      registered: 0,
      accepted: 0,
      concluded: 1,
      succeeded: 1,
      written: 1,
      amount: 300000,
      confirmation_applied: 1,
      confirmed: 1,
      fulfilled: 1,
    });
    const year = await built.api.call('stats.report', YEAR);
    expect(year.total).toMatchObject({ registered: 7, accepted: 6, concluded: 6, succeeded: 4 });
  });

  it('counts a corrected outcome as corrected: a diverted failure, not an oral agreement', async () => {
    expect(ofType(q1, 'contract')).toMatchObject({ concluded: 2, succeeded: 0, oral: 0, failed: 2, diverted: 1, amount: 0 });
    expect(await listed('diverted')).toEqual(idsOf('B'));
    expect(await listed('oral')).toEqual(idsOf('E'));
  });

  it('breaks the figures down by MoJ dispute type, every type listed, summing to the total', () => {
    expect(q1.byType).toHaveLength(15);
    expect(ofType(q1, 'neighbourhood')).toMatchObject({ registered: 4, accepted: 3, succeeded: 2 });
    expect(ofType(q1, 'consumer')).toMatchObject({ succeeded: 1, written: 1, amount: 8000 });
    expect(ofType(q1, 'medical').registered).toBe(0);
    for (const key of ['registered', 'accepted', 'concluded', 'succeeded', 'amount'] as const)
      expect(q1.byType.reduce((s, t) => s + t.figures[key], 0)).toBe(q1.total[key]);
  });

  it('keeps the village committee’s case out of the township’s own figures, and in its own', async () => {
    const township = await built.api.call('stats.report', { ...Q1, committeeId: built.township });
    const village = await built.api.call('stats.report', { ...Q1, committeeId: built.village });
    expect(township.scope).toBe('玄武区梅园新村街道人民调解委员会');
    expect(township.total).toMatchObject({ accepted: 4, succeeded: 1, oral: 0 });
    expect(village.total).toMatchObject({ accepted: 1, succeeded: 1, oral: 1 });
    const rows = Object.fromEntries(q1.byCommittee.map((c) => [c.committeeId, c.figures.succeeded]));
    expect(rows).toEqual({ [built.township]: 1, [built.village]: 1, [built.studio]: 1 });
    expect(await listed('succeeded', Q1, { committeeId: built.village })).toEqual(idsOf('E'));
  });

  it('measures the four targets and says whether each is met', () => {
    const target = Object.fromEntries(q1.targets.map((t) => [t.code, t]));
    expect(target.grassroots).toMatchObject({ numerator: 2, denominator: 3, met: false });
    expect(target.grassroots!.value).toBeCloseTo(2 / 3);
    expect(target.success_rate).toMatchObject({ numerator: 3, denominator: 5, value: 0.6, met: false });
    expect(target.diversion).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, met: false });
    expect(target.improper_petition).toMatchObject({ value: 1, met: false });
    expect(q1.improperPetitions).toBe(1);
  });

  it('counts escalations prevented in cases and people, and screening rounds and findings', async () => {
    expect(q1.prevention.find((p) => p.kind === 'civil_to_criminal')).toMatchObject({ cases: 1, people: 3 });
    expect(q1.prevention.find((p) => p.kind === 'mass_petition')).toMatchObject({ cases: 0, people: 0 });
    expect(await listed('prevent_civil_to_criminal')).toEqual(idsOf('E'));
    expect(await listed('improper_petition')).toEqual(idsOf('D'));
    expect(q1.screening).toEqual({
      reports: 2,
      zeroReports: 1,
      findings: 2,
      people: 14,
      resolvedOnSpot: 1,
      registered: 0,
      diverted: 0,
      monitoring: 1,
    });
  });

  it('counts committees by kind and the mediators on the roster at the end of the period', async () => {
    const kinds = Object.fromEntries(q1.committees.map((c) => [c.kind, c.count]));
    expect(kinds).toMatchObject({ township: 1, village: 1, studio: 1, industry: 0 });
    expect(q1.mediators).toEqual({ total: 3, fullTime: 2 });
    const before = await built.api.call('stats.report', { from: '2024-01-01', to: '2024-12-31' });
    expect(before.mediators.total).toBe(4);
  });

  it('gives the trend by month and the warning colours of the accepted cases', () => {
    expect(q1.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(q1.months.map((m) => m.concluded)).toEqual([1, 2, 2]);
    expect(q1.risk.find((r) => r.level === 'blue')!.count).toBe(6);
  });

  it('lists exactly the cases behind every case figure of the total and of each type', async () => {
    for (const [measure, count] of Object.entries(q1.total)) {
      if (measure === 'amount') continue;
      const page = await built.api.call('stats.cases', { ...Q1, measure: measure as Measure, pageSize: 1 });
      expect(page.total, measure).toBe(count);
    }
    expect(await listed('succeeded', Q1, { disputeType: 'neighbourhood' })).toEqual(idsOf('C', 'E'));
    expect(await listed('amount')).toEqual(idsOf('C', 'G'));
  });

  it('exports the report as a workbook in the MoJ layout with the same figures', async () => {
    const file = await built.api.call('stats.exportXlsx', Q1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.content, 'base64') as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['案件情况', '预防激化与排查', '组织队伍', '工作目标', '分调委会', '月度趋势']);
    const sheet = workbook.getWorksheet('案件情况')!;
    expect(sheet.getCell('A1').value).toBe('人民调解案件情况统计表');
    const totalRow = sheet.getRow(5 + q1.byType.length);
    expect(totalRow.getCell(1).value).toBe('合计');
    expect(totalRow.getCell(2).value).toBe(6);
    expect(totalRow.getCell(4).value).toBe(3);
    expect(totalRow.getCell(11).value).toBe(1280);
  });

  it('refuses a period that ends before it starts, with the reason', async () => {
    await expect(built.api.call('stats.report', { from: '2025-03-31', to: '2025-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'to', message: '结束日期不能早于开始日期' }],
    });
  });
});
