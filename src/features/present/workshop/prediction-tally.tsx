/**
 * The room's prediction, counted by the facilitator: for each model, how many people chose
 * each rating. One tap on a cell adds one (one sticky note), Undo takes back the last tap, and
 * the counts can be typed instead. It only reports changes: where the counts come from and
 * where they are kept is up to the page, so another source of counts can replace it.
 */
import { useState } from 'react';
import type { ModelSummary } from '../../../content/payloads';
import { RATING_LEVELS, type ModelId, type RatingLevel } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { workshopMessages } from '../../../i18n/workshop';
import { DraftInput } from '../pages/draft-input';
import { clampCount, MAX_COUNT, type Counts } from './predict-url-state';

const t = workshopMessages.predict;
const ICONS: Record<RatingLevel, string> = { good: '✓', mixed: '~', poor: '✕' };

export interface Tap {
  model: ModelId;
  level: RatingLevel;
}

interface Props {
  models: ModelSummary[];
  counts: Counts;
  caption: string;
  /** One more person chose this rating for this model. */
  onTap: (tap: Tap) => void;
  /** The last tap taken back, if there is one to take back. */
  onUndo: (() => void) | undefined;
  /** A count typed in (the page decides how it combines with the taps). */
  onType: (tap: Tap, count: number) => void;
  /** What the last change was, for screen readers. */
  said: string;
}

export function PredictionTally({ models, counts, caption, onTap, onUndo, onType, said }: Props) {
  const [typing, setTyping] = useState(false);
  return (
    <div className="tally">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="prediction-tally">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.model}</th>
              {RATING_LEVELS.map((level) => (
                <th key={level} scope="col" className={`rating-${level}`}>
                  <span aria-hidden="true">{ICONS[level]} </span>
                  {messages.ratings[level]}
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {models.map((model) => (
              <tr key={model.id}>
                <th scope="row">{model.name}</th>
                {RATING_LEVELS.map((level) => {
                  const value = counts[model.id][level];
                  const what = t.cell(model.name, messages.ratings[level]);
                  return (
                    <td key={level}>
                      {typing ? (
                        <DraftInput
                          className="tally-input"
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={MAX_COUNT}
                          aria-label={what}
                          value={String(value)}
                          onCommit={(typed) => onType({ model: model.id, level }, clampCount(typed))}
                        />
                      ) : (
                        <button
                          type="button"
                          className={`tally-cell rating-${level}`}
                          aria-label={t.addOne(model.name, messages.ratings[level], value)}
                          onClick={() => onTap({ model: model.id, level })}
                        >
                          {value}
                        </button>
                      )}
                    </td>
                  );
                })}
                <td className="tally-total">
                  {RATING_LEVELS.reduce((sum, level) => sum + counts[model.id][level], 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="tally-actions">
        <button type="button" onClick={onUndo} disabled={!onUndo}>
          {t.undo}
        </button>
        <label>
          <input type="checkbox" checked={typing} onChange={(e) => setTyping(e.target.checked)} /> {t.typeCounts}
        </label>
      </p>
      <p role="status" className="tally-status">
        {said}
      </p>
    </div>
  );
}
