// What every xlsx export shares: streamed sheets (exceljs WorkbookWriter) with a bold frozen header row and
// readable column widths, dates as real Excel dates, and the workbook gathered in memory for the API.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';

export type Value = string | number | Date | null;
export interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

export const DATE = 'yyyy-mm-dd';

/** A calendar date ('YYYY-MM-DD') as the Date Excel shows as that day. */
export const date = (d: string | null): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null);

/** What exceljs keeps of a sheet's way into the zip (internals, read only; absent in other versions). */
interface SheetPipe {
  stream?: { pipes?: { _readableState?: { length: number; pipes?: { writableLength?: number } }; _writableState?: { length: number } }[] };
}
const MAX_PENDING = 1 << 20;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/**
 * exceljs writes a sheet's XML into the zip without backpressure, and the database reads are synchronous, so
 * without a pause the deflate stream would never catch up and the whole sheet would pile up in memory. After
 * each page, wait until less than 1 MiB of it is waiting to be compressed.
 */
async function zipCatchUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const pass = (sheet as unknown as SheetPipe).stream?.pipes?.[0];
  const pending = () =>
    (pass?._readableState?.length ?? 0) + (pass?._writableState?.length ?? 0) + (pass?._readableState?.pipes?.writableLength ?? 0);
  await tick();
  while (pending() > MAX_PENDING) await tick();
}

/** A streaming workbook writing to a file or a stream, signed as the app. */
export function workbookWriter(target: { file: string } | { stream: Writable }): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...('file' in target ? { filename: target.file } : { stream: target.stream }),
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = '枫桥 人民调解工作台';
  return workbook;
}

/** Writes one sheet: the header row (bold, frozen), then every row the source yields, committed as it goes. */
export async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column[],
  pages: AsyncIterable<Value[][]> | Iterable<Value[][]>,
): Promise<number> {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const rows of pages) {
    for (const values of rows) {
      sheet.addRow(values).commit();
      count++;
    }
    await zipCatchUp(sheet);
  }
  sheet.commit();
  return count;
}

/** The bytes of a workbook that `write` streams (the bytes cross IPC and HTTP as base64), with what it returned. */
export async function workbookBuffer<T>(write: (stream: Writable) => Promise<T>): Promise<{ buffer: Buffer; result: T }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const result = await write(stream);
  await ended;
  return { buffer: Buffer.concat(chunks), result };
}
