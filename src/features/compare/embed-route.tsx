/**
 * A minimal, embeddable comparison table with the filters from its link (?dimension=&topic=
 * &models=, one prerendered page for all of them), where its ratings come from, and a link
 * back to the same view in full.
 */
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { compareViewTitle } from '../../components/share/images/from-content';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { shareMessages } from '../../i18n/share';
import type { FeatureRoute } from '../../lib/route';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { CompareMatrix, scenariosFor } from './compare-matrix';
import { compareViewHref, parseCompareState } from './url-state';

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

function EmbedComparePage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const state = parseCompareState(useHydratedSearch());
  const scenarios = scenariosFor(index.scenarios, state);
  const models = index.models.filter((m) => state.models.includes(m.id));
  return (
    <article className="embed-card">
      <h1>{compareViewTitle(state)}</h1>
      {scenarios.length === 0 ? (
        <p role="status">{messages.compare.empty}</p>
      ) : (
        <CompareMatrix scenarios={scenarios} models={models} dimension={state.dimension} />
      )}
      <p className="embed-sources">
        {shareMessages.embedFrame.ratingsNote}{' '}
        <a href={`${base()}${paths.sources.getHref()}`} target="_top">
          {messages.nav.sources}
        </a>
      </p>
      <p>
        <a href={`${base()}${compareViewHref(state)}`} target="_top">
          {shareMessages.embedFrame.openFull}
        </a>
      </p>
    </article>
  );
}

export function embedCompareRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.index());
    },
    Component: EmbedComparePage,
    meta: () => ({ title: messages.compare.title, description: messages.compare.intro }),
  };
}
