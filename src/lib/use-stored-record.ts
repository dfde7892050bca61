/**
 * A versioned record in device storage as React state. Prerendering and hydration see the
 * empty record; the stored one appears right after. A damaged record is repaired once (valid
 * parts kept, the rest dropped, or the whole thing removed) and a notice stays up until the
 * reader dismisses it, so the damage is neither hidden nor repeated on every visit.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { readStored, subscribeStored, writeStored, type StorageKey } from './device-storage';
import { readRecord, serialiseRecord, type RecordSpec } from './stored-record';

export type StoredNotice = 'recovered' | 'reset';

const notices = new Map<StorageKey, StoredNotice>();
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
    if (read.status === 'reset') {
      setNotice(key, 'reset');
      writeStored(key, null);
    } else if (read.status === 'recovered') {
      setNotice(key, 'recovered');
      writeStored(key, serialiseRecord(version, read.value));
    }
  }, [key, read, version]);
  const notice = useSyncExternalStore(
    subscribeNotices,
    () => notices.get(key),
    () => undefined,
  );
  const update = useCallback(
    (change: (current: T) => T) => {
      const current = readRecord(readStored(key), spec).value;
      const next = change(current);
      if (next !== current) writeStored(key, serialiseRecord(version, next));
    },
    [key, spec, version],
  );
  const clear = useCallback(() => writeStored(key, null), [key]);
  const dismissNotice = useCallback(() => setNotice(key, undefined), [key]);
  return { value: read.value, notice, update, clear, dismissNotice };
}
