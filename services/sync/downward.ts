// The register's pull from its hub: the district's reference data (applied whole when a newer version is there:
// the four-colour warnings replace the local ones, the dispute-type names and the committee registry are kept for
// the forms) and the district's notes on this register's records, for the clerk to act on. The district never
// edits a record: a note asks; the clerk's correction goes up as a new version like any change.
import type { Kysely, Selectable } from 'kysely';
import { DEFAULT_CONFIG, LifecycleConfig } from '../../shared/domain/config.ts';
import { AppError } from '../../shared/errors.ts';
import { PullResponse, ReferenceData, type HubNote } from '../../shared/sync/downward.ts';
import type { NoteRow } from '../../shared/sync/overview.ts';
import { HUB_PROBLEMS } from '../../shared/sync/protocol.ts';
import { appendChange } from '../changeLog.ts';
import { immediateTransaction } from '../db/open.ts';
import type { DB, HubNotesTable } from '../db/schema.ts';
import { log } from '../logger.ts';
import { HubCallError, postChallenge, postSigned } from './client.ts';
import { signDeviceRequest } from './deviceRequest.ts';
import { sendRequestedFiles } from './files.ts';
import { deviceKeyOf, noteFailure, type SyncContext } from './push.ts';
import { requireLink } from './state.ts';

const CONFIG_KEY = 'lifecycle';
const HUB_ACTOR = 'hub:district';

/** The reference data this register applied last, or null. */
export async function appliedReference(db: Kysely<DB>): Promise<{ reference: ReferenceData; appliedAt: string } | null> {
  const row = await db.selectFrom('reference_data').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const parsed = ReferenceData.safeParse(JSON.parse(row.data));
  if (!parsed.success) {
    log.warn('stored reference data does not validate; ignoring it', { version: row.version });
    return null;
  }
  return { reference: parsed.data, appliedAt: row.applied_at };
}

/** The configuration with the district's four-colour warnings in force (when it has published them). */
export async function withDistrictWarnings(db: Kysely<DB>, config: LifecycleConfig): Promise<LifecycleConfig> {
  const applied = await appliedReference(db);
  return applied?.reference.warnings ? { ...config, warnings: applied.reference.warnings } : config;
}

