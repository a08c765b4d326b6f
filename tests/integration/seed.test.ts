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

    const work = await api.call('work.today', {});
    expect(work.sections.filter((s) => s.total > 0).map((s) => s.attention)).toEqual(
      expect.arrayContaining(['warnings', 'follow_up_overdue']),
    );
    expect(work.screening.length).toBeGreaterThan(0);
    expect(await api.call('warnings.board', {})).not.toEqual([]);
  });
});
