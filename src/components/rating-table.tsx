/**
 * Scenarios × models on one dimension: the comparison page's table and the presentation's
 * comparison slide. On a page every cell links to the scenario with that model in focus, says
 * how sure the evidence is beside its rating (so the grid never reads as a verdict), and on a
 * phone each row becomes a card naming all four models, with no sideways scrolling
 * (styles-reading.css, decision 011). On a projected slide the table is plain, with a hidden
 * caption (the slide's heading says it).
 */
import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { ModelSummary, ScenarioSummary } from '../content/payloads';
import type { Dimension } from '../content/vocabulary';
import { messages } from '../i18n/messages';
import { RatingBadge } from './rating-badge';
import { StackedTable, StackLabel } from './stacked-table';

const t = messages.compare;

interface Props {
  scenarios: (Pick<ScenarioSummary, 'id' | 'title' | 'ratings'> & Partial<Pick<ScenarioSummary, 'confidence'>>)[];
  models: Pick<ModelSummary, 'id' | 'name'>[];
  dimension: Dimension;
  className: string;
  /** Link each scenario and each rating to its page, show confidence, stack on phones (not on a slide). */
  linked: boolean;
}

export function RatingTable({ scenarios, models, dimension, className, linked }: Props) {
  const caption = t.caption(messages.dimensions[dimension]);
  return (
    <StackedTable stacks={linked} label={caption} className={className}>
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
              const label = linked && <StackLabel>{m.name}</StackLabel>;
              if (!level) {
                return (
                  <td key={m.id}>
                    {label}
                    <span className="not-rated">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t.notRated}</span>
                    </span>
                  </td>
                );
              }
              const confidence = linked && s.confidence ? t.confidence[s.confidence[m.id]] : undefined;
              return (
                <td key={m.id}>
                  {label}
                  {linked ? (
                    <span className="rated">
                      <Link
                        to={paths.scenario.getHref(s.id, m.id)}
                        aria-label={t.cellLabel(s.title, m.name, messages.ratings[level], confidence)}
                      >
                        <RatingBadge level={level} />
                      </Link>
                      {confidence && (
                        <span className="rating-confidence" aria-hidden="true">
                          {confidence}
                        </span>
                      )}
                    </span>
                  ) : (
                    <RatingBadge level={level} />
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </StackedTable>
  );
}
