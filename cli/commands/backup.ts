// fengqiao backup | restore | check: an encrypted copy of the register and its attachments, putting one back,
// and the register's health check.
import { resolveDataDir } from '../../services/dataDir.ts';
import { APP_VERSION } from '../../services/register.ts';
import { createBackup, restoreBackup } from '../../services/backup/backup.ts';
import { checkRegister } from '../../services/backup/check.ts';
import { parse, required } from '../args.ts';
import { EXIT, UsageError, printJson, printLine } from '../io.ts';
import { readPassphrase } from '../passphrase.ts';

export async function backupCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { out: { type: 'string' }, json: { type: 'boolean' } });
  const out = required(values.out, 'out');
  const passphrase = await readPassphrase('备份口令 / backup passphrase: ', true);
  const result = await createBackup(resolveDataDir({ flag: values['data-dir'] }), out, passphrase, APP_VERSION);
  if (values.json) printJson(result);
  else {
    printLine(`已备份 ${result.cases} 件案件、${result.attachments} 个附件到 ${result.file}（${(result.bytes / 1048576).toFixed(1)} MB）`);
    if (result.missingAttachments > 0)
      printLine(`注意：${result.missingAttachments} 个附件的文件不在数据文件夹中，未能备份（运行 check 查看）`);
  }
  return EXIT.ok;
}

export async function restoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } }, true);
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('restore needs exactly one backup file');
  const passphrase = await readPassphrase('备份口令 / backup passphrase: ');
  const result = await restoreBackup(resolveDataDir({ flag: values['data-dir'] }), file, passphrase);
  if (values.json) printJson(result);
  else {
    printLine(`已从 ${result.createdAt} 的备份恢复 ${result.cases} 件案件、${result.attachments} 个附件。`);
    if (result.replaced) printLine(`原登记簿保留在 ${result.replaced}`);
  }
  return EXIT.ok;
}

export async function checkCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  const report = checkRegister(resolveDataDir({ flag: values['data-dir'] }));
  if (values.json) printJson(report);
  else if (report.ok)
    printLine(`登记簿完好：${report.cases} 件案件，${report.attachments} 个附件，审计日志 ${report.auditEntries} 条（校验链完整）。`);
  else {
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    printLine(`发现 ${total} 个问题${total > report.problems.length ? `，以下每类最多列出20个` : ''}：`);
    for (const p of report.problems) printLine(`  [${p.code}] ${p.message}`);
  }
  return report.ok ? EXIT.ok : EXIT.failure;
}
