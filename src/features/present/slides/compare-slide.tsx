/** Scenarios × models on one dimension, from the index's ratings (as on the comparison page). */
import { RatingTable } from '../../../components/rating-table';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { Heading } from './heading';
import { slideTitle } from './slide-title';
import { stepsOf } from './steps';
import type { SlideOf } from './slide';

const t = presentMessages;

export function CompareSlide({ slide, step, models, level, prefix, variant }: SlideOf<'compare'>) {
  const page = stepsOf(slide, models)[step];
  // On the projector a long table shows one page of rows per step; in a document, all of them.
  const range = variant === 'projector' && page?.kind === 'rows' ? page : undefined;
  const rows = range ? slide.rows.slice(range.from, range.to) : slide.rows;
  return (
    <div className="slide slide-kind-compare">
      <Heading level={level} className="slide-heading">
        {prefix}
        {slideTitle(slide)}
      </Heading>
      {range && <p className="slide-aside">{t.rowsShown(range.from + 1, range.to, slide.rows.length)}</p>}
      {slide.rows.length === 0 ? (
        <p>{messages.compare.empty}</p>
      ) : (
        <RatingTable scenarios={rows} models={models} dimension={slide.dimension} className="slide-table slide-compare" linked={false} />
      )}
    </div>
  );
}
