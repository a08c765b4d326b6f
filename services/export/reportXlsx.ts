// Printed-report style sheets (the layout of the MoJ statistics tables): a centred title, a line saying who
// reports and for which period, a header of one or two rows with merged group cells, the body with borders,
// and the signature line (填报人, 审核人, 填报日期) under it. Small tables, built in memory.
import ExcelJS from 'exceljs';

export interface HeaderGroup {
  /** The group's title over its columns, or null for a column whose header spans both rows. */
  title: string | null;
  columns: { header: string; width: number; numFmt?: string }[];
}

export interface ReportSheet {
  name: string;
  title: string;
  /** Under the title: 填报单位, 统计期间. */
  subtitle: string;
  groups: HeaderGroup[];
  rows: (string | number | null)[][];
  /** Rows drawn bold (totals). */
  boldRows?: number[];
  /** The signature line; defaults to 填报人, 审核人, 填报日期. */
  footer?: string | null;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const YUAN_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.00%';

export function addReportSheet(workbook: ExcelJS.Workbook, spec: ReportSheet): ExcelJS.Worksheet {
  const columns = spec.groups.flatMap((g) => g.columns);
  const width = columns.length;
  const twoRows = spec.groups.some((g) => g.title !== null);
  const sheet = workbook.addWorksheet(spec.name, {
    pageSetup: { paperSize: 9, orientation: width > 8 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: twoRows ? 4 : 3 }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));

  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = spec.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 28;
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = spec.subtitle;

  const headerTop = 3;
  let col = 1;
  for (const group of spec.groups) {
    const span = group.columns.length;
    if (group.title === null || !twoRows) {
      for (const c of group.columns) {
        if (twoRows) sheet.mergeCells(headerTop, col, headerTop + 1, col);
        sheet.getCell(headerTop, col).value = c.header;
        col++;
      }
      continue;
    }
    if (span > 1) sheet.mergeCells(headerTop, col, headerTop, col + span - 1);
    sheet.getCell(headerTop, col).value = group.title;
    for (const c of group.columns) sheet.getCell(headerTop + 1, col++).value = c.header;
  }
  const headerRows = twoRows ? [headerTop, headerTop + 1] : [headerTop];
  for (const r of headerRows)
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = THIN;
    }

  const first = headerTop + headerRows.length;
  spec.rows.forEach((values, i) => {
    const row = sheet.getRow(first + i);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      cell.border = THIN;
      if (typeof v === 'number') cell.alignment = { horizontal: 'right' };
    });
    if (spec.boldRows?.includes(i)) row.font = { bold: true };
  });
  const footer = spec.footer === undefined ? '填报人：              审核人：              填报日期：' : spec.footer;
  if (footer) {
    const at = first + spec.rows.length + 1;
    sheet.mergeCells(at, 1, at, width);
    sheet.getCell(at, 1).value = footer;
  }
  return sheet;
}

export async function workbookBase64(workbook: ExcelJS.Workbook): Promise<string> {
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer).toString('base64');
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '枫桥人民调解工作台';
  workbook.created = new Date();
  return workbook;
}
