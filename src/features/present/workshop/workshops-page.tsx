/** /workshop/: every facilitator guide, with the ways to run each session, and how to make your own. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SaveOffline } from '../../../components/save-offline';
import { paths } from '../../../config/paths';
import { contentQueries } from '../../../content/queries';
import { presentMessages } from '../../../i18n/present';
import { workshopMessages } from '../../../i18n/workshop';
import { deckHref } from '../deck/deck-ref';

const t = workshopMessages.index;

export function WorkshopsPage() {
  const { data: decks } = useSuspenseQuery(contentQueries.decks());
  return (
    <div className="page workshops-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ul className="card-grid deck-list">
        {decks.map((deck) => {
          const ref = { kind: 'built', id: deck.id } as const;
          return (
            <li key={deck.id} className="card">
              <h2>
                <Link to={deckHref.workshop(ref)}>{workshopMessages.guide.pageTitle(deck.title)}</Link>
              </h2>
              <p>{deck.description}</p>
              <p className="deck-facts">
                {presentMessages.minutes(deck.minutes)} · {presentMessages.slideCount(deck.slideCount)}
              </p>
              <ul className="deck-actions" aria-label={presentMessages.actionsFor(deck.title)}>
                <li>
                  <Link to={deckHref.slide(ref, 1)}>{presentMessages.startPresenting}</Link>
                </li>
                <li>
                  <Link to={deckHref.cards(ref)}>{presentMessages.printCards}</Link>
                </li>
                <li>
                  <Link to={deckHref.handout(ref)}>{presentMessages.printHandout}</Link>
                </li>
              </ul>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="workshop-own">
        <h2 id="workshop-own">{t.ownHeading}</h2>
        <p>{t.ownText}</p>
        <p>
          <Link className="button-link" to={paths.deckBuilder.getHref()}>
            {presentMessages.buildOwnLink}
          </Link>
        </p>
      </section>
      {/* A workshop room may have no connection: the facilitator prepares from this page. */}
      <SaveOffline />
    </div>
  );
}
