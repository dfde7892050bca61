/** The room's prediction beside the evidence, model by model, with the verdict in words. */
import { Citations } from '../../../components/citations';
import { RatingBadge } from '../../../components/rating-badge';
import type { ModelSummary } from '../../../content/payloads';
import type { Scenario } from '../../../content/schemas';
import { RATING_LEVELS, type Dimension } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { workshopMessages } from '../../../i18n/workshop';
import { mostChosen, type Counts } from './predict-url-state';

const t = workshopMessages.predict;

export function PredictionResult({ scenario, models, counts, dimension }: { scenario: Scenario; models: ModelSummary[]; counts: Counts; dimension: Dimension }) {
  return (
    <ol className="prediction-results">
      {models.map((model) => {
        const outcome = scenario.outcomes[model.id];
        const rating = outcome.ratings[dimension];
        const row = counts[model.id];
        const total = RATING_LEVELS.reduce((sum, level) => sum + row[level], 0);
        const top = mostChosen(row);
        return (
          <li key={model.id} className="card prediction-result">
            <h3>{model.name}</h3>
            <div className="prediction-vs">
              <div>
                <h4>{t.roomPredicted}</h4>
                {total === 0 ? (
                  <p>{t.noPrediction}</p>
                ) : (
                  <ul className="prediction-bars">
                    {RATING_LEVELS.map((level) => {
                      const share = Math.round((row[level] / total) * 100);
                      return (
                        <li key={level}>
                          <span className="prediction-bar-label">{messages.ratings[level]}</span>
                          <svg className={`prediction-bar rating-${level}`} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                            <rect width={share} height="10" />
                          </svg>
                          <span>{t.share(row[level], share)}</span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
              <div>
                <h4>{t.evidence}</h4>
                {rating && (
                  <p>
                    <RatingBadge level={rating.level} dimension={messages.dimensions[dimension]} basis={rating.basis} confidence={outcome.confidence} /> {rating.reason}
                  </p>
                )}
                <p className="headline">{outcome.headline}</p>
                <p className="confidence">{messages.confidence[outcome.confidence]}</p>
                <Citations ids={outcome.sources} />
              </div>
            </div>
            {rating && top.length > 0 && (
              <p className="prediction-verdict">
                {top.includes(rating.level) && top.length === 1
                  ? t.matches(messages.ratings[rating.level])
                  : t.differs(top.map((l) => messages.ratings[l]), messages.ratings[rating.level])}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
