import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { NotFoundPage } from './not-found-page';

export function notFoundRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      // The index lets the page suggest where the reader may have meant to go.
      await queryClient.ensureQueryData(contentQueries.index());
    },
    Component: NotFoundPage,
    meta: () => ({ title: messages.notFound.title, description: messages.notFound.text }),
  };
}
