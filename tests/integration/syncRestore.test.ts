// Restoring a committee's register onto a new PC from the hub's snapshots (services/sync/restore.ts): a register
// seeded with a realistic history is snapshotted record by record as the sync sends it, restored into a freshly
// set-up register, and snapshotted again — the same records, ids and data. Numbering goes on without reusing a
// number; a register that is not fresh, or a snapshot that does not pass, changes nothing; the audit chain stays
// whole and the restored records are not pending for the upward sync.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CasePage } from '../../shared/domain/case.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import type { ScreeningReport } from '../../shared/domain/screening.ts';
import { AppError } from '../../shared/errors.ts';
import { newId } from '../../shared/rules/ids.ts';
import type { SyncRecord } from '../../shared/sync/protocol.ts';
import { ATTACHMENTS_DIR } from '../../services/attachments.ts';
import { checkRegister } from '../../services/backup/check.ts';
import type { DB } from '../../services/db/schema.ts';
import { samplePdf } from '../../services/seed/sampleFiles.ts';
import { seedRegister } from '../../services/seed/seedRegister.ts';
import { pendingRecords } from '../../services/sync/pending.ts';
import { snapshot } from '../../services/sync/records.ts';
import { restoreSnapshots } from '../../services/sync/restore.ts';
import type { Kysely } from 'kysely';
import { sampleCase, testRegister, XUANWU_COMMITTEE, type TestRegister } from '../helpers/register.ts';
import { sampleStep } from '../helpers/steps.ts';

const NOW = new Date('2026-11-29T08:00:00.000Z');
const OPTIONS = { actor: 'test:restore', now: NOW, ownAreaCode: XUANWU_COMMITTEE.areaCode };

/** Every record of the source register, as the sync sends it. */
let records: SyncRecord[];
/** The source's register list, its attachments folder and its rows per table. */
let sourceList: CasePage;
let sourceDir: string;
let sourceAttachments: number;

const ofKind = <T>(kind: SyncRecord['kind']) => records.filter((r) => r.kind === kind).map((r) => r.data as T);

