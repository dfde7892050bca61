/**
 * Scenarios × models on one dimension: the comparison page's table and the presentation's
 * comparison slide. On a page every cell links to the scenario with that model in focus; on a
 * projected slide the table is plain, with a hidden caption (the slide's heading says it).
 */
import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { ModelSummary, ScenarioSummary } from '../content/payloads';
import type { Dimension } from '../content/vocabulary';
import { messages } from '../i18n/messages';
import { RatingBadge } from './rating-badge';

const t = messages.compare;

interface Props {
  scenarios: (Pick<ScenarioSummary, 'id' | 'title' | 'ratings'> & Partial<Pick<ScenarioSummary, 'confidence'>>)[];
  models: Pick<ModelSummary, 'id' | 'name'>[];
  dimension: Dimension;
  className: string;
  /** Link each scenario and each rating to its page (not on a slide). */
  linked: boolean;
  /** Say under each rating how strong the evidence behind it is (where the data has it). */
  showConfidence?: boolean;
}

export function RatingTable({ scenarios, models, dimension, className, linked, showConfidence = false }: Props) {
  const caption = t.caption(messages.dimensions[dimension]);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className}>
        <caption className={linked ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.scenarioColumn}</th>
            {models.map((m) => (
              <th key={m.id} scope="col">
                {m.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scenarios.map((s) => (
            <tr key={s.id}>
              <th scope="row">{linked ? <Link to={paths.scenario.getHref(s.id)}>{s.title}</Link> : s.title}</th>
              {models.map((m) => {
                const level = s.ratings[m.id][dimension];
                if (!level) {
                  return (
                    <td key={m.id}>
                      <span className="not-rated">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t.notRated}</span>
                      </span>
                    </td>
                  );
                }
                const confidence = showConfidence ? s.confidence?.[m.id] : undefined;
                return (
                  <td key={m.id}>
                    {linked ? (
                      <Link to={paths.scenario.getHref(s.id, m.id)} aria-label={`${s.title}, ${m.name}: ${messages.ratings[level]}`}>
                        <RatingBadge level={level} />
                      </Link>
                    ) : (
                      <RatingBadge level={level} />
                    )}
                    {confidence && <span className="rating-confidence">{messages.confidence[confidence]}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
