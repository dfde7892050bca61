import { useState, useSyncExternalStore } from 'react';
import { CONTENT_NOTE_CHOICES, useContentNoteChoice } from '../../components/content-note-setting';
import { safetyMessages } from '../../i18n/safety';
import { clearAllStored, listStored, subscribeStored } from '../../lib/device-storage';

const t = safetyMessages;
const EMPTY: ReturnType<typeof listStored> = [];

export function PrivacyPage() {
  // Serialised so the snapshot is stable between calls (useSyncExternalStore needs that).
  const storedJson = useSyncExternalStore(subscribeStored, () => JSON.stringify(listStored()), () => JSON.stringify(EMPTY));
  const stored = JSON.parse(storedJson) as ReturnType<typeof listStored>;
  const [choice, setChoice] = useContentNoteChoice();
  const [cleared, setCleared] = useState(false);
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
                  setCleared(false);
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
        {stored.length === 0 ? (
          <p>{t.storedNothing}</p>
        ) : (
          <>
            <p>{t.storedSome}</p>
            <ul>
              {stored.map((item) => (
                <li key={item.key}>
                  {item.session ? (
                    <>
                      {t.storageNames[item.key]} {t.thisTabOnly}
                    </>
                  ) : (
                    <>
                      {t.storageNames[item.key]}: <code>{item.value}</code>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <button
          type="button"
          onClick={() => {
            clearAllStored();
            setCleared(true);
          }}
        >
          {t.clear}
        </button>
        <p role="status">{cleared ? t.cleared : ''}</p>
      </section>
    </article>
  );
}
