import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { GlossaryPage } from './glossary-page';

export function glossaryRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.glossary());
    },
    Component: GlossaryPage,
    meta: () => ({ title: messages.glossary.title, description: messages.glossary.intro }),
  };
}
