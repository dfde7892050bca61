/** Scenarios × models for one dimension. Each cell links to that scenario with the model in focus. */
import { RatingTable } from '../../components/rating-table';
import type { ModelSummary, ScenarioSummary } from '../../content/payloads';
import type { Dimension } from '../../content/vocabulary';

interface Props {
  scenarios: ScenarioSummary[];
  models: ModelSummary[];
  dimension: Dimension;
}

export function CompareMatrix({ scenarios, models, dimension }: Props) {
  return <RatingTable scenarios={scenarios} models={models} dimension={dimension} className="compare-matrix" linked />;
}
