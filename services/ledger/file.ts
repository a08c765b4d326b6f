// A ledger file as tables of cells: xlsx (recognised by its zip signature) or csv (anything else that decodes
// as text). The old binary .xls is refused with what to do instead.
import path from 'node:path';
import { MAX_LEDGER_BYTES } from '../../shared/domain/ledger.ts';
import { AppError } from '../../shared/errors.ts';
import type { LedgerCell } from '../../shared/rules/ledgerValues.ts';
import { decodeText, parseCsv } from './csv.ts';
import { readXlsx } from './xlsx.ts';

/** One worksheet (a csv file is one): `rows[0]` is row 1. */
export interface LedgerTable {
  name: string;
  rows: LedgerCell[][];
}

export interface LedgerWorkbook {
  format: 'xlsx' | 'csv';
  tables: LedgerTable[];
}

const starts = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Reads a ledger from its bytes; VALIDATION with the clerk's message when it cannot be read. */
export async function readLedgerFile(fileName: string, bytes: Uint8Array): Promise<LedgerWorkbook> {
  if (bytes.byteLength === 0) throw new AppError('VALIDATION', '文件是空的');
  if (bytes.byteLength > MAX_LEDGER_BYTES) throw new AppError('VALIDATION', '台账文件超过20 MB，请分成几个文件导入');
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return { format: 'xlsx', tables: await readXlsx(bytes) };
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw new AppError('VALIDATION', '这是旧版Excel（.xls）文件或加密的文件，请在Excel或WPS中另存为.xlsx（不设密码）后再导入。');
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) throw new AppError('VALIDATION', '无法识别这个文件：台账应为Excel（.xlsx）或csv文件。');
  const name = path.basename(fileName).replace(/\.[^.]*$/, '') || 'csv';
  return { format: 'csv', tables: [{ name, rows: parseCsv(text) }] };
}
