/** Seconds since the presenter view opened (or was reset), ticking once a second. */
import { useCallback, useState, useSyncExternalStore } from 'react';

const subscribe = (notify: () => void) => {
  const timer = window.setInterval(notify, 1000);
  return () => window.clearInterval(timer);
};
const nowInSeconds = () => Math.floor(Date.now() / 1000);

export function useElapsed(): { seconds: number; reset: () => void } {
  // The prerendered page and hydration see 0; the clock starts in the browser.
  const now = useSyncExternalStore(subscribe, nowInSeconds, () => 0);
  const [startedAt, setStartedAt] = useState(() => (typeof window === 'undefined' ? 0 : nowInSeconds()));
  const reset = useCallback(() => setStartedAt(nowInSeconds()), []);
  return { seconds: Math.max(0, now - startedAt), reset };
}

export function formatElapsed(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
