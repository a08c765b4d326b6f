// The preload exposes exactly { mode, call } on window.fengqiao, and call goes over the one IPC channel.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../shared/api/result.ts';
import { electron, reset } from './standIn.ts';

vi.mock('electron', async () => (await import('./standIn.ts')).electron);

describe('preload', () => {
  beforeEach(() => {
    reset();
    vi.resetModules();
  });

  it('exposes one object with mode and call, and nothing else', async () => {
    await import('../../electron/preload.ts');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe('fengqiao');
    expect(Object.keys(api).sort()).toEqual(['call', 'mode']);
    expect(api['mode']).toBe('desktop');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('call invokes the fengqiao:call channel with the method, input and session', async () => {
    await import('../../electron/preload.ts');
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as unknown as {
      call: (m: string, i: unknown, s: string | null) => Promise<unknown>;
    };
    await expect(api.call('cases.get', { id: 'x' }, 'token-1')).resolves.toEqual({ ok: true, value: null });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNEL, 'cases.get', { id: 'x' }, 'token-1');
  });
});
