/** Chooses the model in focus. Each choice is a link, so the view it opens can be shared. */
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { ModelSummary } from '../../content/payloads';
import type { ModelId } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { inPlace } from '../../lib/in-place';

const t = messages.scenarios;

export function FocusNav({
  scenarioId,
  models,
  focus,
}: {
  scenarioId: string;
  models: ModelSummary[];
  focus: ModelId | undefined;
}) {
  const options = [{ id: undefined, name: t.allModels }, ...models];
  return (
    <nav aria-label={t.focusLabel} className="focus-nav">
      <span className="focus-nav-label" aria-hidden="true">
        {t.focusLabel}:
      </span>
      <ul>
        {options.map((option) => (
          <li key={option.id ?? 'all'}>
            <Link
              to={paths.scenario.getHref(scenarioId, option.id)}
              aria-current={option.id === focus ? 'page' : undefined}
              {...inPlace}
            >
              {option.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
