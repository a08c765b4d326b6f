// Ledger (台账) import: read a file and propose a mapping (saved or suggested), preview the import row by row
// without writing, and import every valid row in one transaction (or nothing), saving the mapping used.
import { sql, type Kysely } from 'kysely';
import {
  LedgerMapping,
  REQUIRED_LEDGER_FIELDS,
  ledgerFieldLabel,
  type LedgerFile,
  type LedgerFileInfo,
  type LedgerMappingDraft,
  type LedgerReport,
} from '../../shared/domain/ledger.ts';
import { AppError } from '../../shared/errors.ts';
import { suggestColumns } from '../../shared/rules/ledgerHeaders.ts';
import { insertCaseWithHistory } from '../caseImport.ts';
import { appendChange } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB } from '../db/schema.ts';
import { log } from '../logger.ts';
import { readLedgerFile, type LedgerWorkbook } from './file.ts';
import { headerSignature, saveMapping, savedMapping } from './mappings.ts';
import { planLedger } from './plan.ts';
import { describeSheet, labelsOf } from './sheet.ts';

type FileContent = Pick<LedgerFile, 'fileName' | 'content'>;

async function workbookOf(file: FileContent): Promise<LedgerWorkbook> {
  return readLedgerFile(file.fileName, Buffer.from(file.content, 'base64'));
}

/** The saved mapping of the first sheet whose headers were imported before, else the best suggestion. */
async function proposeMapping(
  db: Kysely<DB>,
  workbook: LedgerWorkbook,
): Promise<Omit<LedgerFileInfo, 'fileName' | 'format' | 'missingFields'>> {
  const sheets = workbook.tables.map((table) => describeSheet(table));
  const labels = workbook.tables.map((table, i) => labelsOf(table, sheets[i]!.headerRow));
  for (const [i, sheet] of sheets.entries()) {
    const saved = await savedMapping(db, headerSignature(labels[i]!));
    if (saved) return { sheets, mapping: { ...saved, sheet: workbook.format === 'xlsx' ? sheet.name : null }, mappingSource: 'saved' };
  }
  const suggestions = labels.map((l) => suggestColumns(l));
  const best = suggestions.reduce((b, s, i) => (Object.keys(s).length > Object.keys(suggestions[b]!).length ? i : b), 0);
  const mapping: LedgerMappingDraft = {
    sheet: workbook.format === 'xlsx' && sheets[best] ? sheets[best].name : null,
    headerRow: sheets[best]?.headerRow ?? 1,
    columns: suggestions[best] ?? {},
    committeeCode: null,
  };
  return { sheets, mapping, mappingSource: 'suggested' };
}

const missingFields = (mapping: LedgerMappingDraft) => REQUIRED_LEDGER_FIELDS.filter((f) => !mapping.columns[f]);

/** What a ledger file holds, and the mapping to offer the clerk. */
export async function readLedger(db: Kysely<DB>, file: FileContent): Promise<LedgerFileInfo> {
  const workbook = await workbookOf(file);
  const proposal = await proposeMapping(db, workbook);
  return { fileName: file.fileName, format: workbook.format, ...proposal, missingFields: missingFields(proposal.mapping) };
}

/** The file's own mapping, or the proposed one when it is complete. */
async function mappingFor(db: Kysely<DB>, file: LedgerFile, workbook: LedgerWorkbook): Promise<LedgerMapping> {
  if (file.mapping) return file.mapping;
  const { mapping } = await proposeMapping(db, workbook);
  const parsed = LedgerMapping.safeParse(mapping);
  if (parsed.success) return parsed.data;
  const missing = missingFields(mapping).map(ledgerFieldLabel).join('、');
  const issues = parsed.error.issues.map((i) => ({ path: ['mapping', ...i.path].map(String).join('.'), message: i.message }));
  throw new AppError('VALIDATION', `请先指定各字段对应的列（尚未对应：${missing}）`, issues);
}

/** The report of an import without importing anything (dry run). */
export async function previewLedger(db: Kysely<DB>, file: LedgerFile, now = new Date()): Promise<LedgerReport> {
  const workbook = await workbookOf(file);
  const plan = await planLedger(db, workbook, await mappingFor(db, file, workbook), file.fileName, now);
  return plan.report;
}

/** Pages of SQLite's cache while a big import runs (the default 2 MiB makes it spill pages mid-transaction). */
const IMPORT_CACHE_KIB = 64 * 1024;

/** Runs `work` with a 64 MiB page cache on the connection, and puts the cache size back afterwards. */
async function withLargerCache<T>(trx: Kysely<DB>, work: () => Promise<T>): Promise<T> {
  const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(trx);
  const before = rows[0]?.cache_size ?? -2000;
  await sql.raw(`pragma cache_size = -${IMPORT_CACHE_KIB}`).execute(trx);
  try {
    return await work();
  } finally {
    await sql
      .raw(`pragma cache_size = ${Math.trunc(before)}`)
      .execute(trx)
      .catch((error: unknown) => log.warn('could not restore the page cache size', { error: String(error) }));
  }
}

/**
 * Imports every valid row as a case with its history, in one transaction: if any case cannot be stored, none
 * is. Rows imported before are skipped; rejected rows are reported and left out. The mapping is saved.
 */
export async function importLedger(db: Kysely<DB>, file: LedgerFile, actor: string, now = new Date()): Promise<LedgerReport> {
  const workbook = await workbookOf(file);
  const mapping = await mappingFor(db, file, workbook);
  const started = performance.now();
  const report = await immediateTransaction(db, (trx) =>
    withLargerCache(trx, async () => {
      const plan = await planLedger(trx, workbook, mapping, file.fileName, now);
      for (const { row, ref, item } of plan.cases) {
        try {
          await insertCaseWithHistory(trx, item.registration, item.history, actor, now, ref);
        } catch (error) {
          if (error instanceof AppError) throw new AppError(error.code, `第${row}行：${error.message}，整个台账未导入`, error.issues);
          throw error;
        }
      }
      await saveMapping(trx, plan.signature, mapping, actor, now);
      const imported = plan.cases.length;
      await appendChange(trx, {
        actor,
        at: now.toISOString(),
        entity: 'register',
        entityId: 'ledger',
        action: 'import_ledger',
        data: {
          fileName: file.fileName,
          sheet: plan.report.sheet,
          imported,
          alreadyImported: plan.report.alreadyImported,
          rejectedRows: plan.report.rejectedRows,
        },
      });
      return { ...plan.report, imported };
    }),
  );
  log.info('ledger imported', {
    file: file.fileName,
    imported: report.imported,
    skipped: report.alreadyImported,
    rejected: report.rejectedRows,
    ms: Math.round(performance.now() - started),
  });
  return report;
}
