// Typed errors shared by the services, the API edges and the renderer. Messages are for the clerk (Chinese).

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'CONFLICT',
  'DB_TOO_NEW',
  'DB_INVALID',
  'DB_LOCKED',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SESSION_LOCKED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input, e.g. `{ path: 'parties.0.idNumber', message: '身份证号码校验位不正确' }`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The serialisable form of an error, as it crosses IPC or HTTP. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toPayload(): ErrorPayload {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload.issues);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** A one-paragraph Chinese description of an error, for a toast or stderr. */
export function describeError(error: ErrorPayload): string {
  if (!error.issues || error.issues.length === 0) return error.message;
  return `${error.message}：${error.issues.map((i) => (i.path ? `${i.path}：${i.message}` : i.message)).join('；')}`;
}
