import type { QueryClient } from '@tanstack/react-query';
import { plainText } from '../../content/glossary-links';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { placesMessages } from '../../i18n/places';
import { notFound, type FeatureRoute } from '../../lib/route';
import { ClassificationsPage } from './classifications-page';
import { PlacePage } from './place-page';
import { PlacesPage } from './places-page';
import { TimelinePage } from './timeline-page';

export function placesRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await Promise.all([
        queryClient.ensureQueryData(contentQueries.modelSummaries()),
        queryClient.ensureQueryData(contentQueries.jurisdictions()),
      ]);
    },
    Component: PlacesPage,
    meta: () => ({ title: placesMessages.title, description: placesMessages.intro }),
  };
}

export function placeRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      const { jurisdictions } = await queryClient.ensureQueryData(contentQueries.jurisdictions());
      const place = jurisdictions.find((j) => j.id === params.placeId);
      if (!place) notFound();
      await Promise.all([
        queryClient.ensureQueryData(contentQueries.jurisdiction(place.id)),
        queryClient.ensureQueryData(contentQueries.modelSummaries()),
      ]);
    },
    Component: PlacePage,
    meta: ({ params, queryClient: qc }) => {
      const page = qc.getQueryData(contentQueries.jurisdiction(params.placeId ?? '').queryKey);
      const models = qc.getQueryData(contentQueries.modelSummaries().queryKey);
      if (!page || !models) throw new Error('place not loaded');
      const { jurisdiction: j } = page;
      const model = models.find((m) => m.id === j.model)?.name ?? j.model;
      const termName = (id: string) => page.terms.find((term) => term.id === id);
      return {
        title: j.name,
        description: placesMessages.metaDescription(model, j.fit, plainText(j.onPaper, termName)),
        type: 'article',
      };
    },
  };
}

export function timelineRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await Promise.all([
        queryClient.ensureQueryData(contentQueries.modelSummaries()),
        queryClient.ensureQueryData(contentQueries.timeline()),
      ]);
    },
    Component: TimelinePage,
    meta: () => ({ title: messages.timeline.title, description: messages.timeline.intro }),
  };
}

export function classificationsRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await Promise.all([
        queryClient.ensureQueryData(contentQueries.modelSummaries()),
        queryClient.ensureQueryData(contentQueries.classifications()),
        queryClient.ensureQueryData(contentQueries.jurisdictions()),
      ]);
    },
    Component: ClassificationsPage,
    meta: () => ({ title: messages.classifications.title, description: messages.classifications.intro }),
  };
}
