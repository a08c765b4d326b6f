// The mediator roster and the committees overview through the dispatcher, on a real register file: search by
// pinyin, masked ID numbers, grade history, trainings and honours, leaving, staffing warnings and the workbook.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import type { MediatorInput } from '../../shared/domain/mediator.ts';
import { addDays, todayInChina } from '../../shared/rules/dates.ts';
import { idCheckChar, maskIdNumber } from '../../shared/rules/idNumber.ts';
import type { Register } from '../../services/register.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { firstAdmin, userOf } from '../helpers/accounts.ts';
import { rejection } from '../helpers/rejection.ts';
import { sampleStep } from '../helpers/steps.ts';

const TODAY = todayInChina();
const day = (n: number) => addDays(TODAY, n - 60);
/** A valid ID number of a man born on 1975-04-09 in 玄武区. */
const ZHANG_ID = `32010219750409041${idCheckChar('32010219750409041')}`;

async function ownId(api: ApiClient): Promise<string> {
  return (await api.call('setup.status', {})).ownCommittee!.id;
}

async function add(api: ApiClient, name: string, extra: Partial<MediatorInput> = {}) {
  return api.call('mediators.add', { committeeId: await ownId(api), name, post: 'mediator', ...extra });
}

async function mediatorLog(register: Register, id: string) {
  return register.db.selectFrom('change_log').select(['action', 'actor', 'data']).where('entity_id', '=', id).orderBy('seq').execute();
}

