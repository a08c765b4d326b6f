// @vitest-environment jsdom
// The screen locks itself after the idle time without mouse or keyboard; any use starts the wait again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { watchIdle } from '../../renderer/auth/idle.ts';
import { statusOf, userOf } from './accountFixtures.ts';
import { COMMITTEE } from './fixtures.ts';
import { renderApp } from './render.tsx';
import { EMPTY_WORKLIST } from './workFixtures.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchIdle', () => {
  it('calls back once after the idle time without activity, counted from the last activity', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const stop = watchIdle(window, 60_000, onIdle);
    vi.advanceTimersByTime(50_000);
    fireEvent.keyDown(document.body, { key: 'a' });
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    fireEvent.mouseMove(document.body);
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('tells the register the person is at work at most once a minute while they use the page', () => {
    vi.useFakeTimers();
    const onActive = vi.fn();
    const stop = watchIdle(window, 15 * 60_000, vi.fn(), onActive);
    fireEvent.keyDown(document.body, { key: 'a' });
    expect(onActive).not.toHaveBeenCalled();
    for (let second = 0; second < 150; second++) {
      vi.advanceTimersByTime(1_000);
      fireEvent.keyDown(document.body, { key: 'a' });
    }
    expect(onActive).toHaveBeenCalledTimes(2);
    stop();
  });

  it('stops watching when asked', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    watchIdle(window, 1_000, onIdle)();
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('自动锁定', () => {
  it('locks the workbench after the minutes the register set, and tells the register', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const clerk = userOf('clerk');
    const { api } = renderApp({
      'auth.status': () => statusOf(clerk, { idleMinutes: 2 }),
      'auth.lock': () => ({ locked: true }),
      'setup.status': () => ({ done: true, ownCommittee: COMMITTEE }),
      'work.today': () => EMPTY_WORKLIST,
    });
    await screen.findByRole('heading', { name: '今日工作' });
    act(() => vi.advanceTimersByTime(119_000));
    expect(screen.queryByRole('dialog', { name: '屏幕已锁定' })).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByRole('dialog', { name: '屏幕已锁定' })).toHaveTextContent('长时间未操作，屏幕已自动锁定');
    await vi.waitFor(() => expect(api.inputsOf('auth.lock')).toHaveLength(1));
  });
});
