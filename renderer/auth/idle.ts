// Notices when nobody has used the mouse, keyboard or screen for a while, so that the screen locks itself.
import { useEffect, useRef } from 'react';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** How often, at most, the register hears that the person is still at work (see `onActive`). */
export const HEARTBEAT_MS = 60_000;

/**
 * Calls `onIdle` once after `idleMs` without activity on the window; any activity starts the wait again.
 * `onActive` is called on activity at most once per HEARTBEAT_MS, so that the register, which sees only calls,
 * does not lock someone who has been typing a long record for a quarter of an hour.
 * Returns the function that stops watching: `const stop = watchIdle(window, 15 * 60_000, lock, touch)`.
 */
export function watchIdle(win: Window, idleMs: number, onIdle: () => void, onActive?: () => void): () => void {
  let last = Date.now();
  let beat = last;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Activity only notes the time (cheap on every mouse move); the timer looks at it when it fires.
  const note = () => {
    last = Date.now();
    if (onActive && last - beat >= HEARTBEAT_MS) {
      beat = last;
      onActive();
    }
  };
  const check = () => {
    const left = last + idleMs - Date.now();
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    stop();
    onIdle();
  };
  const stop = () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) win.removeEventListener(type, note, { capture: true });
  };
  for (const type of ACTIVITY) win.addEventListener(type, note, { capture: true, passive: true });
  timer = setTimeout(check, idleMs);
  return stop;
}

/** Watches while `active`; the callbacks may change between renders without restarting the wait. */
export function useIdle(active: boolean, idleMinutes: number, onIdle: () => void, onActive: () => void): void {
  const latest = useRef({ onIdle, onActive });
  useEffect(() => {
    latest.current = { onIdle, onActive };
  });
  useEffect(() => {
    if (!active) return;
    return watchIdle(
      window,
      idleMinutes * 60_000,
      () => latest.current.onIdle(),
      () => latest.current.onActive(),
    );
  }, [active, idleMinutes]);
}
