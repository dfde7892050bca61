/** The question on a phone: the situation, then better, mixed or worse for each model. */
import { ContentNote } from '../../../components/content-note';
import { RichText } from '../../../components/rich-text';
import type { ScenarioPage } from '../../../content/payloads';
import { RATING_LEVELS, type Dimension, type ModelId, type RatingLevel } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { presentMessages } from '../../../i18n/present';
import { roomMessages } from '../../../i18n/room';
import type { Picks } from './protocol';

const ICONS: Record<RatingLevel, string> = { good: '✓', mixed: '~', poor: '✕' };

export function ScenarioQuestion({ page }: { page: ScenarioPage }) {
  const { scenario } = page;
  return (
    <>
      <h2>{scenario.title}</h2>
      <p className="person">{scenario.person}</p>
      <ContentNote note={scenario.contentNote} folds={messages.scenarios.folds.situation}>
        <p>
          <RichText text={scenario.situation} />
        </p>
      </ContentNote>
      <p className="question">
        <strong>{scenario.question}</strong> {presentMessages.underEachModel}
      </p>
    </>
  );
}

export function AnswerForm({
  page,
  dimension,
  picks,
  onPick,
}: {
  page: ScenarioPage;
  dimension: Dimension;
  picks: Picks;
  onPick: (model: ModelId, level: RatingLevel) => void;
}) {
  return (
    <form className="room-answers" onSubmit={(e) => e.preventDefault()} aria-labelledby="room-question">
      <p id="room-question" className="room-question">
        {roomMessages.join.questionFor(messages.dimensions[dimension])}
      </p>
      {page.models.map((model) => (
        <fieldset key={model.id} className="room-pick">
          <legend>{model.name}</legend>
          {RATING_LEVELS.map((level) => (
            <label key={level} className={`room-choice rating-${level}`}>
              <input
                type="radio"
                name={model.id}
                value={level}
                checked={picks[model.id] === level}
                onChange={() => onPick(model.id, level)}
              />
              <span aria-hidden="true">{ICONS[level]}</span> {messages.ratings[level]}
            </label>
          ))}
        </fieldset>
      ))}
    </form>
  );
}
