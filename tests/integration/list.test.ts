import { describe, expect, it } from 'vitest';
import type { CaseRegistrationInput } from '../../shared/domain/case.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';

function withParties(applicant: string, respondent: string, extra: Partial<CaseRegistrationInput> = {}): CaseRegistrationInput {
  return sampleCase({
    parties: [
      { role: 'applicant', kind: 'person', name: applicant },
      { role: 'respondent', kind: 'person', name: respondent },
    ],
    ...extra,
  });
}

describe('the register list', () => {
  it('pages newest first, with the total', async () => {
    const { api } = await testRegister();
    for (let day = 1; day <= 25; day++)
      await api.call(
        'cases.register',
        withParties('张三', '李四', { registeredOn: `2026-01-${String(day).padStart(2, '0')}`, occurredOn: null }),
      );
    const first = await api.call('cases.list', { page: 1, pageSize: 10 });
    expect(first.total).toBe(25);
    expect(first.items).toHaveLength(10);
    expect(first.items[0]!.registeredOn).toBe('2026-01-25');
    const last = await api.call('cases.list', { page: 3, pageSize: 10 });
    expect(last.items.map((i) => i.registeredOn)).toEqual(['2026-01-05', '2026-01-04', '2026-01-03', '2026-01-02', '2026-01-01']);
    expect(last.items[0]).toMatchObject({ applicants: ['张三'], respondents: ['李四'], committeeName: expect.stringContaining('梅园') });
  });

  it('names every party of a row, applicants and respondents apart, in the order entered', async () => {
    const { api } = await testRegister();
    await api.call(
      'cases.register',
      sampleCase({
        parties: [
          { role: 'respondent', kind: 'organization', name: '南京某某物业管理有限公司' },
          { role: 'applicant', kind: 'person', name: '王一' },
          { role: 'respondent', kind: 'person', name: '赵二' },
          { role: 'applicant', kind: 'person', name: '𠮷三' },
        ],
      }),
    );
    const [row] = (await api.call('cases.list', {})).items;
    expect(row).toMatchObject({ applicants: ['王一', '𠮷三'], respondents: ['南京某某物业管理有限公司', '赵二'] });
  });

  it('filters by type, status, risk and date range', async () => {
    const { api } = await testRegister();
    await api.call(
      'cases.register',
      withParties('甲一', '乙一', { disputeType: 'labour', riskLevel: 'red', registeredOn: '2026-02-01', occurredOn: null }),
    );
    await api.call(
      'cases.register',
      withParties('甲二', '乙二', { disputeType: 'labour', riskLevel: 'blue', registeredOn: '2026-03-01', occurredOn: null }),
    );
    await api.call(
      'cases.register',
      withParties('甲三', '乙三', { disputeType: 'neighbourhood', riskLevel: 'red', registeredOn: '2026-04-01', occurredOn: null }),
    );
    const names = async (q: object) => (await api.call('cases.list', q)).items.map((i) => i.applicants[0]);
    expect(await names({ disputeType: 'labour' })).toEqual(['甲二', '甲一']);
    expect(await names({ riskLevel: 'red' })).toEqual(['甲三', '甲一']);
    expect(await names({ disputeType: 'labour', riskLevel: 'red' })).toEqual(['甲一']);
    expect(await names({ from: '2026-02-15', to: '2026-03-31' })).toEqual(['甲二']);
    expect(await names({ status: 'registered' })).toHaveLength(3);
    expect(await names({ status: 'archived' })).toEqual([]);
  });

  it('searches by name, pinyin initials, full pinyin, facts words, case number and ID number', async () => {
    const { api } = await testRegister();
    const a = await api.call('cases.register', withParties('张三', '李四', { facts: '楼上卫生间漏水，楼下天花板受损。' }));
    const b = await api.call(
      'cases.register',
      withParties('王小明', '赵丽', { facts: '拖欠工资三个月，共计12000元。', disputeType: 'labour' }),
    );
    const c = await api.call(
      'cases.register',
      sampleCase({
        facts: '宅基地边界争议。',
        parties: [
          { role: 'applicant', kind: 'person', name: '单田芳', idNumber: '440524198001010013' },
          { role: 'respondent', kind: 'person', name: '张三丰' },
        ],
      }),
    );
    const found = async (search: string) => (await api.call('cases.list', { search })).items.map((i) => i.id).sort();
    expect(await found('张三')).toEqual([a.id, c.id].sort());
    expect(await found('zs')).toEqual([a.id, c.id].sort());
    expect(await found('zsf')).toEqual([c.id]);
    expect(await found('ZhangSan')).toEqual([a.id, c.id].sort());
    expect(await found('stf')).toEqual([c.id]);
    expect(await found('漏水')).toEqual([a.id]);
    expect(await found('天花板受损')).toEqual([a.id]);
    expect(await found('漏')).toEqual([a.id]);
    expect(await found('工资 王小明')).toEqual([b.id]);
    expect(await found('12000')).toEqual([b.id]);
    expect(await found(b.number)).toEqual([b.id]);
    expect(await found('440524198001010013')).toEqual([c.id]);
    expect(await found('不存在的词')).toEqual([]);
    expect(await found('，。')).toHaveLength(3);
    expect((await api.call('cases.list', { search: 'zs', disputeType: 'labour' })).total).toBe(0);
  });

  it('masks nothing in the case detail but keeps the list free of ID numbers and phones', async () => {
    const { api } = await testRegister();
    await api.call('cases.register', sampleCase());
    const page = await api.call('cases.list', {});
    expect(JSON.stringify(page)).not.toContain('11010519491231002X');
    expect(JSON.stringify(page)).not.toContain('13812345678');
  });
});
