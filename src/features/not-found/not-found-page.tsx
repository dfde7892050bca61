/** Helps a reader on from a link that leads nowhere: likely matches, then the main sections. */
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';
import { useHydrated } from '../../lib/use-hydrated';
import { suggestPages } from './suggest';

const t = messages.notFound;

export function NotFoundPage() {
  const { pathname } = useLocation();
  // Not suspense: this page must render even if the index cannot be loaded.
  const { data: index } = useQuery(contentQueries.index());
  // The prerendered 404.html is shared by every unknown path, so suggestions wait for hydration;
  // the search library loads only here (or with the site search).
  const hydrated = useHydrated();
  const { data: suggestions = [] } = useQuery({
    queryKey: ['suggestions', pathname],
    enabled: hydrated && index !== undefined,
    queryFn: async () => {
      const { default: MiniSearch } = await import('minisearch');
      return index ? suggestPages(MiniSearch, index, pathname) : [];
    },
  });
  return (
    <section className="page not-found">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      {suggestions.length > 0 && (
        <>
          <h2>{t.suggestions}</h2>
          <ul>
            {suggestions.map((s) => (
              <li key={s.href}>
                <Link to={s.href}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t.wayOn}</h2>
      <ul>
        <li>
          <Link to={paths.home.getHref()}>{messages.nav.home}</Link>
        </li>
        <li>
          <Link to={paths.models.getHref()}>{messages.nav.models}</Link>
        </li>
        <li>
          <Link to={paths.scenarios.getHref()}>{messages.nav.scenarios}</Link>
        </li>
      </ul>
    </section>
  );
}
