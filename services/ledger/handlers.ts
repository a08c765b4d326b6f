// The API methods of ledger import and of the register's export to Excel.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Handlers } from '../dispatcher.ts';
import { exportRegister } from '../export/registerXlsx.ts';
import { importLedger, previewLedger, readLedger } from './ledger.ts';

type LedgerMethods = Extract<keyof Handlers, `ledger.${string}` | 'data.exportXlsx'>;

export function ledgerHandlers(db: Kysely<DB>): Pick<Handlers, LedgerMethods> {
  return {
    'ledger.read': async (input) => readLedger(db, input),
    'ledger.preview': async (input) => previewLedger(db, input),
    'ledger.import': async (input, ctx) => importLedger(db, input, ctx.actor),
    'data.exportXlsx': async (_input, ctx) => exportRegister(db, ctx.actor),
  };
}
