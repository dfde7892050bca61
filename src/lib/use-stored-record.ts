/**
 * A versioned record in device storage as React state. Prerendering and hydration see the
 * empty record; the stored one appears right after. A damaged record is repaired once (valid
 * parts kept, the rest dropped, or the whole thing removed) and a notice stays up until the
 * reader dismisses it, so the damage is neither hidden nor repeated on every visit. A record a
 * newer version of the site wrote is read as far as it can be and never touched on reading.
 * When the device will not keep what the reader does (storage blocked or full), the record
 * lives in memory for the visit and the notice says it will not be kept.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { readStored, storageFailed, subscribeStored, writeStored, type StorageKey } from './device-storage';
import { readRecord, serialiseRecord, type RecordSpec } from './stored-record';

export type StoredNotice = 'recovered' | 'reset' | 'unsaved';

const notices = new Map<StorageKey, StoredNotice>();
/** Keys whose "will not be kept" notice the reader has dismissed (it is said once a visit). */
const unsavedDismissed = new Set<StorageKey>();
const noticeListeners = new Set<() => void>();

function setNotice(key: StorageKey, notice: StoredNotice | undefined): void {
  if (notice) notices.set(key, notice);
  else notices.delete(key);
  noticeListeners.forEach((notify) => notify());
}

function subscribeNotices(listener: () => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}

export interface StoredRecord<T> {
  value: T;
  notice: StoredNotice | undefined;
  /** Changes what is stored now (not what was last rendered, which may predate hydration). */
  update: (change: (current: T) => T) => void;
  clear: () => void;
  dismissNotice: () => void;
}

/** `spec` must be stable between renders (memoise it): reading depends on it. */
export function useStoredRecord<T extends object>(key: StorageKey, spec: RecordSpec<T>): StoredRecord<T> {
  const raw = useSyncExternalStore(
    subscribeStored,
    () => readStored(key),
    () => null,
  );
  const read = useMemo(() => readRecord(raw, spec), [raw, spec]);
  const { version } = spec;
  useEffect(() => {
    if (read.newer) return;
    if (read.status === 'reset') {
      setNotice(key, 'reset');
      writeStored(key, null);
    } else if (read.status === 'recovered') {
      setNotice(key, 'recovered');
      writeStored(key, serialiseRecord(version, read.value));
    }
  }, [key, read, version]);
  const damage = useSyncExternalStore(
    subscribeNotices,
    () => notices.get(key),
    () => undefined,
  );
  const unsaved = useSyncExternalStore(subscribeStored, storageFailed, () => false);
  const unsavedQuiet = useSyncExternalStore(
    subscribeNotices,
    () => unsavedDismissed.has(key),
    () => false,
  );
  useEffect(() => {
    // Storage works again (or was cleared): a later failure is worth saying again.
    if (!unsaved) unsavedDismissed.delete(key);
  }, [key, unsaved]);
  const notice = damage ?? (unsaved && !unsavedQuiet ? 'unsaved' : undefined);
  const update = useCallback(
    (change: (current: T) => T) => {
      const current = readRecord(readStored(key), spec).value;
      const next = change(current);
      if (next !== current) writeStored(key, serialiseRecord(version, next));
    },
    [key, spec, version],
  );
  const clear = useCallback(() => writeStored(key, null), [key]);
  const dismissNotice = useCallback(() => {
    if (!notices.has(key)) unsavedDismissed.add(key);
    setNotice(key, undefined);
  }, [key]);
  return { value: read.value, notice, update, clear, dismissNotice };
}
