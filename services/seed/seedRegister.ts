// Fills a register with realistic sample data: sets up a real township committee when none is set up, then
// registers generated cases in batches through the same repository code as the UI.
import type { Kysely } from 'kysely';
import { CaseRegistration } from '../../shared/domain/case.ts';
import { registerCases } from '../cases.ts';
import { completeSetup, ownCommittee } from '../committees.ts';
import type { DB } from '../db/schema.ts';
import { createDivisionIndex } from '../divisions.ts';
import { committeeGeography } from './geography.ts';
import { generateCases } from './cases.ts';

/** 南京市玄武区梅园新村街道: the sample office when the register has none. */
export const SAMPLE_TOWNSHIP = { areaCode: '320102002000', name: '玄武区梅园新村街道人民调解委员会', abbreviation: '梅园' } as const;

const BATCH = 2000;

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
}

export async function seedRegister(db: Kysely<DB>, options: SeedOptions): Promise<SeedResult> {
  let committee = await ownCommittee(db);
  const setUpCommittee = committee === null;
  committee ??= await completeSetup(db, { ...SAMPLE_TOWNSHIP, kind: 'township', parentId: null }, options.actor);

  const inputs = generateCases({
    count: options.count,
    seed: options.seed,
    committeeAreaCode: committee.areaCode,
    ...committeeGeography(createDivisionIndex(), committee.areaCode),
    ...(options.today ? { today: options.today } : {}),
  });
  // Oldest first, so that case numbers follow registration dates as they would in a real register.
  inputs.sort((a, b) => (a.registeredOn < b.registeredOn ? -1 : a.registeredOn > b.registeredOn ? 1 : 0));

  let done = 0;
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = inputs.slice(start, start + BATCH).map((input) => CaseRegistration.parse(input));
    await registerCases(db, batch, options.actor);
    done += batch.length;
    options.onProgress?.(done);
  }
  return { cases: done, committeeName: committee.name, setUpCommittee };
}
