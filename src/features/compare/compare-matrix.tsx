/** Scenarios × models for one dimension. Each cell links to that scenario with the model in focus. */
import { Link } from 'react-router';
import { RatingBadge } from '../../components/rating-badge';
import { paths } from '../../config/paths';
import type { ModelSummary, ScenarioSummary } from '../../content/payloads';
import type { Dimension } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';

const t = messages.compare;

interface Props {
  scenarios: ScenarioSummary[];
  models: ModelSummary[];
  dimension: Dimension;
}

export function CompareMatrix({ scenarios, models, dimension }: Props) {
  const dimensionName = messages.dimensions[dimension];
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.caption(dimensionName)}>
      <table className="compare-matrix">
        <caption>{t.caption(dimensionName)}</caption>
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
              <th scope="row">
                <Link to={paths.scenario.getHref(s.id)}>{s.title}</Link>
              </th>
              {models.map((m) => {
                const level = s.ratings[m.id][dimension];
                return (
                  <td key={m.id}>
                    {level ? (
                      <Link to={paths.scenario.getHref(s.id, m.id)} aria-label={`${s.title}, ${m.name}: ${messages.ratings[level]}`}>
                        <RatingBadge level={level} />
                      </Link>
                    ) : (
                      <span className="not-rated">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">{t.notRated}</span>
                      </span>
                    )}
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
