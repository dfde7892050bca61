import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { TakeActionPage } from './take-action-page';

export function takeActionRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.recommendations());
    },
    Component: TakeActionPage,
    meta: () => ({ title: messages.takeAction.title, description: messages.takeAction.intro }),
  };
}
