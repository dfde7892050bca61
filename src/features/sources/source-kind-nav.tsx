import { NavLink } from 'react-router';
import { paths } from '../../config/paths';
import type { SourcesOverview } from '../../content/payloads';
import { sourceMessages } from '../../i18n/sources';

const t = sourceMessages;

/** Every kind of source, with how many there are; the current one is marked. */
export function SourceKindNav({ kinds }: { kinds: SourcesOverview['kinds'] }) {
  return (
    <nav aria-label={t.kindNav}>
      <ul className="page-links source-kinds">
        {kinds.map(({ kind, count }) => (
          <li key={kind}>
            <NavLink to={paths.sourcesOfKind.getHref(kind)}>{t.kindCount(t.kindsPlural[kind], count)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
