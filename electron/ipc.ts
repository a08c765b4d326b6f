// The one IPC handler of the desktop shell: checks that the call comes from the main frame of our own window,
// showing our own page, then hands it to the register's dispatcher (which validates method and input).
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CHANNEL, type ApiResult } from '../shared/api/result.ts';
import type { Register } from '../services/register.ts';
import { log } from '../services/logger.ts';
import { isTrustedUrl, type OwnPage } from './security.ts';

export const FORBIDDEN_CALL: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' },
};

type SenderFrame = Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url' | 'parent' | 'processId' | 'routingId'>;
export interface CallEvent {
  sender: Pick<WebContents, 'id'>;
  senderFrame: SenderFrame | null;
}
export type OwnContents = Pick<WebContents, 'id' | 'isDestroyed'> & { mainFrame: Pick<SenderFrame, 'processId' | 'routingId'> };

/** True when the call was sent by the main (top) frame of our window's web contents, showing our own page. */
export function isOwnMainFrame(event: CallEvent, own: OwnContents | null, page: OwnPage): boolean {
  const frame = event.senderFrame;
  if (!frame || !own || own.isDestroyed()) return false;
  if (event.sender.id !== own.id) return false;
  if (frame.parent !== null) return false;
  if (frame.processId !== own.mainFrame.processId || frame.routingId !== own.mainFrame.routingId) return false;
  return isTrustedUrl(frame.url, page);
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  register: Pick<Register, 'dispatch'>;
  /** Our window's web contents, or null while there is no window. */
  ownContents: () => OwnContents | null;
  page: OwnPage;
}

/** Registers the single handler on IPC_CHANNEL. Call once. */
export function registerIpc(deps: IpcDeps): void {
  deps.ipcMain.handle(
    IPC_CHANNEL,
    async (event: CallEvent, method: unknown, input: unknown, session: unknown): Promise<ApiResult<unknown>> => {
      if (!isOwnMainFrame(event, deps.ownContents(), deps.page)) {
        log.warn('refused an IPC call from a foreign frame', { url: event.senderFrame?.url ?? null, method: String(method) });
        return FORBIDDEN_CALL;
      }
      if (typeof method !== 'string') return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '未知的操作' } };
      try {
        return await deps.register.dispatch(method, input, { via: 'desktop', session: typeof session === 'string' ? session : null });
      } catch (error) {
        // dispatch answers every failure itself; this is the last line, so the renderer never sees a raw throw
        log.error('dispatch threw', { method, error: error instanceof Error ? error.stack : String(error) });
        return { ok: false, error: { code: 'INTERNAL', message: '程序内部错误，操作未完成。请重试。' } };
      }
    },
  );
}
