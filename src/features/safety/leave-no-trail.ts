/**
 * "Leave no trail" (explained on the quick exit page). With it on, every in-site navigation
 * replaces the tab's history entry instead of adding one, so the whole visit is one entry and
 * Back after quick exit leaves the site; and the site keeps no offline copy of pages.
 */
import { useCallback } from 'react';
import { STORAGE_KEYS } from '../../lib/device-storage';
import { LEAVE_NO_TRAIL_CHOICES, leavesNoTrail } from '../../lib/leave-no-trail';
import type { OfflineCopy } from '../../lib/offline-copy';
import { useStoredChoice } from '../../lib/use-stored-choice';

/**
 * Makes `pushState` replace the current entry while the choice is on. The router (and anything
 * else) adds entries through pushState, so one place covers every in-site link; the choice is
 * read at each navigation, so turning it on or off takes effect at once.
 */
export function replaceHistoryWhenLeavingNoTrail(history: History = window.history): void {
  const push = history.pushState.bind(history);
  history.pushState = (data: unknown, unused: string, url?: string | URL | null) =>
    leavesNoTrail() ? history.replaceState(data, unused, url) : push(data, unused, url);
}

/** The choice, and a setter that also removes the offline copy when it is turned on. */
export function useLeaveNoTrail(): [boolean, (on: boolean) => Promise<OfflineCopy | undefined>] {
  const [choice, setChoice] = useStoredChoice(STORAGE_KEYS.leaveNoTrail, LEAVE_NO_TRAIL_CHOICES, 'off');
  const set = useCallback(
    async (on: boolean) => {
      setChoice(on ? 'on' : 'off');
      // Loaded only when the choice is turned on: every page loads this module, few use it.
      return on ? (await import('../../lib/offline-copy')).removeOfflineCopy() : undefined;
    },
    [setChoice],
  );
  return [choice === 'on', set];
}
