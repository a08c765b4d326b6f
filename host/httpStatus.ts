// HTTP status for each error code of the API, so that scripts and proxies see a failure as one.
import type { ErrorCode } from '../shared/errors.ts';

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION':
      return 400;
    case 'FORBIDDEN':
      return 403;
    case 'UNAUTHENTICATED':
    case 'SESSION_LOCKED':
      return 401;
    case 'NOT_FOUND':
    case 'UNKNOWN_METHOD':
      return 404;
    case 'CONFLICT':
    case 'ALREADY_SET_UP':
    case 'NOT_SET_UP':
      return 409;
    case 'DB_LOCKED':
    case 'UNAVAILABLE':
      return 503;
    case 'DB_TOO_NEW':
    case 'DB_INVALID':
    case 'INTERNAL':
      return 500;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}
