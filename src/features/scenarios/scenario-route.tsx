import type { QueryClient } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { findModel, findScenario } from '../../content/lookup';
import { contentQueries } from '../../content/queries';
import { shareMessages } from '../../i18n/share';
import { notFound, type FeatureRoute, moved } from '../../lib/route';
import { ScenarioPage } from './scenario-page';

export function scenarioRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      const index = await queryClient.ensureQueryData(contentQueries.index());
      const scenario = findScenario(index, params.scenarioId);
      if (scenario.kind === 'missing') notFound();
      const model = params.modelId === undefined ? undefined : findModel(index, params.modelId);
      if (model?.kind === 'missing') notFound();
      if (scenario.kind === 'moved' || model?.kind === 'moved') {
        const scenarioId = scenario.kind === 'moved' ? scenario.id : scenario.entry.id;
        const modelId = model?.kind === 'moved' ? model.id : model?.entry.id;
        moved(paths.scenario.getHref(scenarioId, modelId));
      }
      await queryClient.ensureQueryData(contentQueries.scenario(scenario.entry.id));
    },
    Component: ScenarioPage,
    meta: ({ params, queryClient: qc }) => {
      const page = qc.getQueryData(contentQueries.scenario(params.scenarioId ?? '').queryKey);
      if (!page) throw new Error('scenario not loaded');
      const focus = page.models.find((m) => m.id === params.modelId);
      const { scenario } = page;
      // The preview image follows the model in focus: each focused view has its own.
      const image = paths.scenarioPreview.getHref(scenario.id, focus?.id);
      if (!focus) {
        return {
          title: scenario.title,
          description: scenario.summary,
          type: 'article',
          image,
          imageAlt: shareMessages.preview.scenarioAlt(scenario.title),
        };
      }
      return {
        title: `${scenario.title} (${focus.name})`,
        description: `${focus.name}: ${scenario.outcomes[focus.id].headline}`,
        type: 'article',
        image,
        imageAlt: shareMessages.preview.focusAlt(scenario.title, focus.name),
      };
    },
  };
}
