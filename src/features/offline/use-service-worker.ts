import { useEffect, useState } from 'react';

export type OfflineState = 'idle' | 'ready' | 'update-waiting';

/**
 * Registers the service worker (production builds only) and reports when the site is ready
 * offline, and when a new version is waiting. The update is applied only when the reader asks,
 * so a running workshop never switches version under the facilitator.
 */
export function useServiceWorker(): { state: OfflineState; applyUpdate: () => void; dismiss: () => void } {
  const [state, setState] = useState<OfflineState>('idle');
  const [apply, setApply] = useState<() => void>(() => () => {});
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('workbox-window').then(({ Workbox }) => {
      if (cancelled) return;
      const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
      wb.addEventListener('installed', (event) => {
        if (!event.isUpdate) setState('ready');
      });
      wb.addEventListener('waiting', () => {
        setApply(() => () => {
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        });
        setState('update-waiting');
      });
      // Registration can fail where service workers are blocked (some private modes, policies):
      // the site then simply works online only.
      wb.register().catch(() => setState('idle'));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return { state, applyUpdate: apply, dismiss: () => setState('idle') };
}
