// The register: one SQLite file in the data folder, opened once, serving every method of the API contract.
// The Electron main process, the browser-mode host and the CLI all open it through here.
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import type { ApiResult } from '../shared/api/result.ts';
import { AppError } from '../shared/errors.ts';
import { findCaseIdByNumber, getCase, listCases, registerCase } from './cases.ts';
import { completeSetup, listCommittees, ownCommittee } from './committees.ts';
import { DATABASE_FILE } from './dataDir.ts';
import { openDatabase } from './db/open.ts';
import type { DB } from './db/schema.ts';
import { createDispatcher, type CallContext, type Handlers } from './dispatcher.ts';
import { createDivisionIndex } from './divisions.ts';

export type AppMode = 'desktop' | 'browser' | 'cli';

export interface Register {
  dispatch(method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly db: Kysely<DB>;
}

export const APP_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

export interface RegisterOptions {
  dataDir: string;
  mode: AppMode;
  /** Validate every answer against the contract's output schema (on in tests and development). */
  checkOutputs?: boolean;
}

export async function openRegister(options: RegisterOptions): Promise<Register> {
  const dataDir = path.resolve(options.dataDir);
  const databaseFile = path.join(dataDir, DATABASE_FILE);
  const opened = await openDatabase(databaseFile);
  const { db } = opened;
  const divisions = createDivisionIndex();

  const handlers: Handlers = {
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
      if (!divisions.get(input.areaCode))
        throw new AppError('VALIDATION', '所选行政区划不存在', [{ path: 'areaCode', message: '所选行政区划不存在，请从列表中选择' }]);
      return completeSetup(db, input, ctx.actor);
    },
    'committees.list': async () => listCommittees(db),
    'divisions.children': async ({ code }) => divisions.children(code),
    'divisions.path': async ({ code }) => divisions.path(code),
    'cases.register': async (input, ctx) => registerCase(db, input, ctx.actor),
    'cases.list': async (input) => listCases(db, input),
    'cases.get': async (input) => {
      const id = 'id' in input ? input.id : await findCaseIdByNumber(db, input.number);
      if (!id) throw new AppError('NOT_FOUND', `没有找到案号为 ${'number' in input ? input.number : ''} 的案件`);
      return getCase(db, id);
    },
  };
  const dispatch = createDispatcher(handlers, { checkOutputs: options.checkOutputs ?? process.env['NODE_ENV'] !== 'production' });

  let closing: Promise<void> | null = null;
  return {
    dispatch,
    dataDir,
    databaseFile,
    db,
    close: () => (closing ??= opened.close()),
  };
}
