// Import of whole cases with their history (migration from other systems): every case is registered and its
// steps recorded through the same code and checks as in the app, all in one transaction or not at all.
import type { Kysely } from 'kysely';
import type { CaseImport, CaseImportResult } from '../shared/domain/caseImport.ts';
import type { CaseRegistration } from '../shared/domain/case.ts';
import { AppError } from '../shared/errors.ts';
import { initialState, type AnyStep, type CaseState } from '../shared/rules/lifecycle.ts';
import { insertCase } from './cases.ts';
import { ownCommittee } from './committees.ts';
import { immediateTransaction } from './db/open.ts';
import type { DB } from './db/schema.ts';
import { appendSteps } from './lifecycle.ts';

/** Registers a case and records its steps in the caller's transaction; returns its id, number and state. */
export async function insertCaseWithHistory(
  trx: Kysely<DB>,
  registration: CaseRegistration,
  steps: readonly AnyStep[],
  actor: string,
  now: Date,
  importRef: string | null = null,
): Promise<{ id: string; number: string; state: CaseState }> {
  const registered = await insertCase(trx, registration, actor, now, importRef);
  let state = initialState(registration.registeredOn, registration.riskLevel, registration.source);
  if (steps.length > 0) state = await appendSteps(trx, registered.id, state, steps, actor, now);
  return { ...registered, state };
}

export async function importCases(db: Kysely<DB>, input: CaseImport, actor: string, now = new Date()): Promise<CaseImportResult> {
  return immediateTransaction(db, async (trx) => {
    const own = await ownCommittee(trx);
    if (!own) throw new AppError('NOT_SET_UP', '尚未完成初始设置：请先选择本调委会（设置向导或命令 init）。');
    const result: CaseImportResult = { imported: [], skipped: [] };
    const seen = new Set<string>();
    for (const [index, item] of input.cases.entries()) {
      const committeeId = item.registration.committeeId ?? own.id;
      const key = `${committeeId}\u0000${item.ref}`;
      if (seen.has(key)) throw new AppError('VALIDATION', `第${index + 1}件案件：原系统编号 ${item.ref} 在文件中重复出现`);
      seen.add(key);
      const existing = await trx
        .selectFrom('cases')
        .select(['id', 'number'])
        .where('committee_id', '=', committeeId)
        .where('import_ref', '=', item.ref)
        .executeTakeFirst();
      if (existing) {
        result.skipped.push({ ref: item.ref, ...existing });
        continue;
      }
      try {
        const { id, number } = await insertCaseWithHistory(trx, item.registration, item.history, actor, now, item.ref);
        result.imported.push({ ref: item.ref, id, number });
      } catch (error) {
        if (error instanceof AppError)
          throw new AppError(
            error.code,
            `第${index + 1}件案件（原系统编号 ${item.ref}）：${error.message}，整个文件未导入`,
            error.issues?.map((i) => ({
              path: `cases.${index}.${i.path.replace(/^step\./, `history.`)}`,
              message: i.message,
            })),
          );
        throw error;
      }
    }
    return result;
  });
}
