/**
 * The four outcomes side by side. The model in focus is marked and, on narrow screens, moved
 * first; framer-motion animates the move (and stays still under reduced motion).
 */
import { m } from 'framer-motion';
import type { ModelSummary } from '../../content/payloads';
import type { Scenario } from '../../content/schemas';
import type { ModelId } from '../../content/vocabulary';
import { OutcomeCard } from './outcome-card';

interface Props {
  scenario: Scenario;
  models: ModelSummary[];
  focus: ModelId | undefined;
}

export function OutcomeGrid({ scenario, models, focus }: Props) {
  const ordered = focus ? [...models].sort((a, b) => Number(b.id === focus) - Number(a.id === focus)) : models;
  return (
    <ol className={`outcome-grid${focus ? ' has-focus' : ''}`}>
      {ordered.map((model) => (
        <m.li
          key={model.id}
          layout
          // initial={false}: prerendered content is visible before any script runs.
          initial={false}
          animate={{ opacity: focus && focus !== model.id ? 0.92 : 1 }}
          transition={{ duration: 0.25 }}
          className={`outcome-item model-${model.id}${focus === model.id ? ' is-focus' : ''}`}
        >
          <OutcomeCard model={model} outcome={scenario.outcomes[model.id]} inFocus={focus === model.id} />
        </m.li>
      ))}
    </ol>
  );
}
