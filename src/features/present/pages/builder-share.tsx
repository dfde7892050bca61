/** Where the finished deck goes: present it, read it, run it as a workshop, or share its link. */
import { useState } from 'react';
import { Link, useHref } from 'react-router';
import { presentMessages } from '../../../i18n/present';
import { useHydrated } from '../../../lib/use-hydrated';
import { deckHref, type DeckRef } from '../deck/deck-ref';

const t = presentMessages.builder;

export function BuilderShare({ deckRef }: { deckRef: DeckRef }) {
  const hydrated = useHydrated();
  const path = useHref(deckHref.overview(deckRef));
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const link = hydrated ? `${window.location.origin}${path}` : path;
  const copy = () =>
    navigator.clipboard?.writeText(link).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    ) ?? setCopied('no');
  return (
    <section aria-labelledby="builder-use" className="builder-use">
      <h2 id="builder-use">{t.useHeading}</h2>
      <ul className="deck-actions">
        <li>
          <Link className="button-link" to={deckHref.slide(deckRef, 1)}>
            {presentMessages.startPresenting}
          </Link>
        </li>
        <li>
          <Link to={deckHref.overview(deckRef)}>{presentMessages.overview}</Link>
        </li>
        <li>
          <Link to={deckHref.workshop(deckRef)}>{presentMessages.workshopGuide}</Link>
        </li>
      </ul>
      <label className="builder-share-link">
        {t.shareLabel}
        <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={() => void copy()}>
        {t.copy}
      </button>
      <p role="status">{copied === 'yes' ? t.copied : copied === 'no' ? t.copyFailed : ''}</p>
      <p className="note">{t.privacy}</p>
    </section>
  );
}
