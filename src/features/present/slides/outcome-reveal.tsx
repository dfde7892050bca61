import { m } from 'framer-motion';
import { useId } from 'react';
import { RatingBadge } from '../../../components/rating-badge';
import { useReferences } from '../../../components/references-context';
import { RichText } from '../../../components/rich-text';
import { sourceLabel } from '../../../components/source-label';
import type { ModelSlide } from '../../../content/payloads';
import type { Outcome } from '../../../content/schemas';
import { DIMENSIONS, ratingOutrunsEvidence } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { useEnterAnimation } from '../../../lib/use-enter-animation';
import { Heading, type HeadingLevel } from './heading';
import type { SlideVariant } from './slide';

const t = presentMessages;

export function OutcomeReveal({
  model,
  outcome,
  level,
  variant,
}: {
  model: ModelSlide;
  outcome: Outcome;
  level: HeadingLevel;
  variant: SlideVariant;
}) {
  const id = useId();
  const enter = useEnterAnimation();
  const { source } = useReferences();
  const rated = DIMENSIONS.flatMap((d) => outcome.ratings[d] ?? []);
  const caution = rated.some((r) => ratingOutrunsEvidence(r.level, outcome.confidence));
  const labels = outcome.sources.map((s) => {
    const found = source(s);
    return found ? sourceLabel(found) : s;
  });
  return (
    <m.article className={`slide-outcome model-${model.id}`} aria-labelledby={id} {...enter}>
      <Heading level={level} id={id} className="slide-outcome-name">
        {model.name}
      </Heading>
      <p className="slide-headline">{outcome.headline}</p>
      <ul className="slide-ratings">
        {DIMENSIONS.map((dimension) => {
          const rating = outcome.ratings[dimension];
          if (!rating) return null;
          return (
            <li key={dimension}>
              <span className="slide-dimension">{messages.dimensions[dimension]}</span>{' '}
              <span>
                {variant === 'document' ? (
                  <RatingBadge level={rating.level} basis={rating.basis} confidence={outcome.confidence} />
                ) : (
                  <RatingBadge level={rating.level} />
                )}
              </span>
              {variant === 'document' && <span className="rating-reason"> {rating.reason}</span>}
            </li>
          );
        })}
      </ul>
      {variant === 'document' ? (
        <>
          <p className="explanation">
            <RichText text={outcome.explanation} />
          </p>
          <p className="slide-sources">
            {messages.confidence[outcome.confidence]}. {messages.scenarios.sources}: {labels.join('; ')}
          </p>
        </>
      ) : (
        // On the projector, how sure the evidence is, once per card, dashed when a firm rating
        // outruns it. What each rating rests on and the sources are in the handout, the transcript
        // and the scenario's page: beside five ratings they would break the readable-text rule
        // (decisions 014 and 020).
        <p className={caution ? 'slide-confidence rating-caution' : 'slide-confidence'}>
          {messages.confidence[outcome.confidence]}
          {caution && <span className="visually-hidden">{messages.ratingEvidence.slideCaution}</span>}
        </p>
      )}
    </m.article>
  );
}

/** A model not revealed yet: its name stays, so the room can predict what comes. */
export function OutcomePlaceholder({ model, level }: { model: ModelSlide; level: HeadingLevel }) {
  return (
    <div className={`slide-outcome slide-outcome-hidden model-${model.id}`}>
      <Heading level={level} className="slide-outcome-name">
        {model.name}
      </Heading>
      <p className="slide-placeholder">
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t.notRevealed}</span>
      </p>
    </div>
  );
}