/** Applies a newer reference version in one transaction (audited as the district's change). */
async function applyReference(db: Kysely<DB>, reference: ReferenceData, now: Date): Promise<boolean> {
  return immediateTransaction(db, async (trx) => {
    const current = await trx.selectFrom('reference_data').select('version').where('id', '=', 1).executeTakeFirst();
    if (current && current.version >= reference.version) return false;
    const values = {
      version: reference.version,
      data: JSON.stringify(reference),
      published_at: reference.publishedAt,
      applied_at: now.toISOString(),
    };
    await trx
      .insertInto('reference_data')
      .values({ id: 1, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    if (reference.warnings) {
      const row = await trx.selectFrom('settings').select('value').where('key', '=', CONFIG_KEY).executeTakeFirst();
      const stored = row ? LifecycleConfig.safeParse({ ...DEFAULT_CONFIG, ...(JSON.parse(row.value) as object) }) : null;
      const config = { ...(stored?.success ? stored.data : DEFAULT_CONFIG), warnings: reference.warnings };
      const value = JSON.stringify(config);
      await trx
        .insertInto('settings')
        .values({ key: CONFIG_KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    }
    await appendChange(trx, {
      actor: HUB_ACTOR,
      at: now.toISOString(),
      entity: 'settings',
      entityId: 'reference',
      action: 'update',
      data: { version: reference.version, publishedAt: reference.publishedAt, warnings: reference.warnings !== null },
    });
    return true;
  });
}

async function storeNotes(db: Kysely<DB>, notes: HubNote[], now: Date): Promise<number> {
  if (notes.length === 0) return 0;
  return immediateTransaction(db, async (trx) => {
    let added = 0;
    for (const n of notes) {
      const result = await trx
        .insertInto('hub_notes')
        .values({
          note_id: n.noteId,
          seq: n.seq,
          committee_id: n.committeeId,
          kind: n.kind,
          record_id: n.recordId,
          body: n.body,
          author: n.author,
          created_at: n.createdAt,
          received_at: now.toISOString(),
          handled_at: null,
          handled_by: null,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  });
}

export interface PullResult {
  /** The reference version applied by this pull, or null when the register already had the newest. */
  referenceApplied: number | null;
  notes: number;
  /** Attachment files the district asked for, sent whole by this pull. */
  filesSent: number;
}

/** pullFromHub, with a failure noted in the sync state (as pushPending notes its own). */
export async function pullNoting(ctx: SyncContext): Promise<PullResult> {
  try {
    return await pullFromHub(ctx);
  } catch (error) {
    await noteFailure(ctx, error);
    throw error;
  }
}

/** Pulls what the district has for this register. Throws HubCallError (a revoked device is told so here too). */
export async function pullFromHub(ctx: SyncContext): Promise<PullResult> {
  const link = await requireLink(ctx.db);
  const key = deviceKeyOf(ctx, link);
  const now = (ctx.now ?? (() => new Date()))();
  const result: PullResult = { referenceApplied: null, notes: 0, filesSent: 0 };
  // A page of notes at a time; a register far behind asks again (bounded: a loop never runs away).
  for (let round = 0; round < 50; round++) {
    const applied = await ctx.db.selectFrom('reference_data').select('version').where('id', '=', 1).executeTakeFirst();
    const last = await ctx.db
      .selectFrom('hub_notes')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    const challenge = await postChallenge(link.hubUrl, key.deviceId);
    const answer = await postSigned(
      link.hubUrl,
      '/v1/pull',
      signDeviceRequest(
        { action: 'pull', deviceId: key.deviceId, challenge, referenceVersion: applied?.version ?? 0, notesAfter: Number(last?.seq ?? 0) },
        key.privateKey,
      ),
    );
    const parsed = PullResponse.safeParse(answer);
    if (!parsed.success) throw new HubCallError('server', 'internal', `${HUB_PROBLEMS.internal}（下行数据格式不符）`);
    if (parsed.data.reference && (await applyReference(ctx.db, parsed.data.reference, now)))
      result.referenceApplied = parsed.data.reference.version;
    result.notes += await storeNotes(ctx.db, parsed.data.notes, now);
    if (!parsed.data.moreNotes) {
      result.filesSent = await sendRequestedFiles(ctx, parsed.data.fileRequests);
      return result;
    }
  }
  throw new AppError('INTERNAL', '区级平台的意见太多，一次未能取完，稍后会继续');
}

async function labelOf(db: Kysely<DB>, kind: string, id: string): Promise<string | null> {
  if (kind === 'case') return (await db.selectFrom('cases').select('number').where('id', '=', id).executeTakeFirst())?.number ?? null;
  if (kind === 'mediator') return (await db.selectFrom('mediators').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null;
  if (kind === 'committee') return (await db.selectFrom('committees').select('name').where('id', '=', id).executeTakeFirst())?.name ?? null;
  return null;
}

type NoteRecord = Selectable<HubNotesTable>;

async function toNoteRow(db: Kysely<DB>, r: NoteRecord): Promise<NoteRow> {
  return {
    noteId: r.note_id,
    kind: r.kind,
    recordId: r.record_id,
    label: await labelOf(db, r.kind, r.record_id),
    body: r.body,
    author: r.author,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    handledAt: r.handled_at,
    handledBy: r.handled_by,
  };
}

/** The district's notes, newest first; of one record, or only the open ones. */
export async function listNotes(db: Kysely<DB>, query: { recordId?: string | null | undefined; open: boolean }): Promise<NoteRow[]> {
  let select = db.selectFrom('hub_notes').selectAll().orderBy('seq', 'desc').limit(500);
  if (query.recordId) select = select.where('record_id', '=', query.recordId);
  if (query.open) select = select.where('handled_at', 'is', null);
  const rows = await select.execute();
  return Promise.all(rows.map((r) => toNoteRow(db, r)));
}

/** Marks a note dealt with (audited). NOT_FOUND for an unknown note; marking twice keeps the first. */
export async function handleNote(db: Kysely<DB>, noteId: string, actor: string, now = new Date()): Promise<NoteRow> {
  const row = await immediateTransaction(db, async (trx) => {
    const found = await trx.selectFrom('hub_notes').selectAll().where('note_id', '=', noteId).executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', '没有这条区司法局意见');
    if (found.handled_at !== null) return found;
    await trx.updateTable('hub_notes').set({ handled_at: now.toISOString(), handled_by: actor }).where('note_id', '=', noteId).execute();
    await appendChange(trx, {
      actor,
      at: now.toISOString(),
      entity: found.kind === 'case' ? 'case' : 'settings',
      entityId: found.record_id,
      action: 'update',
      data: { districtNote: noteId, handled: true },
    });
    return { ...found, handled_at: now.toISOString(), handled_by: actor };
  });
  return toNoteRow(db, row);
}
