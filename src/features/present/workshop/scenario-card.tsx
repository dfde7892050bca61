/**
 * A printable scenario card, two sides, each one printed page: the front has the content
 * note, the situation, the question and the prompts; the back has the four outcomes with
 * their ratings, reasons and sources. Each side carries the scenario's address.
 */
import { useReferences } from '../../../components/references-context';
import { RatingBadge } from '../../../components/rating-badge';
import { RichText } from '../../../components/rich-text';
import { sourceLabel } from '../../../components/source-label';
import { paths } from '../../../config/paths';
import type { ModelSlide } from '../../../content/payloads';
import { DIMENSIONS } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { workshopMessages } from '../../../i18n/workshop';
import type { SlideView } from '../deck/deck-view';
import { PrintLink } from '../../../components/print-link';

const t = workshopMessages.cards;

export function ScenarioCard({
  slide,
  models,
}: {
  slide: Extract<SlideView, { kind: 'scenario' }>;
  models: ModelSlide[];
}) {
  const { scenario, prompts } = slide;
  const { source } = useReferences();
  const href = paths.scenario.getHref(scenario.id);
  const id = `card-${scenario.id}`;
  return (
    <article className="print-card" aria-labelledby={id}>
      <section className="print-card-side print-card-front" aria-label={t.front(scenario.title)}>
        <h2 id={id}>{scenario.title}</h2>
        {scenario.contentNote && (
          <p className="slide-note">
            <strong>{messages.scenarios.contentNote}:</strong> {scenario.contentNote}
          </p>
        )}
        <p className="person">{scenario.person}</p>
        <p>
          <RichText text={scenario.situation} />
        </p>
        <p className="question">
          <strong>{messages.scenarios.question}:</strong> {scenario.question}
        </p>
        {prompts.length > 0 && (
          <>
            <h3>{presentMessages.discuss}</h3>
            <ul>
              {prompts.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
        <PrintLink to={href} />
      </section>
      <section className="print-card-side print-card-back" aria-label={t.back(scenario.title)}>
        <h3>{t.backHeading(scenario.title)}</h3>
        <div className="card-outcomes">
          {models.map((model) => {
            const outcome = scenario.outcomes[model.id];
            return (
              <div key={model.id} className="card-outcome">
                <h4>{model.name}</h4>
                <p className="headline">{outcome.headline}</p>
                <ul className="card-ratings">
                  {DIMENSIONS.map((d) => {
                    const rating = outcome.ratings[d];
                    return rating ? (
                      <li key={d}>
                        <strong>{messages.dimensions[d]}:</strong>{' '}
                        <RatingBadge level={rating.level} basis={rating.basis} confidence={outcome.confidence} />{' '}
                        {rating.reason}
                      </li>
                    ) : null;
                  })}
                </ul>
                <p className="card-small">
                  {messages.confidence[outcome.confidence]}. {messages.scenarios.sources}:{' '}
                  {outcome.sources
                    .map((s) => {
                      const found = source(s);
                      return found ? sourceLabel(found) : s;
                    })
                    .join('; ')}
                </p>
              </div>
            );
          })}
        </div>
        <PrintLink to={href} />
      </section>
    </article>
  );
}
