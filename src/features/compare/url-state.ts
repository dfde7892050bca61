/**
 * URL state of the comparison matrix. parse() is tolerant (a bad value becomes the default,
 * never an error); toSearch() leaves defaults out so links stay short and stable.
 */
import { DIMENSIONS, MODEL_IDS, TOPICS, type Dimension, type ModelId, type Topic } from '../../content/vocabulary';

export const COMPARE_PARAMS = { dimension: 'dimension', topic: 'topic', models: 'models' } as const;

export interface CompareState {
  dimension: Dimension;
  topic: Topic | undefined;
  /** Models shown, always in the canonical order; never empty. */
  models: ModelId[];
}

export const DEFAULT_COMPARE_STATE: CompareState = { dimension: 'safety', topic: undefined, models: [...MODEL_IDS] };

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.includes(value as T) ? (value as T) : undefined;

export function parseCompareState(search: string): CompareState {
  const params = new URLSearchParams(search);
  const requested = new Set((params.get(COMPARE_PARAMS.models) ?? '').split(',').map((s) => s.trim()));
  const models = MODEL_IDS.filter((id) => requested.has(id));
  return {
    dimension: oneOf(DIMENSIONS, params.get(COMPARE_PARAMS.dimension)) ?? DEFAULT_COMPARE_STATE.dimension,
    topic: oneOf(TOPICS, params.get(COMPARE_PARAMS.topic)),
    models: models.length > 0 ? models : [...DEFAULT_COMPARE_STATE.models],
  };
}

export function compareStateToSearch(state: CompareState): string {
  const params = new URLSearchParams();
  if (state.dimension !== DEFAULT_COMPARE_STATE.dimension) params.set(COMPARE_PARAMS.dimension, state.dimension);
  if (state.topic) params.set(COMPARE_PARAMS.topic, state.topic);
  const models = MODEL_IDS.filter((id) => state.models.includes(id));
  if (models.length > 0 && models.length < MODEL_IDS.length) params.set(COMPARE_PARAMS.models, models.join(','));
  const search = params.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}

/** Shows or hides one model, keeping at least one model shown. */
export function toggleModel(state: CompareState, id: ModelId): CompareState {
  const shown = state.models.includes(id) ? state.models.filter((m) => m !== id) : [...state.models, id];
  return { ...state, models: shown.length > 0 ? MODEL_IDS.filter((m) => shown.includes(m)) : state.models };
}
