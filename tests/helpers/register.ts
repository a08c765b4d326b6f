// A real register on a real SQLite file in a temporary folder, with a typed client through the dispatcher.
import { afterAll, afterEach } from 'vitest';
import { createClient, type ApiClient } from '../../shared/api/client.ts';
import { openRegister, type Register } from '../../services/register.ts';
import type { SenderOptions } from '../../services/sync/sender.ts';
import { tempDir } from './tempDir.ts';
import { XUANWU_COMMITTEE } from './sampleCase.ts';

export { sampleCase, XUANWU_COMMITTEE } from './sampleCase.ts';

const open: Register[] = [];

const openForSuite: Register[] = [];

afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
});
afterAll(async () => {
  for (const r of openForSuite.splice(0)) await r.close();
});

export interface TestRegister {
  register: Register;
  api: ApiClient;
  dataDir: string;
}

/** `forSuite`: stays open for the whole file (built once in a beforeAll), closed after all its tests. */
export async function testRegister(
  options: { setUp?: boolean; dataDir?: string; forSuite?: boolean; sync?: SenderOptions } = {},
): Promise<TestRegister> {
  const dataDir = options.dataDir ?? tempDir();
  const register = await openRegister({ dataDir, mode: 'cli', checkOutputs: true, ...(options.sync ? { sync: options.sync } : {}) });
  (options.forSuite ? openForSuite : open).push(register);
  const api = createClient((method, input) => register.dispatch(method, input, { via: 'cli', operator: 'test:clerk' }));
  if (options.setUp ?? true) await api.call('setup.complete', XUANWU_COMMITTEE);
  return { register, api, dataDir };
}
