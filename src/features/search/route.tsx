import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { searchMessages } from '../../i18n/search';
import type { FeatureRoute } from '../../lib/route';
import { SearchPage } from './search-page';

export function searchRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.searchCatalogue());
    },
    Component: SearchPage,
    meta: () => ({ title: searchMessages.title, description: searchMessages.intro }),
  };
}
