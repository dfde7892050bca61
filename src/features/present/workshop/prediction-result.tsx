/**
 * The room's prediction beside the evidence, model by model, with the verdict in words: on the
 * page, and for the projector (large type and bars, laid out like a slide). Both take the
 * counts as they are, from whatever counted them: the tally today, live answers tomorrow.
 */
import { Citations } from '../../../components/citations';
import { RatingBadge } from '../../../components/rating-badge';
import type { ModelSummary } from '../../../content/payloads';
import type { Scenario } from '../../../content/schemas';
import { RATING_LEVELS, ratingOutrunsEvidence, type Dimension, type RatingLevel } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { workshopMessages } from '../../../i18n/workshop';
import { mostChosen, type Counts } from './predict-url-state';

const t = workshopMessages.predict;

interface Props {
  scenario: Scenario;
  models: ModelSummary[];
  counts: Counts;
  dimension: Dimension;
}

/** One model's row of the result: how the room split, and the words for it beside the evidence. */
function resultOf(row: Record<RatingLevel, number>, evidence: RatingLevel | undefined) {
  const total = RATING_LEVELS.reduce((sum, level) => sum + row[level], 0);
  const top = mostChosen(row);
  const shares = RATING_LEVELS.map((level) => ({
    level,
    count: row[level],
    share: total === 0 ? 0 : Math.round((row[level] / total) * 100),
  }));
  const verdict =
    evidence && top.length > 0
      ? top.includes(evidence) && top.length === 1
        ? t.matches(messages.ratings[evidence])
        : t.differs(
            top.map((l) => messages.ratings[l]),
            messages.ratings[evidence],
          )
      : undefined;
  return { total, shares, verdict };
}

function Bars({ shares }: { shares: ReturnType<typeof resultOf>['shares'] }) {
  return (
    <ul className="prediction-bars">
      {shares.map(({ level, count, share }) => (
        <li key={level}>
          <span className="prediction-bar-label">{messages.ratings[level]}</span>
          <svg
            className={`prediction-bar rating-${level}`}
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            <rect width={share} height="10" />
          </svg>
          <span className="prediction-bar-share">{t.share(count, share)}</span>
        </li>
      ))}
    </ul>
  );
}

export function PredictionResult({ scenario, models, counts, dimension }: Props) {
  return (
    <ol className="prediction-results">
      {models.map((model) => {
        const outcome = scenario.outcomes[model.id];
        const rating = outcome.ratings[dimension];
        const { total, shares, verdict } = resultOf(counts[model.id], rating?.level);
        return (
          <li key={model.id} className="card prediction-result">
            <h3>{model.name}</h3>
            <div className="prediction-vs">
              <div>
                <h4>{t.roomPredicted}</h4>
                {total === 0 ? <p>{t.noPrediction}</p> : <Bars shares={shares} />}
              </div>
              <div>
                <h4>{t.evidence}</h4>
                {rating && (
                  <p>
                    <RatingBadge
                      level={rating.level}
                      dimension={messages.dimensions[dimension]}
                      basis={rating.basis}
                      confidence={outcome.confidence}
                    />{' '}
                    {rating.reason}
                  </p>
                )}
                <p className="headline">{outcome.headline}</p>
                <p className="confidence">{messages.confidence[outcome.confidence]}</p>
                <Citations ids={outcome.sources} />
              </div>
            </div>
            {verdict && <p className="prediction-verdict">{verdict}</p>}
          </li>
        );
      })}
    </ol>
  );
}

/** The same result for the whole room: one column per model, fitted to the slide size. */
export function PredictionResultSlide({ scenario, models, counts, dimension }: Props) {
  return (
    <div className="slide slide-kind-result">
      <h2 className="slide-heading">{scenario.title}</h2>
      <p className="slide-question">
        <strong>{t.projectorQuestion(messages.dimensions[dimension])}</strong>
      </p>
      <ol className="slide-outcomes result-columns">
        {models.map((model) => {
          const outcome = scenario.outcomes[model.id];
          const rating = outcome.ratings[dimension];
          const { total, shares, verdict } = resultOf(counts[model.id], rating?.level);
          return (
            <li key={model.id}>
              <article className="slide-outcome" aria-label={model.name}>
                <h3 className="slide-outcome-name">{model.name}</h3>
                <p className="result-label">{t.roomPredicted}</p>
                {total === 0 ? <p>{t.noPrediction}</p> : <Bars shares={shares} />}
                <p className="result-label">{t.evidence}</p>
                {rating && <RatingBadge level={rating.level} dimension={messages.dimensions[dimension]} />}
                {/* How sure the evidence is, once, in type the back row can read; dashed when a firm rating outruns it. */}
                {rating && (
                  <p
                    className={
                      ratingOutrunsEvidence(rating.level, outcome.confidence)
                        ? 'slide-confidence rating-caution'
                        : 'slide-confidence'
                    }
                  >
                    {messages.confidence[outcome.confidence]}
                    {ratingOutrunsEvidence(rating.level, outcome.confidence) && (
                      <span className="visually-hidden">{messages.ratingEvidence.slideCaution}</span>
                    )}
                  </p>
                )}
                {verdict && <p className="result-verdict">{verdict}</p>}
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