describe('the roster', () => {
  it('finds mediators by name, part of it, pinyin initials or pinyin, and filters by post and full-time', async () => {
    const { api } = await testRegister();
    await add(api, '张三', { post: 'director', fullTime: true });
    await add(api, '李四');
    await add(api, '王小明', { post: 'member', fullTime: true });
    const names = async (query: Record<string, unknown>) => (await api.call('mediators.list', query)).map((m) => m.name);

    expect(await names({})).toEqual(['张三', '王小明', '李四']); // director first, then by post
    expect(await names({ search: 'zs' })).toEqual(['张三']);
    expect(await names({ search: 'ZhangSan' })).toEqual(['张三']);
    expect(await names({ search: '三' })).toEqual(['张三']);
    expect(await names({ search: '小明' })).toEqual(['王小明']);
    expect(await names({ search: 'wxm' })).toEqual(['王小明']);
    expect(await names({ search: 'xyz' })).toEqual([]);
    expect(await names({ fullTime: true })).toEqual(['张三', '王小明']);
    expect(await names({ post: 'mediator' })).toEqual(['李四']);
    expect((await api.call('mediators.list', { search: 'zs' }))[0]).toMatchObject({ initials: 'zs', trainingHours: 0, version: 1 });
  });

  it('masks ID numbers in the list, shows them whole in the record, and keeps who looked', async () => {
    const { api, register } = await testRegister();
    const added = await add(api, '张三', { idNumber: ZHANG_ID, ethnicity: '汉族', education: 'bachelor', politicalStatus: 'cpc' });
    // Sex and birth date come from the ID number when left empty, as for a party.
    expect(added).toMatchObject({ idNumber: maskIdNumber(ZHANG_ID), sex: 'male', birthDate: '1975-04-09' });
    expect((await api.call('mediators.list', {}))[0]!.idNumber).toBe(maskIdNumber(ZHANG_ID));

    const detail = await api.call('mediators.get', { id: added.id });
    expect(detail).toMatchObject({ idNumber: ZHANG_ID, ethnicity: '汉族', education: 'bachelor', politicalStatus: 'cpc' });
    expect((await mediatorLog(register, added.id)).map((l) => [l.action, l.actor])).toEqual([
      ['create', 'test:clerk'],
      ['read', 'test:clerk'],
    ]);

    const mismatch = await rejection(add(api, '张四', { idNumber: ZHANG_ID, birthDate: '1975-04-10' }));
    expect(mismatch.issues).toEqual([{ path: 'birthDate', message: '出生日期与身份证号码不一致' }]);
  });

  it('refuses a committee that does not exist and dates after today, naming the field', async () => {
    const { api } = await testRegister();
    const missing = await rejection(
      api.call('mediators.add', { committeeId: '0193a000-0000-7000-8000-000000000009', name: '张三', post: 'mediator' }),
    );
    expect(missing.code).toBe('VALIDATION');
    expect(missing.issues?.[0]?.path).toBe('committeeId');
    const future = await rejection(add(api, '张三', { joinedOn: addDays(TODAY, 1) }));
    expect(future.issues?.[0]?.path).toBe('joinedOn');
    expect(await api.call('mediators.list', {})).toEqual([]);
  });

  it('keeps the grade history newest first, sums training hours and lists evaluations and awards', async () => {
    const { api, register } = await testRegister();
    const { id } = await add(api, '张三', { joinedOn: '2019-03-01', grade: 'fourth', gradeSince: '2020-01-01' });
    await api.call('mediators.grade', { mediatorId: id, grade: 'third', since: '2023-06-01', note: '年度等级评定晋升' });
    // Entered late, for an earlier year: it goes into the history, the current grade stays.
    const late = await api.call('mediators.grade', { mediatorId: id, grade: 'fourth', since: '2019-03-01' });
    expect(late.grade).toBe('third');
    expect(late.grades.map((g) => [g.grade, g.since])).toEqual([
      ['third', '2023-06-01'],
      ['fourth', '2020-01-01'],
      ['fourth', '2019-03-01'],
    ]);

    await api.call('mediators.training', {
      mediatorId: id,
      on: '2025-04-10',
      hours: 8,
      subject: '人民调解法律知识培训',
      organiser: '玄武区司法局',
    });
    const trained = await api.call('mediators.training', {
      mediatorId: id,
      on: '2026-03-20',
      hours: 3.5,
      subject: '矛盾纠纷排查化解业务培训',
    });
    expect(trained.trainingHours).toBe(11.5);
    expect(trained.trainings.map((t) => t.on)).toEqual(['2026-03-20', '2025-04-10']);
    expect((await api.call('mediators.list', {}))[0]!.trainingHours).toBe(11.5);
    expect((await rejection(api.call('mediators.training', { mediatorId: id, on: '2026-03-20', hours: 0.3, subject: '培训' }))).code).toBe(
      'VALIDATION',
    );

    const noResult = await rejection(
      api.call('mediators.honour', { mediatorId: id, kind: 'evaluation', on: '2026-01-20', title: '2025年度考核' }),
    );
    expect(noResult.issues).toEqual([{ path: 'result', message: '请选择考核结果' }]);
    await api.call('mediators.honour', {
      mediatorId: id,
      kind: 'evaluation',
      on: '2026-01-20',
      title: '2025年度人民调解员考核',
      result: 'excellent',
    });
    const honoured = await api.call('mediators.honour', {
      mediatorId: id,
      kind: 'award',
      on: '2026-02-10',
      title: '优秀人民调解员',
      issuer: '玄武区司法局',
    });
    expect(honoured.honours.map((h) => [h.kind, h.title, h.result])).toEqual([
      ['award', '优秀人民调解员', null],
      ['evaluation', '2025年度人民调解员考核', 'excellent'],
    ]);
    expect((await mediatorLog(register, id)).map((l) => l.action)).toEqual([
      'create',
      'grade',
      'grade',
      'training',
      'training',
      'honour',
      'honour',
    ]);
  });

  it('refuses an edit made on a stale version, and an edit that changes nothing keeps the version', async () => {
    const { api, register } = await testRegister();
    const added = await add(api, '张三', { phone: '13812345678' });
    const { id, committeeId, name, post, fullTime, phone } = await api.call('mediators.get', { id: added.id });
    const form = { id, committeeId, name, post, fullTime, phone, version: 1 };

    expect((await api.call('mediators.update', form)).version).toBe(1);
    const saved = await api.call('mediators.update', { ...form, phone: '13900001111', occupation: '退休法官' });
    expect(saved).toMatchObject({ version: 2, phone: '13900001111', occupation: '退休法官' });
    const stale = await rejection(api.call('mediators.update', { ...form, name: '张叁' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/刚被其他人修改过/);
    expect((await api.call('mediators.get', { id })).name).toBe('张三');
    const update = (await mediatorLog(register, id)).find((l) => l.action === 'update')!;
    expect(JSON.parse(update.data)).toMatchObject({ fields: ['phone', 'occupation'], before: { phone: '13812345678', occupation: null } });
  });
});

describe('who may do what', () => {
  it('lets a mediator read the roster, not change or export it; the read names the signed-in user', async () => {
    const { register } = await testRegister();
    const admin = await firstAdmin(register);
    const added = await admin.api.call('mediators.add', { committeeId: await ownId(admin.api), name: '张三', idNumber: ZHANG_ID });
    const mediator = await userOf(register, admin, 'mediator');

    expect((await mediator.api.call('mediators.list', {})).map((m) => m.name)).toEqual(['张三']);
    expect((await mediator.api.call('mediators.get', { id: added.id })).idNumber).toBe(ZHANG_ID);
    for (const [method, input] of [
      ['mediators.leave', { id: added.id, on: TODAY, reason: '工作调动' }],
      ['mediators.training', { mediatorId: added.id, on: TODAY, hours: 2, subject: '人民调解法律知识培训' }],
      ['roster.exportXlsx', {}],
    ] as const)
      expect(await mediator.raw(method, input), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const read = await register.db
      .selectFrom('change_log')
      .innerJoin('users', 'users.id', 'change_log.user_id')
      .select('users.username')
      .where('entity_id', '=', added.id)
      .where('action', '=', 'read')
      .executeTakeFirstOrThrow();
    expect(read.username).toBe('mediator');
  });
});

describe('leaving the roster (退出)', () => {
  it('keeps the mediator and the past cases, refuses leaving twice, and refuses a new assignment', async () => {
    const { api } = await testRegister();
    const mediator = await add(api, '王调解', { joinedOn: day(-400), fullTime: true });
    const past = await api.call('cases.register', sampleCase({ registeredOn: day(0) }));
    await api.call('cases.record', { caseId: past.id, step: sampleStep('accept', day(1)) });
    await api.call('cases.record', {
      caseId: past.id,
      step: sampleStep('assign', day(2), { mediators: [{ mediatorId: mediator.id, lead: true }] }),
    });

    const early = await rejection(api.call('mediators.leave', { id: mediator.id, on: day(2), reason: '工作调动' }));
    expect(early.issues?.[0]).toMatchObject({ path: 'on' });
    expect(
      (await rejection(api.call('mediators.leave', { id: mediator.id, on: day(-500), reason: '工作调动' }))).issues?.[0]?.message,
    ).toMatch(/不能早于加入日期/);
    const left = await api.call('mediators.leave', { id: mediator.id, on: day(10), reason: '工作调动' });
    expect(left).toMatchObject({ leftOn: day(10), leftReason: '工作调动', version: 2, cases: { total: 1, open: 1, succeeded: 0 } });

    const twice = await rejection(api.call('mediators.leave', { id: mediator.id, on: day(12), reason: '工作调动' }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toBe(`王调解已于${day(10)}退出，不能重复办理退出`);

    expect(await api.call('mediators.list', {})).toEqual([]);
    expect((await api.call('mediators.list', { includeLeft: true })).map((m) => m.leftOn)).toEqual([day(10)]);
    const pastCase = await api.call('cases.get', { id: past.id });
    expect(pastCase.progress.mediators).toEqual([expect.objectContaining({ name: '王调解' })]);

    const next = await api.call('cases.register', sampleCase({ registeredOn: day(20) }));
    await api.call('cases.record', { caseId: next.id, step: sampleStep('accept', day(20)) });
    const assign = await rejection(
      api.call('cases.record', {
        caseId: next.id,
        step: sampleStep('assign', day(21), { mediators: [{ mediatorId: mediator.id, lead: true }] }),
      }),
    );
    expect(assign.issues?.[0]?.message).toMatch(/已退出/);
  });
});

describe('committees overview', () => {
  it('warns where staffing falls short of the rules, and the warning goes once the committee is staffed', async () => {
    const { api } = await testRegister();
    await add(api, '张三', { post: 'director', fullTime: true });
    await add(api, '李四', { post: 'member' });
    await add(api, '王五');
    const village = await api.call('committees.add', {
      areaCode: '320102002001',
      name: '梅园新村社区人民调解委员会',
      kind: 'village',
      abbreviation: '梅园新村',
    });

    const [own, empty] = await api.call('committees.overview', {});
    expect(own).toMatchObject({
      kind: 'township',
      members: 3,
      fullTime: 1,
      posts: { director: 1, deputy_director: 0, member: 1, mediator: 1 },
      cases: 0,
      version: 1,
      warnings: ['专职调解员1名，少于要求的2名'],
    });
    expect(empty).toMatchObject({ id: village.id, parentName: own!.name, members: 0 });
    expect(empty!.warnings).toEqual(['调解员0名，少于要求的3名', '专职调解员0名，少于要求的1名']);

    await add(api, '赵六', { fullTime: true });
    expect((await api.call('committees.overview', {}))[0]).toMatchObject({ fullTime: 2, warnings: [] });
    // Who left no longer counts.
    const left = (await api.call('mediators.list', { search: '赵六' }))[0]!;
    await api.call('mediators.leave', { id: left.id, on: TODAY, reason: '工作调动' });
    expect((await api.call('committees.overview', {}))[0]!.warnings).toEqual(['专职调解员1名，少于要求的2名']);
  });

  it('changes the abbreviation only before the first case, refuses stale versions and a committee above itself', async () => {
    const { api } = await testRegister();
    const own = (await api.call('committees.overview', {}))[0]!;
    const form = { id: own.id, version: own.version, areaCode: own.areaCode, name: own.name, kind: own.kind, parentId: null };

    expect(await api.call('committees.update', { ...form, abbreviation: '梅园街道' })).toMatchObject({ abbreviation: '梅园街道' });
    expect((await rejection(api.call('committees.update', { ...form, abbreviation: '梅园' }))).code).toBe('CONFLICT');
    const self = await rejection(api.call('committees.update', { ...form, version: 2, abbreviation: '梅园街道', parentId: own.id }));
    expect(self.issues).toEqual([{ path: 'parentId', message: '上级调委会不能是本调委会自己' }]);

    const registered = await api.call('cases.register', sampleCase({ registeredOn: day(0) }));
    expect(registered.number).toMatch(/梅园街道调字/);
    const refused = await rejection(api.call('committees.update', { ...form, version: 2, abbreviation: '梅园' }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/简称不能再修改/);
    // Everything else still can: the own committee's kind and name too.
    expect(
      await api.call('committees.update', { ...form, version: 2, abbreviation: '梅园街道', name: '梅园新村街道人民调解委员会' }),
    ).toMatchObject({
      name: '梅园新村街道人民调解委员会',
      abbreviation: '梅园街道',
    });
    expect((await api.call('committees.overview', {}))[0]).toMatchObject({ version: 3, cases: 1 });
  });

  it('keeps the address and phone its documents print, checking the phone', async () => {
    const { api, register } = await testRegister();
    const own = (await api.call('committees.overview', {}))[0]!;
    expect(own).toMatchObject({ address: null, phone: null });
    const form = {
      id: own.id,
      version: own.version,
      areaCode: own.areaCode,
      name: own.name,
      kind: own.kind,
      abbreviation: own.abbreviation,
    };
    const bad = await rejection(api.call('committees.update', { ...form, address: '梅园新村街道办事处', phone: '8441' }));
    expect(bad.issues).toEqual([{ path: 'phone', message: expect.stringContaining('电话') }]);
    const saved = await api.call('committees.update', { ...form, address: ' 梅园新村街道办事处一楼 ', phone: '025-8441 2345' });
    expect(saved).toMatchObject({ address: '梅园新村街道办事处一楼', phone: '025-84412345' });
    expect((await api.call('setup.status', {})).ownCommittee).toMatchObject({ address: '梅园新村街道办事处一楼', phone: '025-84412345' });
    const logged = await register.db
      .selectFrom('change_log')
      .select('data')
      .where('entity', '=', 'committee')
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(logged.data)).toMatchObject({ fields: ['address', 'phone'] });
  });
});

describe('roster workbook', () => {
  it('has the roster, trainings, honours and grade changes, and the export is audited', async () => {
    const { api, register } = await testRegister();
    const zhang = await add(api, '张三', {
      idNumber: ZHANG_ID,
      fullTime: true,
      joinedOn: '2018-05-01',
      grade: 'third',
      post: 'director',
    });
    const li = await add(api, '李四', { joinedOn: '2020-01-01' });
    await api.call('mediators.grade', { mediatorId: zhang.id, grade: 'second', since: '2024-01-01' });
    await api.call('mediators.training', { mediatorId: zhang.id, on: '2025-04-10', hours: 8, subject: '人民调解法律知识培训' });
    await api.call('mediators.training', { mediatorId: li.id, on: '2025-05-10', hours: 4, subject: '矛盾纠纷排查化解业务培训' });
    await api.call('mediators.honour', { mediatorId: zhang.id, kind: 'award', on: '2026-02-10', title: '优秀人民调解员' });
    await api.call('mediators.leave', { id: li.id, on: '2026-01-05', reason: '工作调动' });

    const exported = await api.call('roster.exportXlsx', {});
    expect(exported.fileName).toBe(`调解员名册-${TODAY.replaceAll('-', '')}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.content, 'base64') as unknown as ArrayBuffer);
    const rowCounts = Object.fromEntries(workbook.worksheets.map((s) => [s.name, s.actualRowCount - 1]));
    expect(rowCounts).toEqual({ 调解员名册: 2, 培训记录: 2, 考核奖励: 1, 等级变动: 2 });

    const roster = workbook.getWorksheet('调解员名册')!;
    const header = (roster.getRow(1).values as unknown[]).slice(1);
    const row = (n: number) => Object.fromEntries(header.map((h, i) => [h, roster.getRow(n).getCell(i + 1).value]));
    expect(row(2)).toMatchObject({
      姓名: '张三',
      身份证号码: ZHANG_ID,
      职务: '主任',
      '专职/兼职': '专职',
      等级: '二级人民调解员',
      状态: '在册',
      培训学时合计: 8,
    });
    expect(row(2)['加入日期']).toEqual(new Date('2018-05-01T00:00:00Z'));
    expect(row(3)).toMatchObject({ 姓名: '李四', '专职/兼职': '兼职', 状态: '已退出', 退出原因: '工作调动', 培训学时合计: 4 });
    expect(row(3)['退出日期']).toEqual(new Date('2026-01-05T00:00:00Z'));
    const grades = workbook.getWorksheet('等级变动')!;
    expect([2, 3].map((n) => grades.getRow(n).getCell(3).value)).toEqual(['三级人民调解员', '二级人民调解员']);

    const withoutLeft = await api.call('roster.exportXlsx', { includeLeft: false });
    const second = new ExcelJS.Workbook();
    await second.xlsx.load(Buffer.from(withoutLeft.content, 'base64') as unknown as ArrayBuffer);
    expect(second.getWorksheet('调解员名册')!.actualRowCount - 1).toBe(1);
    expect(second.getWorksheet('培训记录')!.actualRowCount - 1).toBe(1);

    const audit = await register.db
      .selectFrom('change_log')
      .select(['action', 'data'])
      .where('entity', '=', 'mediator')
      .where('action', '=', 'export')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ fileName: exported.fileName, mediators: 2, trainings: 2 });
  });
});
