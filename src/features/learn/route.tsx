import type { QueryClient } from '@tanstack/react-query';
import { ContentNotFoundError } from '../../content/fetch-content';
import { contentQueries } from '../../content/queries';
import { learnMessages } from '../../i18n/learn';
import { notFound, type FeatureRoute } from '../../lib/route';
import { LearnOverviewPage } from './overview-page';
import { LearnStepPage } from './step-page';

const t = learnMessages;

/** Content without a guided path (data/paths/learn.yaml) has no /learn/ pages. */
async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ContentNotFoundError) notFound();
    throw error;
  }
}

export function learnRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await orNotFound(queryClient.ensureQueryData(contentQueries.learn()));
    },
    Component: LearnOverviewPage,
    meta: ({ queryClient: qc }) => {
      const outline = qc.getQueryData(contentQueries.learn().queryKey);
      return { title: outline?.title ?? t.title, description: t.description(outline?.minutes) };
    },
  };
}

export function learnStepRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      const outline = await orNotFound(queryClient.ensureQueryData(contentQueries.learn()));
      const step = outline.steps.find((s) => s.id === params.stepId);
      if (!step) notFound();
      await queryClient.ensureQueryData(contentQueries.learnStep(step.id));
    },
    Component: LearnStepPage,
    meta: ({ params, queryClient: qc }) => {
      const outline = qc.getQueryData(contentQueries.learn().queryKey);
      const index = outline?.steps.findIndex((s) => s.id === params.stepId) ?? -1;
      const step = outline?.steps[index];
      if (!outline || !step) throw new Error('step not loaded');
      return {
        title: `${t.stepOf(index + 1, outline.steps.length)}: ${step.title}`,
        description: step.summary,
        type: 'article',
      };
    },
  };
}
