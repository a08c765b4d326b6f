// The district hub over HTTP (Fastify): the endpoints of docs/sync-protocol.md. Every answer that is not a 2xx
// is `{ error, message }` with one of HUB_PROBLEMS, so an app can tell "try again later" (5xx, network) from
// "this will never be accepted as it is" (4xx) and say which in words a clerk understands.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../shared/errors.ts';
import { SIGNED_REQUEST_HEADER } from '../shared/sync/downward.ts';
import { BATCH_FORMAT, BATCH_LIMITS, HUB_PROBLEMS, type HubErrorBody, type HubInfo, type HubProblem } from '../shared/sync/protocol.ts';
import { BatchError } from '../services/sync/batchFile.ts';
import { signReceipt } from '../services/sync/receiptFile.ts';
import { log } from '../services/logger.ts';
import type { HubDB } from './db/schema.ts';
import { issueChallenge } from './deviceAuth.ts';
import { pull, restorePage } from './downward.ts';
import { getChunk, putChunk } from './files.ts';
import { enrolDevice } from './enrolment.ts';
import { HubRefusal } from './errors.ts';
import { hubIdentity } from './identity.ts';
import { ingestBatch } from './ingest.ts';
import { createPreparePool } from './preparePool.ts';
import { registerHubWeb } from './web/index.ts';

/** The HTTP status of each refusal: 4xx for what sending again will not change, 5xx for what it may. */
export const PROBLEM_STATUS: Record<HubProblem, number> = {
  not_a_batch: 400,
  truncated: 400,
  bad_hash: 400,
  format: 400,
  bad_request: 400,
  bad_signature: 401,
  unknown_device: 401,
  revoked_device: 403,
  foreign_committee: 403,
  enrol_unknown_code: 403,
  not_found: 404,
  enrol_used: 409,
  enrol_expired: 410,
  too_large: 413,
  enrol_committee_mismatch: 422,
  internal: 500,
  unavailable: 503,
};

/** Error codes of a database that is down or restarting (node-postgres, libpq SQLSTATE, SQLite busy). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  'SQLITE_BUSY',
]);

export interface HubAppOptions {
  db: Kysely<HubDB>;
  /** Shown to the apps (GET /v1/hub) and on the district's page. */
  name: string;
  /** The hub's clock; tests pass a fixed one. */
  now?: () => Date;
  /** PEM key and certificate: the hub then speaks HTTPS itself (else put it behind a reverse proxy, docs/sync-protocol.md). */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Where attachment files are kept (`hub serve`: `<data-dir>/hub-files`); without it the file endpoints refuse. */
  filesDir?: string;
  /** Worker threads that prepare batches (default: one fewer than the cores, at least two; 0: in the main thread). */
  prepareWorkers?: number;
  /** Trust X-Forwarded-For/Proto from the reverse proxy in front (only then). */
  trustProxy?: boolean;
  /**
   * Fault injection for the fault tests (env FENGQIAO_HUB_FAULT in `hub serve`): 'exit-before-reply' ends the
   * process after a batch is committed and before its receipt is sent, as a power cut would.
   */
  fault?: 'exit-before-reply';
}

function problemOf(error: unknown): { status: number; body: HubErrorBody } {
  if (error instanceof HubRefusal || error instanceof BatchError)
    return { status: PROBLEM_STATUS[error.problem], body: { error: error.problem, message: error.message } };
  if (error instanceof AppError && error.code === 'VALIDATION')
    return { status: 400, body: { error: 'bad_request', message: `${HUB_PROBLEMS.bad_request}：${error.message}` } };
  const fastify = error as FastifyError;
  if (fastify.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { status: 413, body: { error: 'too_large', message: `${HUB_PROBLEMS.too_large}（上限 ${BATCH_LIMITS.fileBytes} 字节）` } };
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500)
    return { status: fastify.statusCode, body: { error: 'bad_request', message: `${HUB_PROBLEMS.bad_request}：${fastify.message}` } };
  // node-postgres's pool says so in words only when no connection frees up in time (a database restarting, say).
  if (/timeout exceeded when trying to connect|Connection terminated/i.test(String((error as Error).message)))
    return { status: 503, body: { error: 'unavailable', message: HUB_PROBLEMS.unavailable } };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code))
    return { status: 503, body: { error: 'unavailable', message: HUB_PROBLEMS.unavailable } };
  return { status: 500, body: { error: 'internal', message: HUB_PROBLEMS.internal } };
}

