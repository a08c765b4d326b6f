// A case's whole life through the dispatcher, on a real register file.
import fs from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client.ts';
import type { StepKind } from '../../shared/domain/lifecycle.ts';
import { addDays, todayInChina } from '../../shared/rules/dates.ts';
import { attachmentPath } from '../../services/attachments.ts';
import type { Register } from '../../services/register.ts';
import { sampleCase, testRegister } from '../helpers/register.ts';
import { rejection } from '../helpers/rejection.ts';
import { sampleStep } from '../helpers/steps.ts';
import { PNG } from '../helpers/png.ts';

const TODAY = todayInChina();
const day = (n: number) => addDays(TODAY, n - 60);
const POLICE = {
  source: 'police',
  referral: { body: '玄武分局梅园新村派出所', reference: '玄公（梅）调移〔2026〕37号', date: day(0) },
} as const;

async function counts(register: Register) {
  const { rows } = await sql<{ events: number; changes: number; version: number }>`
    select (select count(*) from case_events) as events, (select count(*) from change_log) as changes,
           (select coalesce(sum(version), 0) from cases) as version`.execute(register.db);
  return rows[0]!;
}

async function newCase(api: ApiClient, registeredOn = day(0)) {
  return api.call('cases.register', sampleCase({ ...POLICE, registeredOn }));
}

async function addMediator(api: ApiClient, name = '王调解') {
  const { ownCommittee } = await api.call('setup.status', {});
  return api.call('mediators.add', { committeeId: ownCommittee!.id, name, post: 'mediator', fullTime: true });
}

/** The steps of the walk below, in the order they are recorded (and, here, dated). */
const LIFE = [
  'accept',
  'assign',
  'session',
  'session',
  'agreement_written',
  'fulfilment',
  'confirmation_applied',
  'confirmation_result',
  'follow_up',
  'attachment',
  'archive',
];

describe('a police hand-over, mediated to a written agreement, followed up and archived', () => {
  it('walks the whole lifecycle and ends read-only with a complete case file', async () => {
    const { api, register, dataDir } = await testRegister();
    const mediator = await addMediator(api);
    const { id } = await newCase(api);
    const record = (kind: StepKind, on: string, extra: Record<string, unknown> = {}) =>
      api.call('cases.record', { caseId: id, step: sampleStep(kind, on, extra) });

    await record('accept', day(1));
    await record('assign', day(1), { mediators: [{ mediatorId: mediator.id, lead: true }], chosenByParties: true });
    await record('session', day(3));
    await record('session', day(8), { content: '第二次调解，双方就赔偿数额达成一致意见。' });
    const agreed = await record('agreement_written', day(8), { performanceDeadline: day(18), followUpDue: day(38) });
    expect(agreed.status).toBe('succeeded');
    expect(agreed.progress.confirmation).toEqual({ deadline: addDays(day(8), 30), appliedOn: null, court: null, result: null });
    expect(agreed.progress.availableSteps).toContain('confirmation_applied');

    await record('fulfilment', day(15));
    await record('confirmation_applied', day(20));
    await record('confirmation_result', day(30));
    await record('follow_up', day(38));
    const photo = await api.call('attachments.add', {
      caseId: id,
      name: '张三身份证.png',
      category: 'id_proof',
      contentBase64: PNG.toString('base64'),
    });
    expect(fs.readFileSync(attachmentPath(dataDir, photo.sha256))).toEqual(PNG);

    // Archived today: the ID copy was uploaded today, and an archive cannot predate its last item.
    const archived = await record('archive', TODAY, { remarks: '材料齐全' });
    expect(archived.status).toBe('archived');
    expect(archived.progress.catalogue.filter((c) => c.required && !c.present)).toEqual([]);
    expect(archived.progress.archive).toMatchObject({ archiveNumber: '玄武梅园2026-0001', remarks: '材料齐全' });
    expect(archived.progress.timeline.map((e) => e.step.kind)).toEqual(LIFE);
    expect(archived.progress.mediators).toEqual([expect.objectContaining({ name: '王调解', lead: true, chosenByParties: true })]);
    expect(archived.referral).toEqual(POLICE.referral);

    // Read-only now: steps, attachments and edits are refused, and nothing is written.
    const before = await counts(register);
    expect((await rejection(record('follow_up', day(45)))).message).toMatch(/已归档/);
    expect(
      (
        await rejection(
          api.call('attachments.add', { caseId: id, name: 'b.png', category: 'evidence', contentBase64: PNG.toString('base64') }),
        )
      ).message,
    ).toMatch(/已归档/);
    const { progress: _p, ...detail } = archived;
    const edit = { ...sampleCase({ ...POLICE, registeredOn: day(0), facts: '改过的案情，应被拒绝保存。' }), id, version: detail.version };
    expect((await rejection(api.call('cases.update', edit))).message).toMatch(/已归档/);
    expect(await counts(register)).toEqual(before);

    // A correction is the one change an archived case takes; the original stays, marked.
    const session = archived.progress.timeline.find((e) => e.step.kind === 'session')!;
    const corrected = await api.call('cases.correct', {
      caseId: id,
      correction: {
        on: TODAY,
        targetId: session.id,
        reason: '记录人姓名写错',
        replacement: sampleStep('session', day(3), { noteTaker: '钱记录' }),
      },
    });
    expect(corrected.status).toBe('archived');
    const original = corrected.progress.timeline.find((e) => e.id === session.id)!;
    const correction = corrected.progress.timeline.find((e) => e.correction?.targetId === session.id)!;
    expect(original.correctedBy).toBe(correction.id);
    expect(correction.step).toMatchObject({ kind: 'session', noteTaker: '钱记录' });
    expect(correction.correction).toEqual({ targetId: session.id, reason: '记录人姓名写错', on: TODAY });

    const log = await register.db.selectFrom('change_log').select(['action', 'data']).where('entity_id', '=', id).orderBy('seq').execute();
    // Each step's entry points at the event that holds it.
    expect(JSON.parse(log[3]!.data)).toEqual({ eventId: archived.progress.timeline[2]!.id });
    // The change log has the registration, each step in the order recorded, and the correction.
    expect(log.map((l) => l.action)).toEqual(['register', ...LIFE, 'correct']);
  });
});

