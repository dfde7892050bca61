/**
 * Scenarios × models on one dimension, from the index's ratings (as on the comparison page),
 * with what each rating rests on (the law on paper or observed outcomes), how strong its
 * evidence is, and the caveat that ratings are judgements (decision 020). On a slide each
 * scenario's title runs the full width above its four ratings, so model names and titles never
 * squeeze into narrow columns at the slide's type size (decision 014).
 */
import { useId } from 'react';
import { RatingBadge } from '../../../components/rating-badge';
import { RatingKey, RatingTable } from '../../../components/rating-table';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import type { SlideView } from '../deck/deck-view';
import { Heading } from './heading';
import type { SlideOf } from './slide';
import { slideTitle } from './slide-title';
import { stepsOf } from './steps';

const t = presentMessages;
type CompareView = Extract<SlideView, { kind: 'compare' }>;

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
      {/* The speaker notes' caveat, on the slide itself: a grid of ratings reads as a verdict. */}
      <p className="slide-caveat">{t.ratingsCaveat}</p>
      {range && <p className="slide-aside slide-rows">{t.rowsShown(range.from + 1, range.to, slide.rows.length)}</p>}
      {slide.rows.length === 0 ? (
        <p>{messages.compare.empty}</p>
      ) : variant === 'projector' ? (
        <>
          {/* What "On paper" and "Observed" mean, above the grid so it is on screen at every step. */}
          <RatingKey compact />
          <SlideTable rows={rows} models={models} dimension={slide.dimension} />
        </>
      ) : (
        <RatingTable
          scenarios={rows}
          models={models}
          dimension={slide.dimension}
          className="slide-table slide-compare"
          linked={false}
        />
      )}
    </div>
  );
}

function SlideTable({
  rows,
  models,
  dimension,
}: {
  rows: CompareView['rows'];
  models: SlideOf<'compare'>['models'];
  dimension: CompareView['dimension'];
}) {
  const id = useId();
  return (
    <table className="slide-compare-grid">
      <caption className="visually-hidden">{messages.compare.caption(messages.dimensions[dimension])}</caption>
      <thead>
        <tr>
          {models.map((m) => (
            <th key={m.id} id={`${id}-${m.id}`} scope="col">
              {m.name}
            </th>
          ))}
        </tr>
      </thead>
      {rows.map((s) => (
        <tbody key={s.id}>
          <tr>
            <th id={`${id}-${s.id}`} colSpan={models.length} scope="colgroup">
              {s.title}
            </th>
          </tr>
          <tr>
            {models.map((m) => {
              const level = s.ratings[m.id][dimension];
              return (
                <td key={m.id} headers={`${id}-${s.id} ${id}-${m.id}`}>
                  {/* The same words as the comparison page's cell: basis, confidence, and the
                      dashed caution when a Better or Worse outruns limited evidence. */}
                  {level ? (
                    <RatingBadge
                      level={level}
                      basis={s.bases[m.id][dimension]}
                      confidence={s.confidence[m.id]}
                      showConfidence
                    />
                  ) : (
                    <span>{messages.compare.notRated}</span>
                  )}
                </td>
              );
            })}
          </tr>
        </tbody>
      ))}
    </table>
  );
}
