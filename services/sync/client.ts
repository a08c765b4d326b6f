// The app's HTTP client for the hub (docs/sync-protocol.md). Each failure is classified once, here: the network
// (no answer), the hub's trouble (5xx: try again later) or a refusal (4xx: sending the same again will not help),
// each with words a clerk understands. Node's fetch honours NODE_EXTRA_CA_CERTS for a district's own CA.
import { AppError } from '../../shared/errors.ts';
import { log } from '../logger.ts';
import { ChallengeResponse, SIGNED_REQUEST_HEADER, type SignedDeviceRequest } from '../../shared/sync/downward.ts';
import { EnrolResponse, HUB_PROBLEMS, HubErrorBody, HubInfo, type EnrolRequest } from '../../shared/sync/protocol.ts';

export type HubFailureKind = 'network' | 'server' | 'refused';

/** A call to the hub that failed. `retryable` for the network and 5xx; `problem` is the hub's code (or 'network'). */
export class HubCallError extends AppError {
  readonly kind: HubFailureKind;
  readonly problem: string;
  readonly status: number | null;

  constructor(kind: HubFailureKind, problem: string, message: string, status: number | null = null) {
    super(kind === 'refused' ? 'VALIDATION' : 'UNAVAILABLE', message);
    this.name = 'HubCallError';
    this.kind = kind;
    this.problem = problem;
    this.status = status;
  }

  get retryable(): boolean {
    return this.kind !== 'refused';
  }
}

export const TIMEOUTS = { info: 15_000, enrol: 30_000, batch: 120_000 } as const;

/** A hub address as typed by a clerk or an administrator: http(s) only, no credentials, no query; no trailing slash. */
export function normaliseHubUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new AppError('VALIDATION', `区级平台地址不正确：${url}（应如 https://tongbu.example.gov.cn）`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new AppError('VALIDATION', '区级平台地址应以 https:// 或 http:// 开头');
  if (parsed.username || parsed.password || parsed.search || parsed.hash)
    throw new AppError('VALIDATION', '区级平台地址不应含用户名、密码或查询参数');
  return parsed.toString().replace(/\/+$/, '');
}

function networkWords(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { name?: string }).name ?? '';
  if (code === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
    return '连接区级平台超时（网络太慢或中断），稍后会自动重试';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return '找不到区级平台（网络未连通或地址有误），稍后会自动重试';
  if (/CERT|SELF_SIGNED|TLS|SSL/i.test(code)) return '区级平台的安全证书无法验证，请联系区司法局';
  return '无法连接区级平台（网络不通或平台未开启），稍后会自动重试';
}

async function call(url: string, init: RequestInit, timeoutMs: number): Promise<unknown> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    text = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    // The clerk reads the words; the technical cause goes to the log.
    log.info('hub not reached', { url, cause });
    throw new HubCallError('network', 'network', networkWords(error));
  }
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  if (response.ok) {
    if (json === null) throw new HubCallError('server', 'internal', `${HUB_PROBLEMS.internal}（回答无法读取）`, response.status);
    return json;
  }
  const body = HubErrorBody.safeParse(json);
  const problem = body.success ? body.data.error : response.status >= 500 ? 'internal' : 'bad_request';
  const message = body.success ? body.data.message : `区级平台返回错误 ${response.status}（可能不是枫桥区级平台，或中间的代理出错）`;
  throw new HubCallError(response.status >= 500 || response.status === 429 ? 'server' : 'refused', problem, message, response.status);
}

/** GET /v1/hub: whether the hub is there, and who it is. */
export async function fetchHubInfo(hubUrl: string): Promise<HubInfo> {
  const json = await call(`${hubUrl}/v1/hub`, { method: 'GET' }, TIMEOUTS.info);
  const parsed = HubInfo.safeParse(json);
  if (!parsed.success) throw new HubCallError('refused', 'bad_request', '该地址不是枫桥区级平台，请核对平台地址');
  return parsed.data;
}

/** POST /v1/enrol. */
export async function postEnrolment(hubUrl: string, request: EnrolRequest): Promise<EnrolResponse> {
  const json = await call(
    `${hubUrl}/v1/enrol`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) },
    TIMEOUTS.enrol,
  );
  const parsed = EnrolResponse.safeParse(json);
  if (!parsed.success) throw new HubCallError('server', 'internal', `${HUB_PROBLEMS.internal}（登记回答格式不符）`);
  return parsed.data;
}

/** POST /v1/batches: the hub's signed receipt as JSON, to be verified by the caller. */
export async function postBatch(hubUrl: string, file: Buffer): Promise<unknown> {
  return call(
    `${hubUrl}/v1/batches`,
    { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file },
    TIMEOUTS.batch,
  );
}

/** POST /v1/challenge: a one-time value to sign into the next request. */
export async function postChallenge(hubUrl: string, deviceId: string): Promise<string> {
  const json = await call(
    `${hubUrl}/v1/challenge`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceId }) },
    TIMEOUTS.info,
  );
  const parsed = ChallengeResponse.safeParse(json);
  if (!parsed.success) throw new HubCallError('server', 'internal', `${HUB_PROBLEMS.internal}（挑战码格式不符）`);
  return parsed.data.challenge;
}

/** POST a signed device request to `path` (/v1/pull, /v1/restore); the answer is checked by the caller. */
export async function postSigned(hubUrl: string, path: string, request: SignedDeviceRequest): Promise<unknown> {
  return call(
    `${hubUrl}${path}`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) },
    TIMEOUTS.batch,
  );
}

/** POST one chunk of a file, the signed request in its header; the hub answers where the file now stands. */
export async function postFileChunk(hubUrl: string, request: SignedDeviceRequest, chunk: Buffer): Promise<unknown> {
  return call(
    `${hubUrl}/v1/files`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        [SIGNED_REQUEST_HEADER]: Buffer.from(JSON.stringify(request), 'utf8').toString('base64'),
      },
      body: chunk,
    },
    TIMEOUTS.batch,
  );
}

/** POST a signed file_get request; the answer is the bytes. */
export async function postFileGet(hubUrl: string, request: SignedDeviceRequest): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}/v1/files/get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(TIMEOUTS.batch),
      redirect: 'error',
    });
  } catch (error) {
    log.info('hub not reached', { url: hubUrl, cause: String((error as { cause?: { code?: string } }).cause?.code ?? error) });
    throw new HubCallError('network', 'network', networkWords(error));
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (response.ok) return bytes;
  let json: unknown = null;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    json = null;
  }
  const body = HubErrorBody.safeParse(json);
  throw new HubCallError(
    response.status >= 500 ? 'server' : 'refused',
    body.success ? body.data.error : 'bad_request',
    body.success ? body.data.message : `区级平台返回错误 ${response.status}`,
    response.status,
  );
}
