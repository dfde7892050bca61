import { m } from 'framer-motion';
import { memo } from 'react';
import { Citations } from '../../components/citations';
import { ExplanationFold } from '../../components/content-note';
import { RatingBadge } from '../../components/rating-badge';
import { RichText } from '../../components/rich-text';
import type { ModelSummary } from '../../content/payloads';
import type { Outcome } from '../../content/schemas';
import { DIMENSIONS } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { useEnterAnimation } from '../../lib/use-enter-animation';
import { outcomeId } from './use-outcome-in-view';

const t = messages.scenarios;

/**
 * Memoised: a change of the model in focus re-renders only the two cards whose `inFocus`
 * changes (the model and outcome objects come from the query cache and keep their identity).
 */
interface Props {
  model: ModelSummary;
  outcome: Outcome;
  inFocus: boolean;
  /** The scenario's content note: if it has one, the explanation folds behind it (the headline and ratings do not). */
  note: string | undefined;
}

export const OutcomeCard = memo(function OutcomeCard({ model, outcome, inFocus, note }: Props) {
  const headingId = outcomeId(model.id);
  const enter = useEnterAnimation();
  return (
    <section className="card outcome-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {model.name}
        {inFocus && (
          <m.span className="focus-tag" {...enter}>
            {t.inFocus}
          </m.span>
        )}
      </h3>
      <p className="headline">{outcome.headline}</p>
      <dl className="ratings">
        {DIMENSIONS.map((dimension) => {
          const rating = outcome.ratings[dimension];
          if (!rating) return null;
          return (
            <div key={dimension} className="rating-row">
              <dt>{messages.dimensions[dimension]}</dt>
              <dd>
                <RatingBadge level={rating.level} basis={rating.basis} confidence={outcome.confidence} />
                <span className="rating-reason">{rating.reason}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <ExplanationFold note={note}>
        <p className="explanation">
          <RichText text={outcome.explanation} />
        </p>
      </ExplanationFold>
      <p className="places">
        <strong>{t.places}:</strong> {outcome.jurisdictions.join('; ')}
      </p>
      <p className={`confidence confidence-${outcome.confidence}`}>
        <strong>{t.confidence}:</strong> {messages.confidence[outcome.confidence]}
      </p>
      <Citations ids={outcome.sources} />
    </section>
  );
});
