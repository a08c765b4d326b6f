// A typed client over any transport (IPC in the desktop shell, HTTP in browser mode, direct in tests).
import { AppError } from '../errors.ts';
import type { MethodInput, MethodName, MethodOutput } from './contract.ts';
import type { ApiResult } from './result.ts';

export type Transport = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** Wraps a transport; failed calls throw an AppError carrying the Chinese message. */
export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await transport(method, input);
      if (!result.ok) throw AppError.fromPayload(result.error);
      return result.value as never;
    },
  };
}
