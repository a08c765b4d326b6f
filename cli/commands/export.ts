// fengqiao export --xlsx FILE [--json]: the whole register as one Excel workbook (案件, 当事人, 调解员, 委员会,
// 排查). It holds ID numbers and phones: the export is recorded in the audit log.
import path from 'node:path';
import { parse, required } from '../args.ts';
import { writeExport } from '../files.ts';
import { EXIT, printJson, printLine } from '../io.ts';
import { withSession } from '../session.ts';

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { xlsx: { type: 'string' }, json: { type: 'boolean' } });
  const file = path.resolve(required(values.xlsx, 'xlsx'));
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const exported = await call('data.exportXlsx', {});
    const bytes = writeExport(file, exported.content);
    if (bytes === null) return EXIT.failure;
    const { counts } = exported;
    if (values.json) printJson({ file, bytes, ...counts });
    else
      printLine(
        `已导出 ${counts.cases} 件案件、${counts.parties} 名当事人、${counts.mediators} 名调解员、${counts.committees} 个调委会、${counts.screeningReports} 份排查报告到 ${file}`,
      );
    return EXIT.ok;
  });
}
