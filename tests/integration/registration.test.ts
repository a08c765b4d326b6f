import { describe, expect, it } from 'vitest';
import { changesOf } from '../../services/audit/log.ts';
import { sampleCase, testRegister, XUANWU_COMMITTEE } from '../helpers/register.ts';
import { rejection } from '../helpers/rejection.ts';

describe('first-run setup', () => {
  it('records the office committee once', async () => {
    const { api } = await testRegister({ setUp: false });
    expect(await api.call('setup.status', {})).toEqual({ done: false, ownCommittee: null });
    const committee = await api.call('setup.complete', XUANWU_COMMITTEE);
    expect(committee).toMatchObject({ name: XUANWU_COMMITTEE.name, abbreviation: '梅园', isOwn: true, kind: 'township' });
    expect((await api.call('setup.status', {})).done).toBe(true);
    const again = await rejection(api.call('setup.complete', XUANWU_COMMITTEE));
    expect(again.code).toBe('ALREADY_SET_UP');
    expect(await api.call('committees.list', {})).toHaveLength(1);
  });

  it('refuses an area code that is not a real division', async () => {
    const { api } = await testRegister({ setUp: false });
    const error = await rejection(api.call('setup.complete', { ...XUANWU_COMMITTEE, areaCode: '329999999000' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: 'areaCode', message: expect.stringContaining('行政区划') }]);
  });

  it('refuses a registration before setup, and stores nothing', async () => {
    const { api, register } = await testRegister({ setUp: false });
    const error = await rejection(api.call('cases.register', sampleCase()));
    expect(error.code).toBe('NOT_SET_UP');
    const { n } = await register.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(0);
  });
});

