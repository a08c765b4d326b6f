// Opens the register for one CLI command and calls the API through the same dispatcher as the UI.
import type { MethodInput, MethodName, MethodOutput } from '../shared/api/contract.ts';
import { AppError } from '../shared/errors.ts';
import { resolveDataDir } from '../services/dataDir.ts';
import { openRegister, type AppMode, type Register } from '../services/register.ts';
import { osActor } from '../services/actor.ts';

export interface Session {
  register: Register;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export async function withSession<T>(dataDirFlag: string | undefined, mode: AppMode, work: (s: Session) => Promise<T>): Promise<T> {
  const register = await openRegister({ dataDir: resolveDataDir({ flag: dataDirFlag }), mode });
  const actor = osActor('cli');
  const session: Session = {
    register,
    async call(method, input) {
      const result = await register.dispatch(method, input, { via: 'cli', operator: actor });
      if (!result.ok) throw AppError.fromPayload(result.error);
      return result.value as never;
    },
  };
  try {
    return await work(session);
  } finally {
    await register.close();
  }
}
