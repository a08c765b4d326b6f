// The preload of our window (bundled to dist/electron/preload.cjs, CommonJS, requiring only 'electron', as a
// sandboxed preload must). It exposes one object of named members, never ipcRenderer or process.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type ApiResult } from '../shared/api/result.ts';

/** What the renderer finds at window.fengqiao in the desktop app. */
interface DesktopBridge {
  readonly mode: 'desktop';
  call(method: string, input: unknown, session: string | null): Promise<ApiResult<unknown>>;
}

const bridge = {
  mode: 'desktop',
  call: (method: string, input: unknown, session: string | null) =>
    ipcRenderer.invoke(IPC_CHANNEL, method, input, session) as Promise<ApiResult<unknown>>,
} as const satisfies DesktopBridge;

contextBridge.exposeInMainWorld('fengqiao', bridge);