/**
 * The hub's Fastify app, ready to `listen`. Example:
 * `const app = await buildHubApp({ db, name: '梅园区司法局' }); await app.listen({ host: '0.0.0.0', port: 8443 })`.
 */
export async function buildHubApp(options: HubAppOptions): Promise<FastifyInstance> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const identity = await hubIdentity(db);
  const app = Fastify({
    logger: false,
    trustProxy: options.trustProxy ?? false,
    // A batch file's upper bound, plus room: anything larger is refused (413) before it is read whole.
    bodyLimit: BATCH_LIMITS.fileBytes + 64 * 1024,
    ...(options.tls ? { https: options.tls } : {}),
  } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;

  const pool = options.prepareWorkers === 0 ? null : createPreparePool(options.prepareWorkers);
  app.addHook('onClose', async () => {
    await pool?.close();
  });

  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = problemOf(error);
    if (status >= 500) log.error('hub request failed', { url: request.url, error: String((error as Error).stack ?? error) });
    else log.info('hub refused a request', { url: request.url, problem: body.error });
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ error: 'not_found', message: `${HUB_PROBLEMS.not_found}（${request.method} ${request.url}）` });
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  app.get('/v1/hub', async (): Promise<HubInfo> => ({
    name: options.name,
    hubId: identity.hubId,
    publicKeyPem: identity.publicKeyPem,
    formats: [BATCH_FORMAT],
    time: now().toISOString(),
  }));

  app.get('/healthz', async () => {
    await db.selectFrom('hub_settings').select('key').limit(1).execute();
    return { ok: true };
  });

  app.post('/v1/enrol', async (request) => enrolDevice(db, request.body, now()));

  app.post('/v1/challenge', async (request) => issueChallenge(db, request.body, now()));

  app.post('/v1/pull', async (request) => pull(db, request.body, now()));

  app.post('/v1/restore', async (request) => restorePage(db, request.body, now()));

  const filesDir = () => {
    if (!options.filesDir) throw new HubRefusal('unavailable', '区级平台未配置附件存储');
    return options.filesDir;
  };

  app.post('/v1/files', async (request) => {
    if (!Buffer.isBuffer(request.body)) throw new HubRefusal('bad_request', '文件块应以 application/octet-stream 上传');
    const header = request.headers[SIGNED_REQUEST_HEADER];
    if (typeof header !== 'string' || header.length > 20_000) throw new HubRefusal('bad_request', `缺少 ${SIGNED_REQUEST_HEADER} 请求头`);
    let envelope: unknown;
    try {
      envelope = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
    } catch {
      throw new HubRefusal('bad_request', `${SIGNED_REQUEST_HEADER} 无法读取`);
    }
    return putChunk(db, filesDir(), envelope, request.body, now());
  });

  app.post('/v1/files/get', async (request, reply) => {
    const bytes = await getChunk(db, filesDir(), request.body, now());
    return reply.type('application/octet-stream').send(bytes);
  });

  app.post('/v1/batches', async (request, reply) => {
    if (!Buffer.isBuffer(request.body)) throw new HubRefusal('bad_request', '批次应以 application/octet-stream 上传');
    const receipt = await ingestBatch(db, request.body, now(), pool?.prepare);
    if (options.fault === 'exit-before-reply' && !receipt.duplicate) {
      log.warn('fault injection: exiting after the commit, before the reply');
      process.exit(75);
    }
    log.info('batch ingested', {
      batchId: receipt.batchId,
      deviceId: receipt.deviceId,
      records: receipt.records.length,
      duplicate: receipt.duplicate,
    });
    return reply.send(signReceipt(receipt, identity.privateKey, identity.hubId));
  });

  // The district staff's page, behind a login (server/web/).
  await registerHubWeb(app, { db, name: options.name, now });

  return app;
}
