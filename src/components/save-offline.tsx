/**
 * "Use this guide offline", on the pages people prepare from (home, learn, present, workshop).
 * It needs JavaScript and a service worker, so it appears after hydration, and its code loads
 * only then (save-offline-panel.tsx): nothing of it is on the first paint.
 */
import { lazy, Suspense } from 'react';
import { offlineSupported } from '../lib/offline-copy';
import { useHydrated } from '../lib/use-hydrated';

const Panel = lazy(() => import('./save-offline-panel'));

export function SaveOffline() {
  const hydrated = useHydrated();
  // Development builds have no service worker.
  if (!hydrated || !import.meta.env.PROD || !offlineSupported()) return null;
  return (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  );
}
