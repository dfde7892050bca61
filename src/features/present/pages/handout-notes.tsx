/** Beside each slide in a handout: its speaker notes, its prompts, and where each outcome comes from. */
import { useReferences } from '../../../components/references-context';
import { RichText } from '../../../components/rich-text';
import { sourceLabel } from '../../../components/source-label';
import type { ModelSlide } from '../../../content/payloads';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import type { SlideView } from '../deck/deck-view';

const t = presentMessages;

export function HandoutNotes({
  slide,
  n,
  total,
  models,
}: {
  slide: SlideView;
  n: number;
  total: number;
  models: ModelSlide[];
}) {
  const { source } = useReferences();
  return (
    <div className="handout-notes">
      <h2>{t.slideOf(n, total)}</h2>
      <p>{slide.notes ? <RichText text={slide.notes} /> : t.noNotes}</p>
      {slide.kind === 'scenario' && (
        <>
          <p>
            <strong>{t.predictLabel}:</strong> {slide.predict}
          </p>
          <p>
            <strong>{t.discuss}:</strong>
          </p>
          <ul>
            {slide.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>
            <strong>{messages.scenarios.sources}:</strong>
          </p>
          <ul>
            {models.map((model) => {
              const outcome = slide.scenario.outcomes[model.id];
              const labels = outcome.sources.map((id) => {
                const found = source(id);
                return found ? sourceLabel(found) : id;
              });
              return (
                <li key={model.id}>
                  {model.name} ({messages.confidence[outcome.confidence].toLowerCase()}): {labels.join('; ')}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
