/**
 * The room sees only the slide: the presentation's controls (and the pointer) show while the
 * pointer moves or touches the screen, and fade once it has been still for a moment. Keyboard
 * focus inside the controls keeps them shown (that part is CSS, :focus-within), so a keyboard
 * or screen reader user always sees where they are.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** How long the pointer must rest before the controls fade. */
export const IDLE_AFTER_MS = 2500;

/** `busy` says the controls are in use (the pointer rests on them): they stay a while longer. */
export function useIdleChrome(busy: () => boolean): { idle: boolean; wake: () => void } {
  // Shown at first, so a presenter sees the controls exist; they fade once the pointer rests.
  const [idle, setIdle] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const isBusy = useRef(busy);
  useEffect(() => {
    isBusy.current = busy;
  });
  const rest = useCallback(() => {
    window.clearTimeout(timer.current);
    const fade = () => {
      if (isBusy.current()) timer.current = window.setTimeout(fade, IDLE_AFTER_MS);
      else setIdle(true);
    };
    timer.current = window.setTimeout(fade, IDLE_AFTER_MS);
  }, []);
  const wake = useCallback(() => {
    setIdle(false);
    rest();
  }, [rest]);
  useEffect(() => {
    rest();
    const events = ['pointermove', 'pointerdown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, wake, { passive: true });
    return () => {
      window.clearTimeout(timer.current);
      for (const name of events) window.removeEventListener(name, wake);
    };
  }, [rest, wake]);
  return { idle, wake };
}
