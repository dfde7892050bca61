import { QUICK_EXIT_PRESSES, QUICK_EXIT_WINDOW_MS } from '../../config/safety';
import { quickExit } from './quick-exit';

/**
 * Shift pressed three times in quick succession leaves the site (works anywhere on the page).
 * Installed by the entry script before the page hydrates, not in a React effect: an effect runs
 * only once React has finished with the page, and a reader pressing Shift in that moment (on a
 * slow phone, seconds) would find it did nothing. Returns a function that stops listening.
 */
export function listenForQuickExitShortcut(exit: () => void = quickExit, target: Window = window): () => void {
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
  target.addEventListener('keydown', onKeyDown, true);
  return () => target.removeEventListener('keydown', onKeyDown, true);
}

let installed = false;

/**
 * Listens once for the whole page load, however many times it is asked (the entry script asks
 * first; the app's guard asks again where no entry script ran, as in tests).
 */
export function ensureQuickExitShortcut(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  listenForQuickExitShortcut();
}
