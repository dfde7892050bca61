import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { homeMessages } from '../../i18n/home';
import type { FeatureRoute } from '../../lib/route';
import { HomePage } from './home-page';

export function homeRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
      return null;
    },
    Component: HomePage,
    handle: { meta: () => ({ title: messages.siteName, description: homeMessages.intro }) },
  };
}
