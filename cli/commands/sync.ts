// fengqiao sync enroll | push | status | export | import-receipt: the register's side of the upward sync
// (docs/sync-protocol.md). Exit codes: 0 done, 1 the hub could not be reached or failed (try again later),
// 2 usage, 3 refused (not enrolled, revoked, a bad code or file), 4 a file that is not there.
import { APP_VERSION } from '../../services/register.ts';
import { osActor } from '../../services/actor.ts';
import { HubCallError } from '../../services/sync/client.ts';
import { pullNoting } from '../../services/sync/downward.ts';
import { enrol, exportPending, importReceipts, pushPending, type SyncContext } from '../../services/sync/push.ts';
import { syncReport, type SyncReport } from '../../services/sync/status.ts';
import { declineRestore, restoreFromHub } from '../../services/sync/takeover.ts';
import { parse, required } from '../args.ts';
import { EXIT, UsageError, printError, printJson, printLine } from '../io.ts';
import { withSession } from '../session.ts';

const USAGE =
  'sync enroll --hub URL --code CODE | sync push | sync status | sync export --out FILE | sync import-receipt FILE | sync restore [--decline]';

function contextOf(register: { db: SyncContext['db']; dataDir: string }): SyncContext {
  return { db: register.db, dataDir: register.dataDir, appVersion: APP_VERSION };
}

/** A failure to reach the hub is exit 1 (try again); a refusal by it is exit 3. */
function hubFailure(error: unknown): number {
  if (!(error instanceof HubCallError)) throw error;
  printError(`${error.message} [${error.problem}]`);
  return error.retryable ? EXIT.failure : EXIT.invalidInput;
}

async function enrollCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { hub: { type: 'string' }, code: { type: 'string' }, json: { type: 'boolean' } });
  const hub = required(values.hub, 'hub');
  const code = required(values.code, 'code');
  return withSession(values['data-dir'], 'cli', async ({ register }) => {
    try {
      const answer = await enrol(contextOf(register), hub, code, osActor('cli'));
      if (values.json) printJson(answer);
      else {
        printLine(`已登记到区级平台 ${hub}`);
        printLine(`本机设备编号 / device: ${answer.deviceId}`);
        printLine(`可发送的调委会 / committees: ${answer.committeeIds.length}`);
      }
      return EXIT.ok;
    } catch (error) {
      return hubFailure(error);
    }
  });
}

async function pushCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  return withSession(values['data-dir'], 'cli', async ({ register }) => {
    try {
      const ctx = contextOf(register);
      const sent = await pushPending(ctx);
      // Then what the district has for this register: reference data, notes, and whether it was revoked.
      const pulled = await pullNoting(ctx);
      const result = { ...sent, ...pulled };
      if (values.json) printJson(result);
      else {
        printLine(`已发送 ${result.batches} 个批次：接收 ${result.accepted} 条，退回 ${result.rejected} 条；仍待发送 ${result.pending} 条`);
        if (pulled.referenceApplied !== null) printLine(`已采用区司法局基础数据第 ${pulled.referenceApplied} 版`);
        if (pulled.notes > 0) printLine(`收到区司法局意见 ${pulled.notes} 条（见同步页面）`);
        if (pulled.filesSent > 0) printLine(`已上传区司法局要求的附件文件 ${pulled.filesSent} 个`);
      }
      return EXIT.ok;
    } catch (error) {
      return hubFailure(error);
    }
  });
}

function printReport(report: SyncReport): void {
  if (!report.enrolled) printLine('本机尚未登记到区级平台（sync enroll）');
  else {
    printLine(`区级平台 / hub: ${report.hubUrl}   设备 / device: ${report.deviceId}`);
    if (report.revokedAt) printLine(`本机已被停用 / revoked: ${report.revokedAt}`);
  }
  printLine(`待发送 / pending: ${report.pending}`);
  if (report.restorable > 0)
    printLine(`区级平台存有原电脑的 ${report.restorable} 条记录，请先恢复（sync restore）或放弃（sync restore --decline）`);
  printLine(`上次成功 / last success: ${report.lastSuccessAt ?? '—'}`);
  if (report.lastError) printLine(`上次错误 / last error: ${report.lastError.message} [${report.lastError.code}]`);
  printLine(`被退回 / rejected: ${report.rejected.length}`);
  for (const r of report.rejected) printLine(`  ${r.kind} ${r.label ?? r.id}: ${r.reason}`);
  printLine('调委会 / committee                 records  hash');
  for (const c of report.committees) printLine(`  ${c.committeeId}  ${c.name}  ${c.records}  ${c.hash}`);
}

async function statusCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  return withSession(values['data-dir'], 'cli', async ({ register }) => {
    const report = await syncReport(register.db);
    if (values.json) printJson(report);
    else printReport(report);
    return EXIT.ok;
  });
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { out: { type: 'string' }, json: { type: 'boolean' } });
  const out = required(values.out, 'out');
  return withSession(values['data-dir'], 'cli', async ({ register }) => {
    const result = await exportPending(contextOf(register), out);
    if (values.json) printJson(result);
    else printLine(`已导出 ${result.records} 条记录（${result.batches} 个批次）到 ${result.file}；区司法局导入后，请导入其回执文件`);
    return EXIT.ok;
  });
}

async function importReceiptCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError('sync import-receipt needs exactly one receipts file');
  return withSession(values['data-dir'], 'cli', async ({ register }) => {
    const result = await importReceipts(contextOf(register), positionals[0]!);
    if (values.json) printJson(result);
    else
      printLine(`已导入 ${result.receipts} 份回执：接收 ${result.accepted} 条，退回 ${result.rejected} 条；仍待发送 ${result.pending} 条`);
    return EXIT.ok;
  });
}

async function restoreCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { decline: { type: 'boolean' }, json: { type: 'boolean' } });
  return withSession(values['data-dir'], 'cli', async ({ register }) => {
    if (values.decline) {
      await declineRestore(register.db, osActor('cli'));
      if (values.json) printJson({ declined: true });
      else printLine('已选择不恢复；本机将照常发送');
      return EXIT.ok;
    }
    try {
      const result = await restoreFromHub(contextOf(register), osActor('cli'));
      if (values.json) printJson(result);
      else
        printLine(
          `已从区级平台恢复 ${result.cases} 件案件、${result.mediators} 名调解员、${result.committees} 个调委会、${result.screeningReports} 份排查报告、${result.files} 个附件文件`,
        );
      return EXIT.ok;
    } catch (error) {
      return hubFailure(error);
    }
  });
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  restore: restoreCommand,
  enroll: enrollCommand,
  push: pushCommand,
  status: statusCommand,
  export: exportCommand,
  'import-receipt': importReceiptCommand,
};

export async function syncCommand(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const sub = name === undefined ? undefined : SUBCOMMANDS[name];
  if (!sub) throw new UsageError(`usage: fengqiao ${USAGE}`);
  return sub(rest);
}
