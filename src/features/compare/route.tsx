import type { QueryClient } from '@tanstack/react-query';
import { compareViewTitle, scenariosInView } from '../../components/share/images/from-content';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { compareViewMessages, shareMessages } from '../../i18n/share';
import { notFound, type FeatureRoute, type PageMeta } from '../../lib/route';
import { ComparePage } from './compare-page';
import { DEFAULT_COMPARE_STATE, isCompareView, parseCompareView } from './url-state';

export function compareRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      if (!isCompareView(params)) notFound();
      await queryClient.ensureQueryData(contentQueries.index());
    },
    Component: ComparePage,
    // Each view a link names has its own title, description and preview image, so a shared
    // link says what it shows (the models filter, a query value, does not change them).
    meta: ({ params, queryClient: qc }): PageMeta => {
      const view = parseCompareView(params, '');
      const image = paths.comparePreview.getHref(view.dimension, view.topic);
      const index = qc.getQueryData(contentQueries.index().queryKey);
      if (params.dimension === undefined || !index) {
        const title = compareViewTitle(DEFAULT_COMPARE_STATE);
        return {
          title: messages.compare.title,
          description: messages.compare.intro,
          image,
          imageAlt: shareMessages.preview.compareAlt(title),
        };
      }
      const scenarios = scenariosInView(index, view.topic);
      const better = index.models.map((m) => ({
        name: m.name,
        count: scenarios.filter((s) => s.ratings[m.id][view.dimension] === 'good').length,
      }));
      const title = compareViewTitle(view);
      const dimension = messages.dimensions[view.dimension];
      const topic = view.topic && messages.topics[view.topic];
      return {
        title,
        description: compareViewMessages.description(dimension, topic, scenarios.length, better),
        image,
        imageAlt: shareMessages.preview.compareAlt(title),
      };
    },
  };
}
