// Whole cases with their history, as another system exports them, for `fengqiao case import` (migrating
// records). Each case passes the same checks as in the app: its registration, then each step in order.
import { z } from '../zod.ts';
import { CaseRegistration } from './case.ts';
import { text } from './fields.ts';
import { StepInput } from './lifecycle.ts';

export const CASE_IMPORT_FORMAT = 'fengqiao.cases/1';

export const ImportedCase = z.object({
  /** The record's key in the old system (often its case number): a second import of it is skipped. */
  ref: text('原系统编号', 100, 1),
  registration: CaseRegistration,
  history: z.array(StepInput).max(500, '一件案件最多导入500个办案环节').default([]),
});

export const CaseImport = z.object({
  format: z.literal(CASE_IMPORT_FORMAT, { error: `文件格式应为 ${CASE_IMPORT_FORMAT}` }),
  cases: z.array(ImportedCase, { error: '请提供 cases 列表' }).min(1, '文件中没有案件').max(10000, '一次最多导入10000件案件'),
});
export type CaseImportInput = z.input<typeof CaseImport>;
export type CaseImport = z.output<typeof CaseImport>;

const ImportedRef = z.object({ ref: z.string(), id: z.string(), number: z.string() });
export const CaseImportResult = z.object({ imported: z.array(ImportedRef), skipped: z.array(ImportedRef) });
export type CaseImportResult = z.infer<typeof CaseImportResult>;
