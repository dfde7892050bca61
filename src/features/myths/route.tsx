import type { QueryClient } from '@tanstack/react-query';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { notFound, type FeatureRoute } from '../../lib/route';
import { MythPage } from './myth-page';
import { MythsPage } from './myths-page';

export function mythsRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.myths());
    },
    Component: MythsPage,
    meta: () => ({ title: messages.myths.title, description: messages.myths.intro }),
  };
}

export function mythRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      const { myths } = await queryClient.ensureQueryData(contentQueries.myths());
      if (!myths.some((m) => m.id === params.mythId)) notFound();
      await queryClient.ensureQueryData(contentQueries.myth(params.mythId ?? ''));
    },
    Component: MythPage,
    meta: ({ params, queryClient: qc }) => {
      const page = qc.getQueryData(contentQueries.myth(params.mythId ?? '').queryKey);
      if (!page) throw new Error('myth not loaded');
      const { myth } = page;
      return {
        title: `“${myth.claim}”`,
        description: `${messages.myths.verdicts[myth.verdict]}: ${myth.claim}`,
        type: 'article',
      };
    },
  };
}
