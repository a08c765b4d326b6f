// The API methods of the upward sync (the 同步 page): the state, enrolment, 立即同步, and the offline path's file
// out and receipts in. Sends go through the background sender's queue, so a click never races the loop.
import type { Kysely } from 'kysely';
import { todayInChina } from '../../shared/rules/dates.ts';
import type { SyncOverview } from '../../shared/sync/overview.ts';
import { recordRead } from '../changeLog.ts';
import type { DB } from '../db/schema.ts';
import type { Handlers } from '../dispatcher.ts';
import { appliedReference, handleNote, listNotes } from './downward.ts';
import { buildOfflineFile, enrol, importReceiptBytes, type SyncContext } from './push.ts';
import type { SyncSender } from './sender.ts';
import { syncLink } from './state.ts';
import { declineRestore, restoreFromHub } from './takeover.ts';
import { syncReport } from './status.ts';

type SyncMethods = Extract<keyof Handlers, `sync.${string}` | 'reference.current'>;

export interface SyncDeps extends SyncContext {
  sender: SyncSender;
}

async function overview(db: Kysely<DB>, sender: SyncSender): Promise<SyncOverview> {
  return { ...(await syncReport(db)), ...sender.state() };
}

/** The file name of an offline file: the committee's code and the day, e.g. `枫桥同步-320102002000-20261129.fqsync`. */
async function offlineFileName(db: Kysely<DB>, now: Date): Promise<string> {
  const link = await syncLink(db);
  const day = todayInChina(now).replace(/-/g, '');
  return `枫桥同步-${link?.committeeCode ?? '未登记'}-${day}.fqsync`;
}

export function syncHandlers(deps: SyncDeps): Pick<Handlers, SyncMethods> {
  const { db, sender } = deps;
  const now = () => (deps.now ?? (() => new Date()))();
  return {
    'sync.status': async () => overview(db, sender),
    'sync.enrol': async ({ hubUrl, code }, ctx) => {
      await enrol(deps, hubUrl, code, ctx.actor);
      // What is pending goes up as soon as the link is made, not at the next interval.
      void sender.sendNow().catch(() => undefined);
      return overview(db, sender);
    },
    'sync.push': async () => {
      await sender.sendNow();
      return overview(db, sender);
    },
    'sync.exportFile': async (_input, ctx) => {
      const built = await buildOfflineFile(deps);
      const fileName = await offlineFileName(db, now());
      await recordRead(db, ctx.actor, 'register', 'export', { format: 'fqsync', fileName, records: built.records }, now(), 'export');
      return { fileName, content: built.bytes.toString('base64') };
    },
    'sync.importReceipts': async ({ content }) => importReceiptBytes(deps, Buffer.from(content, 'base64')),
    'sync.restore': async (_input, ctx) => {
      const restored = await restoreFromHub(deps, ctx.actor);
      void sender.sendNow().catch(() => undefined);
      return restored;
    },
    'sync.declineRestore': async (_input, ctx) => {
      await declineRestore(db, ctx.actor);
      void sender.sendNow().catch(() => undefined);
      return overview(db, sender);
    },
    'sync.notes': async (query) => listNotes(db, query),
    'sync.handleNote': async ({ noteId }, ctx) => handleNote(db, noteId, ctx.actor),
    'reference.current': async () => {
      const applied = await appliedReference(db);
      return { reference: applied?.reference ?? null, appliedAt: applied?.appliedAt ?? null };
    },
  };
}
