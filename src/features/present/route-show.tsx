/** The audience view (/present/:deckId/:slide/) and the presenter view: full screen, no site chrome. */
import type { QueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { presentMessages } from '../../i18n/present';
import { notFound, type FeatureRoute, type MetaArgs, type PageMeta } from '../../lib/route';
import { CUSTOM_DECK_ID } from '../../content/custom-deck';
import { cachedDeck, loadDeck } from './deck/load-deck';
import { WithDeck } from './deck/with-deck';
import { Presentation } from './show/presentation';
import { Presenter } from './show/presenter';
import { slideTitle } from './slides/slide-title';

const t = presentMessages;

function PresentationPage() {
  const { deckId = '', slide } = useParams();
  return <WithDeck deckId={deckId}>{(deck) => <Presentation deck={deck} slideParam={slide} />}</WithDeck>;
}

function PresenterPage() {
  const { deckId = '' } = useParams();
  return <WithDeck deckId={deckId}>{(deck) => <Presenter deck={deck} />}</WithDeck>;
}

function slideMeta({ params, queryClient }: MetaArgs): PageMeta {
  const deck = cachedDeck(queryClient, params.deckId);
  if (!deck) return { title: t.customDeckTitle, description: t.customDeckDescription };
  const n = Number(params.slide);
  const slide = deck.slides[n - 1];
  return {
    title: slide ? t.slidePageTitle(slideTitle(slide), n, deck.slides.length, deck.title) : deck.title,
    description: deck.description ?? t.intro,
  };
}

export function slideRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async ({ params, request }) => {
      const n = Number(params.slide);
      if (!Number.isInteger(n) || n < 1) notFound();
      await loadDeck(queryClient, params.deckId, request);
      const deck = cachedDeck(queryClient, params.deckId);
      if (deck && n > deck.slides.length) notFound();
      return null;
    },
    Component: PresentationPage,
    handle: { meta: slideMeta },
  };
}

export function presenterRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async ({ params, request }) => {
      await loadDeck(queryClient, params.deckId, request);
      return null;
    },
    Component: PresenterPage,
    handle: {
      meta: ({ params, queryClient: qc }) => {
        const deck = params.deckId === CUSTOM_DECK_ID ? undefined : cachedDeck(qc, params.deckId);
        return { title: t.presenterHeading(deck?.title ?? t.customDeckTitle), description: t.presenterDescription };
      },
    },
  };
}
