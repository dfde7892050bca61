/**
 * The four outcomes side by side, always in the same order. The model in focus is marked and,
 * on narrow screens, shown first (CSS order). No layout animation: measuring four cards on every
 * change of focus cost a slow phone hundreds of milliseconds (docs/performance.md).
 */
import type { ModelSummary } from '../../content/payloads';
import type { Scenario } from '../../content/schemas';
import type { ModelId } from '../../content/vocabulary';
import { PartErrorBoundary } from '../../components/error-boundary';
import { MotionScope } from '../../components/motion-scope';
import { messages } from '../../i18n/messages';
import { OutcomeCard } from './outcome-card';

interface Props {
  scenario: Scenario;
  models: ModelSummary[];
  focus: ModelId | undefined;
}

export function OutcomeGrid({ scenario, models, focus }: Props) {
  return (
    <MotionScope>
      <ol className={`outcome-grid${focus ? ' has-focus' : ''}`}>
        {models.map((model) => (
          <li key={model.id} className={`outcome-item model-${model.id}${focus === model.id ? ' is-focus' : ''}`}>
            <PartErrorBoundary label={messages.scenarios.outcomeLabel(model.name)}>
              <OutcomeCard
                model={model}
                outcome={scenario.outcomes[model.id]}
                inFocus={focus === model.id}
                note={scenario.contentNote}
              />
            </PartErrorBoundary>
          </li>
        ))}
      </ol>
    </MotionScope>
  );
}
