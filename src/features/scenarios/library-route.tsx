import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { LibraryPage } from './library-page';

export function libraryRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
      return null;
    },
    Component: LibraryPage,
    handle: { meta: () => ({ title: messages.scenarios.title, description: messages.scenarios.intro }) },
  };
}