async function rows(db: Kysely<DB>, table: 'committees' | 'mediators' | 'cases' | 'screening_reports' | 'attachments' | 'change_log') {
  return Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

/** What a register holds, table by table, to show that a refused restore left it as it was. */
async function contents(db: Kysely<DB>) {
  return {
    committees: await db.selectFrom('committees').selectAll().execute(),
    mediators: await rows(db, 'mediators'),
    cases: await rows(db, 'cases'),
    reports: await rows(db, 'screening_reports'),
    attachments: await rows(db, 'attachments'),
    log: await rows(db, 'change_log'),
    counters: await db.selectFrom('case_number_counters').selectAll().execute(),
  };
}

beforeAll(async () => {
  sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-restore-source-'));
  // Set up as the same committee as every fresh test register (XUANWU_COMMITTEE), then seeded: kept committees, a
  // roster with grades, trainings, honours and leavers, a year of screening reports (zero ones among them), cases
  // in every state with their histories, agreements and attachments.
  const { register, api } = await testRegister({ forSuite: true, dataDir: sourceDir });
  await seedRegister(register.db, sourceDir, { count: 120, seed: 'restore', actor: 'test:seed', today: '2026-11-29' });

  // What the seeder does not make: a kept committee's own mediator and case, a hand-over with agents and an
  // organisation, a correction, a raised risk, an uploaded attachment, an edit, and a case registered from a
  // screening finding.
  const committees = await api.call('committees.list', {});
  const kept = committees.find((c) => !c.isOwn)!;
  const mediator = await api.call('mediators.add', {
    committeeId: kept.id,
    name: '周调解',
    sex: 'female',
    joinedOn: '2019-05-01',
    grade: 'third',
    gradeSince: '2020-01-01',
  });
  await api.call('mediators.grade', { mediatorId: mediator.id, grade: 'second', since: '2024-01-01', note: '年度评定晋级' });
  await api.call('mediators.training', { mediatorId: mediator.id, on: '2026-06-01', hours: 4, subject: '人民调解法专题培训' });
  await api.call('mediators.honour', {
    mediatorId: mediator.id,
    kind: 'award',
    on: '2025-12-20',
    title: '优秀人民调解员',
    issuer: '玄武区司法局',
  });
  await api.call('mediators.update', {
    id: mediator.id,
    version: (await api.call('mediators.get', { id: mediator.id })).version,
    committeeId: kept.id,
    name: '周调解',
    sex: 'female',
    phone: '13905171234',
    joinedOn: '2019-05-01',
    note: '擅长邻里纠纷',
  });

  const base = sampleCase();
  const { id } = await api.call(
    'cases.register',
    sampleCase({
      committeeId: kept.id,
      source: 'police',
      referral: { body: '南京市公安局玄武分局梅园新村派出所', reference: '玄公调〔2026〕12号', date: '2026-03-01' },
      riskLevel: 'yellow',
      parties: [
        { ...base.parties[0]!, agent: { kind: 'entrusted', name: '王律师', phone: '13900001111' } },
        base.parties[1]!,
        {
          role: 'respondent',
          kind: 'organization',
          name: '南京梅园物业管理有限公司',
          legalRepresentative: '陈经理',
          representativeTitle: '总经理',
          address: '南京市玄武区大悲巷8号',
          phone: '025-84560000',
          agent: { kind: 'entrusted', name: '刘专员', phone: null },
        },
      ],
    }),
  );
  const steps = [
    sampleStep('accept', '2026-03-03'),
    sampleStep('assign', '2026-03-03', { mediators: [{ mediatorId: mediator.id, lead: true }] }),
    sampleStep('session', '2026-03-05'),
    sampleStep('risk', '2026-03-06'),
    sampleStep('agreement_written', '2026-03-08'),
  ];
  for (const step of steps) await api.call('cases.record', { caseId: id, step });
  const session = (await api.call('cases.get', { id })).progress.timeline.find((e) => e.step.kind === 'session')!;
  await api.call('cases.correct', {
    caseId: id,
    correction: {
      on: '2026-03-10',
      targetId: session.id,
      reason: '调解地点记录有误',
      replacement: sampleStep('session', '2026-03-05', { place: '大悲巷社区调解室' }),
    },
  });
  await api.call('attachments.add', {
    caseId: id,
    name: '调解协议书签字件.pdf',
    category: 'agreement_scan',
    note: '双方签字',
    contentBase64: samplePdf().toString('base64'),
  });
  const detail = await api.call('cases.get', { id });
  await api.call('cases.update', {
    id,
    version: detail.version,
    registeredOn: detail.registeredOn,
    disputeType: detail.disputeType,
    source: detail.source,
    occurredOn: detail.occurredOn,
    place: detail.place,
    facts: `${detail.facts}（经核实，漏水系管道老化所致）`,
    requests: detail.requests,
    referral: detail.referral,
    parties: detail.parties.map(({ id: _id, ...p }) =>
      p.kind === 'person'
        ? {
            role: p.role,
            kind: 'person' as const,
            name: p.name,
            sex: p.sex,
            ethnicity: p.ethnicity,
            birthDate: p.birthDate,
            idNumber: p.idNumber,
            phone: p.phone,
            occupation: p.occupation,
            address: p.address,
            agent: p.agent,
          }
        : {
            role: p.role,
            kind: 'organization' as const,
            name: p.name,
            legalRepresentative: p.legalRepresentative,
            representativeTitle: p.representativeTitle,
            address: p.address,
            phone: p.phone,
            agent: p.agent,
          },
    ),
  });
  const finding = await register.db
    .selectFrom('screening_findings')
    .innerJoin('screening_reports', 'screening_reports.id', 'screening_findings.report_id')
    .select(['screening_findings.id', 'screening_reports.committee_id'])
    .where('screening_findings.case_id', 'is', null)
    .where('screening_reports.period_start', '<=', '2026-11-01')
    .executeTakeFirstOrThrow();
  await api.call(
    'cases.register',
    sampleCase({ committeeId: finding.committee_id, source: 'own_initiative', registeredOn: '2026-11-20', screeningFindingId: finding.id }),
  );

  // Every record is pending in the source (nothing was ever acknowledged): that is every record it holds.
  const pending = await pendingRecords(register.db);
  records = (await Promise.all(pending.map((p) => snapshot(register.db, p)))).filter((r): r is SyncRecord => r !== null);
  sourceList = await api.call('cases.list', { pageSize: 200 });
  sourceAttachments = await rows(register.db, 'attachments');
  expect(ofKind('committee')).toHaveLength(await rows(register.db, 'committees'));
  expect(ofKind('mediator')).toHaveLength(await rows(register.db, 'mediators'));
  expect(ofKind('case')).toHaveLength(await rows(register.db, 'cases'));
  expect(ofKind('screening_report')).toHaveLength(await rows(register.db, 'screening_reports'));
  await register.close();
}, 120_000);

afterAll(() => fs.rmSync(sourceDir, { recursive: true, force: true }));

/** A register set up fresh as XUANWU_COMMITTEE, restored from the source's records. */
async function restoredTarget(): Promise<TestRegister & { freshOwn: Committee; summary: Awaited<ReturnType<typeof restoreSnapshots>> }> {
  const target = await testRegister();
  const freshOwn = (await target.api.call('setup.status', {})).ownCommittee!;
  const summary = await restoreSnapshots(target.register.db, records, OPTIONS);
  return { ...target, freshOwn, summary };
}

describe('restoring a register from the hub', () => {
  it('gives back every record with its id and data, as the sync sent it', async () => {
    // The source holds what the restore must carry.
    const cases = ofKind<CaseDetail>('case');
    const timelines = cases.flatMap((c) => c.progress.timeline);
    expect(timelines.some((e) => e.correction !== null)).toBe(true);
    expect(timelines.some((e) => e.step.kind === 'agreement_written')).toBe(true);
    expect(timelines.some((e) => e.step.kind === 'risk')).toBe(true);
    expect(cases.some((c) => c.parties.some((p) => p.agent !== null))).toBe(true);
    expect(cases.some((c) => c.referral !== null)).toBe(true);
    expect(new Set(cases.map((c) => c.committeeId)).size).toBeGreaterThan(1);
    expect(sourceAttachments).toBeGreaterThan(1);
    const reports = ofKind<ScreeningReport>('screening_report');
    expect(reports.some((r) => r.zero)).toBe(true);
    expect(reports.some((r) => r.findings.some((f) => f.caseId !== null))).toBe(true);
    expect(ofKind<Committee>('committee').filter((c) => !c.isOwn).length).toBeGreaterThan(0);

    const { register, api, dataDir, freshOwn, summary } = await restoredTarget();
    expect(summary).toEqual({
      committees: ofKind('committee').length,
      mediators: ofKind('mediator').length,
      cases: cases.length,
      screeningReports: reports.length,
      attachments: sourceAttachments,
    });
    // Every record reads back as the source sent it: same id, version envelope and data, field for field.
    for (const record of records) expect(await snapshot(register.db, record), `${record.kind} ${record.id}`).toEqual(record);

    // The restored own committee replaced the one made at setup: one own committee, the source's.
    const committees = await api.call('committees.list', {});
    expect(committees.filter((c) => c.isOwn).map((c) => c.id)).toEqual(
      ofKind<Committee>('committee')
        .filter((c) => c.isOwn)
        .map((c) => c.id),
    );
    expect(committees.some((c) => c.id === freshOwn.id)).toBe(false);
    // The register list, in the same order (cases of one date by their registration order).
    expect(await api.call('cases.list', { pageSize: 200 })).toEqual(sourceList);
    // Search works on the restored cases.
    expect((await api.call('cases.list', { search: '大悲巷' })).total).toBeGreaterThan(0);

    // `fengqiao check`: the cases' columns agree with their steps, keys hold, the audit chain is whole; only the
    // attachments' files are missing until they are fetched — and once they are there, nothing is.
    await register.close();
    const before = checkRegister(dataDir);
    expect(before.counts).toEqual({ attachment_missing: sourceAttachments });
    fs.cpSync(path.join(sourceDir, ATTACHMENTS_DIR), path.join(dataDir, ATTACHMENTS_DIR), { recursive: true });
    expect(checkRegister(dataDir)).toMatchObject({ ok: true, problems: [], cases: cases.length, attachments: sourceAttachments });
  });

  it('goes on numbering cases above every restored number, per committee and year', async () => {
    const { api } = await restoredTarget();
    const cases = ofKind<CaseDetail>('case');
    const committees = [...new Set(cases.filter((c) => c.year === 2026).map((c) => c.committeeId))];
    expect(committees.length).toBeGreaterThan(1);
    for (const committeeId of committees) {
      const highest = Math.max(...cases.filter((c) => c.committeeId === committeeId && c.year === 2026).map((c) => c.serial));
      const { id, number } = await api.call('cases.register', sampleCase({ committeeId, registeredOn: '2026-11-29' }));
      const registered = await api.call('cases.get', { id });
      expect(registered.serial, number).toBe(highest + 1);
      expect(cases.some((c) => c.number === number)).toBe(false);
    }
  });

  it('restores into a register not set up yet, whose own committee is then the restored one', async () => {
    const { register, api } = await testRegister({ setUp: false });
    await restoreSnapshots(register.db, records, OPTIONS);
    const own = (await api.call('setup.status', {})).ownCommittee!;
    expect(own).toEqual(ofKind<Committee>('committee').find((c) => c.isOwn));
  });

  it('refuses a register that already holds a case, and changes nothing', async () => {
    const { register, api } = await testRegister();
    await api.call('cases.register', sampleCase());
    const before = await contents(register.db);
    const refusal = await restoreSnapshots(register.db, records, OPTIONS).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^本机登记簿已有案件.*只能恢复到新安装的登记簿/) });
    expect(await contents(register.db)).toEqual(before);
  });

  it('refuses the whole restore for one malformed snapshot among valid ones, naming it, and changes nothing', async () => {
    const { register } = await testRegister();
    const before = await contents(register.db);
    const bad = records.find((r) => r.kind === 'case')!;
    const malformed = { ...bad, data: { ...(bad.data as CaseDetail), disputeType: 'not_a_type' } };
    const withBad = records.map((r) => (r === bad ? malformed : r));
    const refusal = await restoreSnapshots(register.db, withBad, OPTIONS).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining(bad.id) });
    expect((refusal as Error).message).toContain('disputeType');
    expect(await contents(register.db)).toEqual(before);
    expect(before.committees).toHaveLength(1);
    expect(before.cases).toBe(0);
  });

  it('rolls back what it had written when a record clashes with another late in the restore', async () => {
    const { register } = await testRegister();
    const before = await contents(register.db);
    // A second case under the same number: refused by the register's own key, after committees, mediators and
    // other cases were written in the transaction.
    const original = records.filter((r) => r.kind === 'case').at(-1)!;
    const data = { ...(original.data as CaseDetail), id: newId() };
    const refusal = await restoreSnapshots(register.db, [...records, { ...original, id: data.id, data }], OPTIONS).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('与其他记录冲突') });
    expect(await contents(register.db)).toEqual(before);
    // A record that refers to one the hub did not send (the mediators and cases of a kept committee left out) too.
    const kept = ofKind<Committee>('committee').find((c) => !c.isOwn)!;
    const missing = await restoreSnapshots(
      register.db,
      records.filter((r) => r.id !== kept.id),
      OPTIONS,
    ).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'VALIDATION' });
    expect(await contents(register.db)).toEqual(before);
  });

  it('keeps the audit chain whole with one entry for the restore, and leaves nothing restored pending', async () => {
    const { register, api, freshOwn, summary } = await restoredTarget();
    const verification = await api.call('audit.verify', {});
    expect(verification).toMatchObject({ ok: true, problems: [] });
    const log = await register.db.selectFrom('change_log').selectAll().orderBy('seq').execute();
    // The setup's entry for the fresh committee, then the restore's one entry — none per record.
    expect(log.map((e) => [e.entity, e.entity_id, e.action])).toEqual([
      ['committee', freshOwn.id, 'create'],
      ['register', 'restore', 'update'],
    ]);
    expect(JSON.parse(log[1]!.data)).toMatchObject({ ...summary, replacedCommitteeId: freshOwn.id });

    const restored = new Set(records.map((r) => r.id));
    const pending = await pendingRecords(register.db);
    expect(pending.filter((p) => restored.has(p.id))).toEqual([]);
    // Only the committee setup made is left in the pending set: it no longer exists, and the sender settles it as gone.
    expect(pending.map((p) => p.id)).toEqual([freshOwn.id]);

    // A change made after the restore is pending as usual.
    const open = ofKind<CaseDetail>('case').find((c) => c.progress.availableSteps.includes('risk'))!;
    await api.call('cases.record', { caseId: open.id, step: sampleStep('risk', '2026-11-29') });
    expect((await pendingRecords(register.db)).map((p) => p.id)).toContain(open.id);
  });
});
