import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { TakeActionPage } from './take-action-page';

export function takeActionRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.recommendations());
      return null;
    },
    Component: TakeActionPage,
    handle: { meta: () => ({ title: messages.takeAction.title, description: messages.takeAction.intro }) },
  };
}
