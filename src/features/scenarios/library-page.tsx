import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { RatingBadge } from '../../components/rating-badge';
import { paths } from '../../config/paths';
import { contentQueries } from '../../content/queries';
import { TOPICS } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { sortByTitle } from '../../lib/sort-titles';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { libraryStateToSearch, parseLibraryState } from './library-url-state';
import { inPlace } from '../../lib/in-place';

const t = messages.scenarios;

export function LibraryPage() {
  const { data: index } = useSuspenseQuery(contentQueries.index());
  const { topic } = parseLibraryState(useHydratedSearch());
  const usedTopics = TOPICS.filter((x) => index.scenarios.some((s) => s.topics.includes(x)));
  const filtered = topic ? index.scenarios.filter((s) => s.topics.includes(topic)) : index.scenarios;
  // By title, so a reader scanning for one finds it; the files' order means nothing to them.
  const shown = sortByTitle(filtered, messages.titleOrder.skipped, messages.titleOrder.locale);
  return (
    <div className="page library">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <nav aria-label={t.filterByTopic} className="filter-chips">
        <ul>
          {[undefined, ...usedTopics].map((x) => (
            <li key={x ?? 'all'}>
              <Link
                to={paths.scenarios.getHref(libraryStateToSearch({ topic: x }))}
                aria-current={x === topic ? 'true' : undefined}
                {...inPlace}
              >
                {x ? messages.topics[x] : t.allTopics}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status">{t.showing(shown.length, index.scenarios.length)}</p>
      <ul className="card-grid scenario-grid">
        {shown.map((s) => (
          <li key={s.id} className="card scenario-card">
            <h2>
              <Link to={paths.scenario.getHref(s.id)}>{s.title}</Link>
            </h2>
            <p>{s.summary}</p>
            {/* Said in words, so the badges never read as an overall verdict. */}
            <p className="headline-ratings-label" id={`safety-${s.id}`}>
              {t.safetyUnderEachModel}
            </p>
            <ul className="headline-ratings" aria-labelledby={`safety-${s.id}`}>
              {index.models.map((m) => {
                const level = s.ratings[m.id].safety;
                return (
                  <li key={m.id}>
                    <span className="model-name">{m.name}</span>{' '}
                    {level && (
                      <span>
                        <RatingBadge
                          level={level}
                          dimension={messages.dimensions.safety}
                          basis={s.bases[m.id].safety}
                          confidence={s.confidence[m.id]}
                        />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
