/**
 * A list of citations. Each shows its short label and kind; one click opens the full citation
 * and a link to the source, without leaving the page.
 */
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { messages } from '../i18n/messages';
import { useReferences } from './references-context';
import { sourceLabel, sourceLink } from './source-label';

export function Citations({ ids, label = messages.scenarios.sources }: { ids: readonly string[]; label?: string }) {
  const { source } = useReferences();
  return (
    <div className="citations">
      <span className="citations-label">{label}:</span>
      <ul>
        {ids.map((id) => {
          const s = source(id);
          if (!s) return <li key={id}>{id}</li>;
          const short = sourceLabel(s);
          const href = sourceLink(s);
          return (
            <li key={id}>
              <details className="citation">
                <summary aria-label={messages.sources.showCitation(short)}>
                  {short} <span className="kind-tag">{messages.sources.kinds[s.kind]}</span>
                </summary>
                <p className="citation-full">
                  {s.authors.join(', ')} ({s.year}). <cite>{s.title}</cite>. {s.publisher}.{' '}
                  {href && (
                    <a href={href} rel="noreferrer noopener" target="_blank">
                      {s.doi ? `doi:${s.doi}` : messages.sources.open}
                    </a>
                  )}{' '}
                  <Link to={paths.sources.getHref(id)}>{messages.sources.usedIn}…</Link>
                </p>
                {s.note && <p className="citation-note">{s.note}</p>}
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
