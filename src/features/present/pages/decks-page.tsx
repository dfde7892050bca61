/** /present/: the ready-made decks, the way to build your own, and the keys for presenting. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SaveOffline } from '../../../components/save-offline';
import { paths } from '../../../config/paths';
import { contentQueries } from '../../../content/queries';
import { presentMessages } from '../../../i18n/present';
import { deckHref } from '../deck/deck-ref';
import { KeyHelp } from './key-help';

const t = presentMessages;

export function DecksPage() {
  const { data: decks } = useSuspenseQuery(contentQueries.decks());
  return (
    <div className="page decks-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ul className="card-grid deck-list">
        {decks.map((deck) => {
          const ref = { kind: 'built', id: deck.id } as const;
          return (
            <li key={deck.id} className="card">
              <h2>
                <Link to={deckHref.overview(ref)}>{deck.title}</Link>
              </h2>
              <p>{deck.description}</p>
              <p className="deck-facts">
                {t.minutes(deck.minutes)} · {t.slideCount(deck.slideCount)}
              </p>
              <ul className="deck-actions" aria-label={t.actionsFor(deck.title)}>
                <li>
                  <Link to={deckHref.slide(ref, 1)}>{t.startPresenting}</Link>
                </li>
                <li>
                  <Link to={deckHref.workshop(ref)}>{t.workshopGuide}</Link>
                </li>
              </ul>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="build-own">
        <h2 id="build-own">{t.buildOwnHeading}</h2>
        <p>{t.buildOwnText}</p>
        <p>
          <Link className="button-link" to={paths.deckBuilder.getHref()}>
            {t.buildOwnLink}
          </Link>
        </p>
      </section>
      <KeyHelp />
      <SaveOffline />
    </div>
  );
}
