/**
 * A minimal, embeddable scenario card: the question and the four outcomes with their ratings
 * and short sources, a link back to the full view, and (from the embed layout) the licence line.
 * With a model in focus (/embed/scenarios/<id>/<model>/), that model leads and is marked, as
 * on the full page.
 */
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { RatingBadge } from '../../components/rating-badge';
import { sourceLabel } from '../../components/source-label';
import { paths } from '../../config/paths';
import { findModel, findScenario, isModelId } from '../../content/lookup';
import type { CitedSource, ModelSummary } from '../../content/payloads';
import { contentQueries } from '../../content/queries';
import type { Scenario } from '../../content/schemas';
import { DIMENSIONS, REQUIRED_DIMENSIONS, type ModelId } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { shareMessages } from '../../i18n/share';
import { notFound, type FeatureRoute, moved } from '../../lib/route';

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

function EmbedScenarioPage() {
  const { scenarioId = '', modelId } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.scenario(scenarioId));
  const { scenario, models } = page;
  const focus = isModelId(modelId) ? modelId : undefined;
  const ordered = focus ? [...models.filter((m) => m.id === focus), ...models.filter((m) => m.id !== focus)] : models;
  const sources = new Map(page.sources.map((s) => [s.id, s]));
  return (
    <article className="embed-card">
      <h1>{scenario.title}</h1>
      {scenario.contentNote && (
        <p className="embed-note">
          <strong>{messages.scenarios.contentNote}:</strong> {scenario.contentNote}.
        </p>
      )}
      <p className="question">{scenario.question}</p>
      <ul className="embed-outcomes">
        {ordered.map((model) => (
          <EmbedOutcome key={model.id} model={model} scenario={scenario} focus={focus} sources={sources} />
        ))}
      </ul>
      <p>
        <a href={`${base()}${paths.scenario.getHref(scenario.id, focus)}`} target="_top">
          {shareMessages.embedFrame.openFull}
        </a>
      </p>
    </article>
  );
}

interface OutcomeProps {
  model: ModelSummary;
  scenario: Scenario;
  focus: ModelId | undefined;
  sources: Map<string, CitedSource>;
}

function EmbedOutcome({ model, scenario, focus, sources }: OutcomeProps) {
  const outcome = scenario.outcomes[model.id];
  const inFocus = focus === model.id;
  const cited = outcome.sources.flatMap((id) => sources.get(id) ?? []);
  return (
    <li className={inFocus ? 'is-focus' : undefined}>
      <h2>
        {model.name}
        {inFocus && <span className="focus-tag">{messages.scenarios.inFocus}</span>}
      </h2>
      <p>{outcome.headline}</p>
      <dl className="embed-ratings">
        {(inFocus ? DIMENSIONS : REQUIRED_DIMENSIONS).map((d) => {
          const rating = outcome.ratings[d];
          if (!rating) return null;
          return (
            <div key={d}>
              <dt>{messages.dimensions[d]}</dt>
              <dd>
                <RatingBadge level={rating.level} basis={rating.basis} confidence={outcome.confidence} />
              </dd>
            </div>
          );
        })}
      </dl>
      {cited.length > 0 && (
        <p className="embed-sources">
          {shareMessages.embedFrame.sources}:{' '}
          {cited.map((source, i) => (
            <span key={source.id}>
              {i > 0 && ' · '}
              <a href={`${base()}${paths.source.getHref(source.kind, source.id)}`} target="_top">
                {sourceLabel(source)}
              </a>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

export function embedScenarioRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      const index = await queryClient.ensureQueryData(contentQueries.index());
      const found = findScenario(index, params.scenarioId);
      if (found.kind === 'missing') notFound();
      const model = params.modelId === undefined ? undefined : findModel(index, params.modelId);
      if (model?.kind === 'missing') notFound();
      if (found.kind === 'moved' || model?.kind === 'moved') {
        const scenarioId = found.kind === 'moved' ? found.id : found.entry.id;
        moved(paths.embedScenario.getHref(scenarioId, model?.kind === 'moved' ? model.id : model?.entry.id));
      }
      await queryClient.ensureQueryData(contentQueries.scenario(found.entry.id));
    },
    Component: EmbedScenarioPage,
    meta: ({ params, queryClient: qc }) => {
      const page = qc.getQueryData(contentQueries.scenario(params.scenarioId ?? '').queryKey);
      if (!page) throw new Error('scenario not loaded');
      const focus = page.models.find((m) => m.id === params.modelId);
      return {
        title: focus ? `${page.scenario.title} (${focus.name})` : page.scenario.title,
        description: page.scenario.summary,
        image: paths.scenarioPreview.getHref(page.scenario.id, focus?.id),
      };
    },
  };
}
