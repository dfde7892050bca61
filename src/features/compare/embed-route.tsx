/** A minimal, embeddable comparison table with the filters from its link, and a link back. */
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import type { FeatureRoute } from '../../lib/route';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { CompareMatrix, scenariosFor } from './compare-matrix';
import { compareStateToSearch, parseCompareState } from './url-state';

function EmbedComparePage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const state = parseCompareState(useHydratedSearch());
  const scenarios = scenariosFor(index.scenarios, state);
  const models = index.models.filter((m) => state.models.includes(m.id));
  const full = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${paths.compare.getHref(compareStateToSearch(state))}`;
  return (
    <article className="embed-card">
      <h1>{messages.compare.title}</h1>
      <CompareMatrix scenarios={scenarios} models={models} dimension={state.dimension} />
      <p>
        <a href={full} target="_top">
          {messages.share.openFull}
        </a>
      </p>
    </article>
  );
}

export function embedCompareRoute(queryClient: QueryClient): FeatureRoute {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
      return null;
    },
    Component: EmbedComparePage,
    handle: { meta: () => ({ title: messages.compare.title, description: messages.compare.intro }) },
  };
}
