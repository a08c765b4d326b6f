// The clerk's column mapping as the page keeps it: per ledger field the column it is read from, named the way
// the register reads it (the header text, or the column letter for a column without one), so a mapping stays
// right when the clerk picks another worksheet with the same headers.
import {
  REQUIRED_LEDGER_FIELDS,
  type LedgerField,
  type LedgerFileInfo,
  type LedgerHeader,
  type LedgerMappingDraft,
  type LedgerMappingInput,
  type LedgerSheetInfo,
} from '../../shared/domain/ledger.ts';

export type MappingDraft = LedgerMappingDraft;

/** The sheet a mapping reads (by name; a csv file has one, unnamed in the mapping). */
export function sheetOf(info: LedgerFileInfo, mapping: MappingDraft): LedgerSheetInfo | undefined {
  return info.sheets.find((s) => s.name === mapping.sheet) ?? info.sheets[0];
}

/** `'申请人姓名（C）'`; a column without a header → `'C列（无表头）'`. */
export function columnLabel(header: LedgerHeader): string {
  return header.text ? `${header.text}（${header.column}）` : `${header.column}列（无表头）`;
}

/** The column letter a mapped name stands for in this sheet: its header text first, else the letter itself. */
export function columnOf(sheet: LedgerSheetInfo | undefined, wanted: string | undefined): string | null {
  if (!sheet || !wanted) return null;
  const header = sheet.headers.find((h) => h.text === wanted) ?? sheet.headers.find((h) => h.column === wanted);
  return header?.column ?? null;
}

/** Maps a field to the column with this letter (by its header text when it has one), or to none. */
export function withColumn(
  mapping: MappingDraft,
  sheet: LedgerSheetInfo | undefined,
  field: LedgerField,
  column: string | null,
): MappingDraft {
  const { [field]: _old, ...others } = mapping.columns;
  const header = column ? sheet?.headers.find((h) => h.column === column) : undefined;
  return { ...mapping, columns: header ? { ...others, [field]: header.text || header.column } : others };
}

/** Another worksheet: its own header row; fields keep their columns where the new sheet has the same headers. */
export function withSheet(mapping: MappingDraft, sheet: LedgerSheetInfo): MappingDraft {
  return { ...mapping, sheet: sheet.name, headerRow: sheet.headerRow };
}

/** Required fields without a column in this sheet. */
export function missingFields(mapping: MappingDraft, sheet: LedgerSheetInfo | undefined): LedgerField[] {
  return REQUIRED_LEDGER_FIELDS.filter((field) => columnOf(sheet, mapping.columns[field]) === null);
}

/** The mapping as the contract takes it: only the columns this sheet has; the sheet's name only for xlsx. */
export function toMappingInput(info: LedgerFileInfo, mapping: MappingDraft): LedgerMappingInput {
  const sheet = sheetOf(info, mapping);
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).filter(([, wanted]) => columnOf(sheet, wanted) !== null),
  ) as LedgerMappingDraft['columns'];
  return {
    sheet: info.format === 'xlsx' ? (sheet?.name ?? null) : null,
    headerRow: sheet?.headerRow ?? mapping.headerRow,
    columns,
    committeeCode: mapping.committeeCode,
  };
}
