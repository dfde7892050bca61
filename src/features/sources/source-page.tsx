import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { LastReviewed } from '../../components/last-reviewed';
import { sourceLabel, sourceLink, sourceYear } from '../../components/source-label';
import { paths } from '../../config/paths';
import type { SourceUse } from '../../content/payloads';
import { contentQueries } from '../../content/queries';
import { sourceMessages } from '../../i18n/sources';

const t = sourceMessages;

function hrefFor(use: SourceUse): string {
  switch (use.kind) {
    case 'model':
      return paths.model.getHref(use.id);
    case 'scenario':
      return paths.scenario.getHref(use.id);
    case 'myth':
      return paths.myth.getHref(use.id);
    case 'recommendation':
      return `${paths.takeAction.getHref()}#${use.id}`;
    case 'glossary':
      return paths.glossary.getHref(use.id);
    case 'jurisdiction':
      return paths.place.getHref(use.id);
    case 'classification':
      return paths.classifications.getHref(use.id);
  }
}

/** One source in full: the citation, what kind it is, where it stands, and where it is cited. */
export function SourcePage() {
  const { sourceId = '' } = useParams();
  const { data: s } = useSuspenseQuery(contentQueries.source(sourceId));
  const href = sourceLink(s);
  return (
    <article className="page sources source-page">
      <p className="breadcrumb">
        <Link to={paths.sources.getHref()}>{t.title}</Link> ›{' '}
        <Link to={paths.sourcesOfKind.getHref(s.kind)}>{t.kindsPlural[s.kind]}</Link>
      </p>
      <h1>{sourceLabel(s)}</h1>
      <p className="lead">
        <cite>{s.title}</cite>
      </p>
      <p>
        {s.authors.join(', ')} ({sourceYear(s)}). {s.publisher}.{' '}
        {href && (
          <a href={href} rel="noreferrer noopener" target="_blank">
            {s.doi ? `doi:${s.doi}` : t.open}
          </a>
        )}
      </p>
      <p className="source-tags">
        <span className="kind-tag">{t.kinds[s.kind]}</span>{' '}
        {s.position === 'none' && s.against ? (
          s.against.map((model) => (
            <span key={model} className="position-tag">
              {t.against[model]}
            </span>
          ))
        ) : (
          <span className="position-tag">{t.positions[s.position]}</span>
        )}{' '}
        <span className="confidence-tag">{t.confidence[s.confidence]}</span>
      </p>
      {s.note && <p className="citation-note">{s.note}</p>}
      <section aria-labelledby="cited-in">
        <h2 id="cited-in">{t.usedIn}</h2>
        <ul>
          {s.usedIn.map((use) => (
            <li key={`${use.kind}-${use.id}`}>
              <Link to={hrefFor(use)}>{use.title}</Link>
            </li>
          ))}
        </ul>
      </section>
      <LastReviewed date={s.lastReviewed} />
    </article>
  );
}
