// The plan of a ledger import: every row checked against the register as it is (the committee, its roster,
// the rows imported before), giving the report row by row and the cases to create. A dry run stops here;
// an import runs the same plan inside its write transaction.
import type { Kysely } from 'kysely';
import {
  MAX_LEDGER_ROWS,
  MAX_REPORTED_ISSUES,
  type LedgerIssue,
  type LedgerMapping,
  type LedgerReport,
} from '../../shared/domain/ledger.ts';
import type { ImportedCase } from '../../shared/domain/caseImport.ts';
import type { z } from '../../shared/zod.ts';
import { AppError } from '../../shared/errors.ts';
import { todayInChina } from '../../shared/rules/dates.ts';
import { ownCommittee } from '../committees.ts';
import type { DB } from '../db/schema.ts';
import type { LedgerWorkbook } from './file.ts';
import { headerSignature } from './mappings.ts';
import { checkRow, isFooterRow, rowRef, type RosterMediator, type RowContext } from './rows.ts';
import { dataRows, labelsOf, pickTable, resolveColumns } from './sheet.ts';

export interface PlannedCase {
  row: number;
  ref: string;
  item: z.output<typeof ImportedCase>;
}

export interface LedgerPlan {
  report: LedgerReport;
  cases: PlannedCase[];
  /** The headers' signature, under which a successful import saves its mapping. */
  signature: string;
}

/** The committee a ledger belongs to: the one with the mapping's area code, else this office's own. */
async function ledgerCommittee(db: Kysely<DB>, code: string | null): Promise<{ id: string }> {
  if (!code) {
    const own = await ownCommittee(db);
    if (!own) throw new AppError('NOT_SET_UP', '尚未完成初始设置：请先选择本调委会（设置向导或命令 init）。');
    return own;
  }
  const found = await db
    .selectFrom('committees')
    .select(['id', 'is_own'])
    .where('area_code', '=', code)
    .where('deleted_at', 'is', null)
    .orderBy('is_own', 'desc')
    .execute();
  const chosen = found.length === 1 || found[0]?.is_own === 1 ? found[0] : undefined;
  if (!chosen)
    throw new AppError(
      'VALIDATION',
      found.length === 0 ? `没有区划代码为 ${code} 的调委会，请先添加该调委会` : `区划代码 ${code} 对应多个调委会，无法确定台账属于哪一个`,
      [{ path: 'mapping.committeeCode', message: found.length === 0 ? '调委会不存在' : '对应多个调委会' }],
    );
  return chosen;
}

async function rosterOf(db: Kysely<DB>, committeeId: string): Promise<Map<string, RosterMediator[]>> {
  const rows = await db
    .selectFrom('mediators')
    .select(['id', 'name', 'left_on'])
    .where('committee_id', '=', committeeId)
    .where('deleted_at', 'is', null)
    .execute();
  const roster = new Map<string, RosterMediator[]>();
  for (const r of rows) roster.set(r.name, [...(roster.get(r.name) ?? []), { id: r.id, leftOn: r.left_on }]);
  return roster;
}

async function importedRefs(db: Kysely<DB>, committeeId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('cases')
    .select('import_ref')
    .where('committee_id', '=', committeeId)
    .where('import_ref', 'like', 'ledger:%')
    .execute();
  return new Set(rows.map((r) => r.import_ref!));
}

/** Checks every row of the mapped sheet; writes nothing. */
export async function planLedger(
  db: Kysely<DB>,
  workbook: LedgerWorkbook,
  mapping: LedgerMapping,
  fileName: string,
  now: Date,
): Promise<LedgerPlan> {
  const table = pickTable(workbook, mapping.sheet);
  const columns = resolveColumns(table, mapping);
  const committee = await ledgerCommittee(db, mapping.committeeCode);
  const ctx: RowContext = {
    columns,
    committeeId: committee.id,
    roster: await rosterOf(db, committee.id),
    today: todayInChina(now),
    fileName,
  };
  const rows = [...dataRows(table, mapping.headerRow)].filter(({ cells }) => !isFooterRow(cells, ctx));
  if (rows.length > MAX_LEDGER_ROWS)
    throw new AppError('VALIDATION', `台账有${rows.length}行，一次最多导入${MAX_LEDGER_ROWS}行，请分成几个文件导入`);

  const existing = await importedRefs(db, committee.id);
  const firstRowOf = new Map<string, number>();
  const cases: PlannedCase[] = [];
  const issues: LedgerIssue[] = [];
  let alreadyImported = 0;
  let rejectedRows = 0;
  const reject = (found: LedgerIssue[]) => {
    rejectedRows++;
    issues.push(...found);
  };
  for (const { row, cells } of rows) {
    const { ref, numbered } = rowRef(cells, ctx);
    if (existing.has(ref)) {
      alreadyImported++;
      continue;
    }
    const first = firstRowOf.get(ref);
    if (first !== undefined) {
      const column = numbered ? columns.get('ledgerNumber') : undefined;
      reject([
        {
          row,
          column: column?.letter ?? null,
          header: column?.header ?? null,
          field: numbered ? 'ledgerNumber' : null,
          message: numbered
            ? `原台账编号与第${first}行相同，同一件纠纷只能导入一次`
            : `与第${first}行的登记日期、当事人和简要情况完全相同，可能是重复登记`,
        },
      ]);
      continue;
    }
    firstRowOf.set(ref, row);
    const checked = checkRow(row, cells, ref, ctx);
    if (checked.ok) cases.push({ row, ref, item: checked.item });
    else reject(checked.issues);
  }
  return {
    cases,
    signature: headerSignature(labelsOf(table, mapping.headerRow)),
    report: {
      sheet: table.name,
      totalRows: rows.length,
      valid: cases.length,
      alreadyImported,
      rejectedRows,
      rejected: issues.slice(0, MAX_REPORTED_ISSUES),
      truncated: issues.length > MAX_REPORTED_ISSUES,
    },
  };
}
