import { SlideText } from './slide-text';
import { ACTIVITIES } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { Heading } from './heading';
import type { SlideOf } from './slide';

const t = messages.models;
const STATUS_ICON = { crime: '✕', 'often-crime': '✕', legal: '✓', regulated: '!', varies: '~' } as const;

export function ModelSlideView({ slide, level, prefix, variant }: SlideOf<'model'>) {
  const { model } = slide;
  return (
    <div className={`slide slide-kind-model model-${model.id}`}>
      <Heading level={level} className="slide-heading">
        {prefix}
        {model.name}
      </Heading>
      {model.otherNames.length > 0 && (
        <p className="slide-aside">
          {t.otherNames}: {model.otherNames.join(', ')}
        </p>
      )}
      {/* The one-sentence summary fits a slide; the transcript has the full definition. */}
      <p className="slide-lead">
        <SlideText text={variant === 'projector' ? model.summary : model.definition} variant={variant} />
      </p>
      <table className="slide-table slide-crimes">
        <caption>{t.whoIsCriminalised}</caption>
        <tbody>
          {ACTIVITIES.map((activity) => {
            const { status, note } = model.criminalised[activity];
            return (
              <tr key={activity}>
                <th scope="row">{t.activities[activity]}</th>
                <td className={`status status-${status}`}>
                  <span className="status-word">
                    <span aria-hidden="true">{STATUS_ICON[status]} </span>
                    {t.statuses[status]}
                  </span>
                  {variant === 'document' && <span className="status-note">{note}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
