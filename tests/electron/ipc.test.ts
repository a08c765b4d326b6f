// The single IPC handler: only our window's main frame, showing our page, reaches the register.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { IPC_CHANNEL, type ApiResult } from '../../shared/api/result.ts';
import { FORBIDDEN_CALL, registerIpc } from '../../electron/ipc.ts';
import { ownPage } from '../../electron/security.ts';
import { FakeWebContents, type FakeFrame } from './standIn.ts';

const INDEX = path.resolve('/opt/fengqiao/dist/renderer/index.html');
const OWN_URL = pathToFileURL(INDEX).href;

function setUp() {
  const handlers: { channel: string; handler: (event: unknown, ...args: unknown[]) => Promise<ApiResult<unknown>> }[] = [];
  const ipcMain = { handle: vi.fn((channel: string, handler: never) => void handlers.push({ channel, handler })) };
  const dispatch = vi.fn(async (_method: string, _input: unknown, _ctx: unknown): Promise<ApiResult<unknown>> => ({
    ok: true,
    value: 'answer',
  }));
  const own = new FakeWebContents();
  own.mainFrame.url = OWN_URL;
  registerIpc({
    ipcMain: ipcMain as unknown as IpcMain,
    register: { dispatch },
    ownContents: () => own as never,
    page: ownPage(INDEX, undefined, true),
  });
  const call = (sender: { id: number }, senderFrame: FakeFrame | null, method: unknown, input: unknown, session: unknown = 'token-1') =>
    handlers[0]!.handler({ sender, senderFrame }, method, input, session);
  return { handlers, dispatch, own, call };
}

describe('registerIpc', () => {
  it('registers exactly one handler, on the fengqiao:call channel', () => {
    const { handlers } = setUp();
    expect(handlers.map((h) => h.channel)).toEqual([IPC_CHANNEL]);
    expect(IPC_CHANNEL).toBe('fengqiao:call');
  });

  it('passes a call from our own main frame to the dispatcher, with its session and never as the operator', async () => {
    const { dispatch, own, call } = setUp();
    const answer = await call(own, own.mainFrame, 'cases.list', { page: 1 });
    expect(answer).toEqual({ ok: true, value: 'answer' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('cases.list', { page: 1 }, { via: 'desktop', session: 'token-1' });
    await call(own, own.mainFrame, 'cases.list', {}, { operator: 'root' });
    expect(dispatch).toHaveBeenLastCalledWith('cases.list', {}, { via: 'desktop', session: null });
  });

  it('refuses a frame showing another page', async () => {
    const { dispatch, own, call } = setUp();
    const foreign = { ...own.mainFrame, url: 'https://example.com/' };
    expect(await call(own, foreign, 'cases.list', {})).toEqual(FORBIDDEN_CALL);
    expect(FORBIDDEN_CALL).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的调用' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even one showing our own page', async () => {
    const { dispatch, own, call } = setUp();
    expect(await call(own, own.subFrame(OWN_URL), 'cases.list', {})).toEqual(FORBIDDEN_CALL);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses another web contents, a frame that is gone, and a main frame that is not ours', async () => {
    const { dispatch, own, call } = setUp();
    const other = new FakeWebContents();
    other.mainFrame.url = OWN_URL;
    expect(await call(other, other.mainFrame, 'cases.list', {})).toEqual(FORBIDDEN_CALL);
    expect(await call(own, null, 'cases.list', {})).toEqual(FORBIDDEN_CALL);
    expect(await call(own, { ...own.mainFrame, routingId: 999 }, 'cases.list', {})).toEqual(FORBIDDEN_CALL);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a method that is not a string without dispatching', async () => {
    const { dispatch, own, call } = setUp();
    const answer = await call(own, own.mainFrame, { toString: () => 'cases.list' }, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a dispatcher that throws into an INTERNAL answer', async () => {
    const { dispatch, own, call } = setUp();
    dispatch.mockRejectedValueOnce(new Error('boom'));
    expect(await call(own, own.mainFrame, 'cases.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
