// Browser mode: the register's dispatcher over HTTP on 127.0.0.1 only. Every API call must carry this run's
// random token (handed to the page in the URL fragment), so no other local page or process can call it;
// Host and Origin are checked against our own address (against DNS rebinding).
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESSION_HEADER, TOKEN_HEADER, type ApiResult } from '../shared/api/result.ts';
import { MAX_ATTACHMENT_BYTES } from '../shared/domain/attachment.ts';
import { AppError } from '../shared/errors.ts';
import { log } from '../services/logger.ts';
import type { CallContext } from '../services/dispatcher.ts';
import { httpStatusOf } from './httpStatus.ts';
import { serveStatic } from './staticFiles.ts';

/** The largest call is an attachment: its bytes in base64 (4/3 of the file) plus a little JSON around them. */
const MAX_BODY_BYTES = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 64 * 1024;
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

export interface HostOptions {
  dispatch: (method: string, input: unknown, ctx: CallContext) => Promise<ApiResult<unknown>>;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = options.port ?? 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = http.createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!allowedHosts().has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Misdirected request');
      return;
    }
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      void handleApi(req, res, url.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(options.staticDir, url, res);
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    const answer = (status: number, body: ApiResult<unknown>) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    const fail = (error: AppError) => answer(httpStatusOf(error.code), { ok: false, error: error.toPayload() });

    if (req.method !== 'POST') return fail(new AppError('UNKNOWN_METHOD', '接口只接受 POST 请求'));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return fail(new AppError('FORBIDDEN', '拒绝来自其他网页的调用'));
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    if (given.length !== tokenBytes.length || !crypto.timingSafeEqual(given, tokenBytes))
      return fail(new AppError('FORBIDDEN', '访问令牌无效：请使用程序启动时显示的完整网址打开枫桥'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return fail(new AppError('VALIDATION', '请求内容必须是 JSON'));

    let body: unknown;
    try {
      body = JSON.parse((await readBody(req)) || '{}');
    } catch (error) {
      return fail(error instanceof AppError ? error : new AppError('VALIDATION', '请求内容不是有效的 JSON'));
    }
    const session = req.headers[SESSION_HEADER];
    const result = await options.dispatch(decodeURIComponent(method), body, {
      via: 'browser',
      session: typeof session === 'string' && session.length > 0 ? session : null,
    });
    answer(result.ok ? 200 : httpStatusOf(result.error.code), result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new AppError('UNAVAILABLE', `端口 ${port} 已被占用，请换一个端口（--port）`) : error),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  log.info('browser host listening', { origin });

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The request body as text; past the limit, reading stops and the caller answers (the socket closes after). */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.resume(); // drain and drop the rest
        reject(new AppError('VALIDATION', `请求内容过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
