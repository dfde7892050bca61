import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { homeMessages } from '../../i18n/home';
import type { FeatureRoute } from '../../lib/route';
import { HomePage } from './home-page';

export function homeRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
    },
    Component: HomePage,
    meta: () => ({ title: messages.siteName, description: homeMessages.intro }),
  };
}
