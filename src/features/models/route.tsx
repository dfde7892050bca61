import type { QueryClient } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { findModel } from '../../content/lookup';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { notFound, type FeatureRoute, moved } from '../../lib/route';
import { ModelPage } from './model-page';
import { ModelsIndexPage } from './models-index-page';

export function modelsIndexRoute(queryClient: QueryClient): FeatureRoute {
  return {
    // The four models in brief (the file the presentation's model slides read), not the four
    // full model pages: the index page shows only their summaries and who is criminalised.
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.deckModels());
    },
    Component: ModelsIndexPage,
    meta: () => ({ title: messages.models.title, description: messages.models.intro }),
  };
}

export function modelRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      const index = await queryClient.ensureQueryData(contentQueries.index());
      const found = findModel(index, params.modelId);
      if (found.kind === 'moved') moved(paths.model.getHref(found.id));
      if (found.kind === 'missing') notFound();
      await queryClient.ensureQueryData(contentQueries.model(found.entry.id));
    },
    Component: ModelPage,
    meta: ({ params, queryClient: qc }) => {
      const page = qc.getQueryData(contentQueries.model(params.modelId ?? '').queryKey);
      if (!page) throw new Error('model not loaded');
      return { title: page.model.name, description: page.model.summary, type: 'article' };
    },
  };
}
