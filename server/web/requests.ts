// What the staff page reads from a request and answers with: cookies (HttpOnly, SameSite=Strict, Secure over
// HTTPS, scoped to /admin), form fields and query values as text, the same-origin check of a POST, and the status of
// an error.
import type { FastifyError, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors.ts';

export const ADMIN_PREFIX = '/admin';

/** The cookies of a request (the first of each name; values of token characters only). */
export function cookiesOf(request: FastifyRequest): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!found.has(name) && /^[A-Za-z0-9_-]{1,200}$/.test(value)) found.set(name, value);
  }
  return found;
}

export function setCookie(request: FastifyRequest, name: string, value: string): string {
  return `${name}=${value}; Path=${ADMIN_PREFIX}; HttpOnly; SameSite=Strict${request.protocol === 'https' ? '; Secure' : ''}`;
}

export function clearCookie(request: FastifyRequest, name: string): string {
  return `${setCookie(request, name, '')}; Max-Age=0`;
}

/** A form field as text ('' when missing or not text). */
export function field(request: FastifyRequest, name: string): string {
  const body = request.body;
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return '';
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

export function queryOf(request: FastifyRequest, name: string): string {
  const query = request.query as Record<string, unknown> | undefined;
  const value = query?.[name];
  return typeof value === 'string' ? value : '';
}

/** A POST that a page of this hub sent: no foreign Origin, no cross-site fetch. */
export function sameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

export function statusOfError(error: unknown): number {
  if (error instanceof AppError) {
    const statuses: Partial<Record<AppError['code'], number>> = {
      VALIDATION: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      UNAVAILABLE: 503,
    };
    return statuses[error.code] ?? 500;
  }
  const code = (error as FastifyError).code;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 413;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 415;
  const status = (error as FastifyError).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

export const CLIENT_MESSAGES: Record<number, string> = {
  400: '提交的内容不正确，请返回检查后重试。',
  413: '提交的内容过大。',
  415: '请通过页面上的表单提交。',
};
