// The hub's downward side: one-time challenges, requests signed by an enrolled device over one of them, the
// district's reference data (published as numbered versions) and its notes on the committees' records, and the
// pull that hands both to a register. One writer per record: a note never changes a record, it asks its owner to.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { HubNote, ReferenceContent, ReferenceData, type PullResponse, type RestorePage } from '../shared/sync/downward.ts';
import { SYNC_KINDS, type SyncKind } from '../shared/sync/protocol.ts';
import { lockHub, writeTransaction } from './db/open.ts';
import type { HubDB } from './db/schema.ts';
import { verifiedRequest } from './deviceAuth.ts';
import { openFileRequests } from './files.ts';
import { HubRefusal } from './errors.ts';

const NOTES_PER_PULL = 500;

/** The newest published reference version, or null before the first. */
export async function currentReference(db: Kysely<HubDB>): Promise<ReferenceData | null> {
  const row = await db.selectFrom('reference_versions').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  return ReferenceData.parse({ ...(JSON.parse(row.data) as object), version: Number(row.version), publishedAt: row.published_at });
}

/**
 * Publishes new reference data as the next version (1, 2, …). `content` is untrusted (a file, a form): checked with
 * ReferenceContent, VALIDATION-style HubRefusal naming the first problem.
 */
export async function publishReference(db: Kysely<HubDB>, content: unknown, by: string, now: Date): Promise<ReferenceData> {
  const parsed = ReferenceContent.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HubRefusal('bad_request', `基础数据不正确：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return writeTransaction(db, async (trx) => {
    await lockHub(trx, 'reference');
    const last = await trx
      .selectFrom('reference_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const publishedAt = now.toISOString();
    await trx
      .insertInto('reference_versions')
      .values({ version, data: JSON.stringify(parsed.data), published_at: publishedAt, published_by: by })
      .execute();
    return { ...parsed.data, version, publishedAt };
  });
}

/** Adds the district's note on a record of a committee. Example: `addNote(db, { committeeId, kind: 'case', recordId, body: '请补充调解记录', author: '区司法局 王' }, now)`. */
export async function addNote(
  db: Kysely<HubDB>,
  note: { committeeId: string; kind: SyncKind; recordId: string; body: string; author: string },
  now: Date,
): Promise<HubNote> {
  const body = note.body.trim();
  if (body === '' || body.length > 2000) throw new HubRefusal('bad_request', '意见内容应为1至2000字');
  if (!SYNC_KINDS.includes(note.kind)) throw new HubRefusal('bad_request', `记录类型应为 ${SYNC_KINDS.join('、')}`);
  return writeTransaction(db, async (trx) => {
    const held = await trx
      .selectFrom('records')
      .select('committee_id')
      .where('kind', '=', note.kind)
      .where('record_id', '=', note.recordId)
      .executeTakeFirst();
    if (!held) throw new HubRefusal('not_found', `区级平台没有这条记录（${note.kind} ${note.recordId}）`);
    if (held.committee_id !== note.committeeId) throw new HubRefusal('bad_request', '该记录不属于所给的调委会');
    await lockHub(trx, 'notes');
    const last = await trx
      .selectFrom('notes')
      .select((eb) => eb.fn.max('seq').as('s'))
      .executeTakeFirst();
    const created: HubNote = {
      noteId: crypto.randomUUID(),
      seq: Number(last?.s ?? 0) + 1,
      committeeId: note.committeeId,
      kind: note.kind,
      recordId: note.recordId,
      body,
      author: note.author.trim().slice(0, 60) || '区司法局',
      createdAt: now.toISOString(),
    };
    await trx
      .insertInto('notes')
      .values({
        seq: created.seq,
        note_id: created.noteId,
        committee_id: created.committeeId,
        kind: created.kind,
        record_id: created.recordId,
        body: created.body,
        author: created.author,
        created_at: created.createdAt,
      })
      .execute();
    return created;
  });
}

/**
 * A register's pull: the newest reference version if it is newer than the one it applied, and the notes on its
 * committees' records after the last it holds. Notes the version it applied for the district to see.
 */
export async function pull(db: Kysely<HubDB>, envelope: unknown, now: Date): Promise<PullResponse> {
  const request = await verifiedRequest(db, envelope, now);
  if (request.action !== 'pull') throw new HubRefusal('bad_request', '此地址只接受 pull 请求');
  const reference = await currentReference(db);
  const rows =
    request.committeeIds.length === 0
      ? []
      : await db
          .selectFrom('notes')
          .selectAll()
          .where('committee_id', 'in', request.committeeIds)
          .where('seq', '>', request.notesAfter)
          .orderBy('seq')
          .limit(NOTES_PER_PULL + 1)
          .execute();
  await db
    .updateTable('devices')
    .set({ reference_version: request.referenceVersion, last_pull_at: now.toISOString() })
    .where('device_id', '=', request.deviceId)
    .execute();
  return {
    reference: reference && reference.version > request.referenceVersion ? reference : null,
    notes: rows.slice(0, NOTES_PER_PULL).map((r) =>
      HubNote.parse({
        noteId: r.note_id,
        seq: Number(r.seq),
        committeeId: r.committee_id,
        kind: r.kind,
        recordId: r.record_id,
        body: r.body,
        author: r.author,
        createdAt: r.created_at,
      }),
    ),
    moreNotes: rows.length > NOTES_PER_PULL,
    fileRequests: await openFileRequests(db, request.committeeIds),
    hubTime: now.toISOString(),
  };
}

/**
 * One page of the device's committees' records as the hub holds them (the latest version of each), in (kind, id)
 * order after `after`, for restoring a register onto a new PC; and the highest version held, above which the
 * restored register numbers its changes.
 */
export async function restorePage(db: Kysely<HubDB>, envelope: unknown, now: Date): Promise<RestorePage> {
  const request = await verifiedRequest(db, envelope, now);
  if (request.action !== 'restore') throw new HubRefusal('bad_request', '此地址只接受 restore 请求');
  if (request.committeeIds.length === 0) return { records: [], next: null, maxVersion: 0 };
  let query = db
    .selectFrom('records')
    .select(['kind', 'record_id', 'version', 'committee_id', 'data'])
    .where('committee_id', 'in', request.committeeIds)
    .orderBy('kind')
    .orderBy('record_id')
    .limit(request.limit + 1);
  if (request.after !== null) {
    const cut = request.after.indexOf(':');
    if (cut < 1) throw new HubRefusal('bad_request', '分页位置不正确');
    const [kind, id] = [request.after.slice(0, cut), request.after.slice(cut + 1)];
    query = query.where((eb) => eb.or([eb('kind', '>', kind), eb.and([eb('kind', '=', kind), eb('record_id', '>', id)])]));
  }
  const rows = await query.execute();
  const page = rows.slice(0, request.limit);
  const max = await db
    .selectFrom('records')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('committee_id', 'in', request.committeeIds)
    .executeTakeFirst();
  const last = page.at(-1);
  return {
    records: page.map((r) => ({
      kind: r.kind as SyncKind,
      id: r.record_id,
      version: Number(r.version),
      committeeId: r.committee_id,
      data: JSON.parse(r.data) as unknown,
    })),
    next: rows.length > request.limit && last ? `${last.kind}:${last.record_id}` : null,
    maxVersion: Number(max?.v ?? 0),
  };
}
