import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { sourceMessages } from '../../i18n/sources';
import { fragmentId } from '../../lib/url';
import { SourceKindNav } from './source-kind-nav';

const t = sourceMessages;

/** What the sources are and how they are labelled, with a page for each kind of source. */
export function SourcesPage() {
  const { data: overview } = useSuspenseQuery(contentQueries.sources());
  useOldSourceLinks(overview.kindOf);
  return (
    <div className="page sources">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p>{t.byKind}</p>
      <SourceKindNav kinds={overview.kinds} />
      <p>
        <Link to={paths.glossary.getHref()}>{messages.glossary.title}</Link>
      </p>
    </div>
  );
}

/**
 * Links made before each source had a page of its own point at /sources/#id: send them on to
 * that source's page (after hydration, so the prerendered page stays as it was).
 */
function useOldSourceLinks(kindOf: Record<string, string>): void {
  const { hash } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const id = fragmentId(hash);
    const kind = Object.hasOwn(kindOf, id) ? kindOf[id] : undefined;
    if (kind) void navigate(paths.source.getHref(kind, id), { replace: true });
  }, [hash, kindOf, navigate]);
}
