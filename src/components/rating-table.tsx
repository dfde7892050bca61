/**
 * Scenarios × models on one dimension: the comparison page's table and the presentation's
 * comparison slide. On a page every cell links to the scenario with that model in focus; on a
 * projected slide the table is plain, with a hidden caption (the slide's heading says it).
 * Every cell shows the rating with what it rests on (the law on paper or observed outcomes) and
 * how sure the evidence is, so the grid never reads as a verdict stronger than its evidence.
 * On a phone each row becomes a card naming all four models, with no sideways scrolling
 * (styles-reading.css, decision 011).
 */
import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { ModelSummary, ScenarioSummary } from '../content/payloads';
import type { Dimension } from '../content/vocabulary';
import { messages } from '../i18n/messages';
import { RatingBadge, ratingInWords } from './rating-badge';
import { StackedTable, StackLabel } from './stacked-table';

const t = messages.compare;

interface Props {
  scenarios: Pick<ScenarioSummary, 'id' | 'title' | 'ratings' | 'bases' | 'confidence'>[];
  models: Pick<ModelSummary, 'id' | 'name'>[];
  dimension: Dimension;
  className: string;
  /** Link each scenario and each rating to its page, show confidence, stack on phones (not on a slide). */
  linked: boolean;
}

export function RatingTable({ scenarios, models, dimension, className, linked }: Props) {
  const caption = t.caption(messages.dimensions[dimension]);
  return (
    <>
      {/* On a slide the one-line key comes first, so it is on screen whatever the table's height. */}
      {!linked && <RatingKey compact />}
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
              {models.map((m) => (
                <td key={m.id}>
                  {linked && <StackLabel>{m.name}</StackLabel>}
                  <RatingCell scenario={s} model={m} dimension={dimension} linked={linked} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </StackedTable>
      {linked && <RatingKey compact={false} />}
    </>
  );
}

function RatingCell({
  scenario: s,
  model: m,
  dimension,
  linked,
}: {
  scenario: Props['scenarios'][number];
  model: Props['models'][number];
  dimension: Dimension;
  linked: boolean;
}) {
  const level = s.ratings[m.id][dimension];
  if (!level) {
    return (
      <span className="not-rated">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t.notRated}</span>
      </span>
    );
  }
  const basis = s.bases[m.id][dimension];
  const confidence = s.confidence[m.id];
  const badge = <RatingBadge level={level} basis={basis} confidence={confidence} showConfidence />;
  if (!linked) return badge;
  return (
    <Link
      to={paths.scenario.getHref(s.id, m.id)}
      aria-label={t.cellLabel(s.title, m.name, ratingInWords(level, basis, confidence))}
    >
      {badge}
    </Link>
  );
}

/** What a cell's parts mean; on a slide, one line the room can read. */
export function RatingKey({ compact }: { compact: boolean }) {
  const k = messages.ratingEvidence;
  if (compact) return <p className="rating-key slide-aside">{k.slideKey}</p>;
  return (
    <div className="rating-key">
      <h2 className="rating-key-title">{k.keyTitle}</h2>
      <ul>
        {k.key.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
