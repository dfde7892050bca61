import { useCallback, useEffect, useState } from 'react';
import { savesData } from '../../lib/save-data';

export type OfflineState = 'idle' | 'offer' | 'ready' | 'update-waiting';

/**
 * Registers the service worker (production builds only) and reports when the site is ready
 * offline, and when a new version is waiting. The update is applied only when the reader asks,
 * so a running workshop never switches version under the facilitator.
 *
 * The worker downloads the whole guide for offline use. A reader who has asked the browser to
 * save data is offered that download instead ("offer"), and it starts only if they accept.
 */
export function useServiceWorker(): {
  state: OfflineState;
  applyUpdate: () => void;
  dismiss: () => void;
  saveForOffline: () => void;
} {
  const [state, setState] = useState<OfflineState>('idle');
  const [apply, setApply] = useState<() => void>(() => () => {});

  const register = useCallback(() => {
    void import('workbox-window').then(({ Workbox }) => {
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
  }, []);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL).then((existing) => {
      if (cancelled) return;
      // Already saved (the reader chose it, or had no data saving then): keep it up to date.
      if (!existing && savesData()) setState('offer');
      else register();
    });
    return () => {
      cancelled = true;
    };
  }, [register]);

  const saveForOffline = useCallback(() => {
    setState('idle');
    register();
  }, [register]);

  return { state, applyUpdate: apply, dismiss: () => setState('idle'), saveForOffline };
}
