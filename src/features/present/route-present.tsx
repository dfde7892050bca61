/** /present/ (the decks), /present/build/ (build your own) and /present/:deckId/ (overview and transcript). */
import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { presentMessages } from '../../i18n/present';
import type { FeatureRoute } from '../../lib/route';
import { cachedDeck, loadDeck } from './deck/load-deck';
import { BuilderPage } from './pages/builder-page';
import { DeckOverviewPage } from './pages/deck-overview-page';
import { DecksPage } from './pages/decks-page';

const t = presentMessages;

export function decksRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.decks());
    },
    Component: DecksPage,
    meta: () => ({ title: t.title, description: t.intro }),
  };
}

export function builderRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
    },
    Component: BuilderPage,
    meta: () => ({ title: t.builder.title, description: t.builder.intro }),
  };
}

export function deckRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params, search }) => {
      await loadDeck(queryClient, params.deckId, search);
    },
    Component: DeckOverviewPage,
    meta: ({ params, queryClient: qc }) => {
      const deck = cachedDeck(qc, params.deckId);
      if (!deck) return { title: t.customDeckTitle, description: t.customDeckDescription };
      return { title: deck.title, description: deck.description ?? t.intro, type: 'article' };
    },
  };
}
