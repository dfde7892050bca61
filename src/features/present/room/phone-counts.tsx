/** The phones' answers so far, counted: read-only, beside the tally the facilitator fills by hand. */
import type { ModelSummary } from '../../../content/payloads';
import { RATING_LEVELS } from '../../../content/vocabulary';
import { messages } from '../../../i18n/messages';
import { workshopMessages } from '../../../i18n/workshop';
import type { Counts } from '../workshop/predict-url-state';

export function PhoneCounts({ models, counts, caption }: { models: ModelSummary[]; counts: Counts; caption: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="phone-counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{workshopMessages.predict.model}</th>
            {RATING_LEVELS.map((level) => (
              <th key={level} scope="col" className={`rating-${level}`}>
                {messages.ratings[level]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr key={model.id}>
              <th scope="row">{model.name}</th>
              {RATING_LEVELS.map((level) => (
                <td key={level}>{counts[model.id][level]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
