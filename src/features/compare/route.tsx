import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { ComparePage } from './compare-page';

export function compareRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
      return null;
    },
    Component: ComparePage,
    handle: { meta: () => ({ title: messages.compare.title, description: messages.compare.intro }) },
  };
}
