import type { QueryClient } from '@tanstack/react-query';
import { ContentNotFoundError } from '../../content/fetch-content';
import { contentQueries } from '../../content/queries';
import { supportMessages } from '../../i18n/support';
import { notFound, type FeatureRoute } from '../../lib/route';
import { SupportPage } from './support-page';

export function supportRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      try {
        await queryClient.ensureQueryData(contentQueries.support());
      } catch (error) {
        // Content without data/support/ (a fork that removed it) has no support page.
        if (error instanceof ContentNotFoundError) notFound();
        throw error;
      }
    },
    Component: SupportPage,
    meta: () => ({ title: supportMessages.title, description: supportMessages.description }),
  };
}
