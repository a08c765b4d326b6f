// The one dispatcher: looks the method up in the contract, validates the input, runs the handler and turns
// every failure into a typed error with a Chinese message. IPC, HTTP and the CLI all call through here.
import type { z } from '../shared/zod.ts';
import { contract, isMethodName, type MethodName, type MethodOutput, type ParsedInput } from '../shared/api/contract.ts';
import type { ApiResult } from '../shared/api/result.ts';
import { AppError, type FieldIssue } from '../shared/errors.ts';
import { log } from './logger.ts';
import type { Authorize, CallContext, HandlerContext } from './auth/access.ts';
import { runAsUser } from './changeLog.ts';

export type { CallContext, HandlerContext } from './auth/access.ts';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, ctx: HandlerContext) => Promise<MethodOutput<M>>;
};

export type Dispatch = (method: string, input: unknown, ctx: CallContext) => Promise<ApiResult<unknown>>;

/** Field issues of a zod error, with paths as 'parties.0.idNumber'. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The order matters: the method must exist, then the caller must be allowed (before the input is even
 * looked at), then the input must be valid; the handler runs with the user set for the audit log.
 */
export function createDispatcher(handlers: Handlers, authorize: Authorize, options: { checkOutputs?: boolean } = {}): Dispatch {
  return async (method, input, ctx) => {
    try {
      if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `未知的操作：${String(method)}`);
      const spec = contract[method];
      const context = await authorize(method, ctx);
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) throw new AppError('VALIDATION', '填写的内容有误，请按提示修改', issuesOf(parsed.error));
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
      const userId = context.principal?.kind === 'user' ? context.principal.user.id : null;
      const value = await runAsUser(userId, () => handler(parsed.data, context));
      if (options.checkOutputs) {
        const out = spec.output.safeParse(value);
        if (!out.success) {
          log.error('handler returned a value outside its contract', { method, issues: issuesOf(out.error) });
          throw new AppError('INTERNAL', '程序内部错误：返回的数据不符合约定');
        }
      }
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error, method) };
    }
  };
}

function toErrorPayload(error: unknown, method: string) {
  if (error instanceof AppError) return error.toPayload();
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new AppError('DB_LOCKED', '数据文件正忙（可能有其他程序在写入），请稍后重试。').toPayload();
  if (code === 'SQLITE_FULL') return new AppError('UNAVAILABLE', '磁盘已满，未能保存。请清理磁盘空间后重试。').toPayload();
  log.error('unexpected error in handler', { method, error: error instanceof Error ? error.stack : String(error) });
  return new AppError('INTERNAL', '程序内部错误，操作未完成，数据未改动。请重试；如仍出错，请联系技术支持。').toPayload();
}
