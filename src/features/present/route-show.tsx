/** The audience view (/present/:deckId/:slide/:step?/) and the presenter view: full screen, no site chrome. */
import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { presentMessages } from '../../i18n/present';
import { notFound, type FeatureRoute, type MetaArgs, type PageMeta } from '../../lib/route';
import { CUSTOM_DECK_ID } from '../../content/custom-deck';
import { deckHref } from './deck/deck-ref';
import type { DeckView } from './deck/deck-view';
import { cachedDeck, cachedDeckOf, loadDeck } from './deck/load-deck';
import { WithDeck } from './deck/with-deck';
import { isSlideAddress, positionFromAddress } from './show/position';
import { Presentation } from './show/presentation';
import { Presenter } from './show/presenter';
import { stepLabel } from './show/step-label';
import { slideTitle } from './slides/slide-title';

const t = presentMessages;

function PresentationPage() {
  const { deckId = '', slide, step } = useParams();
  return (
    <WithDeck deckId={deckId}>
      {(deck) => {
        const position = positionFromAddress(deck, slide, step);
        return position ? <Presentation deck={deck} position={position} /> : <SlideNotFound deck={deck} />;
      }}
    </WithDeck>
  );
}

/**
 * A custom deck's page is a prerendered shell for every slide number a deck can have, so only
 * the browser can tell that this deck is shorter: it says so, as the not-found page would.
 */
function SlideNotFound({ deck }: { deck: DeckView }) {
  return (
    <div className="page slide-missing">
      <h1>{t.noSuchSlide}</h1>
      <p>{t.noSuchSlideText(deck.title, deck.slides.length)}</p>
      <p>
        <Link to={deckHref.slide(deck.ref, 1)}>{t.firstSlide}</Link> ·{' '}
        <Link to={deckHref.overview(deck.ref)}>{t.overview}</Link>
      </p>
    </div>
  );
}

function PresenterPage() {
  const { deckId = '' } = useParams();
  return <WithDeck deckId={deckId}>{(deck) => <Presenter deck={deck} />}</WithDeck>;
}

function slideMeta({ params, queryClient }: MetaArgs): PageMeta {
  const deck = cachedDeck(queryClient, params.deckId);
  if (!deck) return { title: t.customDeckTitle, description: t.customDeckDescription };
  const position = positionFromAddress(deck, params.slide, params.step);
  const slide = position && deck.slides[position.slide - 1];
  if (!position || !slide) return { title: deck.title, description: deck.description ?? t.intro };
  // A step's page names the step, so a history entry or a bookmark says which reveal it is.
  const step = position.step > 0 ? stepLabel(deck, position) : undefined;
  return {
    title: t.slidePageTitle(
      step ? `${slideTitle(slide)}: ${step}` : slideTitle(slide),
      position.slide,
      deck.slides.length,
      deck.title,
    ),
    description: deck.description ?? t.intro,
  };
}

export function slideRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params, search }) => {
      // One rule for every deck (decision 021): an address that names no slide is not found.
      if (!isSlideAddress(params.slide, params.step)) notFound();
      await loadDeck(queryClient, params.deckId, search);
      const deck = cachedDeckOf(queryClient, params.deckId, search);
      if (deck && !positionFromAddress(deck, params.slide, params.step)) notFound();
    },
    Component: PresentationPage,
    meta: slideMeta,
  };
}

export function presenterRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params, search }) => {
      await loadDeck(queryClient, params.deckId, search);
    },
    Component: PresenterPage,
    meta: ({ params, queryClient: qc }) => {
      const deck = params.deckId === CUSTOM_DECK_ID ? undefined : cachedDeck(qc, params.deckId);
      return { title: t.presenterHeading(deck?.title ?? t.customDeckTitle), description: t.presenterDescription };
    },
  };
}
