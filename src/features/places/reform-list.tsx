/** Changes of law, each with the model it led to and its sources. */
import { Link } from 'react-router';
import { Citations } from '../../components/citations';
import { paths } from '../../config/paths';
import type { Reform } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { ModelTag } from './model-key';

/** On a place's page a reform needs no place; on the timeline it names and links it. */
type ReformItem = Omit<Reform, 'jurisdiction'> & { jurisdiction?: Reform['jurisdiction'] };

export function ReformList({
  reforms,
  modelName,
}: {
  reforms: readonly ReformItem[];
  modelName: (id: ModelId) => string;
}) {
  return (
    <ol className="reform-list">
      {reforms.map((r) => (
        <li key={`${r.jurisdiction?.id ?? ''}-${r.year}-${r.summary}`} className="reform">
          <p className="reform-head">
            <time className="reform-year" dateTime={String(r.year)}>
              {r.year}
            </time>
            {r.jurisdiction && (
              <Link className="reform-place" to={paths.place.getHref(r.jurisdiction.id)}>
                {r.jurisdiction.name}
              </Link>
            )}
            <span className="reform-model">
              {messages.timeline.resultingModel}: <ModelTag model={{ id: r.model, name: modelName(r.model) }} />
            </span>
          </p>
          <p>{r.summary}</p>
          <Citations ids={r.sources} />
        </li>
      ))}
    </ol>
  );
}
