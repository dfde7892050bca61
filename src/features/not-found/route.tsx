import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { NotFoundPage } from './not-found-page';

export function notFoundRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      // The index lets the page suggest where the reader may have meant to go.
      await queryClient.ensureQueryData(contentQueries.index());
      return null;
    },
    Component: NotFoundPage,
    handle: { meta: () => ({ title: messages.notFound.title, description: messages.notFound.text }) },
  };
}
