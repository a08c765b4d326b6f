// Existing ledgers (台账) kept in Excel or as csv: the fields a column can map to, the clerk's column mapping,
// the file as it crosses the API, and the row-by-row report of a dry run or an import.
import { z } from '../zod.ts';
import { areaCode, text } from './fields.ts';

/** The fields of a ledger row, in the order a clerk reads them; `required` ones must be mapped to a column. */
export const LEDGER_FIELDS = [
  { key: 'registeredOn', label: '登记日期', required: true },
  { key: 'ledgerNumber', label: '原台账编号', required: false },
  { key: 'applicantName', label: '申请人姓名', required: true },
  { key: 'applicantIdNumber', label: '申请人身份证号', required: false },
  { key: 'applicantPhone', label: '申请人电话', required: false },
  { key: 'applicantAddress', label: '申请人住址', required: false },
  { key: 'respondentName', label: '被申请人姓名', required: true },
  { key: 'respondentIdNumber', label: '被申请人身份证号', required: false },
  { key: 'respondentPhone', label: '被申请人电话', required: false },
  { key: 'respondentAddress', label: '被申请人住址', required: false },
  { key: 'disputeType', label: '纠纷类型', required: true },
  { key: 'facts', label: '纠纷简要情况', required: true },
  { key: 'source', label: '来源', required: false },
  { key: 'referralBody', label: '移送单位', required: false },
  { key: 'outcome', label: '调解结果', required: false },
  { key: 'outcomeOn', label: '结案日期', required: false },
  { key: 'amountYuan', label: '协议金额（元）', required: false },
  { key: 'mediatorName', label: '调解员', required: false },
] as const;

export type LedgerField = (typeof LEDGER_FIELDS)[number]['key'];
export const LEDGER_FIELD_KEYS = LEDGER_FIELDS.map((f) => f.key) as [LedgerField, ...LedgerField[]];
export const REQUIRED_LEDGER_FIELDS: LedgerField[] = LEDGER_FIELDS.filter((f) => f.required).map((f) => f.key);
export const ledgerField = z.enum(LEDGER_FIELD_KEYS, { error: '未知的台账字段' });

/** `ledgerFieldLabel('facts')` → '纠纷简要情况'. */
export function ledgerFieldLabel(field: LedgerField): string {
  return LEDGER_FIELDS.find((f) => f.key === field)!.label;
}

/** 20 MiB: a ledger of 20,000 rows with long facts fits. */
export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;
/** Rows of data per file; a bigger ledger is imported in parts. */
export const MAX_LEDGER_ROWS = 20_000;
/** Problems listed in one report (the totals always count every row). */
export const MAX_REPORTED_ISSUES = 2_000;

const headerText = z.string().trim().min(1, '表头不能为空').max(200, '表头不能超过200个字');

const mappingFields = {
  /** The worksheet of an xlsx file (default: the first); ignored for csv. */
  sheet: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => (v ? v : null)),
  /** The row of the column headers, counted from 1 as Excel shows it. */
  headerRow: z.number({ error: '表头行应为数字' }).int('表头行应为整数').min(1, '表头行从1开始').max(50, '表头应在前50行').default(1),
  /** Ledger field → the header text of its column (or the column letter, e.g. 'C'). */
  columns: z.partialRecord(ledgerField, headerText, { error: '请给出各字段对应的列' }),
  /** The committee the ledger belongs to, by its 12-digit area code (default: this office's own committee). */
  committeeCode: areaCode.nullish().transform((v) => v ?? null),
};

/** A mapping as suggested or saved: possibly incomplete, for the clerk to finish. */
export const LedgerMappingDraft = z.object(mappingFields);
export type LedgerMappingDraft = z.output<typeof LedgerMappingDraft>;

/** A mapping to read rows with: every required field has its column. */
export const LedgerMapping = LedgerMappingDraft.superRefine((m, ctx) => {
  for (const field of REQUIRED_LEDGER_FIELDS)
    if (!m.columns[field])
      ctx.addIssue({ code: 'custom', path: ['columns', field], message: `请指定“${ledgerFieldLabel(field)}”对应的列` });
});
export type LedgerMappingInput = z.input<typeof LedgerMapping>;
export type LedgerMapping = z.output<typeof LedgerMapping>;

/** A ledger file as it crosses the API: its name and its bytes in base64 (IPC and HTTP both carry JSON). */
export const LedgerFileContent = z.object({
  fileName: text('文件名', 200, 1),
  content: z
    .string({ error: '请选择台账文件' })
    .min(1, '文件是空的')
    .max(Math.ceil((MAX_LEDGER_BYTES * 4) / 3) + 4, '台账文件超过20 MB，请分成几个文件导入')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码不正确'),
});

/** The file with the mapping to read it by; without one, the saved or suggested mapping is used. */
export const LedgerFile = LedgerFileContent.extend({
  mapping: LedgerMapping.nullish().transform((v) => v ?? null),
});
export type LedgerFileInput = z.input<typeof LedgerFile>;
export type LedgerFile = z.output<typeof LedgerFile>;

export const LedgerHeader = z.object({ column: z.string(), text: z.string() });
export type LedgerHeader = z.infer<typeof LedgerHeader>;

/** One worksheet as found: where its headers are, what they say, how many rows follow, the first of them. */
export const LedgerSheetInfo = z.object({
  name: z.string(),
  headerRow: z.number().int(),
  headers: z.array(LedgerHeader),
  rowCount: z.number().int(),
  /** The first rows of data, one text per header, in the order of `headers`. */
  sample: z.array(z.array(z.string())),
});
export type LedgerSheetInfo = z.infer<typeof LedgerSheetInfo>;

export const LedgerFileInfo = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  sheets: z.array(LedgerSheetInfo),
  /** The mapping saved at the last import of a file with these headers, else one suggested from the headers. */
  mapping: LedgerMappingDraft,
  mappingSource: z.enum(['saved', 'suggested']),
  /** Required fields the mapping leaves without a column. */
  missingFields: z.array(ledgerField),
});
export type LedgerFileInfo = z.infer<typeof LedgerFileInfo>;

/** One problem of one row: `{ row: 12, column: 'D', header: '申请人身份证号', field: 'applicantIdNumber', message: '…' }`. */
export const LedgerIssue = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  field: ledgerField.nullable(),
  message: z.string(),
});
export type LedgerIssue = z.infer<typeof LedgerIssue>;

export const LedgerReport = z.object({
  sheet: z.string(),
  /** Rows with data below the header row (blank rows are not counted). */
  totalRows: z.number().int(),
  /** Rows that are (or, in a dry run, would be) imported. */
  valid: z.number().int(),
  /** Rows imported before (same original ledger number, or the same row) and skipped. */
  alreadyImported: z.number().int(),
  /** Rows refused, each listed in `rejected` with its problems. */
  rejectedRows: z.number().int(),
  rejected: z.array(LedgerIssue),
  /** More problems were found than the report lists. */
  truncated: z.boolean(),
  /** Cases created (absent in a dry run). */
  imported: z.number().int().optional(),
});
export type LedgerReport = z.infer<typeof LedgerReport>;
