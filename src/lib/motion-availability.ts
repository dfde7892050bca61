import { useSyncExternalStore } from 'react';

/**
 * Whether the animation features could be loaded (src/components/motion-scope.tsx loads them
 * on demand and reports a failure here). Once they cannot, content that would ease in should
 * appear at once instead: it starts transparent and only the animation would reveal it.
 */
let unavailable = false;
const listeners = new Set<() => void>();

export function markMotionUnavailable(): void {
  if (unavailable) return;
  unavailable = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the animation features failed to load. */
export function useMotionUnavailable(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => unavailable,
    () => false,
  );
}
