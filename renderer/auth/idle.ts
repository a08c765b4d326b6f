// Notices when nobody has used the mouse, keyboard or screen for a while, so that the screen locks itself.
import { useEffect, useRef } from 'react';

const ACTIVITY = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls `onIdle` once after `idleMs` without activity on the window; any activity starts the wait again.
 * Returns the function that stops watching: `const stop = watchIdle(window, 15 * 60_000, lock)`.
 */
export function watchIdle(win: Window, idleMs: number, onIdle: () => void): () => void {
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Activity only notes the time (cheap on every mouse move); the timer looks at it when it fires.
  const note = () => {
    last = Date.now();
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

/** Watches while `active`; `onIdle` may change between renders without restarting the wait. */
export function useIdle(active: boolean, idleMinutes: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });
  useEffect(() => {
    if (!active) return;
    return watchIdle(window, idleMinutes * 60_000, () => latest.current());
  }, [active, idleMinutes]);
}
