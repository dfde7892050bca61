/**
 * The room's prediction, counted by the facilitator: for each model, how many people chose
 * each rating. Tap + and − (one sticky note at a time) or type a number.
 */
import type { ModelSummary } from '../../../content/payloads';
import { RATING_LEVELS, type ModelId, type RatingLevel } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { workshopMessages } from '../../../i18n/workshop';
import { DraftInput } from '../pages/draft-input';
import { clampCount, MAX_COUNT, type Counts } from './predict-url-state';

const t = workshopMessages.predict;
const ICONS: Record<RatingLevel, string> = { good: '✓', mixed: '~', poor: '✕' };

interface Props {
  models: ModelSummary[];
  counts: Counts;
  caption: string;
  /** Given the count as it is now (a quick second tap builds on the first). */
  onChange: (model: ModelId, level: RatingLevel, change: (count: number) => number) => void;
}

export function PredictionTally({ models, counts, caption, onChange }: Props) {
  return (
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
                    <span className="tally-cell">
                      <button type="button" aria-label={t.fewer(what)} onClick={() => onChange(model.id, level, (n) => n - 1)}>
                        −
                      </button>
                      <DraftInput
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={MAX_COUNT}
                        aria-label={what}
                        value={String(value)}
                        onCommit={(typed) => onChange(model.id, level, () => clampCount(typed))}
                      />
                      <button type="button" aria-label={t.more(what)} onClick={() => onChange(model.id, level, (n) => n + 1)}>
                        +
                      </button>
                    </span>
                  </td>
                );
              })}
              <td className="tally-total">{RATING_LEVELS.reduce((sum, level) => sum + counts[model.id][level], 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
