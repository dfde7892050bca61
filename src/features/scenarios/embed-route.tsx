/** A minimal, embeddable scenario card: the situation and the four outcomes, with a link back. */
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { RatingBadge } from '../../components/rating-badge';
import { paths } from '../../config/paths';
import { findScenario } from '../../content/lookup';
import { contentQueries } from '../../content/queries';
import { REQUIRED_DIMENSIONS } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { notFound, type FeatureRoute } from '../../lib/route';

function EmbedScenarioPage() {
  const { scenarioId = '' } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.scenario(scenarioId));
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const { scenario } = page;
  const full = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${paths.scenario.getHref(scenario.id)}`;
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
        {index.models.map((model) => {
          const outcome = scenario.outcomes[model.id];
          return (
            <li key={model.id}>
              <h2>{model.name}</h2>
              <p>{outcome.headline}</p>
              <dl className="embed-ratings">
                {REQUIRED_DIMENSIONS.map((d) => (
                  <div key={d}>
                    <dt>{messages.dimensions[d]}</dt>
                    <dd>
                      <RatingBadge level={outcome.ratings[d].level} basis={outcome.ratings[d].basis} confidence={outcome.confidence} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={full} target="_top">
          {messages.share.openFull}
        </a>
      </p>
    </article>
  );
}

export function embedScenarioRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async ({ params }) => {
      const index = await queryClient.ensureQueryData(contentQueries.index());
      const found = findScenario(index, params.scenarioId);
      if (found.kind !== 'found') notFound();
      await queryClient.ensureQueryData(contentQueries.scenario(found.entry.id));
      return null;
    },
    Component: EmbedScenarioPage,
    handle: {
      meta: ({ params, queryClient: qc }) => {
        const page = qc.getQueryData(contentQueries.scenario(params.scenarioId ?? '').queryKey);
        if (!page) throw new Error('scenario not loaded');
        return { title: page.scenario.title, description: page.scenario.summary, image: paths.previewImage.getHref(page.scenario.id) };
      },
    },
  };
}
