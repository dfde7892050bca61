import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { SourcesPage } from './sources-page';

export function sourcesRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.sources());
      return null;
    },
    Component: SourcesPage,
    handle: { meta: () => ({ title: messages.sources.title, description: messages.sources.intro }) },
  };
}
