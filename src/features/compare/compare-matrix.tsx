/**
 * Scenarios × models for one dimension. Each cell links to that scenario with the model in focus
 * and says how sure the evidence is; on a phone each scenario is a card naming all four models.
 */
import { RatingTable } from '../../components/rating-table';
import type { ModelSummary, ScenarioSummary } from '../../content/payloads';
import type { Dimension } from '../../content/vocabulary';
import { messages } from '../../i18n/messages';
import { sortByTitle } from '../../lib/sort-titles';
import type { CompareState } from './url-state';

interface Props {
  scenarios: ScenarioSummary[];
  models: ModelSummary[];
  dimension: Dimension;
}

/** The rows a comparison shows: its topic's scenarios, by title (as in the scenario list). */
export function scenariosFor(
  scenarios: readonly ScenarioSummary[],
  state: Pick<CompareState, 'topic'>,
): ScenarioSummary[] {
  const shown = state.topic ? scenarios.filter((s) => s.topics.includes(state.topic!)) : scenarios;
  return sortByTitle(shown, messages.titleOrder.skipped, messages.titleOrder.locale);
}

export function CompareMatrix({ scenarios, models, dimension }: Props) {
  return <RatingTable scenarios={scenarios} models={models} dimension={dimension} className="compare-matrix" linked />;
}
