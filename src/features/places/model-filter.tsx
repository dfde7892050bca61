/** Filter chips, one per model. Each is a link, so a filtered view can be shared. */
import { Link } from 'react-router';
import type { ModelSummary } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import { placesMessages } from '../../i18n/places';
import { Swatch } from './model-key';
import { inPlace } from '../../lib/in-place';

interface Props {
  label: string;
  models: readonly ModelSummary[];
  current: ModelId | undefined;
  hrefFor: (model: ModelId | undefined) => string;
}

export function ModelFilter({ label, models, current, hrefFor }: Props) {
  return (
    <nav aria-label={label} className="filter-chips">
      <ul>
        {[undefined, ...models].map((m) => (
          <li key={m?.id ?? 'all'}>
            <Link to={hrefFor(m?.id)} aria-current={m?.id === current ? 'true' : undefined} {...inPlace}>
              {m ? (
                <span className="model-tag">
                  <Swatch fill={m.id} />
                  {m.name}
                </span>
              ) : (
                placesMessages.allModels
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
