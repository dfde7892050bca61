import { QUICK_EXIT_URL } from '../../config/safety';
import { forgetSessionForGood } from '../../lib/device-storage';

/**
 * Every window of the site in this browser listens here (the presenter view and the room's
 * slide window, other tabs): leaving from one takes them all away.
 */
const CHANNEL = 'swl:quick-exit';
const EXIT_MESSAGE = 'exit';
let leaving = false;

/**
 * True once the quick exit has started: nothing may touch history from then on (a history update
 * while the exit's navigation is pending would cancel it).
 */
export function isLeaving(): boolean {
  return leaving;
}

/**
 * Leaves at once, in this window and every other window of the site. location.replace swaps
 * this page's history entry for the neutral site, so Back does not return here. The page is
 * blanked first so nothing lingers on screen while the next site loads, and a workshop room kept
 * in the tab is forgotten, so Back to an earlier page of the site cannot rejoin it.
 */
export function quickExit(url: string = QUICK_EXIT_URL): void {
  tellOtherWindows();
  leave(url);
}

function tellOtherWindows(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(EXIT_MESSAGE);
    channel.close();
  } catch {
    // Leaving this window matters more than telling the others.
  }
}

function leave(url: string): void {
  // Once only: this window's own listener also hears the message it sent the others, and a
  // second location.replace would cancel the first and start the exit over.
  if (leaving) return;
  leaving = true;
  // A history update while the exit's navigation is pending cancels it (Chromium), and the page
  // may still be finishing its start (the router records its first entry, a view settles): from
  // now on nothing may write to history.
  freezeHistory();
  // Each window forgets its own room: session storage is per tab (a window opened from this one,
  // such as the slide window, holds a copy of its own).
  forgetSessionForGood();
  document.title = 'Loading…';
  document.body.replaceChildren();
  // Framed by the site itself (never by another: frame-guard.ts refuses that), leave the whole
  // tab, not only the frame. A browser that will not allow it still leaves the frame.
  try {
    if (window.top && window.top !== window.self) {
      window.top.location.replace(url);
      return;
    }
  } catch {
    // Not allowed to navigate the top window: leave this one.
  }
  window.location.replace(url);
}

function freezeHistory(): void {
  try {
    const ignore = () => undefined;
    window.history.pushState = ignore;
    window.history.replaceState = ignore;
  } catch {
    // A browser that will not allow it: the exit still goes ahead.
  }
}

/** Leaves when another window of the site does. Returns a function that stops listening. */
export function followQuickExitFromOtherWindows(url: string = QUICK_EXIT_URL): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === EXIT_MESSAGE) leave(url);
  };
  return () => channel.close();
}
