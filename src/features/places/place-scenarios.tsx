/**
 * Every scenario that gives a place as an example, with what happens there, and the topics they
 * ask about (police, migration, health…) as filters: "what about migrants in Germany?" is
 * answered on Germany's page. The filter is a link (?topic=), so a filtered view can be shared;
 * the prerendered page lists them all (one file serves every query string).
 */
import { Link } from 'react-router';
import { RatingBadge } from '../../components/rating-badge';
import { paths } from '../../config/paths';
import type { ModelSummary, PlaceScenario } from '../../content/payloads';
import { TOPICS, type ModelId, type Topic } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { placesMessages } from '../../i18n/places';
import { sortByTitle } from '../../lib/sort-titles';
import { useHydratedSearch } from '../../lib/use-hydrated';
import { inPlace } from '../../lib/in-place';

const t = placesMessages.place;
export const TOPIC_PARAM = 'topic';

/** The topic a place page is filtered to: tolerant, an unknown value shows them all. */
export function parsePlaceTopic(search: string): Topic | undefined {
  const value = new URLSearchParams(search).get(TOPIC_PARAM);
  return (TOPICS as readonly string[]).includes(value ?? '') ? (value as Topic) : undefined;
}

/** Topics in the guide's order, each with how many of the place's scenarios ask about it. */
export function topicCounts(scenarios: readonly PlaceScenario[]): { topic: Topic; count: number }[] {
  return TOPICS.flatMap((topic) => {
    const count = scenarios.filter((s) => s.topics.includes(topic)).length;
    return count > 0 ? [{ topic, count }] : [];
  });
}

interface Props {
  placeId: string;
  placeName: string;
  scenarios: readonly PlaceScenario[];
  models: readonly ModelSummary[];
}

export function PlaceScenarios({ placeId, placeName, scenarios, models }: Props) {
  const topic = parsePlaceTopic(useHydratedSearch());
  const modelName = (id: ModelId) => models.find((m) => m.id === id)?.name ?? id;
  const all = sortByTitle(scenarios, messages.titleOrder.skipped, messages.titleOrder.locale);
  const shown = topic ? all.filter((s) => s.topics.includes(topic)) : all;
  const hrefFor = (next: Topic | undefined) =>
    `${paths.place.getHref(placeId)}${next ? `?${TOPIC_PARAM}=${next}` : ''}`;
  return (
    <section aria-labelledby="scenarios">
      <h2 id="scenarios">{t.scenarios}</h2>
      <p>{t.scenariosIntro(placeName, scenarios.length)}</p>
      <nav aria-label={t.topicsAsked} className="filter-chips">
        <p className="filter-chips-label" aria-hidden="true">
          {t.topicsAsked}:
        </p>
        <ul>
          {[{ topic: undefined, count: scenarios.length }, ...topicCounts(scenarios)].map((x) => (
            <li key={x.topic ?? 'all'}>
              <Link to={hrefFor(x.topic)} aria-current={x.topic === topic ? 'true' : undefined} {...inPlace}>
                {t.topicCount(x.topic ? messages.topics[x.topic] : t.allTopics, x.count)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status">{t.showing(shown.length, scenarios.length)}</p>
      <ul className="place-scenarios">
        {shown.map((s) => (
          <li key={s.id} className="card">
            <h3>{s.title}</h3>
            <ul className="place-outcomes">
              {s.outcomes.map((o) => (
                <li key={o.model}>
                  <Link to={paths.scenario.getHref(s.id, o.model)} className="place-outcome-model">
                    {t.underModel(modelName(o.model), o.named)}
                  </Link>
                  <p className="headline">{o.headline}</p>
                  {o.safety && (
                    <p className="place-outcome-rating">
                      {t.safety}: <RatingBadge level={o.safety} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
