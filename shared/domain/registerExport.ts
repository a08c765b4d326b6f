// The whole register exported as an Excel workbook (案件, 当事人, 调解员, 委员会, 排查), as it crosses the API.
import { z } from '../zod.ts';

export const ExportCounts = z.object({
  cases: z.number().int(),
  parties: z.number().int(),
  mediators: z.number().int(),
  committees: z.number().int(),
  screeningReports: z.number().int(),
});
export type ExportCounts = z.infer<typeof ExportCounts>;

export const RegisterExport = z.object({
  fileName: z.string(),
  /** The xlsx file, base64-encoded. */
  content: z.string(),
  counts: ExportCounts,
});
export type RegisterExport = z.infer<typeof RegisterExport>;
