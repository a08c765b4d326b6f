// fengqiao hub serve | enroll | revoke | import | status: the district hub (server/) and its administration.
// Every command takes the same --db as `hub serve`: none (or sqlite:FILE) for the embedded SQLite file in the
// data folder, postgres://… for PostgreSQL. Exit codes: 0 done, 1 failure, 2 usage, 3 refused, 4 not found.
import fs from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from '../../services/dataDir.ts';
import { receiptFileText } from '../../services/sync/receiptFile.ts';
import { hubDatabaseLabel, openHubDatabase } from '../../server/db/open.ts';
import { revokeDevice } from '../../server/devices.ts';
import { createEnrolmentCode, ENROLMENT_DAYS } from '../../server/enrolment.ts';
import { buildHubApp } from '../../server/http.ts';
import { importOfflineFile } from '../../server/offline.ts';
import { requestFiles } from '../../server/files.ts';
import { addNote, currentReference, publishReference } from '../../server/downward.ts';
import { SYNC_KINDS, type SyncKind } from '../../shared/sync/protocol.ts';
import { osActor } from '../../services/actor.ts';
import { hubStatus } from '../../server/status.ts';
import { intFlag, parse, required } from '../args.ts';
import { DB_OPTION, withHub } from '../hubSession.ts';
import { HUB_STAFF_USAGE, hubStaffCommand } from './hubStaff.ts';
import { EXIT, UsageError, printError, printJson, printLine } from '../io.ts';

const USAGE =
  'hub serve [--db URL] [--port P] [--host H] [--name NAME] [--tls-cert F --tls-key F] [--trust-proxy] | hub enroll --committee CODE [--days N] | ' +
  'hub revoke DEVICE | hub import FILE [--out RECEIPTS] | hub status | hub reference publish FILE | hub reference show | ' +
  'hub note --committee ID --kind KIND --record ID --text TEXT [--author NAME] | hub request-files --case ID | ' +
  HUB_STAFF_USAGE;

function readFileOrExit(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    printError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return null;
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parse(args, {
    ...DB_OPTION,
    port: { type: 'string' },
    host: { type: 'string' },
    name: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'trust-proxy': { type: 'boolean' },
  });
  const port = intFlag(values.port, 'port', 0, 65535) ?? 8720;
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined))
    throw new UsageError('--tls-cert and --tls-key go together');
  const tls =
    values['tls-cert'] && values['tls-key']
      ? { cert: fs.readFileSync(values['tls-cert']), key: fs.readFileSync(values['tls-key']) }
      : undefined;
  const fault = process.env['FENGQIAO_HUB_FAULT'] === 'exit-before-reply' ? ('exit-before-reply' as const) : undefined;
  const hub = await openHubDatabase(values.db, resolveDataDir({ flag: values['data-dir'] }));
  const app = await buildHubApp({
    db: hub.db,
    name: values.name ?? '枫桥区级平台',
    // Attachment files the committees send on request, beside the SQLite file (or on the hub host with PostgreSQL).
    filesDir: path.join(resolveDataDir({ flag: values['data-dir'] }), 'hub-files'),
    tls,
    trustProxy: values['trust-proxy'] ?? false,
    fault,
  });
  const host = values.host ?? '127.0.0.1';
  try {
    await app.listen({ host, port });
  } catch (error) {
    await hub.close();
    throw error;
  }
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  printLine(`枫桥区级平台已启动 / hub listening on ${tls ? 'https' : 'http'}://${shownHost}:${bound}`);
  printLine(`数据库 / database: ${hubDatabaseLabel(values.db, resolveDataDir({ flag: values['data-dir'] }))}`);
  if (host === '127.0.0.1' && !values['trust-proxy'])
    printLine('只接受本机连接；对外服务请用 --host 0.0.0.0 并配置证书或反向代理 (docs/sync-protocol.md)');

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await app.close();
  await hub.close();
  printLine('区级平台已停止 / hub stopped');
  return EXIT.ok;
}

async function enroll(args: string[]): Promise<number> {
  const { values } = parse(args, { ...DB_OPTION, committee: { type: 'string' }, days: { type: 'string' }, json: { type: 'boolean' } });
  const committee = required(values.committee, 'committee');
  const days = intFlag(values.days, 'days', 1, 90) ?? ENROLMENT_DAYS;
  return withHub(values, async (hub) => {
    const created = await createEnrolmentCode(hub.db, committee, new Date(), days);
    if (values.json) printJson(created);
    else {
      printLine(created.code);
      process.stderr.write(`登记码仅可使用一次，有效至 ${created.expiresAt} / one-time code for committee ${created.committeeCode}\n`);
    }
    return EXIT.ok;
  });
}

async function revoke(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...DB_OPTION, json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError('hub revoke needs exactly one device id');
  const deviceId = positionals[0]!;
  if (!/^[0-9a-f]{32}$/.test(deviceId)) throw new UsageError(`a device id is 32 hex characters (got '${deviceId}')`);
  return withHub(values, async (hub) => {
    await revokeDevice(hub.db, deviceId, new Date());
    if (values.json) printJson({ deviceId, revoked: true });
    else printLine(`已停用设备 ${deviceId} / device revoked`);
    return EXIT.ok;
  });
}

