// Fills a register with realistic sample data: sets up a real township committee when none is set up, adds two
// village committees whose records it keeps, a roster of mediators with their grades, trainings, evaluations and
// awards, a year of screening reports, and cases in every state of their life — each registered and each step
// recorded through the same code as the UI.
import type { Kysely } from 'kysely';
import { CaseRegistration } from '../../shared/domain/case.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import { GradeInput, HonourInput, LeaveInput, MediatorInput, TrainingInput } from '../../shared/domain/mediator.ts';
import { ScreeningReportInput } from '../../shared/domain/screening.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { newId } from '../../shared/rules/ids.ts';
import { storeFile } from '../attachments.ts';
import { insertCaseWithHistory } from '../caseImport.ts';
import { addCommittee, completeSetup, listCommittees, ownCommittee } from '../committees.ts';
import { getConfig } from '../config.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { createDivisionIndex } from '../divisions.ts';
import { writeGrade, writeHonour, writeLeave, writeTraining } from '../mediatorRecords.ts';
import { addMediators, listMediators } from '../mediators.ts';
import { fileReport } from '../screening.ts';
import { generateCases } from './cases.ts';
import { committeeGeography, type CommitteeGeography } from './geography.ts';
import { archiveNumbering, generateHistory, withAttachments } from './histories.ts';
import { createRandom, type Random } from './random.ts';
import { generateRoster } from './roster.ts';
import { generateRosterRecords } from './rosterRecords.ts';
import { samplePdf, sampleJpeg } from './sampleFiles.ts';
import { generateScreeningReports } from './screening.ts';

/** 南京市玄武区梅园新村街道: the sample office when the register has none. */
export const SAMPLE_TOWNSHIP = {
  areaCode: '320102002000',
  name: '玄武区梅园新村街道人民调解委员会',
  abbreviation: '梅园',
  address: '南京市玄武区梅园新村街道办事处一楼人民调解室',
  phone: '025-84412345',
} as const;

const BATCH = 1000;
const KEPT_VILLAGES = 2;

export interface SeedOptions {
  count: number;
  seed: string;
  actor: string;
  today?: string;
  onProgress?: (done: number) => void;
}

export interface SeedResult {
  cases: number;
  committeeName: string;
  setUpCommittee: boolean;
  committees: number;
  mediators: number;
  screeningReports: number;
}

export async function seedRegister(db: Kysely<DB>, dataDir: string, options: SeedOptions): Promise<SeedResult> {
  const today = options.today ?? todayInChina();
  const random = createRandom(`${options.seed}:lifecycle`);
  let own = await ownCommittee(db);
  const setUpCommittee = own === null;
  own ??= await completeSetup(db, { ...SAMPLE_TOWNSHIP, kind: 'township', parentId: null }, options.actor);
  const geography = committeeGeography(createDivisionIndex(), own.areaCode);

  const committees = await keptVillages(db, own, geography.villages, options.actor);
  const addedMediators = await seedRoster(db, committees, { ...options, today }, geography, random);
  // Who left stays in the list: their past cases are theirs, and the histories assign nobody after they left.
  const mediators = await listMediators(db, { committeeId: own.id, includeLeft: true });
  const screeningReports = await seedScreening(db, committees, geography.villages, today, options.actor, random);

  const inputs = generateCases({
    count: options.count,
    seed: options.seed,
    committeeAreaCode: own.areaCode,
    today,
    ...geography,
  });
  // Oldest first, so that case numbers follow registration dates as they would in a real register.
  inputs.sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : 0));

  const files = {
    pdf: { sha256: storeFile(dataDir, samplePdf()), size: samplePdf().length, mime: 'application/pdf' },
    jpg: { sha256: storeFile(dataDir, sampleJpeg()), size: sampleJpeg().length, mime: 'image/jpeg' },
  };
  const historyOptions = {
    today,
    mediatorIds: mediators.map((m) => m.id),
    mediatorNames: mediators.map((m) => m.name),
    mediatorTenure: mediators.map((m) => ({ joinedOn: m.joinedOn, leftOn: m.leftOn })),
    committeeName: own.name,
    committeeAreaCode: own.areaCode,
    areaNames: geography.areaNames,
    archiveNumber: archiveNumbering(`${geography.areaNames.district.replace(/区$|县$/, '')}${own.abbreviation}`),
  };
  let done = 0;
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = inputs.slice(start, start + BATCH);
    const now = new Date();
    await immediateTransaction(db, async (trx) => {
      for (const input of batch) {
        const history = generateHistory(random, input, historyOptions);
        const ids = history.attachments.map(() => newId(now.getTime()));
        const { id } = await insertCaseWithHistory(
          trx,
          CaseRegistration.parse(input),
          withAttachments(history, (i) => ids[i]!),
          options.actor,
          now,
        );
        if (ids.length === 0) continue;
        await trx
          .insertInto('attachments')
          .values(
            history.attachments.map((a, i) => {
              const file = a.name.endsWith('.pdf') ? files.pdf : files.jpg;
              return {
                id: ids[i]!,
                case_id: id,
                name: a.name,
                category: a.category,
                ...file,
                note: null,
                added_at: now.toISOString(),
                added_by: options.actor,
                deleted_at: null,
              };
            }),
          )
          .execute();
      }
    });
    done += batch.length;
    options.onProgress?.(done);
  }
  return {
    cases: done,
    committeeName: own.name,
    setUpCommittee,
    committees: committees.length,
    mediators: addedMediators,
    screeningReports,
  };
}

