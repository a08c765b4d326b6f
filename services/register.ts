// The register: one SQLite file in the data folder, opened once, serving every method of the API contract.
// The Electron main process, the browser-mode host and the CLI all open it through here.
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import type { ApiResult } from '../shared/api/result.ts';
import { AppError } from '../shared/errors.ts';
import { addAttachment, getAttachment } from './attachments.ts';
import { importCases } from './caseImport.ts';
import { listCases } from './caseList.ts';
import { findCaseIdByNumber, getCase, registerCase, updateCase } from './cases.ts';
import { addCommittee, completeSetup, listCommittees, ownCommittee } from './committees.ts';
import { getConfig, setConfig } from './config.ts';
import { correctStep, recordStep } from './lifecycle.ts';
import { fileReport, listReports, screeningOverview } from './screening.ts';
import { attentionContext, warningsBoard, workToday } from './worklist.ts';
import { DATABASE_FILE } from './dataDir.ts';
import { immediateTransaction, openDatabase } from './db/open.ts';
import type { DB } from './db/schema.ts';
import { createDispatcher, type CallContext, type Handlers } from './dispatcher.ts';
import { createDivisionIndex } from './divisions.ts';
import { createAccess } from './auth/access.ts';
import { authHandlers } from './auth/handlers.ts';
import { SessionStore } from './auth/sessions.ts';
import { DEFAULT_SECURITY } from '../shared/domain/account.ts';
import { appendChange, recordRead } from './changeLog.ts';
import { writeAuditHead } from './audit/verify.ts';
import { log } from './logger.ts';
import { autoBackup, type AutoBackup } from './backup/auto.ts';
import { backupHandlers } from './backup/handlers.ts';
import { ledgerHandlers } from './ledger/handlers.ts';
import { rosterHandlers } from './roster/handlers.ts';
import { statisticsHandlers } from './statistics/handlers.ts';
import { documentHandlers, type PrintHtml } from './documents/handlers.ts';
import { syncHandlers } from './sync/handlers.ts';
import { withDistrictWarnings } from './sync/downward.ts';
import { SyncSender, type SenderOptions } from './sync/sender.ts';
import { chromiumEngine } from './documents/chromium.ts';
import type { PdfEngine } from './documents/pdfEngine.ts';

export type AppMode = 'desktop' | 'browser' | 'cli';

