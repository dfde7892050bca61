import { useCallback, useSyncExternalStore } from 'react';
import { readStored, subscribeStored, writeStored, type StorageKey } from './device-storage';

/**
 * A remembered choice among fixed options. Anything unexpected in storage (tampered, old
 * format) reads as the default. Prerendering and hydration always see the default.
 */
export function useStoredChoice<T extends string>(
  key: StorageKey,
  options: readonly T[],
  fallback: T,
): [T, (next: T) => void] {
  const read = useCallback(() => {
    const value = readStored(key);
    return options.includes(value as T) ? (value as T) : fallback;
  }, [key, options, fallback]);
  const value = useSyncExternalStore(subscribeStored, read, () => fallback);
  const set = useCallback((next: T) => writeStored(key, next === fallback ? null : next), [key, fallback]);
  return [value, set];
}
