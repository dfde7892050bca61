/** The facilitator guide, the printable scenario cards, and "predict, then reveal". */
import type { QueryClient } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { findScenario } from '../../content/lookup';
import { contentQueries } from '../../content/queries';
import { presentMessages } from '../../i18n/present';
import { workshopMessages } from '../../i18n/workshop';
import { notFound, type FeatureRoute, type MetaArgs, type PageMeta, moved } from '../../lib/route';
import { cachedDeck, loadDeck } from './deck/load-deck';
import { CardsPage } from './workshop/cards-page';
import { GuidePage } from './workshop/guide-page';
import { PredictPage } from './workshop/predict-page';
import { WorkshopsPage } from './workshop/workshops-page';

const t = workshopMessages;

function deckMeta(title: (deck: string) => string, description: string) {
  return ({ params, queryClient }: MetaArgs): PageMeta => {
    const deck = cachedDeck(queryClient, params.deckId);
    return {
      title: title(deck?.title ?? presentMessages.customDeckTitle),
      description: deck?.description ?? description,
    };
  };
}

export function workshopsRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.decks());
    },
    Component: WorkshopsPage,
    meta: () => ({ title: t.index.title, description: t.index.intro }),
  };
}

export function workshopRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params, search }) => {
      await loadDeck(queryClient, params.deckId, search);
    },
    Component: GuidePage,
    meta: deckMeta(t.guide.pageTitle, t.guide.description),
  };
}

export function cardsRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params, search }) => {
      await loadDeck(queryClient, params.deckId, search);
    },
    Component: CardsPage,
    meta: deckMeta(t.cards.title, t.cards.intro),
  };
}

export function predictRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params, search }) => {
      const index = await queryClient.ensureQueryData(contentQueries.index());
      const found = findScenario(index, params.scenarioId);
      if (found.kind === 'missing') notFound();
      if (found.kind === 'moved') moved(paths.predict.getHref(found.id, search));
      await queryClient.ensureQueryData(contentQueries.scenario(found.entry.id));
    },
    Component: PredictPage,
    meta: ({ params, queryClient: qc }) => {
      const page = qc.getQueryData(contentQueries.scenario(params.scenarioId ?? '').queryKey);
      if (!page) throw new Error('scenario not loaded');
      return { title: t.predict.pageTitle(page.scenario.title), description: t.predict.description };
    },
  };
}
