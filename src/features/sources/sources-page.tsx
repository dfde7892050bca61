import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LastReviewed } from '../../components/last-reviewed';
import { sourceLabel, sourceLink } from '../../components/source-label';
import { paths } from '../../config/paths';
import type { SourceUse } from '../../content/payloads';
import { contentQueries } from '../../content/queries';
import { messages } from '../../i18n/messages';

const t = messages.sources;

function hrefFor(use: SourceUse): string {
  switch (use.kind) {
    case 'model':
      return paths.model.getHref(use.id);
    case 'scenario':
      return paths.scenario.getHref(use.id);
    case 'myth':
      return `${paths.myths.getHref()}#${use.id}`;
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

export function SourcesPage() {
  const { data: sources } = useSuspenseQuery(contentQueries.sources());
  const sorted = [...sources].sort((a, b) => sourceLabel(a).localeCompare(sourceLabel(b)));
  return (
    <div className="page sources">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ol className="source-list">
        {sorted.map((s) => {
          const href = sourceLink(s);
          return (
            <li key={s.id} id={s.id} className="source-entry">
              <h2 className="source-title">
                {sourceLabel(s)}: <cite>{s.title}</cite>
              </h2>
              <p>
                {s.authors.join(', ')} ({s.year}). {s.publisher}.{' '}
                {href && (
                  <a href={href} rel="noreferrer noopener" target="_blank">
                    {s.doi ? `doi:${s.doi}` : t.open}
                  </a>
                )}
              </p>
              <p className="source-tags">
                <span className="kind-tag">{t.kinds[s.kind]}</span> <span className="position-tag">{t.positions[s.position]}</span>{' '}
                <span className="confidence-tag">{t.confidence[s.confidence]}</span>
              </p>
              {s.note && <p className="citation-note">{s.note}</p>}
              {s.usedIn.length > 0 && (
                <details>
                  <summary>
                    {t.usedIn} ({s.usedIn.length})
                  </summary>
                  <ul>
                    {s.usedIn.map((use) => (
                      <li key={`${use.kind}-${use.id}`}>
                        <Link to={hrefFor(use)}>{use.title}</Link>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <LastReviewed date={s.lastReviewed} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
