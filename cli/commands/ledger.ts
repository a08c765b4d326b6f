// fengqiao import-ledger FILE [--mapping M] [--dry-run] [--json]: imports an Excel or csv ledger (台账), or
// with --dry-run only reports what would be imported, row by row.
import fs from 'node:fs';
import path from 'node:path';
import {
  REQUIRED_LEDGER_FIELDS,
  ledgerFieldLabel,
  type LedgerFileInfo,
  type LedgerMappingInput,
  type LedgerReport,
} from '../../shared/domain/ledger.ts';
import { AppError } from '../../shared/errors.ts';
import { parse } from '../args.ts';
import { EXIT, UsageError, printError, printJson, printLine } from '../io.ts';
import { withSession } from '../session.ts';

function readMapping(file: string): LedgerMappingInput {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the mapping file ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as LedgerMappingInput;
  } catch (error) {
    throw new UsageError(`the mapping file ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Why the mapping cannot be used: the headers found and a mapping to start from. Returns exit code 2. */
function explainMapping(info: LedgerFileInfo, mapping: LedgerMappingInput, problem: string): number {
  const sheet = info.sheets.find((s) => s.name === mapping.sheet) ?? info.sheets[0];
  printError(problem);
  if (sheet) {
    process.stderr.write(
      `工作表“${sheet.name}”第${sheet.headerRow}行的表头：${sheet.headers.map((h) => `${h.column} ${h.text}`).join('、')}\n`,
    );
  }
  const columns: Record<string, string> = { ...mapping.columns };
  for (const field of REQUIRED_LEDGER_FIELDS) columns[field] ??= `<${ledgerFieldLabel(field)}所在列的表头>`;
  process.stderr.write('请用 --mapping 文件指定各字段对应的列（字段见 docs/cli.md），例如：\n');
  const example = { ...(info.format === 'xlsx' ? { sheet: sheet?.name } : {}), headerRow: sheet?.headerRow ?? 1, columns };
  process.stderr.write(`${JSON.stringify(example, null, 2)}\n`);
  return EXIT.usage;
}

function printReport(report: LedgerReport, dryRun: boolean): void {
  for (const issue of report.rejected) {
    const where = issue.column ? ` ${issue.column}列（${issue.header}）` : '';
    printLine(`第${issue.row}行${where}：${issue.message}`);
  }
  if (report.truncated) printLine(`（问题较多，只列出前${report.rejected.length}条）`);
  const totals = `工作表“${report.sheet}”：共 ${report.totalRows} 行，可导入 ${report.valid} 行，以前已导入 ${report.alreadyImported} 行，有问题 ${report.rejectedRows} 行`;
  printLine(dryRun ? `${totals}。（试运行，未导入任何案件）` : `${totals}；已导入 ${report.imported ?? 0} 件案件。`);
}

export async function importLedgerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    { mapping: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    true,
  );
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('import-ledger needs exactly one ledger file (.xlsx or .csv)');
  const ownMapping = values.mapping ? readMapping(values.mapping) : null;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    printError(`无法读取文件 ${file}：${(error as Error).message}`);
    return EXIT.failure;
  }
  const dryRun = values['dry-run'] ?? false;
  return withSession(values['data-dir'], 'cli', async ({ call }) => {
    const content = { fileName: path.basename(file), content: bytes.toString('base64') };
    let info: LedgerFileInfo;
    try {
      info = await call('ledger.read', content);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION') throw error;
      printError(`无法读取台账 ${file}：${error.message}`);
      return EXIT.failure;
    }
    const mapping: LedgerMappingInput = ownMapping ?? info.mapping;
    const missing = REQUIRED_LEDGER_FIELDS.filter((f) => !mapping.columns?.[f]);
    if (missing.length > 0) return explainMapping(info, mapping, `这些必填字段没有对应的列：${missing.map(ledgerFieldLabel).join('、')}`);
    let report: LedgerReport;
    try {
      report = await call(dryRun ? 'ledger.preview' : 'ledger.import', { ...content, mapping });
    } catch (error) {
      if (error instanceof AppError && error.issues?.some((i) => i.path.startsWith('mapping.')))
        return explainMapping(info, mapping, error.issues.map((i) => i.message).join('；'));
      throw error;
    }
    if (values.json) printJson(report);
    else printReport(report, dryRun);
    return report.rejectedRows > 0 ? EXIT.invalidInput : EXIT.ok;
  });
}
