/** What is a crime, and for whom: one row per activity, one column per model. */
import type { Model } from '../../content/schemas';
import { ACTIVITIES } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';

const t = messages.models;
const STATUS_ICON = { crime: '✕', 'often-crime': '✕', legal: '✓', regulated: '!', varies: '~' } as const;

export function CriminalisedTable({
  models,
  caption,
}: {
  models: Pick<Model, 'id' | 'name' | 'criminalised'>[];
  caption: string;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="criminalised-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {models.map((m) => (
              <th key={m.id} scope="col">
                {m.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ACTIVITIES.map((activity) => (
            <tr key={activity}>
              <th scope="row">{t.activities[activity]}</th>
              {models.map((m) => {
                const { status, note } = m.criminalised[activity];
                return (
                  <td key={m.id} className={`status status-${status}`}>
                    <span className="status-word">
                      <span aria-hidden="true">{STATUS_ICON[status]} </span>
                      {t.statuses[status]}
                    </span>
                    {models.length === 1 && <span className="status-note">{note}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
