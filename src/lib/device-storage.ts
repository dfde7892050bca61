/**
 * The only place the app touches localStorage and sessionStorage. Every key it may write is
 * listed here, so the privacy page can say exactly what is stored and clear all of it.
 *
 * Storage can be blocked (some private modes and settings throw on any access), full, or drop
 * writes without a word. A value that could not be kept is held in memory instead, so the
 * quiz and the path still work for this visit, and `storageFailed()` lets the page say that
 * nothing will be kept.
 */
export const STORAGE_KEYS = {
  contentNotes: 'swl:content-notes',
  learnProgress: 'swl:learn-progress',
  quizProgress: 'swl:quiz-progress',
  leaveNoTrail: 'swl:leave-no-trail',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** Kept by this tab only (sessionStorage), and gone when it closes: a workshop room's keys. */
export const SESSION_KEYS = {
  roomHost: 'swl:room-host',
  roomJoin: 'swl:room-join',
} as const;

export type SessionKey = (typeof SESSION_KEYS)[keyof typeof SESSION_KEYS];

const listeners = new Set<() => void>();
/** Set by the quick exit: from then on this page keeps no workshop room in the tab. */
let sessionForgotten = false;
/** Values this visit wrote that the device would not keep (undefined: nothing held). */
const heldInMemory = new Map<StorageKey, string | null>();

function storage(session = false): Storage | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    return session ? window.sessionStorage : window.localStorage;
  } catch {
    // Some browsers throw when storage is disabled (private modes, strict settings).
    return undefined;
  }
}

/** What the device itself holds for a key, ignoring values held for this visit only. */
export function readDevice(key: StorageKey): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function readStored(key: StorageKey): string | null {
  return heldInMemory.has(key) ? (heldInMemory.get(key) ?? null) : readDevice(key);
}

export function writeStored(key: StorageKey, value: string | null): void {
  let kept: boolean;
  try {
    const device = storage();
    if (device) {
      if (value === null) device.removeItem(key);
      else device.setItem(key, value);
      // Read back: some browsers drop writes silently when storage is full or restricted.
      kept = device.getItem(key) === value;
    } else kept = value === null;
  } catch {
    kept = false;
  }
  if (kept) heldInMemory.delete(key);
  else heldInMemory.set(key, value);
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
  // After the quick exit, a room message arriving while the exit's navigation is pending must not
  // write the room back (Back would then rejoin it).
  if (sessionForgotten && value !== null) return;
  try {
    if (value === null) storage(true)?.removeItem(key);
    else storage(true)?.setItem(key, value);
  } catch {
    // Full or blocked storage: a reload of this tab will not find it, nothing worse.
  }
  listeners.forEach((notify) => notify());
}

/**
 * For the quick exit: forgets a workshop room kept in this tab (both keys), and keeps none for the
 * rest of this page's life, so Back cannot rejoin the room. Listeners are not told: the page is
 * being taken away, and a re-render now would only hold up the exit.
 */
export function forgetSessionForGood(): void {
  sessionForgotten = true;
  for (const key of Object.values(SESSION_KEYS)) {
    try {
      storage(true)?.removeItem(key);
    } catch {
      // Blocked storage kept nothing to forget.
    }
  }
}

/** True once a write this visit could not be kept on the device. */
export function storageFailed(): boolean {
  return [...heldInMemory.values()].some((value) => value !== null);
}

/** Removes everything this site stored on the device; returns the keys that were there. */
export function clearAllStored(): (StorageKey | SessionKey)[] {
  const removed = listStored().map((item) => item.key);
  for (const key of Object.values(STORAGE_KEYS)) writeStored(key, null);
  for (const key of Object.values(SESSION_KEYS)) writeSession(key, null);
  heldInMemory.clear();
  listeners.forEach((notify) => notify());
  return removed;
}

export type StoredItem =
  | { key: StorageKey; value: string; session: false }
  /** Session entries' values are not shown (one holds a room's secret key). */
  | { key: SessionKey; value: ''; session: true };

/** What is stored on the device now, for the privacy page. */
export function listStored(): StoredItem[] {
  const kept = Object.values(STORAGE_KEYS).flatMap((key): StoredItem[] => {
    const value = readDevice(key);
    return value === null ? [] : [{ key, value, session: false }];
  });
  const session = Object.values(SESSION_KEYS).flatMap((key): StoredItem[] =>
    readSession(key) === null ? [] : [{ key, value: '', session: true }],
  );
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
