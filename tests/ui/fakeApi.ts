// A typed fake of the API, built from the contract: inputs are parsed with the contract's schemas (as the
// real dispatcher does), handlers answer with typed values, outputs are checked against the contract.
import { contract, type MethodName, type MethodOutput, type ParsedInput } from '../../shared/api/contract.ts';
import type { Transport } from '../../shared/api/client.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { AppError } from '../../shared/errors.ts';

export type FakeHandlers = {
  [M in MethodName]?: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface FakeApi {
  transport: Transport;
  /** Every call as the renderer sent it, in order. */
  calls: { method: MethodName; input: unknown }[];
  /** The (raw) inputs sent to one method. */
  inputsOf: (method: MethodName) => unknown[];
}

async function answer<M extends MethodName>(handlers: FakeHandlers, method: M, input: unknown): Promise<ApiResult<unknown>> {
  const spec = contract[method];
  const parsed = spec.input.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return { ok: false, error: { code: 'VALIDATION', message: '输入有误', issues } };
  }
  const handler = handlers[method] as ((i: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>) | undefined;
  if (!handler) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `测试替身未实现 ${method}` } };
  try {
    const value = await handler(parsed.data as ParsedInput<M>);
    return { ok: true, value: spec.output.parse(value) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toPayload() };
    throw error;
  }
}

export function fakeApi(handlers: FakeHandlers): FakeApi {
  const calls: FakeApi['calls'] = [];
  return {
    calls,
    inputsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.input),
    transport: async (method, input) => {
      calls.push({ method, input });
      return answer(handlers, method, input);
    },
  };
}
