import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { MythsPage } from './myths-page';

export function mythsRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.myths());
      return null;
    },
    Component: MythsPage,
    handle: { meta: () => ({ title: messages.myths.title, description: messages.myths.intro }) },
  };
}
