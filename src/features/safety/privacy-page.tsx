import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { CONTENT_NOTE_CHOICES, useContentNoteChoice } from '../../components/content-note-setting';
import { contentQueries } from '../../content/queries';
import { safetyMessages } from '../../i18n/safety';
import {
  clearAllStored,
  listStored,
  SESSION_KEYS,
  STORAGE_KEYS,
  subscribeStored,
  type SessionKey,
  type StorageKey,
} from '../../lib/device-storage';
import { readOfflineCopy, removeOfflineCopy, type OfflineCopy } from '../../lib/offline-copy';
import { storedInWords } from './stored-words';

const t = safetyMessages;
const EMPTY = '[]';
const KEY_NAMES = Object.fromEntries(Object.entries(STORAGE_KEYS).map(([name, key]) => [key, name])) as Record<
  StorageKey,
  keyof typeof STORAGE_KEYS
>;
const ROOM_KEY_NAMES = Object.fromEntries(Object.entries(SESSION_KEYS).map(([name, key]) => [key, name])) as Record<
  SessionKey,
  keyof typeof SESSION_KEYS
>;

export function PrivacyPage() {
  // Serialised so the snapshot is stable between calls (useSyncExternalStore needs that).
  const storedJson = useSyncExternalStore(
    subscribeStored,
    () => JSON.stringify(listStored()),
    () => EMPTY,
  );
  const stored = JSON.parse(storedJson) as ReturnType<typeof listStored>;
  const hasPlace = stored.some((item) => item.key === STORAGE_KEYS.learnProgress);
  // The path's steps, only to say "step 2 of 8" (a small file, fetched only if a place is kept).
  const { data: outline } = useQuery({ ...contentQueries.learn(), enabled: hasPlace });
  const steps = outline?.steps.map((s) => s.id);
  const [choice, setChoice] = useContentNoteChoice();
  const [offline, setOffline] = useState<OfflineCopy | undefined>(undefined);
  const [status, setStatus] = useState('');
  const refresh = useCallback(() => void readOfflineCopy().then(setOffline), []);
  useEffect(refresh, [refresh]);

  const clear = async () => {
    setStatus(t.clearing);
    const removedKeys = clearAllStored();
    const copy = await removeOfflineCopy();
    const removed = [
      ...removedKeys.map((key) =>
        key in ROOM_KEY_NAMES
          ? t.clearedNames.room[ROOM_KEY_NAMES[key as SessionKey]]
          : t.clearedNames[KEY_NAMES[key as StorageKey]],
      ),
      ...(copy.files > 0 ? [t.clearedNames.offlineCopy(copy.files, copy.bytes)] : []),
      ...(copy.worker ? [t.clearedNames.worker] : []),
    ];
    refresh();
    setStatus(
      removed.length > 0
        ? `${t.cleared(removed)} ${copy.worker ? t.clearedAgain : ''} ${t.historyNote}`.trim()
        : t.clearedNothing,
    );
  };

  const keptOffline = offline !== undefined && (offline.files > 0 || offline.worker);
  return (
    <article className="page prose">
      <h1>{t.privacyTitle}</h1>
      <p className="lead">{t.privacyIntro}</p>
      <section aria-labelledby="notes-setting">
        <h2 id="notes-setting">{t.contentNotesHeading}</h2>
        <p>{t.contentNotesText}</p>
        <fieldset className="choice">
          <legend className="visually-hidden">{t.contentNotesHeading}</legend>
          {CONTENT_NOTE_CHOICES.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="content-notes"
                value={option}
                checked={choice === option}
                onChange={() => {
                  setStatus('');
                  setChoice(option);
                }}
              />
              {option === 'fold' ? t.contentNotesFold : t.contentNotesShow}
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="room-privacy">
        <h2 id="room-privacy">{t.roomHeading}</h2>
        {t.room.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <section aria-labelledby="stored">
        <h2 id="stored">{t.storedHeading}</h2>
        {stored.length === 0 && !keptOffline ? (
          <p>
            <span className="needs-script">{offline === undefined ? t.storedChecking : t.storedNothing}</span>
            <span className="without-script">{t.storedNoScript}</span>
          </p>
        ) : (
          <>
            <p>{t.storedSome}</p>
            <ul>
              {stored.map((item) => (
                <li key={item.key}>
                  {item.session ? t.stored.room[ROOM_KEY_NAMES[item.key]] : storedInWords(item.key, item.value, steps)}
                </li>
              ))}
              {offline && offline.files > 0 && (
                <li>
                  {t.stored.offlineCopy(offline.files, offline.bytes)}
                  {offline.savedGuide && ` ${t.stored.savedGuide(t.formatDate(offline.savedGuide.savedAt))}`}
                </li>
              )}
              {offline?.worker && <li>{t.stored.worker}</li>}
            </ul>
          </>
        )}
        <p>{t.sessionNote}</p>
        <button type="button" onClick={() => void clear()}>
          {t.clear}
        </button>
        <p role="status">{status}</p>
      </section>
    </article>
  );
}
