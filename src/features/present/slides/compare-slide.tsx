/** Scenarios × models on one dimension, from the index's ratings (as on the comparison page). */
import { RatingBadge } from '../../../components/rating-badge';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { Heading } from './heading';
import { slideTitle } from './slide-title';
import { stepsOf } from './steps';
import type { SlideOf } from './slide';

const t = presentMessages;

export function CompareSlide({ slide, step, models, level, prefix, variant }: SlideOf<'compare'>) {
  const dimension = messages.dimensions[slide.dimension];
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
        <div className="table-scroll" tabIndex={0} role="region" aria-label={messages.compare.caption(dimension)}>
          <table className="slide-table slide-compare">
            <caption className="visually-hidden">{messages.compare.caption(dimension)}</caption>
            <thead>
              <tr>
                <th scope="col">{messages.compare.scenarioColumn}</th>
                {models.map((m) => (
                  <th key={m.id} scope="col">
                    {m.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.title}</th>
                  {models.map((m) => {
                    const level = row.ratings[m.id][slide.dimension];
                    return (
                      <td key={m.id}>
                        {level ? (
                          <RatingBadge level={level} />
                        ) : (
                          <span className="not-rated">
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">{messages.compare.notRated}</span>
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
      )}
    </div>
  );
}
