/**
 * The only place the app touches localStorage and sessionStorage. Every key it may write is
 * listed here, so the privacy page can say exactly what is stored and clear all of it.
 */
export const STORAGE_KEYS = {
  contentNotes: 'swl:content-notes',
  learnProgress: 'swl:learn-progress',
  quizProgress: 'swl:quiz-progress',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** Kept by this tab only (sessionStorage), and gone when it closes: a workshop room's keys. */
export const SESSION_KEYS = {
  roomHost: 'swl:room-host',
  roomJoin: 'swl:room-join',
} as const;

export type SessionKey = (typeof SESSION_KEYS)[keyof typeof SESSION_KEYS];

const listeners = new Set<() => void>();

function storage(session = false): Storage | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return session ? window.sessionStorage : window.localStorage;
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

export function readSession(key: SessionKey): string | null {
  try {
    return storage(true)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeSession(key: SessionKey, value: string | null): void {
  try {
    if (value === null) storage(true)?.removeItem(key);
    else storage(true)?.setItem(key, value);
  } catch {
    // Full or blocked storage: a reload of this tab will not find it, nothing worse.
  }
  listeners.forEach((notify) => notify());
}

/** Removes everything this site stored on the device. */
export function clearAllStored(): void {
  for (const key of Object.values(STORAGE_KEYS)) writeStored(key, null);
  for (const key of Object.values(SESSION_KEYS)) writeSession(key, null);
}

/** What is stored now, for the privacy page. Session entries' values are not shown (one holds a secret). */
export function listStored(): { key: StorageKey | SessionKey; value: string; session: boolean }[] {
  const kept = Object.values(STORAGE_KEYS).flatMap((key) => {
    const value = readStored(key);
    return value === null ? [] : [{ key, value, session: false }];
  });
  const session = Object.values(SESSION_KEYS).flatMap((key) => (readSession(key) === null ? [] : [{ key, value: '', session: true }]));
  return [...kept, ...session];
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
