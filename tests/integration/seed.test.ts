// Sample data as a demo shows it: cases in every state with their histories, recorded through the services.
import { describe, expect, it } from 'vitest';
import { CASE_STATUS_CODES, RISK_LEVEL_CODES } from '../../shared/domain/reference.ts';
import { seedRegister } from '../../services/seed/seedRegister.ts';
import { testRegister } from '../helpers/register.ts';

describe('seed', () => {
  it('fills a register with cases in every state and colour, their histories, attachments, a roster and screening', async () => {
    const { api, register, dataDir } = await testRegister({ setUp: false });
    const result = await seedRegister(register.db, dataDir, { count: 1500, seed: 'test', actor: 'test', today: '2026-11-29' });
    expect(result).toMatchObject({ cases: 1500, committees: 3, setUpCommittee: true });
    expect(result.mediators).toBeGreaterThanOrEqual(9);
    expect(result.screeningReports).toBeGreaterThan(100);

    for (const status of CASE_STATUS_CODES) expect((await api.call('cases.list', { status })).total, status).toBeGreaterThan(0);
    for (const riskLevel of RISK_LEVEL_CODES) expect((await api.call('cases.list', { riskLevel })).total, riskLevel).toBeGreaterThan(0);

    const [archived] = (await api.call('cases.list', { status: 'archived', pageSize: 1 })).items;
    const detail = await api.call('cases.get', { id: archived!.id });
    expect(detail.progress.catalogue.filter((c) => c.required && !c.present)).toEqual([]);
    expect(detail.progress.timeline.length).toBeGreaterThanOrEqual(4);
    const scan = detail.progress.attachments[0]!;
    expect((await api.call('attachments.get', { id: scan.id })).contentBase64.length).toBeGreaterThan(0);

    // The roster with its history; whoever left keeps the cases mediated before, and none after.
    const roster = await api.call('mediators.list', { includeLeft: true });
    const details = await Promise.all(roster.map((m) => api.call('mediators.get', { id: m.id })));
    expect(details.filter((m) => m.ethnicity === '汉族').length / details.length).toBeGreaterThan(0.8);
    for (const m of details) {
      if (m.idNumber) expect(m.idNumber.slice(6, 14)).toBe(m.birthDate!.replaceAll('-', ''));
      expect(m.education).not.toBeNull();
      expect(m.grades.map((g) => g.grade)[0] ?? null).toBe(m.grade);
    }
    expect(details.some((m) => m.grades.length > 1)).toBe(true);
    expect(details.every((m) => m.trainingHours === m.trainings.reduce((sum, t) => sum + t.hours, 0))).toBe(true);
    expect(details.flatMap((m) => m.trainings.map((t) => t.subject))).toContain('人民调解法律知识培训');
    expect(details.flatMap((m) => m.honours.map((h) => h.result))).toEqual(expect.arrayContaining(['excellent', 'competent']));
    const left = details.filter((m) => m.leftOn);
    expect(left.length).toBeGreaterThanOrEqual(1);
    expect(left.every((m) => m.leftReason && m.honours.every((h) => h.on < m.leftOn!))).toBe(true);
    const leftOwn = left.find((m) => m.committeeId === roster[0]!.committeeId)!;
    expect(leftOwn.cases.total).toBeGreaterThan(0);
    const lastAssigned = await register.db
      .selectFrom('case_mediators')
      .select((eb) => eb.fn.max('assigned_on').as('on'))
      .where('mediator_id', '=', leftOwn.id)
      .executeTakeFirstOrThrow();
    expect(lastAssigned.on! < leftOwn.leftOn!).toBe(true);
    expect((await api.call('committees.overview', {})).map((c) => c.members)).toEqual(expect.not.arrayContaining([0]));

    const work = await api.call('work.today', {});
    expect(work.sections.filter((s) => s.total > 0).map((s) => s.attention)).toEqual(
      expect.arrayContaining(['warnings', 'follow_up_overdue']),
    );
    expect(work.screening.length).toBeGreaterThan(0);
    expect(await api.call('warnings.board', {})).not.toEqual([]);
  });
});
