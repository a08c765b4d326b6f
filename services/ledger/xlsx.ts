// Ledgers kept in Excel (.xlsx, also as WPS saves them): every worksheet's rows as plain cell values. Rich text
// becomes its text, a formula its last computed result, a hyperlink its text; dates stay dates.
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';
import type { LedgerCell } from '../../shared/rules/ledgerValues.ts';
import type { LedgerTable } from './file.ts';

type CellValue = ExcelJS.CellValue;

/** The plain value of an exceljs cell value. */
export function plainCell(value: CellValue | { text?: unknown }): LedgerCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainCell((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('error' in value) return value.error;
  if ('text' in value) return plainCell(value.text as CellValue);
  return null;
}

/** Every worksheet of an xlsx file, rows as Excel numbers them (`rows[0]` is row 1). */
export async function readXlsx(bytes: Uint8Array): Promise<LedgerTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', '无法读取这个Excel文件：文件可能已损坏或不是.xlsx格式。请在Excel或WPS中另存为.xlsx或.csv后再试。');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: LedgerCell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as CellValue[];
      const cells: LedgerCell[] = [];
      for (let c = 1; c < values.length; c++) cells.push(plainCell(values[c]));
      while (rows.length < rowNumber - 1) rows.push([]);
      rows.push(cells);
    });
    return { name: sheet.name, rows };
  });
}
