import { useCallback, useEffect, useState } from 'react';
import { leavesNoTrail } from '../../lib/leave-no-trail';

export type OfflineState = 'idle' | 'update-waiting' | 'updated-elsewhere';

/**
 * Registers the service worker (production builds only, and not when the reader chose to leave
 * no trail) and reports when a new version is waiting. The update is applied only when the
 * reader asks, so a running workshop never switches version under the facilitator; if another
 * tab applied it, this one says so and reloads when the reader asks (a page that needs code the
 * new version no longer has reloads itself: src/app/router/recover.ts).
 *
 * The worker keeps the pages the reader opens. On the first visit this page loaded before the
 * worker existed, so once the worker controls it, the page asks it to keep the page and the
 * files it has already loaded (docs/decisions/015-offline-pages-as-read.md).
 */
export function useServiceWorker(): { state: OfflineState; applyUpdate: () => void; dismiss: () => void } {
  const [state, setState] = useState<OfflineState>('idle');
  const [apply, setApply] = useState<() => void>(() => () => window.location.reload());

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || leavesNoTrail()) return;
    let asked = false;
    // A page first controlled now (the first visit) has files to hand over; a page controlled
    // already is being switched to a new version.
    let controlled = navigator.serviceWorker.controller !== null;
    void import('workbox-window').then(
      ({ Workbox }) => {
        const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
        wb.addEventListener('controlling', () => {
          if (!controlled) {
            controlled = true;
            void wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: filesOfThisPage() } });
          } else if (asked) window.location.reload();
          else setState('updated-elsewhere');
        });
        wb.addEventListener('waiting', () => {
          setApply(() => () => {
            asked = true;
            wb.messageSkipWaiting();
          });
          setState('update-waiting');
        });
        // Registration can fail where service workers are blocked (some private modes, policies):
        // the site then simply works online only.
        wb.register().catch(() => setState('idle'));
      },
      () => {
        // The worker's script could not be fetched (a dropped connection, or the page left while
        // it loaded): the page works as it is, online only, and the next page load tries again.
      },
    );
  }, []);

  const dismiss = useCallback(() => setState('idle'), []);
  return { state, applyUpdate: state === 'updated-elsewhere' ? () => window.location.reload() : apply, dismiss };
}

/** This page's address and the site's files it loaded before the worker was there. */
function filesOfThisPage(): string[] {
  const base = new URL(import.meta.env.BASE_URL, window.location.origin).href;
  const loaded = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${base}assets/`) || url.startsWith(`${base}content/`));
  return [window.location.href.split('#')[0] ?? window.location.href, ...new Set(loaded)];
}
