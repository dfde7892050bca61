import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { sourceLabel } from '../../components/source-label';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import type { SourceKind } from '../../content/vocabulary';
import { sourceMessages } from '../../i18n/sources';
import { SourceKindNav } from './source-kind-nav';

const t = sourceMessages;

/** Every source of one kind in brief; each opens its full entry and where it is cited. */
export function SourceKindPage() {
  const { kind = '' } = useParams();
  const { data: page } = useSuspenseQuery(contentQueries.sourcesOfKind(kind));
  const sorted = [...page.sources].sort((a, b) => sourceLabel(a).localeCompare(sourceLabel(b)));
  return (
    <div className="page sources">
      <p className="breadcrumb">
        <Link to={paths.sources.getHref()}>{t.title}</Link>
      </p>
      <h1>{t.kindsPlural[kind as SourceKind]}</h1>
      <p className="lead">{t.kindMeanings[kind as SourceKind]}</p>
      <SourceKindNav kinds={page.kinds} />
      <ol className="source-list">
        {sorted.map((s) => (
          <li key={s.id} id={s.id} className="source-entry">
            <Link to={paths.source.getHref(s.kind, s.id)}>{sourceLabel(s)}</Link>: <cite>{s.title}</cite>
          </li>
        ))}
      </ol>
    </div>
  );
}
