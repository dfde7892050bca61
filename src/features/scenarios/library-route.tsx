import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { LibraryPage } from './library-page';

export function libraryRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
    },
    Component: LibraryPage,
    meta: () => ({ title: messages.scenarios.title, description: messages.scenarios.intro }),
  };
}