describe('registering a dispute', () => {
  it('issues the number and stores the case with its parties', async () => {
    const { api } = await testRegister();
    const first = await api.call('cases.register', sampleCase());
    const second = await api.call('cases.register', sampleCase());
    expect(first.number).toBe('〔2026〕梅园调字第1号');
    expect(second.number).toBe('〔2026〕梅园调字第2号');
    const detail = await api.call('cases.get', { id: first.id });
    expect(await api.call('cases.get', { number: first.number })).toEqual(detail);
    expect(detail).toMatchObject({ number: first.number, status: 'registered', disputeType: 'neighbourhood', riskLevel: 'blue' });
    expect(detail.parties.map((p) => [p.role, p.name])).toEqual([
      ['applicant', '张三'],
      ['respondent', '李四'],
    ]);
    // Sex and birth date are read from the ID number when not given.
    expect(detail.parties[0]).toMatchObject({ sex: 'female', birthDate: '1949-12-31', idNumber: '11010519491231002X' });
  });

  it('restarts numbering each year', async () => {
    const { api } = await testRegister();
    await api.call('cases.register', sampleCase({ registeredOn: '2025-12-31', occurredOn: null }));
    await api.call('cases.register', sampleCase({ registeredOn: '2025-12-31', occurredOn: null }));
    const jan = await api.call('cases.register', sampleCase({ registeredOn: '2026-01-01', occurredOn: null }));
    expect(jan.number).toBe('〔2026〕梅园调字第1号');
  });

  it('stores and finds names with extension-B characters', async () => {
    const { api } = await testRegister();
    const name = '𠮷祥';
    const { id } = await api.call(
      'cases.register',
      sampleCase({
        parties: [
          { role: 'applicant', kind: 'person', name },
          { role: 'respondent', kind: 'organization', name: '南京𠮷安物业管理有限公司', legalRepresentative: '王五' },
        ],
      }),
    );
    const detail = await api.call('cases.get', { id });
    expect(detail.parties[0]!.name).toBe(name);
    expect([...detail.parties[0]!.name]).toHaveLength(2);
    for (const q of ['𠮷祥', '𠮷', 'jx', '𠮷安物业']) {
      const page = await api.call('cases.list', { search: q });
      expect(
        page.items.map((i) => i.id),
        q,
      ).toEqual([id]);
    }
    const page = await api.call('cases.list', { search: '𠮷祥' });
    expect(page.items[0]!.applicants).toEqual([name]);
  });

  it('writes the change log in the same transaction, and the log cannot be edited', async () => {
    const { api, register } = await testRegister();
    const { id, number } = await api.call('cases.register', sampleCase());
    const changes = await changesOf(register.db, 'case', id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actor: 'test:clerk', action: 'register', data: expect.objectContaining({ number }) });
    await expect(register.db.updateTable('change_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(/append-only/);
    await expect(register.db.deleteFrom('change_log').execute()).rejects.toThrow(/append-only/);
  });
});

describe('validation', () => {
  /** Overrides for a case whose first party (an applicant, 张三) has `fields`, against respondent 李四. */
  const applicant = (fields: Record<string, unknown>) => ({
    parties: [
      { role: 'applicant', kind: 'person', name: '张三', ...fields },
      { role: 'respondent', kind: 'person', name: '李四' },
    ],
  });
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['a bad ID check digit', applicant({ idNumber: '110105194912310021' }), 'parties.0.idNumber', /校验位/],
    ['an ID of the wrong length', applicant({ idNumber: '1101051949' }), 'parties.0.idNumber', /18位/],
    ['an impossible birth date in the ID', applicant({ idNumber: '110105194902300021' }), 'parties.0.idNumber', /出生日期/],
    ['a bad phone', applicant({ phone: '12345' }), 'parties.0.phone', /电话号码/],
    ['no respondent', { parties: [{ role: 'applicant', kind: 'person', name: '张三' }] }, 'parties', /被申请人/],
    ['no applicant', { parties: [{ role: 'respondent', kind: 'person', name: '张三' }] }, 'parties', /申请人/],
    ['an empty name', applicant({ name: '  ' }), 'parties.0.name', /姓名/],
    ['a name with digits', applicant({ name: '张3' }), 'parties.0.name', /姓名/],
    ['sex contradicting the ID', applicant({ idNumber: '11010519491231002X', sex: 'male' }), 'parties.0.sex', /不一致/],
    [
      'the same ID twice',
      {
        parties: [
          { role: 'applicant', kind: 'person', name: '张三', idNumber: '11010519491231002X' },
          { role: 'respondent', kind: 'person', name: '李四', idNumber: '11010519491231002X' },
        ],
      },
      'parties',
      /重复/,
    ],
    ['an unknown ethnicity', applicant({ ethnicity: '火星族' }), 'parties.0.ethnicity', /民族/],
    ['an unknown dispute type', { disputeType: 'quarrel' }, 'disputeType', /纠纷类型/],
    ['an unknown source', { source: 'rumour' }, 'source', /来源/],
    ['an unknown risk colour', { riskLevel: 'purple' }, 'riskLevel', /风险/],
    ['a date that does not exist', { registeredOn: '2026-02-30' }, 'registeredOn', /日期/],
    ['a registration in the future', { registeredOn: '2999-01-01', occurredOn: null }, 'registeredOn', /晚于今天/],
    ['an occurrence after registration', { occurredOn: '2026-03-05' }, 'occurredOn', /不能晚于登记日期/],
    ['facts too short', { facts: '吵架' }, 'facts', /至少5个字/],
    ['facts missing', { facts: undefined }, 'facts', /纠纷简要情况/],
    ['an organisation without a name', applicant({ kind: 'organization', name: '' }), 'parties.0.name', /单位名称/],
    ['a party of unknown kind', applicant({ kind: 'robot', name: 'x' }), 'parties.0.kind', /当事人类型/],
    ['an unknown committee', { committeeId: '01937a3c-5f2e-7b41-9c0d-3e2f1a4b5c6d' }, 'committeeId', /调委会不存在/],
  ];

  it.each(cases)('refuses %s with a Chinese message on the field, storing nothing', async (_label, overrides, path, message) => {
    const { api, register } = await testRegister();
    const error = await rejection(api.call('cases.register', { ...sampleCase(), ...overrides } as never));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    const issue = error.issues?.find((i) => i.path === path);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
    const { n } = await register.db
      .selectFrom('cases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(0);
    const counters = await register.db.selectFrom('case_number_counters').selectAll().execute();
    expect(counters).toEqual([]);
  });

  it('refuses unknown methods and malformed list queries', async () => {
    const { register } = await testRegister();
    expect(await register.dispatch('cases.drop', {}, { via: 'cli', operator: 't' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    const bad = await register.dispatch(
      'cases.list',
      { pageSize: 1000, from: '2026-05-01', to: '2026-01-01' },
      { via: 'cli', operator: 't' },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok) expect(bad.error.issues?.map((i) => i.path).sort()).toEqual(['pageSize', 'to']);
    expect(await register.dispatch('cases.get', { id: 'not-an-id' }, { via: 'cli', operator: 't' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(
      await register.dispatch('cases.get', { id: '01937a3c-5f2e-7b41-9c0d-3e2f1a4b5c6d' }, { via: 'cli', operator: 't' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
