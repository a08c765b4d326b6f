// The layout of a ledger worksheet: where its header row is, what each column is called, which column each
// mapped field reads from, and the rows of data below the headers.
import {
  LEDGER_FIELD_KEYS,
  ledgerFieldLabel,
  type LedgerField,
  type LedgerMappingDraft,
  type LedgerSheetInfo,
} from '../../shared/domain/ledger.ts';
import { AppError } from '../../shared/errors.ts';
import { columnIndex, columnLetter, detectHeaderRow, headerLabels } from '../../shared/rules/ledgerHeaders.ts';
import { cellText, type LedgerCell } from '../../shared/rules/ledgerValues.ts';
import type { LedgerTable, LedgerWorkbook } from './file.ts';

const SAMPLE_ROWS = 5;
/** Rows searched for the header row when none is given. */
const HEADER_SCAN_ROWS = 10;

/** Where a mapped field is read from. */
export interface LedgerColumn {
  field: LedgerField;
  index: number;
  letter: string;
  header: string;
}

export type LedgerColumns = Map<LedgerField, LedgerColumn>;

function texts(table: LedgerTable, upTo: number): string[][] {
  return table.rows.slice(0, upTo).map((row) => row.map(cellText));
}

/** Labels of the header row of a table (see headerLabels), as many as the widest of the first rows. */
export function labelsOf(table: LedgerTable, headerRow: number): string[] {
  return headerLabels(texts(table, headerRow), headerRow);
}

/** The header row of a table, found among its first rows. */
export function findHeaderRow(table: LedgerTable): number {
  return detectHeaderRow(texts(table, HEADER_SCAN_ROWS), HEADER_SCAN_ROWS);
}

const isBlank = (cells: readonly LedgerCell[]) => cells.every((c) => cellText(c) === '');

/** Rows with anything in them below the header row, with their row number as Excel shows it. */
export function* dataRows(table: LedgerTable, headerRow: number): Generator<{ row: number; cells: LedgerCell[] }> {
  for (let i = headerRow; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (!isBlank(cells)) yield { row: i + 1, cells };
  }
}

/** What the clerk sees of a worksheet before mapping it. */
export function describeSheet(table: LedgerTable, headerRow = findHeaderRow(table)): LedgerSheetInfo {
  const labels = labelsOf(table, headerRow);
  const named = labels.flatMap((text, i) => (text === '' ? [] : [i]));
  const headers = named.map((i) => ({ column: columnLetter(i), text: labels[i]! }));
  let rowCount = 0;
  const sample: string[][] = [];
  for (const { cells } of dataRows(table, headerRow)) {
    rowCount++;
    // One value per header, in the same order.
    if (sample.length < SAMPLE_ROWS) sample.push(named.map((i) => cellText(cells[i] ?? null)));
  }
  return { name: table.name, headerRow, headers, rowCount, sample };
}

/** The worksheet a mapping names, or the first one. */
export function pickTable(workbook: LedgerWorkbook, sheet: string | null): LedgerTable {
  if (workbook.format === 'csv' || !sheet) {
    const first = workbook.tables[0];
    if (!first) throw new AppError('VALIDATION', '文件中没有工作表');
    return first;
  }
  const found = workbook.tables.find((t) => t.name === sheet);
  if (!found)
    throw new AppError('VALIDATION', `文件中没有名为“${sheet}”的工作表（有：${workbook.tables.map((t) => t.name).join('、')}）`, [
      { path: 'mapping.sheet', message: '工作表不存在' },
    ]);
  return found;
}

/**
 * The column of each mapped field, by its header label (or its letter, such as 'C'). A header that is not in
 * the header row is refused, naming the headers that are.
 */
export function resolveColumns(table: LedgerTable, mapping: LedgerMappingDraft): LedgerColumns {
  const labels = labelsOf(table, mapping.headerRow);
  const columns: LedgerColumns = new Map();
  const problems: { path: string; message: string }[] = [];
  for (const field of LEDGER_FIELD_KEYS) {
    const wanted = mapping.columns[field];
    if (!wanted) continue;
    let index = labels.indexOf(wanted.trim());
    if (index < 0) index = columnIndex(wanted.trim()) ?? -1;
    if (index < 0) {
      problems.push({
        path: `mapping.columns.${field}`,
        message: `“${ledgerFieldLabel(field)}”对应的列“${wanted}”不在第${mapping.headerRow}行的表头中`,
      });
      continue;
    }
    columns.set(field, { field, index, letter: columnLetter(index), header: labels[index] || columnLetter(index) });
  }
  if (problems.length > 0) {
    const found = labels.filter((l) => l !== '').join('、') || '（空）';
    throw new AppError('VALIDATION', `列的对应关系与表头不符。第${mapping.headerRow}行的表头为：${found}`, problems);
  }
  return columns;
}
