/** /present/:deckId/print/ (one slide per landscape page) and /present/:deckId/handout/ (slides beside their notes). */
import type { QueryClient } from '@tanstack/react-query';
import { presentMessages } from '../../i18n/present';
import type { FeatureRoute, MetaArgs, PageMeta } from '../../lib/route';
import { cachedDeck, loadDeck } from './deck/load-deck';
import { HandoutPage, PrintSlidesPage, type PrintLayout } from './pages/print-deck-page';

const t = presentMessages.print;

function printMeta(layout: PrintLayout) {
  return ({ params, queryClient }: MetaArgs): PageMeta => {
    const title = cachedDeck(queryClient, params.deckId)?.title ?? presentMessages.customDeckTitle;
    return layout === 'slides'
      ? { title: t.slidesTitle(title), description: t.slidesIntro }
      : { title: t.handoutTitle(title), description: t.handoutIntro };
  };
}

function route(queryClient: QueryClient, layout: PrintLayout): FeatureRoute {
  return {
    prepare: async ({ params, search }) => {
      await loadDeck(queryClient, params.deckId, search);
    },
    Component: layout === 'slides' ? PrintSlidesPage : HandoutPage,
    meta: printMeta(layout),
  };
}

export const printRoute = (queryClient: QueryClient) => route(queryClient, 'slides');
export const handoutRoute = (queryClient: QueryClient) => route(queryClient, 'handout');
