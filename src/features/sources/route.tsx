import type { QueryClient } from '@tanstack/react-query';
import { sourceLabel } from '../../components/source-label';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { SOURCE_KIND_ALIASES, type SourceKind } from '../../content/vocabulary';
import { sourceMessages } from '../../i18n/sources';
import { notFound, type FeatureRoute, moved } from '../../lib/route';
import { SourceKindPage } from './kind-page';
import { SourcePage } from './source-page';
import { SourcesPage } from './sources-page';

const t = sourceMessages;

export function sourcesRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async () => {
      await queryClient.ensureQueryData(contentQueries.sources());
    },
    Component: SourcesPage,
    meta: () => ({ title: t.title, description: t.intro }),
  };
}

export function sourceKindRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      // A kind renamed since its address was shared (journalism → news) sends old links on.
      // Own properties only: "constructor" or "toString" is no alias (and no address to go to).
      const kind = params.kind ?? '';
      const renamed = Object.hasOwn(SOURCE_KIND_ALIASES, kind) ? SOURCE_KIND_ALIASES[kind] : undefined;
      if (renamed) moved(paths.sourcesOfKind.getHref(renamed));
      const { kinds } = await queryClient.ensureQueryData(contentQueries.sources());
      if (!kinds.some((k) => k.kind === params.kind)) notFound();
      await queryClient.ensureQueryData(contentQueries.sourcesOfKind(params.kind ?? ''));
    },
    Component: SourceKindPage,
    meta: ({ params }) => {
      // Own properties only, for the same reason: an unknown kind falls back to the site's title.
      if (!Object.hasOwn(t.kindsPlural, params.kind ?? '')) throw new Error('unknown source kind');
      const plural = t.kindsPlural[params.kind as SourceKind];
      return { title: `${plural} · ${t.title}`, description: t.kindDescription(plural) };
    },
  };
}

export function sourceRoute(queryClient: QueryClient): FeatureRoute {
  return {
    prepare: async ({ params }) => {
      const { kindOf } = await queryClient.ensureQueryData(contentQueries.sources());
      const id = params.sourceId ?? '';
      // Own properties only: an id such as "constructor" names no source (and must not loop).
      const kind = Object.hasOwn(kindOf, id) ? kindOf[id] : undefined;
      if (!kind) notFound();
      // A source whose kind was corrected keeps its old links working.
      if (kind !== params.kind) moved(paths.source.getHref(kind, id));
      await queryClient.ensureQueryData(contentQueries.source(id));
    },
    Component: SourcePage,
    meta: ({ params, queryClient: qc }) => {
      const s = qc.getQueryData(contentQueries.source(params.sourceId ?? '').queryKey);
      if (!s) throw new Error('source not loaded');
      return {
        title: `${sourceLabel(s)}: ${s.title}`,
        description: t.sourceDescription(t.kinds[s.kind], s.usedIn.length),
        type: 'article',
      };
    },
  };
}