export interface Register {
  dispatch(method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly db: Kysely<DB>;
  /** The automatic backups of this register (run by the long-running app, see app.ts). */
  readonly backups: AutoBackup;
  /** The upward sync's background sender: started by the long-running app (app.ts), idle in the CLI. */
  readonly sync: SyncSender;
}

export const APP_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export interface RegisterOptions {
  dataDir: string;
  mode: AppMode;
  /** Validate every answer against the contract's output schema (on in tests and development). */
  checkOutputs?: boolean;
  /** Prints documents to PDF; the desktop app passes Electron's printToPDF, elsewhere a local Chromium is used. */
  pdfEngine?: PdfEngine;
  /** The desktop app's print dialog (documents.print); absent elsewhere. */
  print?: PrintHtml;
  /** The background sender's timings (tests shorten them). */
  sync?: SenderOptions;
}

export async function openRegister(options: RegisterOptions): Promise<Register> {
  const dataDir = path.resolve(options.dataDir);
  const databaseFile = path.join(dataDir, DATABASE_FILE);
  const opened = await openDatabase(databaseFile);
  const { db } = opened;
  const divisions = createDivisionIndex();
  const checkAreaCode = (code: string) => {
    if (!divisions.get(code))
      throw new AppError('VALIDATION', '所选行政区划不存在', [{ path: 'areaCode', message: '所选行政区划不存在，请从列表中选择' }]);
  };

  const backups = autoBackup(dataDir, APP_VERSION, (file) =>
    immediateTransaction(db, (trx) =>
      appendChange(trx, {
        actor: 'system:auto-backup',
        at: new Date().toISOString(),
        entity: 'register',
        entityId: 'backup',
        action: 'backup',
        data: { file: path.basename(file) },
      }),
    ),
  );
  // Chromium starts on the first document, not with the register: most sessions print nothing.
  let engine: PdfEngine | null = options.pdfEngine ?? null;
  const pdfEngine = () => (engine ??= chromiumEngine());
  const sessions = new SessionStore(DEFAULT_SECURITY.idleMinutes * 60_000);
  const sender = new SyncSender({ db, dataDir, appVersion: APP_VERSION }, options.sync);
  const handlers: Handlers = {
    ...authHandlers({ db, raw: opened.raw, dataDir, sessions }),
    ...backupHandlers({ db, dataDir, databaseFile, backups }),
    ...ledgerHandlers(db),
    ...rosterHandlers(db, divisions),
    ...statisticsHandlers(db),
    ...documentHandlers({ db, dataDir, engine: pdfEngine, print: options.print }),
    ...syncHandlers({ db, dataDir, appVersion: APP_VERSION, sender }),
    'app.info': async () => ({
      version: APP_VERSION,
      mode: options.mode,
      dataDir,
      databaseFile,
      schemaVersion: opened.schemaVersion,
    }),
    'setup.status': async () => {
      const own = await ownCommittee(db);
      return { done: own !== null, ownCommittee: own };
    },
    'setup.complete': async (input, ctx) => {
      checkAreaCode(input.areaCode);
      return completeSetup(db, input, ctx.actor);
    },
    'committees.add': async (input, ctx) => {
      checkAreaCode(input.areaCode);
      return addCommittee(db, input, ctx.actor);
    },
    'committees.list': async () => listCommittees(db),
    'divisions.children': async ({ code }) => divisions.children(code),
    'divisions.path': async ({ code }) => divisions.path(code),
    'cases.register': async (input, ctx) => registerCase(db, input, ctx.actor),
    'cases.list': async (input) => listCases(db, input, attentionContext(await getConfig(db))),
    'cases.get': async (input, ctx) => {
      const id = 'id' in input ? input.id : await findCaseIdByNumber(db, input.number);
      if (!id) throw new AppError('NOT_FOUND', `没有找到案号为 ${'number' in input ? input.number : ''} 的案件`);
      const detail = await getCase(db, id);
      await recordRead(db, ctx.actor, 'case', id, { number: detail.number });
      return detail;
    },
    'cases.update': async (input, ctx) => {
      await updateCase(db, input, ctx.actor);
      return getCase(db, input.id);
    },
    'cases.record': async ({ caseId, step }, ctx) => {
      await recordStep(db, caseId, step, ctx.actor);
      return getCase(db, caseId);
    },
    'cases.correct': async ({ caseId, correction }, ctx) => {
      await correctStep(db, caseId, correction, ctx.actor);
      return getCase(db, caseId);
    },
    'cases.import': async (input, ctx) => importCases(db, input, ctx.actor),
    'attachments.add': async (input, ctx) => addAttachment(db, dataDir, input, ctx.actor),
    'attachments.get': async ({ id }, ctx) => {
      const content = await getAttachment(db, dataDir, id);
      await recordRead(db, ctx.actor, 'attachment', id, { caseId: content.caseId });
      return content;
    },
    'work.today': async () => workToday(db, await getConfig(db)),
    'warnings.board': async ({ committeeId }) => warningsBoard(db, await getConfig(db), committeeId ?? null),
    'screening.overview': async ({ committeeId, periods }) => screeningOverview(db, committeeId ?? null, periods, await getConfig(db)),
    'screening.report': async (input, ctx) => fileReport(db, input, await getConfig(db), ctx.actor),
    'screening.list': async ({ committeeId, limit }) => listReports(db, committeeId, limit),
    'config.get': async () => getConfig(db),
    // The four-colour warnings are the district's once it has published them: a local edit keeps the district's.
    'config.set': async (input, ctx) => setConfig(db, await withDistrictWarnings(db, input), ctx.actor),
  };
  const dispatchOnce = createDispatcher(handlers, createAccess(db, sessions), {
    checkOutputs: options.checkOutputs ?? process.env['NODE_ENV'] !== 'production',
  });
  // After each call that added to the audit log, its new head is noted beside the register (see audit/verify.ts).
  const lastSeq = opened.raw.prepare('select max(seq) as seq from change_log').pluck();
  let headSeq = lastSeq.get() as number | null;
  const dispatch: Register['dispatch'] = async (method, input, ctx) => {
    const result = await dispatchOnce(method, input, ctx);
    try {
      const seq = lastSeq.get() as number | null;
      if (seq !== headSeq) {
        writeAuditHead(dataDir, opened.raw);
        headSeq = seq;
        // A change may have raised a red or orange warning that should go up now.
        sender.nudge();
      }
    } catch (error) {
      log.warn('could not note the audit head', { error: String(error) });
    }
    return result;
  };

  let closing: Promise<void> | null = null;
  return {
    dispatch,
    dataDir,
    databaseFile,
    db,
    backups,
    sync: sender,
    close: () =>
      (closing ??= (async () => {
        await sender.stop();
        // An engine we made is ours to close; the desktop shell closes its own.
        if (engine && !options.pdfEngine)
          await engine.close().catch((error: unknown) => log.warn('closing the PDF engine failed', { error: String(error) }));
        await opened.close();
      })()),
  };
}
