/** Everything the search finds, by kind: the search page's list, complete without JavaScript. */
import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { SearchCatalogue } from '../../content/payloads';
import { searchMessages } from '../../i18n/search';

const t = searchMessages;

export function SearchCatalogueList({ catalogue }: { catalogue: SearchCatalogue }) {
  const id = useId();
  return (
    <section className="search-catalogue" aria-labelledby={`${id}-all`}>
      <h2 id={`${id}-all`}>{t.everything}</h2>
      {catalogue.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`${id}-${group.kind}`}>
          <h3 id={`${id}-${group.kind}`}>{t.groups[group.kind]}</h3>
          <ul className="catalogue-list">
            {group.entries.map((entry) => (
              <li key={entry.href}>
                <Link to={entry.href}>{entry.title}</Link>
                {entry.context && <span className="catalogue-context"> ({entry.context})</span>}
                {entry.parts && (
                  <ul className="catalogue-parts">
                    {entry.parts.map((part) => (
                      <li key={part.href}>
                        <Link to={part.href}>{part.title}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby={`${id}-more`}>
        <h3 id={`${id}-more`}>{t.alsoBrowse}</h3>
        <ul className="catalogue-list">
          <li>
            <Link to={paths.quiz.getHref()}>{t.quizQuestions}</Link>
          </li>
          <li>
            <Link to={paths.sources.getHref()}>{t.sourcesByKind}</Link>
          </li>
          <li>
            <Link to={paths.takeAction.getHref()}>{t.recommendations}</Link>
          </li>
        </ul>
      </section>
    </section>
  );
}
