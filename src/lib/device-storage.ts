/**
 * The only place the app touches localStorage. Every key it may write is listed here, so the
 * privacy page can say exactly what is stored and clear all of it.
 */
export const STORAGE_KEYS = {
  contentNotes: 'swl:content-notes',
  learnProgress: 'swl:learn-progress',
  quizProgress: 'swl:quiz-progress',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Some browsers throw when storage is disabled (private modes, strict settings).
    return undefined;
  }
}

export function readStored(key: StorageKey): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: StorageKey, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Full or blocked storage: the setting simply is not remembered.
  }
  listeners.forEach((notify) => notify());
}

/** Removes everything this site stored on the device. */
export function clearAllStored(): void {
  for (const key of Object.values(STORAGE_KEYS)) writeStored(key, null);
}

/** What is stored now, for the privacy page. */
export function listStored(): { key: StorageKey; value: string }[] {
  return Object.values(STORAGE_KEYS).flatMap((key) => {
    const value = readStored(key);
    return value === null ? [] : [{ key, value }];
  });
}

export function subscribeStored(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = () => listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