async function importFile(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...DB_OPTION, out: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError('hub import needs exactly one file');
  const bytes = readFileOrExit(positionals[0]!);
  if (!bytes) return EXIT.notFound;
  return withHub(values, async (hub) => {
    const result = await importOfflineFile(hub.db, bytes, new Date());
    const text = receiptFileText(result.receipts);
    if (values.out) {
      const tmp = `${values.out}.${process.pid}.part`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, values.out);
    }
    const summary = {
      batches: result.receipts.length,
      /** Batches imported before: answered again, applied once. */
      duplicates: result.receipts.filter((r) => r.receipt.duplicate).length,
      accepted: result.accepted,
      rejected: result.rejected,
      refused: result.refused,
      receipts: values.out ?? null,
    };
    if (values.json) printJson(summary);
    else if (values.out)
      printLine(`已导入 ${summary.batches} 个批次：接收 ${summary.accepted} 条，退回 ${summary.rejected} 条；回执已写入 ${values.out}`);
    else process.stdout.write(text);
    for (const r of result.refused) printError(`batch ${r.batch} refused: ${r.message} [${r.problem}]`);
    return result.refused.length > 0 ? EXIT.invalidInput : EXIT.ok;
  });
}

async function status(args: string[]): Promise<number> {
  const { values } = parse(args, { ...DB_OPTION, json: { type: 'boolean' } });
  return withHub(values, async (hub) => {
    const report = await hubStatus(hub.db);
    if (values.json) {
      printJson(report);
      return EXIT.ok;
    }
    printLine(`区级平台 / hub ${report.hubId}: ${report.devices.length} 台设备, ${report.committees.length} 个调委会`);
    for (const c of report.committees)
      printLine(
        `  ${c.committeeId}  ${c.name ?? '—'}  ${c.areaCode ?? ''}  last ${c.lastBatchAt ?? '—'}  records ${c.records}  rejected ${c.rejected}  ${c.hash}`,
      );
    for (const d of report.devices)
      printLine(
        `  device ${d.deviceId}  ${d.committeeCode ?? ''}  ${d.revokedAt ? `revoked ${d.revokedAt}` : 'active'}  last ${d.lastBatchAt ?? '—'}`,
      );
    return EXIT.ok;
  });
}

/** `hub reference publish FILE` (the district's reference data, JSON: a new version) | `hub reference show`. */
async function reference(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parse(rest, { ...DB_OPTION, json: { type: 'boolean' } }, true);
  if (action === 'show' && positionals.length === 0)
    return withHub(values, async (hub) => {
      const current = await currentReference(hub.db);
      if (values.json) printJson(current);
      else printLine(current ? `第 ${current.version} 版，发布于 ${current.publishedAt}` : '尚未发布基础数据 / none published');
      return EXIT.ok;
    });
  if (action !== 'publish' || positionals.length !== 1) throw new UsageError('usage: hub reference publish FILE | hub reference show');
  const bytes = readFileOrExit(positionals[0]!);
  if (!bytes) return EXIT.notFound;
  let content: unknown;
  try {
    content = JSON.parse(bytes.toString('utf8'));
  } catch {
    printError(`${positionals[0]} is not JSON`);
    return EXIT.invalidInput;
  }
  return withHub(values, async (hub) => {
    const published = await publishReference(hub.db, content, osActor('cli'), new Date());
    if (values.json) printJson({ version: published.version, publishedAt: published.publishedAt });
    else printLine(`已发布基础数据第 ${published.version} 版 / published version ${published.version}`);
    return EXIT.ok;
  });
}

/** `hub note --committee ID --kind KIND --record ID --text TEXT [--author NAME]`: the district's note on a record. */
async function note(args: string[]): Promise<number> {
  const { values } = parse(args, {
    ...DB_OPTION,
    committee: { type: 'string' },
    kind: { type: 'string' },
    record: { type: 'string' },
    text: { type: 'string' },
    author: { type: 'string' },
    json: { type: 'boolean' },
  });
  const kind = required(values.kind, 'kind');
  if (!(SYNC_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${SYNC_KINDS.join(', ')}`);
  return withHub(values, async (hub) => {
    const created = await addNote(
      hub.db,
      {
        committeeId: required(values.committee, 'committee'),
        kind: kind as SyncKind,
        recordId: required(values.record, 'record'),
        body: required(values.text, 'text'),
        // What the clerk reads as the note's author: the bureau, unless a name is given.
        author: values.author ?? '区司法局',
      },
      new Date(),
    );
    if (values.json) printJson(created);
    else printLine(`已留意见 ${created.noteId}，将随下次同步送达调委会`);
    return EXIT.ok;
  });
}

/** `hub request-files --case ID`: asks the committee for the files of a case's attachments (sent at its next sync). */
async function requestFilesCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { ...DB_OPTION, case: { type: 'string' }, json: { type: 'boolean' } });
  const caseId = required(values.case, 'case');
  return withHub(values, async (hub) => {
    const result = await requestFiles(hub.db, caseId, osActor('cli'), new Date());
    if (values.json) printJson(result);
    else printLine(`已请求 ${result.requested} 个附件文件，将随调委会下次同步上传`);
    return EXIT.ok;
  });
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  'request-files': requestFilesCommand,
  serve,
  enroll,
  revoke,
  import: importFile,
  status,
  reference,
  note,
  staff: hubStaffCommand,
};

export async function hubCommand(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const sub = name === undefined ? undefined : SUBCOMMANDS[name];
  if (!sub) throw new UsageError(`usage: fengqiao ${USAGE}`);
  return sub(rest);
}
