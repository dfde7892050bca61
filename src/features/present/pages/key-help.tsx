import { presentMessages } from '../../../i18n/present';

const t = presentMessages;

/** The presentation keys, for the deck list and each deck's overview. */
export function KeyHelp() {
  return (
    <section aria-labelledby="key-help">
      <h2 id="key-help">{t.keysHeading}</h2>
      <p>{t.keysIntro}</p>
      <dl className="key-help">
        {t.keys.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