/**
 * The roster of every committee with its history (grades, trainings, evaluations, awards, one or two who left),
 * when the office's own committee has nobody on it yet; returns how many mediators were added. The history
 * draws from a random stream of its own, so that it does not shift the sample cases.
 */
async function seedRoster(
  db: Kysely<DB>,
  committees: Committee[],
  options: SeedOptions & { today: string },
  geography: CommitteeGeography,
  random: Random,
): Promise<number> {
  if ((await listMediators(db, { committeeId: committees[0]!.id, includeLeft: true })).length > 0) return 0;
  const { today, actor } = options;
  const roster = generateRoster(random, committees, { today, districts: geography.provinceDistricts.slice(0, 4) }).map((m) =>
    MediatorInput.parse(m),
  );
  const records = generateRosterRecords(createRandom(`${options.seed}:roster`), roster, { today, ...geography.areaNames });
  const added = await addMediators(db, roster, actor);
  const now = new Date();
  await immediateTransaction(db, async (trx) => {
    for (const [i, { id }] of added.entries()) {
      const r = records[i]!;
      for (const g of r.grades) await writeGrade(trx, GradeInput.parse({ ...g, mediatorId: id }), actor, now);
      for (const t of r.trainings) await writeTraining(trx, TrainingInput.parse({ ...t, mediatorId: id }), actor, now);
      for (const h of r.honours) await writeHonour(trx, HonourInput.parse({ ...h, mediatorId: id }), actor, now);
      if (r.leave) await writeLeave(trx, LeaveInput.parse({ ...r.leave, id }), actor, now);
    }
  });
  return added.length;
}

/** The office itself and up to two village committees under it, added when it keeps none yet. */
async function keptVillages(
  db: Kysely<DB>,
  own: Committee,
  villages: { code: string; name: string }[],
  actor: string,
): Promise<Committee[]> {
  const existing = (await listCommittees(db)).filter((c) => c.parentId === own.id);
  if (existing.length > 0) return [own, ...existing];
  const added: Committee[] = [];
  for (const village of villages.slice(0, KEPT_VILLAGES)) {
    const short = village.name.replace(/(社区)?(居民委员会|居委会|村民委员会|村委会)$/, '').slice(0, 6) || '村居';
    added.push(
      await addCommittee(
        db,
        {
          areaCode: village.code,
          name: `${short}人民调解委员会`,
          kind: 'village',
          parentId: own.id,
          abbreviation: short,
          address: village.name,
          phone: null,
        },
        actor,
      ),
    );
  }
  return [own, ...added];
}

async function seedScreening(
  db: Kysely<DB>,
  committees: Committee[],
  villages: { code: string; name: string }[],
  today: string,
  actor: string,
  random: ReturnType<typeof createRandom>,
): Promise<number> {
  const reported = await db.selectFrom('screening_reports').select('id').limit(1).execute();
  if (reported.length > 0) return 0;
  const config = await getConfig(db);
  let count = 0;
  for (const committee of committees) {
    const reporters = (await listMediators(db, { committeeId: committee.id })).map((m) => m.name);
    const reports = generateScreeningReports(random, committee, config.screening.periods[committee.kind], {
      today,
      reporters,
      villages: villages.slice(0, 8).map((v) => v.name.replace(/(居民委员会|居委会|村民委员会|村委会)$/, '')),
    });
    for (const report of reports) {
      await fileReport(db, ScreeningReportInput.parse(report), config, actor);
      count++;
    }
  }
  return count;
}
