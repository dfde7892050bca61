import { useEffect } from 'react';
import { QUICK_EXIT_PRESSES, QUICK_EXIT_WINDOW_MS } from '../../config/safety';
import { quickExit } from './quick-exit';

/** Shift pressed three times in quick succession leaves the site (works anywhere on the page). */
export function useQuickExitShortcut(exit: () => void = quickExit): void {
  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || event.repeat) {
        if (event.key !== 'Shift') presses = [];
        return;
      }
      const now = event.timeStamp || Date.now();
      presses = [...presses.filter((t) => now - t < QUICK_EXIT_WINDOW_MS), now];
      if (presses.length >= QUICK_EXIT_PRESSES) {
        presses = [];
        exit();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [exit]);
}