describe('refusals leave nothing half-written', () => {
  it('refuses an agreement on a refused case, a follow-up before an outcome, and out-of-order dates', async () => {
    const { api, register } = await testRegister();
    const refused = await newCase(api);
    await api.call('cases.record', { caseId: refused.id, step: sampleStep('refuse', day(1)) });
    const open = await newCase(api);
    await api.call('cases.record', { caseId: open.id, step: sampleStep('accept', day(2)) });
    const before = await counts(register);

    const attempts: [string, StepKind, string, string][] = [
      [refused.id, 'agreement_written', day(3), '案件已不予受理，不能再记录“达成书面协议”'],
      [open.id, 'follow_up', day(3), '案件还没有调解结果，回访应在调解结束之后'],
      [open.id, 'session', day(1), `调解记录的日期不能早于受理日期（${day(2)}）`],
      [open.id, 'session', addDays(TODAY, 1), '调解记录的日期不能晚于今天'],
    ];
    for (const [caseId, kind, on, message] of attempts) {
      const error = await rejection(api.call('cases.record', { caseId, step: sampleStep(kind, on) }));
      expect(error).toMatchObject({ code: 'CONFLICT', message });
    }
    expect(await counts(register)).toEqual(before);
  });

  it('refuses invalid step input with the field path, and a hand-over without its sending body', async () => {
    const { api } = await testRegister();
    const { id } = await newCase(api);
    const error = await rejection(
      api.call('cases.record', { caseId: id, step: { kind: 'accept', on: day(1), consent: false as never, noticeGiven: true } }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: 'step.consent', message: '当事人一方明确拒绝调解的，不得受理调解，请改为“不予受理”' }]);
    const noReferral = await rejection(api.call('cases.register', sampleCase({ source: 'court' })));
    expect(noReferral.issues).toEqual([{ path: 'referral.body', message: '移送、委托的案件请填写移送单位和移送日期' }]);
  });

  it('refuses a correction that would make the history contradict itself', async () => {
    const { api } = await testRegister();
    const { id } = await newCase(api);
    for (const [kind, on] of [
      ['accept', day(1)],
      ['session', day(5)],
      ['failure', day(6)],
    ] as const)
      await api.call('cases.record', { caseId: id, step: sampleStep(kind, on) });
    const detail = await api.call('cases.get', { id });
    const failure = detail.progress.timeline.find((e) => e.step.kind === 'failure')!;
    const error = await rejection(
      api.call('cases.correct', {
        caseId: id,
        correction: { on: TODAY, targetId: failure.id, reason: '日期写错', replacement: sampleStep('failure', day(4)) },
      }),
    );
    expect(error.message).toBe(`更正后案件记录前后矛盾：调解不成的日期不能早于最近一次调查或调解（${day(5)}）`);

    // Turning a failure into an agreement is a correction too, recorded as such.
    const fixed = await api.call('cases.correct', {
      caseId: id,
      correction: {
        on: TODAY,
        targetId: failure.id,
        reason: '双方当日下午达成协议，误录为调解不成',
        replacement: sampleStep('agreement_written', day(6)),
      },
    });
    expect(fixed.status).toBe('succeeded');
    expect(fixed.progress.outcome?.kind).toBe('agreement_written');
  });

  it('refuses a stale edit, and an edit updates the parties and the search index', async () => {
    const { api } = await testRegister();
    const { id } = await newCase(api);
    const detail = await api.call('cases.get', { id });
    const input = sampleCase({ ...POLICE, registeredOn: day(0) });
    const parties = [...input.parties!, { role: 'respondent' as const, kind: 'person' as const, name: '欧阳娜娜' }];
    const edited = await api.call('cases.update', { ...input, parties, id, version: detail.version });
    expect(edited.parties.map((p) => p.name)).toEqual(['张三', '李四', '欧阳娜娜']);
    expect(edited.progress.timeline.at(-1)?.step).toMatchObject({ kind: 'edit', fields: ['parties'] });
    expect((await api.call('cases.list', { search: '欧阳' })).items.map((i) => i.id)).toEqual([id]);
    const stale = await rejection(api.call('cases.update', { ...input, id, version: detail.version }));
    expect(stale).toMatchObject({ code: 'CONFLICT', message: '这件案件刚被其他人修改过，请重新打开后再改' });
  });
});

