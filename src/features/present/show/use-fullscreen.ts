/** The Fullscreen API as state. Where it is missing (iPhone Safari), `supported` is false. */
import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (notify: () => void) => {
  document.addEventListener('fullscreenchange', notify);
  return () => document.removeEventListener('fullscreenchange', notify);
};
const noop = () => () => {};

export function useFullscreen(): { active: boolean; supported: boolean; toggle: () => void } {
  const active = useSyncExternalStore(
    subscribe,
    () => Boolean(document.fullscreenElement),
    () => false,
  );
  // The prerendered page assumes support, as nearly every browser a room is presented from has
  // it: a button that appeared at hydration would shift the centred toolbar under the cursor.
  const supported = useSyncExternalStore(
    noop,
    () => Boolean(document.fullscreenEnabled),
    () => true,
  );
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // The whole page goes full screen, so the quick exit stays on screen too.
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { active, supported, toggle };
}
