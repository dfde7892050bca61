import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { searchMessages } from '../../i18n/search';
import type { FeatureRoute } from '../../lib/route';
import { SearchPage } from './search-page';

export function searchRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.searchCatalogue());
      return null;
    },
    Component: SearchPage,
    handle: { meta: () => ({ title: searchMessages.title, description: searchMessages.intro }) },
  };
}