describe('attachments', () => {
  it('accepts scans by their content, refuses other files and a name that lies, and detects a damaged file', async () => {
    const { api, dataDir } = await testRegister();
    const { id } = await newCase(api);
    const add = (name: string, bytes: Buffer) =>
      api.call('attachments.add', { caseId: id, name, category: 'evidence', contentBase64: bytes.toString('base64') });
    const pdf = await add('收据.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(pdf).toMatchObject({ mime: 'application/pdf', size: 15 });
    expect((await rejection(add('病毒.exe', Buffer.from('MZ\x90\x00')))).issues?.[0]?.message).toMatch(/^文件类型不支持/);
    expect((await rejection(add('照片.jpg', PNG))).issues).toEqual([{ path: 'name', message: '文件内容是PNG 图片，但扩展名是 .jpg' }]);
    expect((await api.call('attachments.get', { id: pdf.id })).contentBase64).toBe(Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'));
    fs.writeFileSync(attachmentPath(dataDir, pdf.sha256), '%PDF-tampered');
    expect((await rejection(api.call('attachments.get', { id: pdf.id }))).message).toMatch(/已损坏/);
  });
});

describe("the clerk's work list", () => {
  it('lists overdue follow-ups, closing confirmation windows, warnings and unarchived cases, and filters the register the same way', async () => {
    const { api } = await testRegister();
    const mediator = await addMediator(api);
    const agreed = await newCase(api);
    for (const [kind, on, extra] of [
      ['accept', day(1), {}],
      ['assign', day(1), { mediators: [{ mediatorId: mediator.id, lead: true }] }],
      ['session', day(2), {}],
      // Agreement 25 days ago: the confirmation window closes in 5 days; the follow-up was due 5 days ago.
      ['agreement_written', day(35), { performanceDeadline: day(40), followUpDue: day(55) }],
    ] as const)
      await api.call('cases.record', { caseId: agreed.id, step: sampleStep(kind, on, extra) });
    const red = await newCase(api);
    await api.call('cases.record', { caseId: red.id, step: sampleStep('risk', day(50), { level: 'red', reason: '一方扬言报复' }) });
    await api.call('cases.record', { caseId: red.id, step: sampleStep('accept', day(51)) });
    await api.call('cases.record', { caseId: red.id, step: sampleStep('leader', day(52)) });

    const work = await api.call('work.today', {});
    const section = (code: string) => work.sections.find((s) => s.attention === code)!;
    expect(section('follow_up_overdue').items.map((i) => [i.caseId, i.date])).toEqual([[agreed.id, day(55)]]);
    expect(section('confirmation_closing').items.map((i) => [i.caseId, i.date])).toEqual([[agreed.id, addDays(day(35), 30)]]);
    expect(section('performance_overdue').total).toBe(1);
    expect(section('unarchived_closed').items.map((i) => i.caseId)).toEqual([agreed.id]);
    expect(section('warnings').items).toEqual([expect.objectContaining({ caseId: red.id, riskLevel: 'red', title: '张三 与 李四' })]);
    for (const s of work.sections) expect((await api.call('cases.list', { attention: s.attention })).total).toBe(s.total);

    const board = await api.call('warnings.board', {});
    expect(board).toEqual([
      expect.objectContaining({ caseId: red.id, reason: '一方扬言报复', raisedOn: day(50), leader: '刘主任', reviewDue: day(51) }),
    ]);
  });
});

describe('screening', () => {
  it('tells reported, zero and missing periods apart and refuses a second report for a period', async () => {
    const { api } = await testRegister();
    const { ownCommittee } = await api.call('setup.status', {});
    const config = await api.call('config.get', {});
    await api.call('config.set', { ...config, screening: { ...config.screening, since: addDays(TODAY, -27) } });
    const report = (periodDate: string, zero: boolean) =>
      api.call('screening.report', {
        committeeId: ownCommittee!.id,
        periodDate,
        zero,
        findings: zero
          ? []
          : [
              {
                summary: '两户村民因宅基地边界发生争执',
                disputeType: 'housing_homestead',
                peopleCount: 6,
                riskLevel: 'yellow',
                handling: 'registered',
              },
            ],
        reportedOn: TODAY,
        reporter: '赵记录',
      });
    await report(addDays(TODAY, -7), true);
    await report(addDays(TODAY, -14), false);
    const [row] = await api.call('screening.overview', { periods: 6 });
    const byStatus = Object.fromEntries(
      (['zero', 'reported', 'open', 'missing'] as const).map((s) => [s, row!.periods.filter((p) => p.status === s)]),
    );
    expect(byStatus.zero).toHaveLength(1);
    expect(byStatus.reported).toEqual([expect.objectContaining({ findings: 1 })]);
    expect(byStatus.open).toHaveLength(1);
    expect(row!.missing).toBe(byStatus.missing!.length);
    expect(row!.missing).toBeGreaterThan(0);
    expect((await api.call('work.today', {})).screening[0]?.missing.length).toBe(row!.missing);
    expect((await rejection(report(addDays(TODAY, -7), true))).code).toBe('CONFLICT');
    const both = await rejection(
      api.call('screening.report', {
        committeeId: ownCommittee!.id,
        periodDate: TODAY,
        zero: true,
        findings: [{ summary: '一些纠纷情况', disputeType: 'other', peopleCount: 2, riskLevel: 'blue', handling: 'monitoring' }],
        reportedOn: TODAY,
        reporter: '赵',
      }),
    );
    expect(both.issues).toEqual([{ path: 'findings', message: '零报告不能同时填写排查到的纠纷' }]);
  });

  it('keeps the records of a village committee under the office, with its own numbering', async () => {
    const { api } = await testRegister();
    const village = await api.call('committees.add', {
      areaCode: '320102002001',
      name: '大悲巷社区人民调解委员会',
      kind: 'village',
      abbreviation: '大悲巷',
    });
    const { ownCommittee } = await api.call('setup.status', {});
    expect(village.parentId).toBe(ownCommittee!.id);
    const registered = await api.call('cases.register', sampleCase({ committeeId: village.id }));
    expect(registered.number).toBe('〔2026〕大悲巷调字第1号');
    const clash = await rejection(
      api.call('committees.add', { areaCode: '320102002002', name: '另一社区人民调解委员会', kind: 'village', abbreviation: '大悲巷' }),
    );
    expect(clash.issues?.[0]?.path).toBe('abbreviation');
  });
});
